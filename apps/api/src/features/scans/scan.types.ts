import { IsIn, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../common/scalars';
import type { ScanKind } from './scan.entity';

export const ScanKindEnum = { BASELINE: 'BASELINE', RESCAN: 'RESCAN' } as const;
registerEnumType(ScanKindEnum, { name: 'ScanKind', description: 'A first scan or a later re-scan.' });

@ObjectType()
export class ScanPermissions {
  @Field({ description: 'Edit or delete the scan and its recommendations (RIEC analysts).' })
  edit: boolean;
}

@ObjectType({ description: "Confidential: a municipality's resilience scan." })
export class Scan {
  @Field(() => ID)
  id: string;

  @Field(() => LocalDate)
  scanDate: string;

  @Field(() => ScanKindEnum)
  kind: ScanKind;

  @Field()
  scope: string;

  @Field()
  summary: string;

  @Field(() => Int, {
    description: 'Optimistic lock: send it back as expectedVersion when editing; raised on every edit.',
  })
  version: number;

  @Field()
  createdAt: Date;

  @Field(() => ScanPermissions)
  viewerCan: ScanPermissions;

  municipalityId: string;
}

@InputType()
export class ScanInput {
  @Field(() => ID)
  @IsUUID()
  municipalityId: string;

  @Field(() => LocalDate)
  scanDate: string;

  @Field(() => ScanKindEnum)
  @IsIn(Object.values(ScanKindEnum))
  kind: ScanKind;

  @Field({ defaultValue: '' })
  @MaxLength(2000)
  scope: string;

  @Field({ defaultValue: '' })
  @Length(0, 20000)
  summary: string;
}
