import { FACET_DESCRIPTION_MAX_LENGTH, FACET_NAME_MAX_LENGTH } from '@rode-draad/shared';
import { ArrayMaxSize, ArrayUnique, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsNotBlank } from '../../common/validation';

@ObjectType()
export class FacetPermissions {
  @Field({ description: 'Rename, reorder, retire or reactivate the facet (RIEC analysts).' })
  edit: boolean;
}

@ObjectType({ description: "A part of the scan framework (e.g. Bibob, integrity), shared by the region's scans." })
export class Facet {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => Int, { description: 'Display order within the region, from 1.' })
  position: number;

  @Field({ description: 'Retired facets stay on existing links but are not offered for new ones.' })
  active: boolean;

  @Field(() => Int, {
    description: 'Optimistic lock: send it back as expectedVersion when editing; raised on every edit.',
  })
  version: number;
}

@InputType()
export class FacetInput {
  @Field()
  @Length(1, FACET_NAME_MAX_LENGTH)
  @IsNotBlank()
  name: string;

  @Field({ nullable: true, defaultValue: '' })
  @IsOptional()
  @MaxLength(FACET_DESCRIPTION_MAX_LENGTH)
  description?: string;
}

/** Reordering sends every facet of the region once, in the new order: no partial, racing positions. */
@InputType()
export class ReorderFacetsInput {
  @Field(() => [ID])
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ids: string[];
}
