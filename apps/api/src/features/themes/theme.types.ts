import {
  THEME_DESCRIPTION_MAX_LENGTH,
  THEME_FACETS_MAX,
  THEME_TITLE_MAX_LENGTH,
  THEME_YEAR_MAX,
  THEME_YEAR_MIN,
} from '@rode-draad/shared';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../common/enums';
import { IsNotBlank } from '../../common/validation';

@ObjectType()
export class ThemePermissions {
  @Field({ description: 'Edit, retire or reactivate the theme (RIEC analysts).' })
  edit: boolean;
}

/** The theme itself is regional; its links to recommendations are confidential and not exposed here. */
@ObjectType({ description: 'A regional common thread (rode draad) drawn from the scans of the region.' })
export class Theme {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => Int)
  yearIdentified: number;

  @Field({ description: 'Retired themes stay readable, e.g. in older snapshots of the regional picture.' })
  active: boolean;

  @Field(() => Int, {
    description: 'Optimistic lock: send it back as expectedVersion when editing; raised on every edit.',
  })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType()
export class ThemePage {
  @Field(() => [Theme])
  items: Theme[];

  @Field(() => Int, { description: 'All themes matching the filter, over all pages.' })
  total: number;
}

@InputType()
export class ThemeFilter {
  @Field({ nullable: true, description: 'Matches title or description, case-insensitive.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or only retired (false) themes.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only themes related to this facet.' })
  @IsOptional()
  @IsUUID()
  facetId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(THEME_YEAR_MIN)
  @Max(THEME_YEAR_MAX)
  yearIdentified?: number | null;
}

export enum ThemeSortField {
  TITLE = 'TITLE',
  YEAR_IDENTIFIED = 'YEAR_IDENTIFIED',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(ThemeSortField, { name: 'ThemeSortField' });

@InputType()
export class ThemeSort {
  @Field(() => ThemeSortField, { defaultValue: ThemeSortField.TITLE })
  @IsEnum(ThemeSortField)
  field: ThemeSortField = ThemeSortField.TITLE;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

/** For create and update alike: an update replaces every field, related facets included. */
@InputType()
export class ThemeInput {
  @Field()
  @Length(1, THEME_TITLE_MAX_LENGTH)
  @IsNotBlank()
  title: string;

  @Field({ nullable: true, defaultValue: '' })
  @IsOptional()
  @MaxLength(THEME_DESCRIPTION_MAX_LENGTH)
  description?: string;

  @Field(() => Int)
  @IsInt()
  @Min(THEME_YEAR_MIN)
  @Max(THEME_YEAR_MAX)
  yearIdentified: number;

  @Field(() => [ID], { defaultValue: [], description: "Related facets of the viewer's region." })
  @ArrayMaxSize(THEME_FACETS_MAX)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  facetIds: string[];
}
