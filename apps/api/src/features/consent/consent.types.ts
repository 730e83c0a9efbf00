import {
  CONSENT_BASIS_MAX_LENGTH,
  CONSENT_REFERENCE_MAX_LENGTH,
  CONSENT_STATUSES,
  type ConsentStatus,
} from '@rode-draad/shared';
import { IsIn, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../common/scalars';
import { Person } from '../recommendations/recommendation.types';

export const ConsentStatusEnum = Object.fromEntries(CONSENT_STATUSES.map((s) => [s, s])) as {
  [K in ConsentStatus]: K;
};
registerEnumType(ConsentStatusEnum, {
  name: 'ConsentStatus',
  description:
    "Whether a scan's outcomes may feed the regional picture. NOT_DECIDED (a new scan) and REFUSED contribute nothing.",
});

@ObjectType({
  description:
    "Confidential (the municipality's coordinators and the RIEC only): whether a scan's outcomes may feed the regional picture. Changes count from the next snapshot.",
})
export class ScanConsent {
  @Field(() => ConsentStatusEnum)
  status: ConsentStatus;

  @Field({ description: 'On what the decision rests, e.g. "collegebesluit"; required for AGREED.' })
  basis: string;

  @Field(() => LocalDate, { nullable: true, description: 'When the decision was taken.' })
  decisionDate: string | null;

  @Field({ description: "The decision's reference (e.g. a document number); may be empty." })
  reference: string;

  @Field(() => Person, { nullable: true, description: 'Who recorded it; null while not decided.' })
  decidedBy: Person | null;

  @Field(() => Date, { nullable: true, description: 'When it was recorded; null while not decided.' })
  decidedAt: Date | null;

  @Field(() => Int, {
    description: 'Optimistic lock: 0 while nothing was recorded; send it back as expectedVersion.',
  })
  version: number;

  @Field({ description: "Whether the viewer may record consent for this scan (the municipality's coordinators)." })
  viewerCanRecord: boolean;
}

@InputType({ description: "A municipality's decision on a scan's outcomes feeding the regional picture." })
export class ScanConsentInput {
  @Field(() => ConsentStatusEnum)
  @IsIn(CONSENT_STATUSES)
  status: ConsentStatus;

  @Field({ defaultValue: '' })
  @MaxLength(CONSENT_BASIS_MAX_LENGTH)
  basis: string;

  @Field(() => LocalDate, { nullable: true, description: 'Not after today (Europe/Amsterdam).' })
  @IsOptional()
  decisionDate?: string | null;

  @Field({ defaultValue: '' })
  @MaxLength(CONSENT_REFERENCE_MAX_LENGTH)
  reference: string;
}

@ObjectType({
  description:
    "Confidential (the municipality's coordinators and the RIEC only): a recommendation the municipality keeps out of the regional picture.",
})
export class RecommendationHoldBack {
  @Field(() => Person, { nullable: true })
  heldBackBy: Person | null;

  @Field()
  heldBackAt: Date;
}

@ObjectType({ description: 'A recommendation held back or released.' })
export class HoldBackResult {
  @Field(() => ID)
  recommendationId: string;

  @Field(() => RecommendationHoldBack, { nullable: true, description: 'Null: it contributes (if its scan agreed).' })
  holdBack: RecommendationHoldBack | null;
}
