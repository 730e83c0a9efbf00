import { IsIn, IsOptional } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NOTIFICATION_KINDS, type NotificationKind } from './outbox';

export const OUTBOX_STATUSES = ['PENDING', 'SENT', 'FAILED', 'DEMO'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
export const OutboxStatusEnum = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, s])) as { [K in OutboxStatus]: K };
registerEnumType(OutboxStatusEnum, {
  name: 'OutboxStatus',
  description:
    'PENDING: to be sent (after a failure: retried later); SENT; FAILED: given up (refused by the mail server, or too many attempts); DEMO: demo mode, kept here and never sent.',
});

export const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as { [K in NotificationKind]: K };
registerEnumType(NotificationKindEnum, { name: 'NotificationKind', description: 'Why an e-mail is sent.' });

@InputType()
export class OutboxFilter {
  @Field(() => OutboxStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(OUTBOX_STATUSES)
  status?: OutboxStatus | null;

  @Field(() => NotificationKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(NOTIFICATION_KINDS)
  kind?: NotificationKind | null;
}

@ObjectType()
export class OutboxRecipient {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;
}

@ObjectType({ description: 'An e-mail in the outbox, rendered as it is (or would be) sent now, in the recipient\'s language.' })
export class OutboxMessage {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field(() => OutboxStatusEnum)
  status: OutboxStatus;

  @Field(() => OutboxRecipient)
  recipient: OutboxRecipient;

  @Field(() => ID, { nullable: true })
  sessionId: string | null;

  @Field(() => String, { nullable: true, description: "The session's activity title." })
  sessionTitle: string | null;

  @Field(() => String, { nullable: true, description: 'null when the message cannot be rendered (no session).' })
  subject: string | null;

  @Field(() => String, { nullable: true, description: 'The plain-text body.' })
  text: string | null;

  @Field({ description: 'Whether an .ics invitation or cancellation is attached.' })
  hasCalendarAttachment: boolean;

  @Field()
  createdAt: Date;

  @Field({ description: 'When the next attempt is due (PENDING).' })
  availableAt: Date;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true, description: 'The last delivery error (from the mail server).' })
  lastError: string | null;
}

@ObjectType()
export class OutboxPage {
  @Field(() => [OutboxMessage])
  items: OutboxMessage[];

  @Field(() => Int)
  total: number;
}
