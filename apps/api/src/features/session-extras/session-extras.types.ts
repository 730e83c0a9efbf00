import {
  MATERIAL_TITLE_MAX_LENGTH,
  STAFF_MESSAGE_BODY_MAX_LENGTH,
  STAFF_MESSAGE_SUBJECT_MAX_LENGTH,
} from '@rode-draad/shared';
import { IsIn, IsUrl, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsNotBlank } from '../../common/validation';

export const MATERIAL_KINDS = ['LINK', 'FILE'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];
export const MaterialKindEnum = { LINK: 'LINK', FILE: 'FILE' } as const;
registerEnumType(MaterialKindEnum, {
  name: 'MaterialKind',
  description: 'LINK: a web address; FILE: an uploaded file.',
});

export const MESSAGE_AUDIENCES = ['REGISTRANTS', 'WAITLIST'] as const;
export type MessageAudience = (typeof MESSAGE_AUDIENCES)[number];
export const MessageAudienceEnum = { REGISTRANTS: 'REGISTRANTS', WAITLIST: 'WAITLIST' } as const;
registerEnumType(MessageAudienceEnum, {
  name: 'MessageAudience',
  description: "REGISTRANTS: everyone with a confirmed seat; WAITLIST: everyone on the session's waitlist.",
});

@ObjectType({ description: 'A link or file for the registrants of a session.' })
export class SessionMaterial {
  @Field(() => ID)
  id: string;

  @Field(() => MaterialKindEnum)
  kind: MaterialKind;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: 'LINK: the address.' })
  url: string | null;

  @Field(() => String, { nullable: true, description: 'FILE: the name it downloads as.' })
  fileName: string | null;

  @Field(() => Int, { nullable: true, description: 'FILE: its size.' })
  sizeBytes: number | null;

  @Field(() => String, { nullable: true, description: 'FILE: where to download it (same origin, session cookie).' })
  downloadPath: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'What the viewer may do around one session.' })
export class SessionExtrasPermissions {
  @Field({ description: 'Add and remove materials (programme staff).' })
  manageMaterials: boolean;

  @Field({ description: 'See and download the materials (staff and confirmed registrants).' })
  readMaterials: boolean;

  @Field({ description: 'Write to the registrants or the waitlist (programme staff).' })
  sendMessage: boolean;

  @Field({ description: 'Download the own certificate of attendance (attendance recorded as present).' })
  certificate: boolean;
}

@ObjectType({ description: 'Around a session: its materials and what the viewer may do.' })
export class SessionExtras {
  @Field(() => ID)
  sessionId: string;

  @Field(() => [SessionMaterial], { nullable: true, description: 'Null for viewers who may not read them.' })
  materials: SessionMaterial[] | null;

  @Field(() => SessionExtrasPermissions)
  viewerCan: SessionExtrasPermissions;
}

@InputType()
export class SessionLinkInput {
  @Field()
  @IsNotBlank()
  @MaxLength(MATERIAL_TITLE_MAX_LENGTH)
  title: string;

  @Field()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(2000)
  url: string;
}

@InputType()
export class StaffMessageInput {
  @Field(() => MessageAudienceEnum)
  @IsIn(MESSAGE_AUDIENCES)
  audience: MessageAudience;

  @Field()
  @IsNotBlank()
  @MaxLength(STAFF_MESSAGE_SUBJECT_MAX_LENGTH)
  subject: string;

  @Field()
  @IsNotBlank()
  @MaxLength(STAFF_MESSAGE_BODY_MAX_LENGTH)
  body: string;
}

@ObjectType()
export class StaffMessageResult {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'How many people it was sent to.' })
  recipientCount: number;
}
