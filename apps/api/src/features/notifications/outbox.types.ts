import { IsIn, IsOptional } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CONFIDENTIALITY_CLASSES, type ConfidentialityClass } from './message-kind';
import { NOTIFICATION_KINDS, type NotificationKind } from './message-kinds';

export const OUTBOX_STATUSES = ['PENDING', 'SENT', 'FAILED', 'DEMO', 'SKIPPED'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
export const OutboxStatusEnum = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, s])) as { [K in OutboxStatus]: K };
registerEnumType(OutboxStatusEnum, {
  name: 'OutboxStatus',
  description:
    'PENDING: to be sent (after a failure: retried later); SENT; FAILED: given up (refused by the mail server, or too many attempts); DEMO: demo mode, kept here and never sent; SKIPPED: no longer wanted when it was due (e.g. a reminder about a recommendation closed meanwhile), not sent.',
});

export const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as {
  [K in NotificationKind]: K;
};
registerEnumType(NotificationKindEnum, { name: 'NotificationKind', description: 'Why a message is sent.' });

export const MessageConfidentialityEnum = Object.fromEntries(CONFIDENTIALITY_CLASSES.map((c) => [c, c])) as {
  [K in ConfidentialityClass]: K;
};
registerEnumType(MessageConfidentialityEnum, {
  name: 'MessageConfidentiality',
  description:
    "How sensitive a kind of message is. OPERATIONAL: about the platform or an account; PERSONAL: about one person (e.g. their enrolment); CONFIDENTIAL: carries a municipality's confidential data.",
});

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

@ObjectType({
  description:
    'Delivery metadata of one message in the outbox (admins): never its subject, text or what it is about. Only the recipient reads a message (Query.myMessages).',
})
export class OutboxMessage {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field(() => MessageConfidentialityEnum)
  confidentiality: ConfidentialityClass;

  @Field(() => OutboxStatusEnum)
  status: OutboxStatus;

  @Field({ description: "The recipient's e-mail address (an account's, or the invited address)." })
  recipientEmail: string;

  @Field()
  createdAt: Date;

  @Field({ description: 'When the next attempt is due (PENDING).' })
  availableAt: Date;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, {
    nullable: true,
    description: 'The last delivery error: SMTP or network, never the message text.',
  })
  lastError: string | null;
}

@ObjectType()
export class OutboxPage {
  @Field(() => [OutboxMessage])
  items: OutboxMessage[];

  @Field(() => Int)
  total: number;
}

@ObjectType({ description: "A message to the viewer, rendered now in the viewer's language." })
export class MyMessage {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field()
  createdAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'null when the message can no longer be shown (what it was about is gone).',
  })
  subject: string | null;

  @Field(() => String, { nullable: true, description: 'The plain-text body, as in the e-mail.' })
  text: string | null;

  @Field(() => String, { nullable: true, description: 'Where the message leads in the app, e.g. /sessions/<id>.' })
  appPath: string | null;
}

@ObjectType()
export class MyMessagePage {
  @Field(() => [MyMessage])
  items: MyMessage[];

  @Field(() => Int)
  total: number;
}
