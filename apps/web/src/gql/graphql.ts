/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  name: string;
  password: string;
  /** The token from the invitation link (after #). */
  token: string;
};

export type AccountInvitationFilter = {
  status?: InvitationStatus | null | undefined;
};

export type ActivityFilter = {
  format?: ActivityFormat | null | undefined;
  programmeId?: string | null | undefined;
  /** Matches title, description or learning goals, case-insensitive. */
  search?: string | null | undefined;
  targetAudience?: TargetAudience | null | undefined;
  /** Only activities addressing this theme. */
  themeId?: string | null | undefined;
  /** Planned in this year, or with a session in it (Europe/Amsterdam). */
  year?: number | null | undefined;
};

/** The kind of learning activity. */
export type ActivityFormat =
  | 'E_LEARNING'
  | 'INTERVISIE'
  | 'KNOWLEDGE_SESSION'
  | 'MASTERCLASS'
  | 'SITE_VISIT'
  | 'TABLETOP_EXERCISE'
  | 'WORKSHOP';

export type ActivityInput = {
  description?: string | null | undefined;
  format: ActivityFormat;
  learningGoals?: string | null | undefined;
  /** A user of the region; the creator when empty. */
  ownerUserId?: string | null | undefined;
  /** Needs a planned year. */
  plannedQuarter?: number | null | undefined;
  /** Within the programme period. */
  plannedYear?: number | null | undefined;
  programmeId: string;
  targetAudiences?: Array<TargetAudience> | null | undefined;
  /** At least one regional theme of the region. */
  themeIds: Array<string>;
  title: string;
};

/** The programme's answer to a piece of regional advice, replacing the current one. */
export type AdviceAnswerInput = {
  activityIds: Array<string>;
  adviceId: string;
  /** The answer version the form loaded; 0 before the first answer. */
  expectedVersion: number;
  /** Required: why this status, what the programme does. */
  explanation: string;
  status: AdviceAnswerStatus;
  trackIds: Array<string>;
};

/** How far the programme's answer to a piece of regional advice is. */
export type AdviceAnswerStatus =
  | 'ANSWERED'
  | 'NOT_STARTED'
  | 'PLANNED'
  | 'UNDER_WAY';

/** Priority of a piece of regional advice. */
export type AdvicePriority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type AttendanceInput = {
  /** null clears a recorded attendance. */
  attended?: boolean | null | undefined;
  registrationId: string;
};

/** Narrows the audit log; every field given must match. */
export type AuditFilterInput = {
  /** READ, LIST, CREATE, UPDATE, DELETE, IMPORT, LINK, UNLINK, STATUS, DOWNLOAD, EXPORT, DENIED */
  action?: string | null | undefined;
  /** Entries by this person (never DENIED attempts). */
  actorUserId?: string | null | undefined;
  /** scan, recommendation, recommendation_theme, recommendation_attachment, recommendation_learning_link, follow_up_progress, peer_enrolment, peer_group, peer_group_log, invitation, scan_consent, recommendation_holdback, session_message */
  entity?: string | null | undefined;
  /** The record the entry is about. */
  entityId?: string | null | undefined;
  /** Entries at or after this moment. */
  from?: string | null | undefined;
  /** Only attempts from outside the municipality (DENIED). */
  outsideOnly?: boolean | null | undefined;
  /** Entries before this moment. */
  until?: string | null | undefined;
};

/** Keyset paging of the audit log: at most one of after/before. */
export type AuditPageInput = {
  /** olderCursor of the page before. */
  after?: string | null | undefined;
  /** newerCursor of the page after. */
  before?: string | null | undefined;
  first?: number;
};

/** USER: the viewer's confirmed and waitlisted sessions; MUNICIPALITY (coordinators): sessions people of their municipality registered for, without names; PROGRAMME: every planned session of a programme. */
export type CalendarFeedScope =
  | 'MUNICIPALITY'
  | 'PROGRAMME'
  | 'USER';

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

/** Whether a scan's outcomes may feed the regional picture. NOT_DECIDED (a new scan) and REFUSED contribute nothing. */
export type ConsentStatus =
  | 'AGREED'
  | 'NOT_DECIDED'
  | 'REFUSED';

/** How a count is shown under disclosure control: exactly, or only as "fewer than" / "more than" a bound. */
export type CountBandKind =
  | 'EXACT'
  | 'FEWER_THAN'
  | 'MORE_THAN';

/** A theme's published figure: its count of municipalities, its follow-up shares, or its learning → follow-up comparison. */
export type DifferencingCell =
  | 'FOLLOW_UP'
  | 'LEARNING_EFFECT'
  | 'MUNICIPALITIES';

/** A differencing risk the analyst saw and accepts for this publication. */
export type DifferencingCellInput = {
  cell: DifferencingCell;
  themeId: string;
};

/** The answer to one question: rating for SCALE, text for OPEN. */
export type EvaluationAnswerInput = {
  questionId: string;
  rating?: number | null | undefined;
  text?: string | null | undefined;
};

export type EvaluationQuestionInput = {
  highLabel?: string;
  /** An existing question of the set; empty for a new one. */
  id?: string | null | undefined;
  kind: EvaluationQuestionKind;
  lowLabel?: string;
  required: boolean;
  /** SCALE: 2 to 10. */
  scaleMax?: number | null | undefined;
  text: string;
};

/** SCALE: a rating from 1 to scaleMax with labels at both ends; OPEN: a free text answer. */
export type EvaluationQuestionKind =
  | 'OPEN'
  | 'SCALE';

/** CSV: semicolons, UTF-8 with BOM, CRLF. XLSX: a workbook with a sheet of recommendations and one of their timeline. */
export type ExportFormat =
  | 'CSV'
  | 'XLSX';

export type FacetInput = {
  description?: string | null | undefined;
  name: string;
};

/** The whole follow-up as the panel shows it, saved together: what differs from the stored values is changed and written to the timeline. */
export type FollowUpInput = {
  /** A new due date may not lie in the past. */
  dueDate?: string | null | undefined;
  expectedVersion: number;
  /** http(s) links to evidence. */
  links?: Array<string> | null | undefined;
  /** A progress note for the timeline. */
  note?: string | null | undefined;
  /** A coordinator or participant of the same municipality; null for none. */
  ownerUserId?: string | null | undefined;
  /** Required when the status becomes NOT_ADOPTED. */
  reason?: string | null | undefined;
  status: FollowUpStatus;
};

export type FollowUpStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_ADOPTED'
  | 'OPEN';

/** PAIRS: pairs, one trio when the number is odd. PAIRS_OR_TRIOS: pairs or trios, whichever pairs best. */
export type GroupForm =
  | 'PAIRS'
  | 'PAIRS_OR_TRIOS';

export type ImportColumn =
  | 'FACET'
  | 'PRIORITY'
  | 'REFERENCE'
  | 'TEXT'
  | 'THEMES'
  | 'TITLE';

export type ImportFormat =
  | 'CSV'
  | 'XLSX';

/** RECOMMENDATION_OWNER: a new participant who owns a recommendation; ACCOUNT: a new account with a role. */
export type InvitationPurpose =
  | 'ACCOUNT'
  | 'RECOMMENDATION_OWNER';

/** PENDING: the link works; ACCEPTED: used once; REVOKED: withdrawn (or replaced by a new link); EXPIRED: not used in time. */
export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteAccountInput = {
  /** The work e-mail address; the link to set a password goes there. */
  email: string;
  /** The invitee's language: of the mail and the account. */
  locale?: Locale | null | undefined;
  /** For coordinators and participants; a coordinator's invitation is always for the own municipality. */
  municipalityId?: string | null | undefined;
  /** The name, for the greeting; the invitee may change it when accepting. */
  name: string;
  /** Administrators: any role (a privileged one waits for an RIEC analyst to approve it); coordinators: PARTICIPANT. */
  role: Role;
};

export type InviteOwnerInput = {
  /** The colleague's work e-mail address; the invitation's link goes there. */
  email: string;
  /** The language of the mail; Dutch when absent. */
  locale?: Locale | null | undefined;
  /** The colleague's name, for the greeting; they may change it when accepting. */
  name: string;
  recommendationId: string;
};

/** What a recommendation can be linked to: a learning activity, one of its sessions, a peer track. */
export type LearningKind =
  | 'ACTIVITY'
  | 'SESSION'
  | 'TRACK';

/** What to link a recommendation to. */
export type LearningTargetInput = {
  id: string;
  kind: LearningKind;
};

/** Interface language. */
export type Locale =
  | 'en'
  | 'nl';

/** LINK: a web address; FILE: an uploaded file. */
export type MaterialKind =
  | 'FILE'
  | 'LINK';

/** REGISTRANTS: everyone with a confirmed seat; WAITLIST: everyone on the session's waitlist. */
export type MessageAudience =
  | 'REGISTRANTS'
  | 'WAITLIST';

/** How sensitive a kind of message is. OPERATIONAL: about the platform or an account; PERSONAL: about one person (e.g. their enrolment); CONFIDENTIAL: carries a municipality's confidential data. */
export type MessageConfidentiality =
  | 'CONFIDENTIAL'
  | 'OPERATIONAL'
  | 'PERSONAL';

export type MyRegistrationsFilter = {
  includeCancelled?: boolean;
  period?: RegistrationPeriod;
};

export type NewRecommendationInput = {
  body?: string;
  facetId: string;
  priority: Priority;
  reference?: string | null | undefined;
  scanId: string;
  title: string;
};

/** Why a message is sent. */
export type NotificationKind =
  | 'ACCOUNT_INVITATION'
  | 'CANCELLED_BY_STAFF'
  | 'FOLLOW_UP_DUE_SOON'
  | 'FOLLOW_UP_OVERDUE_DIGEST'
  | 'OWNER_INVITATION'
  | 'PASSWORD_RESET'
  | 'PEER_GROUP_NUDGE'
  | 'PEER_GROUP_PUBLISHED'
  | 'PEER_MEETING_REMINDER'
  | 'PROMOTED'
  | 'REGISTERED'
  | 'REMINDER'
  | 'ROLE_GRANT_DECIDED'
  | 'ROLE_GRANT_REQUESTED'
  | 'SESSION_CHANGED'
  | 'STAFF_SESSION_MESSAGE'
  | 'WAITLISTED';

export type OutboxFilter = {
  kind?: NotificationKind | null | undefined;
  status?: OutboxStatus | null | undefined;
};

/** PENDING: to be sent (after a failure: retried later); SENT; FAILED: given up (refused by the mail server, or too many attempts); DEMO: demo mode, kept here and never sent; SKIPPED: no longer wanted when it was due (e.g. a reminder about a recommendation closed meanwhile), not sent. */
export type OutboxStatus =
  | 'DEMO'
  | 'FAILED'
  | 'PENDING'
  | 'SENT'
  | 'SKIPPED';

/** A session being planned, to warn about sessions at the same time for the same audience. */
export type OverlapQuery = {
  /** The activity being planned; its target audiences are compared. */
  activityId: string;
  endsAt: string;
  /** The session being edited, left out of the answer. */
  excludeSessionId?: string | null | undefined;
  startsAt: string;
};

/** Offset paging; at most 100 items per page. */
export type PageInput = {
  limit?: number;
  offset?: number;
};

/** One group of an arrangement by hand. */
export type PeerArrangementGroupInput = {
  municipalityIds: Array<string>;
};

/** A whole arrangement by hand: every group with its municipalities. */
export type PeerArrangementInput = {
  groups: Array<PeerArrangementGroupInput>;
};

export type PeerEnrolmentInput = {
  /** Months available (YYYY-MM) within the track’s period. */
  availableMonths: Array<string>;
  consentShowGoals: boolean;
  /** Colleagues of the own municipality. */
  contactUserIds: Array<string>;
  /** One per goal of the track; goals left out count 0/0. */
  declarations: Array<PeerGoalDeclarationInput>;
  preferences?: Array<PeerPreferenceInput>;
};

/** UPCOMING: the enrolment window has not opened yet. OPEN: it is open now. CLOSED: it has closed. */
export type PeerEnrolmentStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'UPCOMING';

export type PeerGoalDeclarationInput = {
  goalId: string;
  /** Want to learn, 0–3. */
  need: number;
  /** Can share, 0–3. */
  share: number;
};

export type PeerGroupEvaluationInput = {
  comment?: string;
  rating: number;
};

export type PeerLogInput = {
  agreed?: string;
  discussed?: string;
};

export type PeerMeetingInput = {
  endsAt: string;
  /** The member municipality that hosts the meeting. */
  hostMunicipalityId?: string | null | undefined;
  kind: PeerMeetingKind;
  location?: string;
  onlineUrl?: string | null | undefined;
  startsAt: string;
};

/** A site visit, a peer consultation (intervisie) or another meeting. */
export type PeerMeetingKind =
  | 'INTERVISIE'
  | 'OTHER'
  | 'SITE_VISIT';

export type PeerMeetingStatus =
  | 'CANCELLED'
  | 'PLANNED';

export type PeerPreferenceInput = {
  kind: PeerPreferenceKind;
  municipalityId: string;
};

/** PREFER adds a bonus to pairing with that municipality; AVOID never pairs them. */
export type PeerPreferenceKind =
  | 'AVOID'
  | 'PREFER';

export type PeerProposalStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'SUPERSEDED';

export type PeerTrackFilter = {
  programmeId?: string | null | undefined;
  themeId?: string | null | undefined;
};

export type PeerTrackInput = {
  description?: string | null | undefined;
  endsOn: string;
  enrolmentClosesAt: string;
  enrolmentOpensAt: string;
  evaluationClosesAt?: string | null | undefined;
  /** The learning goals in order (1–12). Goals keep their id by position when editing. */
  goals: Array<string>;
  groupForm: GroupForm;
  multipleGroupsAllowed?: boolean;
  programmeId: string;
  startsOn: string;
  /** At least one regional theme of the region. */
  themeIds: Array<string>;
  title: string;
};

/** Something the platform lets a user do; `me.permissions` lists what the viewer may do. */
export type Permission =
  | 'ACCOUNT_INVITE'
  | 'ADVICE_ANSWER'
  | 'AUDIT_READ'
  | 'CALENDAR_FEED_MUNICIPALITY'
  | 'COLLEAGUE_INVITE'
  | 'COLLEAGUE_READ'
  | 'CONSENT_READ'
  | 'CONSENT_WRITE'
  | 'EVALUATION_READ'
  | 'EVALUATION_SUBMIT'
  | 'FOLLOW_UP_OVERVIEW'
  | 'FOLLOW_UP_PROGRESS'
  | 'FOLLOW_UP_WRITE'
  | 'LEARNING_LINK_WRITE'
  | 'OUTBOX_MANAGE'
  | 'PEER_GROUP_EVALUATE'
  | 'PEER_GROUP_READ'
  | 'PEER_GROUP_WORK'
  | 'PICTURE_PUBLISH'
  | 'PROGRAMME_PLAN'
  | 'RECOMMENDATION_EDIT_CONTENT'
  | 'RECOMMENDATION_READ'
  | 'REGISTRATION_COLLEAGUES'
  | 'REGISTRATION_MANAGE'
  | 'REGISTRATION_READ'
  | 'REGISTRATION_SELF'
  | 'ROLE_GRANT_APPROVE'
  | 'SCAN_READ'
  | 'SCAN_WRITE'
  | 'THEME_MAINTAIN'
  | 'TRACK_ENROL'
  | 'TRACK_MANAGE'
  | 'USER_MANAGE';

/** Change of a theme since the previous snapshot, judged on the published bands only: UNKNOWN when they overlap, NEW when the theme was not in it. */
export type PictureTrend =
  | 'DOWN'
  | 'NEW'
  | 'SAME'
  | 'UNKNOWN'
  | 'UP';

export type PlanSessionSeriesInput = {
  first: SessionInput;
  repeat: RepeatInput;
  /** Dates (YYYY-MM-DD) of the preview not to plan; each must be a date of the series. */
  skipDates?: Array<string>;
};

/** One session, or a series (e.g. a three-part masterclass) planned in one go: all or nothing. */
export type PlanSessionsInput = {
  sessions: Array<SessionInput>;
};

/** P1 is the most urgent. */
export type Priority =
  | 'P1'
  | 'P2'
  | 'P3'
  | 'P4';

export type ProgrammeInput = {
  /** DRAFT or OPEN: the status of new sessions. DRAFT for a new programme when empty, unchanged on edit. */
  defaultSessionStatus?: SessionStatus | null | undefined;
  /** At least startYear; a programme spans at most 20 years. */
  endYear: number;
  goals?: string | null | undefined;
  name: string;
  startYear: number;
  status?: ProgrammeStatus | null | undefined;
};

export type ProgrammeStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'DRAFT';

export type ProgressFilter = {
  /** Only this facet in the series. */
  facetId?: string | null | undefined;
  /** How many months back (1–60, default 24). */
  months?: number | null | undefined;
  /** Only this theme in the series. */
  themeId?: string | null | undefined;
};

/** A progress update on its own: a note and/or links (owners and coordinators). */
export type ProgressInput = {
  /** http(s) links to evidence. */
  links?: Array<string> | null | undefined;
  note?: string | null | undefined;
};

export type RecommendationFilter = {
  /** Due on or after this day. */
  dueFrom?: string | null | undefined;
  /** Due on or before this day. */
  dueTo?: string | null | undefined;
  facetId?: string | null | undefined;
  municipalityId?: string | null | undefined;
  /** true: only overdue ones (due before today in Europe/Amsterdam, not closed); false: none of them. */
  overdue?: boolean | null | undefined;
  /** Only those this person owns. */
  ownerUserId?: string | null | undefined;
  priority?: Priority | null | undefined;
  scanId?: string | null | undefined;
  /** Matches title, text or reference. */
  search?: string | null | undefined;
  status?: FollowUpStatus | null | undefined;
  themeId?: string | null | undefined;
};

export type RecommendationInput = {
  body?: string;
  facetId: string;
  priority: Priority;
  reference?: string | null | undefined;
  title: string;
};

export type RecommendationSort = {
  direction?: SortDirection;
  field?: RecommendationSortField;
};

export type RecommendationSortField =
  | 'CREATED_AT'
  | 'DUE_DATE'
  | 'PRIORITY'
  | 'REFERENCE'
  | 'STATUS'
  | 'TITLE';

/** A piece of regional advice, published with the snapshot and immutable with it. */
export type RegionalAdviceInput = {
  body: string;
  priority: AdvicePriority;
  /** Themes of the region the advice is about. */
  themeIds: Array<string>;
  title: string;
};

/** UPCOMING: sessions that have not ended (soonest first); PAST: ended sessions (latest first). */
export type RegistrationPeriod =
  | 'PAST'
  | 'UPCOMING';

/** CONFIRMED: has a seat; WAITLISTED: in line for one, in order of arrival; CANCELLED. */
export type RegistrationStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'WAITLISTED';

export type ReorderFacetsInput = {
  ids: Array<string>;
};

/** WEEKLY: the weekday of the first session, every n weeks. MONTHLY: the nth (or last) such weekday. */
export type RepeatFrequency =
  | 'MONTHLY'
  | 'WEEKLY';

/** How a series repeats, in Amsterdam calendar dates from the first session on. Ends on until (inclusive) or after count sessions: exactly one. */
export type RepeatInput = {
  /** The number of sessions, at most 50. */
  count?: number | null | undefined;
  frequency: RepeatFrequency;
  /** Every n weeks or months, 1 to 12. */
  interval?: number;
  /** The last possible date, YYYY-MM-DD, inclusive. */
  until?: string | null | undefined;
  /** MONTHLY: which of the month's weekdays of the first session's kind, 1 to 5 or -1 for the last. Months without a 5th are skipped, not counted. */
  weekOfMonth?: number | null | undefined;
};

/** How a re-scan recommendation was matched to the baseline: an analyst’s "carried over from" link, or the same title. */
export type RescanMatchKind =
  | 'LINK'
  | 'TITLE';

export type ResetPasswordInput = {
  password: string;
  /** The token from the reset link (after #). */
  token: string;
};

/** What a user may do on the platform. */
export type Role =
  | 'ADMIN'
  | 'MUNICIPAL_COORDINATOR'
  | 'PARTICIPANT'
  | 'PROGRAMME_STAFF'
  | 'RIEC_ANALYST';

/** PENDING: waits for a RIEC analyst of the region; APPROVED: the role took effect; REJECTED; WITHDRAWN: replaced or cancelled by an administrator. */
export type RoleGrantStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED'
  | 'WITHDRAWN';

/** A municipality's decision on a scan's outcomes feeding the regional picture. */
export type ScanConsentInput = {
  basis?: string;
  /** Not after today (Europe/Amsterdam). */
  decisionDate?: string | null | undefined;
  reference?: string;
  status: ConsentStatus;
};

export type ScanInput = {
  kind: ScanKind;
  municipalityId: string;
  scanDate: string;
  scope?: string;
  summary?: string;
};

/** A first scan or a later re-scan. */
export type ScanKind =
  | 'BASELINE'
  | 'RESCAN';

export type SessionFilter = {
  activityId?: string | null | undefined;
  format?: ActivityFormat | null | undefined;
  /** Sessions ending after this moment. */
  from?: string | null | undefined;
  hostMunicipalityId?: string | null | undefined;
  programmeId?: string | null | undefined;
  /** Matches the activity's title or description, or the venue's name. */
  search?: string | null | undefined;
  status?: SessionStatus | null | undefined;
  themeId?: string | null | undefined;
  /** Sessions starting before this moment. */
  to?: string | null | undefined;
};

export type SessionInput = {
  capacity: number;
  /** After startsAt. */
  endsAt: string;
  /** Days after the end for evaluations (1 to 90); 14 for new sessions when empty, unchanged on edit when empty. Fixed once the window has closed. */
  evaluationWindowDays?: number | null | undefined;
  facilitatorIds?: Array<string> | null | undefined;
  hostMunicipalityId?: string | null | undefined;
  /** At most capacity. */
  maxPerMunicipality?: number | null | undefined;
  onlineUrl?: string | null | undefined;
  /** At or before startsAt; startsAt when empty. */
  registrationDeadline?: string | null | undefined;
  showParticipantNames?: boolean | null | undefined;
  /** UTC or with offset, e.g. 2025-03-04T09:00:00+01:00. */
  startsAt: string;
  /** DRAFT, OPEN or COMPLETED; DRAFT for new sessions when empty, unchanged on edit when empty. */
  status?: SessionStatus | null | undefined;
  /** A venue, an online link, or both. */
  venueId?: string | null | undefined;
};

export type SessionLinkInput = {
  title: string;
  url: string;
};

/** A series from a repeat rule: the first session as a template (its Amsterdam date, times and registration deadline repeat at the same wall-clock times) and the rule. */
export type SessionSeriesInput = {
  first: SessionInput;
  repeat: RepeatInput;
};

/** DRAFT: being planned; OPEN: open for registration; FULL; CANCELLED (kept, for calendars); COMPLETED. */
export type SessionStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'FULL'
  | 'OPEN';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type StaffMessageInput = {
  audience: MessageAudience;
  body: string;
  subject: string;
};

/** A function an activity is meant for. */
export type TargetAudience =
  | 'ADMINISTRATOR'
  | 'BIBOB_ADVISOR'
  | 'COUNCIL_MEMBER'
  | 'ENFORCEMENT_OFFICER'
  | 'LICENSING_OFFICER'
  | 'OTHER'
  | 'POLICY_ADVISOR';

export type ThemeFilter = {
  /** Only active (true) or only retired (false) themes. */
  active?: boolean | null | undefined;
  /** Only themes related to this facet. */
  facetId?: string | null | undefined;
  /** Matches title or description, case-insensitive. */
  search?: string | null | undefined;
  yearIdentified?: number | null | undefined;
};

export type ThemeInput = {
  description?: string | null | undefined;
  /** Related facets of the viewer's region. */
  facetIds?: Array<string>;
  title: string;
  yearIdentified: number;
};

export type ThemeSort = {
  direction?: SortDirection;
  field?: ThemeSortField;
};

export type ThemeSortField =
  | 'CREATED_AT'
  | 'TITLE'
  | 'UPDATED_AT'
  | 'YEAR_IDENTIFIED';

/** What happened to a recommendation: a change of status, owner or due date, a progress note, a file, a learning link added or removed, consent for the regional picture recorded on its scan, the recommendation held back from the picture or released. */
export type TimelineEventKind =
  | 'ATTACHMENT'
  | 'CONSENT'
  | 'DUE_DATE'
  | 'HOLD_BACK'
  | 'LINK'
  | 'OWNER'
  | 'PROGRESS'
  | 'RELEASE'
  | 'STATUS'
  | 'UNLINK';

export type UpdateUserInput = {
  email: string;
  municipalityId?: string | null | undefined;
  name: string;
  role: Role;
};

export type UserFilter = {
  municipalityId?: string | null | undefined;
  role?: Role | null | undefined;
  /** Matches name or e-mail, case-insensitive. */
  search?: string | null | undefined;
};

export type UserSort = {
  direction?: SortDirection;
  field?: UserSortField;
};

export type UserSortField =
  | 'CREATED_AT'
  | 'EMAIL'
  | 'NAME'
  | 'ROLE';

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type DigestSettingQueryVariables = Exact<{ [key: string]: never; }>;


export type DigestSettingQuery = { me: { __typename: 'User', id: string, overdueDigest: boolean } | null };

export type SetLocaleMutationVariables = Exact<{
  locale: Locale;
}>;


export type SetLocaleMutation = { setLocale: { __typename: 'User', id: string, locale: Locale } };

export type SetOverdueDigestMutationVariables = Exact<{
  enabled: boolean;
}>;


export type SetOverdueDigestMutation = { setOverdueDigest: { __typename: 'User', id: string, overdueDigest: boolean } };

export type AdminUserFieldsFragment = { __typename: 'User', id: string, email: string, name: string, role: Role | null, disabled: boolean, version: number, createdAt: string, municipality: { __typename: 'Municipality', id: string, name: string } | null, pendingRoleGrant: { __typename: 'RoleGrant', id: string, requestedRole: Role, municipality: { __typename: 'Municipality', id: string, name: string } | null } | null };

export type AdminUserQueryVariables = Exact<{
  id: string;
}>;


export type AdminUserQuery = { user: { __typename: 'User', id: string, email: string, name: string, role: Role | null, disabled: boolean, version: number, createdAt: string, municipality: { __typename: 'Municipality', id: string, name: string } | null, pendingRoleGrant: { __typename: 'RoleGrant', id: string, requestedRole: Role, municipality: { __typename: 'Municipality', id: string, name: string } | null } | null } };

export type MunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MunicipalitiesQuery = { municipalities: Array<{ __typename: 'Municipality', id: string, code: string, name: string }> };

export type SetUserDisabledMutationVariables = Exact<{
  id: string;
  disabled: boolean;
  expectedVersion: number;
}>;


export type SetUserDisabledMutation = { setUserDisabled: { __typename: 'User', id: string, disabled: boolean, version: number } };

export type UpdateUserMutationVariables = Exact<{
  id: string;
  input: UpdateUserInput;
  expectedVersion: number;
}>;


export type UpdateUserMutation = { updateUser: { __typename: 'User', id: string, email: string, name: string, role: Role | null, disabled: boolean, version: number, createdAt: string, municipality: { __typename: 'Municipality', id: string, name: string } | null, pendingRoleGrant: { __typename: 'RoleGrant', id: string, requestedRole: Role, municipality: { __typename: 'Municipality', id: string, name: string } | null } | null } };

export type UsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  sort?: UserSort | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type UsersQuery = { users: { __typename: 'UserPage', total: number, items: Array<{ __typename: 'User', id: string, email: string, name: string, role: Role | null, disabled: boolean, version: number, createdAt: string, municipality: { __typename: 'Municipality', id: string, name: string } | null, pendingRoleGrant: { __typename: 'RoleGrant', id: string, requestedRole: Role, municipality: { __typename: 'Municipality', id: string, name: string } | null } | null }> } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditFilterInput | null | undefined;
  paging?: AuditPageInput | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { __typename: 'AuditPage', total: number, totalCapped: boolean, olderCursor: string | null, newerCursor: string | null, items: Array<{ __typename: 'AuditEntry', id: string, at: string, actorName: string | null, actorEmail: string | null, actorRole: Role | null, action: string, entity: string, entityId: string | null, count: number | null, requestId: string | null }> } };

export type AuditActorsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditActorsQuery = { auditActors: Array<{ __typename: 'AuditActor', id: string, name: string, email: string }> };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { __typename: 'User', id: string, email: string, name: string, role: Role | null, permissions: Array<Permission>, locale: Locale, municipality: { __typename: 'Municipality', id: string, code: string, name: string } | null } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { __typename: 'User', id: string, email: string, name: string, role: Role | null, permissions: Array<Permission>, locale: Locale, municipality: { __typename: 'Municipality', id: string, code: string, name: string } | null } | null };

export type PasswordResetPreviewQueryVariables = Exact<{
  token: string;
}>;


export type PasswordResetPreviewQuery = { passwordReset: { __typename: 'PasswordResetPreview', email: string, expiresAt: string } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type ViewerFieldsFragment = { __typename: 'User', id: string, email: string, name: string, role: Role | null, permissions: Array<Permission>, locale: Locale, municipality: { __typename: 'Municipality', id: string, code: string, name: string } | null };

export type BoardReportQueryVariables = Exact<{
  snapshotId: string;
}>;


export type BoardReportQuery = { boardReport: { __typename: 'BoardReport', generatedAt: string, snapshot: { __typename: 'PictureSnapshot', id: string, publishedAt: string, publishedByName: string | null, note: string, threshold: number, municipalityCount: number, contributingCount: number | null, comparedWithPublishedAt: string | null, lines: Array<{ __typename: 'PictureLine', trend: PictureTrend | null, theme: { __typename: 'PictureTheme', id: string, title: string }, municipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null }, followUp: { __typename: 'FollowUpShares', suppressed: boolean, open: { __typename: 'ShareBand', from: number, to: number } | null, inProgress: { __typename: 'ShareBand', from: number, to: number } | null, done: { __typename: 'ShareBand', from: number, to: number } | null, notAdopted: { __typename: 'ShareBand', from: number, to: number } | null }, learningEffect: { __typename: 'LearningEffect', suppressed: boolean, tookPartMunicipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null } | null, tookPartProgress: { __typename: 'ShareBand', from: number, to: number } | null, didNotMunicipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null } | null, didNotProgress: { __typename: 'ShareBand', from: number, to: number } | null } | null }> }, advice: Array<{ __typename: 'RegionalAdvice', id: string, snapshotId: string, position: number, title: string, body: string, priority: AdvicePriority, answerVersion: number, themes: Array<{ __typename: 'PictureTheme', id: string, title: string }>, answer: { __typename: 'AdviceAnswer', status: AdviceAnswerStatus, explanation: string, updatedAt: string, updatedByName: string | null, activities: Array<{ __typename: 'AdviceAnswerLink', id: string, title: string }>, tracks: Array<{ __typename: 'AdviceAnswerLink', id: string, title: string }> } | null, answerHistory: Array<{ __typename: 'AdviceAnswerEvent', version: number, status: AdviceAnswerStatus, explanation: string, at: string, byName: string | null, activities: Array<{ __typename: 'AdviceAnswerLink', id: string, title: string }>, tracks: Array<{ __typename: 'AdviceAnswerLink', id: string, title: string }> }>, viewerCan: { __typename: 'RegionalAdviceViewerCan', answer: boolean } }>, learning: { __typename: 'BoardLearningTotals', until: string, activities: number, sessionsHeld: number, tracks: number, peerGroups: number | null, attendances: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null }, attendingMunicipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null }, enrolledMunicipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null } } } };

export type CalendarFeedFieldsFragment = { __typename: 'CalendarFeed', id: string, scope: CalendarFeedScope, createdAt: string, municipality: { __typename: 'Municipality', id: string, name: string } | null, programme: { __typename: 'Programme', id: string, name: string } | null };

export type CalendarFeedProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFeedProgrammesQuery = { programmes: Array<{ __typename: 'Programme', id: string, name: string, status: ProgrammeStatus }> };

export type CreateCalendarFeedMutationVariables = Exact<{
  scope: CalendarFeedScope;
  programmeId?: string | null | undefined;
}>;


export type CreateCalendarFeedMutation = { createCalendarFeed: { __typename: 'CalendarFeedUrl', url: string, feed: { __typename: 'CalendarFeed', id: string, scope: CalendarFeedScope, createdAt: string, municipality: { __typename: 'Municipality', id: string, name: string } | null, programme: { __typename: 'Programme', id: string, name: string } | null } } };

export type MyCalendarFeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCalendarFeedsQuery = { myCalendarFeeds: Array<{ __typename: 'CalendarFeed', id: string, scope: CalendarFeedScope, createdAt: string, municipality: { __typename: 'Municipality', id: string, name: string } | null, programme: { __typename: 'Programme', id: string, name: string } | null }> };

export type RegenerateCalendarFeedMutationVariables = Exact<{
  id: string;
}>;


export type RegenerateCalendarFeedMutation = { regenerateCalendarFeed: { __typename: 'CalendarFeedUrl', url: string, feed: { __typename: 'CalendarFeed', id: string, scope: CalendarFeedScope, createdAt: string, municipality: { __typename: 'Municipality', id: string, name: string } | null, programme: { __typename: 'Programme', id: string, name: string } | null } } };

export type RevokeCalendarFeedMutationVariables = Exact<{
  id: string;
}>;


export type RevokeCalendarFeedMutation = { revokeCalendarFeed: boolean };

export type ActivityEvaluationExportQueryVariables = Exact<{
  activityId: string;
}>;


export type ActivityEvaluationExportQuery = { activityEvaluationExport: { __typename: 'EvaluationExport', filename: string, csv: string, sessions: number } };

export type ActivityEvaluationQuestionsQueryVariables = Exact<{
  id: string;
}>;


export type ActivityEvaluationQuestionsQuery = { activity: { __typename: 'LearningActivity', id: string, viewerCan: { __typename: 'ActivityPermissions', edit: boolean }, evaluationQuestions: { __typename: 'EvaluationQuestionSet', isDefault: boolean, version: number, questions: Array<{ __typename: 'EvaluationQuestion', answered: boolean | null, id: string, kind: EvaluationQuestionKind, text: string, scaleMax: number | null, lowLabel: string, highLabel: string, required: boolean, retired: boolean }> } } };

export type EvaluationFormQueryVariables = Exact<{
  sessionId: string;
}>;


export type EvaluationFormQuery = { evaluationForm: { __typename: 'EvaluationForm', sessionId: string, closesAt: string, open: boolean, questions: Array<{ __typename: 'EvaluationQuestion', id: string, kind: EvaluationQuestionKind, text: string, scaleMax: number | null, lowLabel: string, highLabel: string, required: boolean, retired: boolean }>, mine: { __typename: 'MyEvaluation', submittedAt: string, updatedAt: string, answers: Array<{ __typename: 'EvaluationAnswer', questionId: string, questionText: string, rating: number | null, text: string | null }> } | null } };

export type EvaluationQuestionFieldsFragment = { __typename: 'EvaluationQuestion', id: string, kind: EvaluationQuestionKind, text: string, scaleMax: number | null, lowLabel: string, highLabel: string, required: boolean, retired: boolean };

export type SaveEvaluationQuestionsMutationVariables = Exact<{
  activityId: string;
  expectedVersion: number;
  questions: Array<EvaluationQuestionInput> | EvaluationQuestionInput;
}>;


export type SaveEvaluationQuestionsMutation = { saveEvaluationQuestions: { __typename: 'EvaluationQuestionSet', isDefault: boolean, version: number, questions: Array<{ __typename: 'EvaluationQuestion', answered: boolean | null, id: string, kind: EvaluationQuestionKind, text: string, scaleMax: number | null, lowLabel: string, highLabel: string, required: boolean, retired: boolean }> } };

export type SessionEvaluationExportQueryVariables = Exact<{
  sessionId: string;
}>;


export type SessionEvaluationExportQuery = { sessionEvaluationExport: { __typename: 'EvaluationExport', filename: string, csv: string } };

export type SessionEvaluationQueryVariables = Exact<{
  sessionId: string;
}>;


export type SessionEvaluationQuery = { sessionEvaluation: { __typename: 'SessionEvaluationResults', minimumResponses: number, responses: number, released: boolean, releasesAt: string, suppressed: boolean, questions: Array<{ __typename: 'EvaluationQuestionResult', suppressed: boolean, averageRating: number | null, openAnswers: Array<string>, question: { __typename: 'EvaluationQuestion', id: string, kind: EvaluationQuestionKind, text: string, scaleMax: number | null, lowLabel: string, highLabel: string, required: boolean, retired: boolean } }> } };

export type SubmitEvaluationMutationVariables = Exact<{
  sessionId: string;
  answers: Array<EvaluationAnswerInput> | EvaluationAnswerInput;
}>;


export type SubmitEvaluationMutation = { submitEvaluation: { __typename: 'MyEvaluation', submittedAt: string, updatedAt: string } };

export type CreateFacetMutationVariables = Exact<{
  input: FacetInput;
}>;


export type CreateFacetMutation = { createFacet: { __typename: 'Facet', id: string, version: number, name: string, description: string, position: number, active: boolean, viewerCan: { __typename: 'FacetPermissions', edit: boolean } } };

export type FacetAdminFieldsFragment = { __typename: 'Facet', id: string, version: number, name: string, description: string, position: number, active: boolean, viewerCan: { __typename: 'FacetPermissions', edit: boolean } };

export type FacetAdminListQueryVariables = Exact<{ [key: string]: never; }>;


export type FacetAdminListQuery = { facets: Array<{ __typename: 'Facet', id: string, version: number, name: string, description: string, position: number, active: boolean, viewerCan: { __typename: 'FacetPermissions', edit: boolean } }> };

export type ReorderFacetsMutationVariables = Exact<{
  input: ReorderFacetsInput;
}>;


export type ReorderFacetsMutation = { reorderFacets: Array<{ __typename: 'Facet', id: string, position: number, version: number }> };

export type SetFacetActiveMutationVariables = Exact<{
  id: string;
  active: boolean;
  expectedVersion: number;
}>;


export type SetFacetActiveMutation = { setFacetActive: { __typename: 'Facet', id: string, active: boolean, version: number } };

export type UpdateFacetMutationVariables = Exact<{
  id: string;
  input: FacetInput;
  expectedVersion: number;
}>;


export type UpdateFacetMutation = { updateFacet: { __typename: 'Facet', id: string, version: number, name: string, description: string, position: number, active: boolean, viewerCan: { __typename: 'FacetPermissions', edit: boolean } } };

export type HomeRecommendationFieldsFragment = { __typename: 'HomeRecommendation', id: string, title: string, dueDate: string, status: string };

export type HomeSessionFieldsFragment = { __typename: 'HomeSession', id: string, title: string, startsAt: string, registrationDeadline: string, status: string, capacity: number, confirmed: number, waitlisted: number };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { home: { __typename: 'Home', nextSessions: Array<{ __typename: 'HomeSession', id: string, title: string, startsAt: string, registrationDeadline: string, status: string, capacity: number, confirmed: number, waitlisted: number }> | null, waitlist: Array<{ __typename: 'HomeWaitlistEntry', position: number, session: { __typename: 'HomeSession', id: string, title: string, startsAt: string, registrationDeadline: string, status: string, capacity: number, confirmed: number, waitlisted: number } }> | null, evaluationsToGive: Array<{ __typename: 'HomeEvaluationDue', closesAt: string, session: { __typename: 'HomeSession', id: string, title: string, startsAt: string, registrationDeadline: string, status: string, capacity: number, confirmed: number, waitlisted: number } }> | null, openTracks: Array<{ __typename: 'HomeTrack', id: string, title: string, enrolmentClosesAt: string, enrolled: boolean | null }> | null, followUp: { __typename: 'HomeFollowUp', dueSoonTotal: number, overdueTotal: number, open: number, inProgress: number, done: number, notAdopted: number, dueSoon: Array<{ __typename: 'HomeRecommendation', id: string, title: string, dueDate: string, status: string }>, overdue: Array<{ __typename: 'HomeRecommendation', id: string, title: string, dueDate: string, status: string }> } | null, colleagueRegistrations: Array<{ __typename: 'HomeColleagueRegistration', id: string, personName: string, status: string, session: { __typename: 'HomeSession', id: string, title: string, startsAt: string, registrationDeadline: string, status: string, capacity: number, confirmed: number, waitlisted: number } }> | null, programme: { __typename: 'HomeProgramme', draftTotal: number, upcoming: Array<{ __typename: 'HomeSession', id: string, title: string, startsAt: string, registrationDeadline: string, status: string, capacity: number, confirmed: number, waitlisted: number }>, drafts: Array<{ __typename: 'HomeSession', id: string, title: string, startsAt: string, registrationDeadline: string, status: string, capacity: number, confirmed: number, waitlisted: number }>, deadlinesThisWeek: Array<{ __typename: 'HomeSession', id: string, title: string, startsAt: string, registrationDeadline: string, status: string, capacity: number, confirmed: number, waitlisted: number }>, withWaitlist: Array<{ __typename: 'HomeSession', id: string, title: string, startsAt: string, registrationDeadline: string, status: string, capacity: number, confirmed: number, waitlisted: number }>, themesWithoutOffer: Array<{ __typename: 'HomeTheme', id: string, title: string }> } | null, analysis: { __typename: 'HomeAnalysis', staleAfterYears: number, lastSnapshotId: string | null, lastSnapshotAt: string | null, scansSinceSnapshot: number, recommendationsSinceSnapshot: number, municipalities: Array<{ __typename: 'HomeMunicipalityScan', municipalityId: string, name: string, lastScanDate: string | null, scanMissingOrOld: boolean, withoutTheme: number }> } | null, pendingRoleGrants: Array<{ __typename: 'HomeRoleGrant', id: string, userName: string, requestedRole: Role, municipalityName: string | null, requestedAt: string }> | null, administration: { __typename: 'HomeAdministration', disabledTotal: number, failedMessages: number, pendingInvitations: number, disabledAccounts: Array<{ __typename: 'HomeAccount', id: string, name: string, email: string, disabledAt: string }> } | null } };

export type MyPendingRoleGrantQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPendingRoleGrantQuery = { me: { __typename: 'User', id: string, pendingRoleGrant: { __typename: 'RoleGrant', id: string, requestedRole: Role, requestedAt: string, municipality: { __typename: 'Municipality', id: string, name: string } | null } | null } | null };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { __typename: 'User', id: string, email: string, name: string, role: Role | null, permissions: Array<Permission>, locale: Locale, municipality: { __typename: 'Municipality', id: string, code: string, name: string } | null } };

export type AccountInvitationFieldsFragment = { __typename: 'AccountInvitation', id: string, email: string, name: string, role: Role, municipalityName: string | null, locale: Locale, status: InvitationStatus, invitedByName: string | null, createdAt: string, expiresAt: string, demoLink: string | null };

export type AccountInvitationsQueryVariables = Exact<{
  filter?: AccountInvitationFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type AccountInvitationsQuery = { accountInvitations: { __typename: 'AccountInvitationPage', total: number, items: Array<{ __typename: 'AccountInvitation', id: string, email: string, name: string, role: Role, municipalityName: string | null, locale: Locale, status: InvitationStatus, invitedByName: string | null, createdAt: string, expiresAt: string, demoLink: string | null }> } };

export type InvitableRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitableRolesQuery = { invitableRoles: Array<Role> };

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPreviewQuery = { invitation: { __typename: 'InvitationPreview', purpose: InvitationPurpose, email: string, name: string, role: Role, municipalityName: string | null, expiresAt: string } };

export type InviteAccountMutationVariables = Exact<{
  input: InviteAccountInput;
}>;


export type InviteAccountMutation = { inviteAccount: { __typename: 'AccountInvitation', id: string, email: string, name: string, role: Role, municipalityName: string | null, locale: Locale, status: InvitationStatus, invitedByName: string | null, createdAt: string, expiresAt: string, demoLink: string | null } };

export type ResendAccountInvitationMutationVariables = Exact<{
  id: string;
}>;


export type ResendAccountInvitationMutation = { resendAccountInvitation: { __typename: 'AccountInvitation', id: string, email: string, name: string, role: Role, municipalityName: string | null, locale: Locale, status: InvitationStatus, invitedByName: string | null, createdAt: string, expiresAt: string, demoLink: string | null } };

export type RevokeAccountInvitationMutationVariables = Exact<{
  id: string;
}>;


export type RevokeAccountInvitationMutation = { revokeAccountInvitation: { __typename: 'AccountInvitation', id: string, email: string, name: string, role: Role, municipalityName: string | null, locale: Locale, status: InvitationStatus, invitedByName: string | null, createdAt: string, expiresAt: string, demoLink: string | null } };

export type LinkRecommendationToLearningMutationVariables = Exact<{
  recommendationId: string;
  target: LearningTargetInput;
}>;


export type LinkRecommendationToLearningMutation = { linkRecommendationToLearning: { __typename: 'LearningLink', id: string } };

export type RecommendationLearningQueryVariables = Exact<{
  id: string;
}>;


export type RecommendationLearningQuery = { recommendation: { __typename: 'Recommendation', id: string, viewerCan: { __typename: 'RecommendationPermissions', linkLearning: boolean }, learningLinks: Array<{ __typename: 'LearningLink', id: string, kind: LearningKind, targetId: string, title: string, activityId: string | null, startsAt: string | null, sessionStatus: string | null, linkedAt: string, linkedBy: { __typename: 'Person', id: string, name: string } | null, attendance: { __typename: 'LearningAttendance', registered: number, attended: number, enrolled: boolean | null, people: Array<{ __typename: 'LearningAttendee', sessionStartsAt: string, status: string, attended: boolean | null, person: { __typename: 'Person', id: string, name: string } }> } | null }> }, learningOffer: Array<{ __typename: 'LearningOfferItem', kind: LearningKind, id: string, title: string, format: string | null, activityId: string | null, startsAt: string | null, registrationDeadline: string | null, sessionStatus: string | null, endsOn: string | null, themes: Array<string>, upcoming: boolean, linkId: string | null }> };

export type UnlinkRecommendationFromLearningMutationVariables = Exact<{
  linkId: string;
}>;


export type UnlinkRecommendationFromLearningMutation = { unlinkRecommendationFromLearning: boolean };

export type MyMessagesQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type MyMessagesQuery = { myMessages: { __typename: 'MyMessagePage', total: number, items: Array<{ __typename: 'MyMessage', id: string, kind: NotificationKind, createdAt: string, subject: string | null, text: string | null, appPath: string | null }> } };

export type MyRegistrationsQueryVariables = Exact<{
  filter?: MyRegistrationsFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type MyRegistrationsQuery = { myRegistrations: { __typename: 'RegistrationPage', total: number, items: Array<{ __typename: 'Registration', id: string, status: RegistrationStatus, waitlistPosition: number | null, attended: boolean | null, createdAt: string, cancelledAt: string | null, session: { __typename: 'Session', id: string, startsAt: string, endsAt: string, status: SessionStatus, capacity: number, seatsTaken: number, seatsLeft: number, waitlistLength: number, online: boolean, onlineUrl: string | null, viewerCanRegister: boolean, activity: { __typename: 'LearningActivity', id: string, title: string, format: ActivityFormat }, themes: Array<{ __typename: 'Theme', id: string, title: string }>, venue: { __typename: 'Venue', id: string, name: string, room: string } | null, hostMunicipality: { __typename: 'Municipality', id: string, name: string } | null, viewerRegistration: { __typename: 'Registration', id: string, status: RegistrationStatus, waitlistPosition: number | null } | null }, participant: { __typename: 'RegistrationPerson', id: string, name: string, email: string }, registeredBy: { __typename: 'RegistrationPerson', id: string, name: string }, municipality: { __typename: 'Municipality', id: string, name: string }, viewerCan: { __typename: 'RegistrationPermissions', cancel: boolean, evaluate: boolean } }> } };

export type OutboxQueryVariables = Exact<{
  filter?: OutboxFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type OutboxQuery = { outbox: { __typename: 'OutboxPage', total: number, items: Array<{ __typename: 'OutboxMessage', id: string, kind: NotificationKind, confidentiality: MessageConfidentiality, status: OutboxStatus, recipientEmail: string, createdAt: string, availableAt: string, sentAt: string | null, attempts: number, lastError: string | null }> } };

export type RetryOutboxMessageMutationVariables = Exact<{
  id: string;
}>;


export type RetryOutboxMessageMutation = { retryOutboxMessage: { __typename: 'OutboxMessage', id: string, status: OutboxStatus, attempts: number, lastError: string | null } };

export type CreatePeerTrackMutationVariables = Exact<{
  input: PeerTrackInput;
}>;


export type CreatePeerTrackMutation = { createPeerTrack: { __typename: 'PeerTrack', id: string, version: number, programmeId: string, title: string, description: string, startsOn: string, endsOn: string, enrolmentOpensAt: string, enrolmentClosesAt: string, evaluationClosesAt: string | null, enrolmentOpen: boolean, groupForm: GroupForm, multipleGroupsAllowed: boolean, createdAt: string, themes: Array<{ __typename: 'PeerTrackTheme', id: string, title: string }>, goals: Array<{ __typename: 'PeerTrackGoal', id: string, position: number, title: string }>, enrolmentCount: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null }, viewerCan: { __typename: 'PeerTrackPermissions', enrol: boolean, manage: boolean } } };

export type EnrolInPeerTrackMutationVariables = Exact<{
  trackId: string;
  municipalityId: string;
  input: PeerEnrolmentInput;
}>;


export type EnrolInPeerTrackMutation = { enrolInPeerTrack: { __typename: 'PeerEnrolment', id: string, version: number, trackId: string, municipalityId: string, municipalityName: string, availableMonths: Array<string>, consentShowGoals: boolean, withdrawnAt: string | null, updatedAt: string, declarations: Array<{ __typename: 'PeerGoalDeclaration', goalId: string, need: number, share: number }>, contacts: Array<{ __typename: 'PeerContact', userId: string, name: string, email: string }>, preferences: Array<{ __typename: 'PeerPreference', kind: PeerPreferenceKind, municipalityId: string, municipalityName: string }> } };

export type PeerEnrolmentOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PeerEnrolmentOptionsQuery = { colleagues: Array<{ __typename: 'Person', id: string, name: string }>, municipalities: Array<{ __typename: 'Municipality', id: string, name: string }> };

export type MyPeerGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPeerGroupsQuery = { myPeerGroups: Array<{ __typename: 'PeerGroup', id: string, trackId: string, trackTitle: string, trackStartsOn: string, trackEndsOn: string, members: Array<{ __typename: 'PeerPartner', municipalityId: string, name: string, contacts: Array<{ __typename: 'PeerContact', userId: string, name: string, email: string }> }>, pairedGoals: Array<{ __typename: 'PeerPairedGoal', goalId: string, goalTitle: string, learnerId: string, fromId: string }> }> };

export type MyPeerHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPeerHistoryQuery = { myPeerHistory: Array<{ __typename: 'PeerHistoryTrack', trackId: string, title: string, startsOn: string, endsOn: string, partners: Array<{ __typename: 'PeerHistoryPartner', municipalityId: string, name: string, current: boolean }> }> };

export type PeerEnrolmentFieldsFragment = { __typename: 'PeerEnrolment', id: string, version: number, trackId: string, municipalityId: string, municipalityName: string, availableMonths: Array<string>, consentShowGoals: boolean, withdrawnAt: string | null, updatedAt: string, declarations: Array<{ __typename: 'PeerGoalDeclaration', goalId: string, need: number, share: number }>, contacts: Array<{ __typename: 'PeerContact', userId: string, name: string, email: string }>, preferences: Array<{ __typename: 'PeerPreference', kind: PeerPreferenceKind, municipalityId: string, municipalityName: string }> };

export type PeerEnrolmentsQueryVariables = Exact<{
  trackId: string;
}>;


export type PeerEnrolmentsQuery = { peerEnrolments: Array<{ __typename: 'PeerEnrolment', id: string, version: number, trackId: string, municipalityId: string, municipalityName: string, availableMonths: Array<string>, consentShowGoals: boolean, withdrawnAt: string | null, updatedAt: string, declarations: Array<{ __typename: 'PeerGoalDeclaration', goalId: string, need: number, share: number }>, contacts: Array<{ __typename: 'PeerContact', userId: string, name: string, email: string }>, preferences: Array<{ __typename: 'PeerPreference', kind: PeerPreferenceKind, municipalityId: string, municipalityName: string }> }> };

export type PeerGroupFieldsFragment = { __typename: 'PeerGroup', id: string, trackId: string, trackTitle: string, trackStartsOn: string, trackEndsOn: string, members: Array<{ __typename: 'PeerPartner', municipalityId: string, name: string, contacts: Array<{ __typename: 'PeerContact', userId: string, name: string, email: string }> }>, pairedGoals: Array<{ __typename: 'PeerPairedGoal', goalId: string, goalTitle: string, learnerId: string, fromId: string }> };

export type PeerGroupQueryVariables = Exact<{
  id: string;
}>;


export type PeerGroupQuery = { peerGroup: { __typename: 'PeerGroup', id: string, trackId: string, trackTitle: string, trackStartsOn: string, trackEndsOn: string, members: Array<{ __typename: 'PeerPartner', municipalityId: string, name: string, contacts: Array<{ __typename: 'PeerContact', userId: string, name: string, email: string }> }>, pairedGoals: Array<{ __typename: 'PeerPairedGoal', goalId: string, goalTitle: string, learnerId: string, fromId: string }> } };

export type PeerProposalFieldsFragment = { __typename: 'PeerProposal', id: string, version: number, trackId: string, status: PeerProposalStatus, total: number, repeats: number, exact: boolean, stale: boolean, computedAt: string, publishedAt: string | null, groups: Array<{ __typename: 'PeerProposalGroup', id: string, position: number, locked: boolean, score: number, bonus: number, repeats: number, costOfBreaking: number | null, members: Array<{ __typename: 'PeerMunicipality', id: string, name: string }>, learning: Array<{ __typename: 'PeerLearningLine', goalId: string, learnerId: string, fromId: string, points: number }> }> };

export type PeerProposalQueryVariables = Exact<{
  trackId: string;
}>;


export type PeerProposalQuery = { peerProposal: { __typename: 'PeerProposal', id: string, version: number, trackId: string, status: PeerProposalStatus, total: number, repeats: number, exact: boolean, stale: boolean, computedAt: string, publishedAt: string | null, groups: Array<{ __typename: 'PeerProposalGroup', id: string, position: number, locked: boolean, score: number, bonus: number, repeats: number, costOfBreaking: number | null, members: Array<{ __typename: 'PeerMunicipality', id: string, name: string }>, learning: Array<{ __typename: 'PeerLearningLine', goalId: string, learnerId: string, fromId: string, points: number }> }> } | null };

export type PeerTrackFieldsFragment = { __typename: 'PeerTrack', id: string, version: number, programmeId: string, title: string, description: string, startsOn: string, endsOn: string, enrolmentOpensAt: string, enrolmentClosesAt: string, evaluationClosesAt: string | null, enrolmentOpen: boolean, groupForm: GroupForm, multipleGroupsAllowed: boolean, createdAt: string, themes: Array<{ __typename: 'PeerTrackTheme', id: string, title: string }>, goals: Array<{ __typename: 'PeerTrackGoal', id: string, position: number, title: string }>, enrolmentCount: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null }, viewerCan: { __typename: 'PeerTrackPermissions', enrol: boolean, manage: boolean } };

export type PeerTrackFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PeerTrackFormOptionsQuery = { programmes: Array<{ __typename: 'Programme', id: string, name: string, startYear: number, endYear: number, status: ProgrammeStatus }>, themes: { __typename: 'ThemePage', items: Array<{ __typename: 'Theme', id: string, title: string, active: boolean }> } };

export type PeerTrackOverviewQueryVariables = Exact<{
  trackId: string;
}>;


export type PeerTrackOverviewQuery = { peerTrackOverview: { __typename: 'PeerTrackOverview', trackId: string, groups: Array<{ __typename: 'PeerGroupOverview', groupId: string, meetingsPlanned: number, meetingsHeld: number, lastActivityAt: string | null, evaluationResponses: number, idle: boolean, lastNudgedAt: string | null, members: Array<{ __typename: 'PeerGroupWorkMember', municipalityId: string, name: string }> }>, evaluation: { __typename: 'SessionEvaluation', responses: number, released: boolean, releasesAt: string, minimumResponses: number, suppressed: boolean, averageRating: number | null, comments: Array<string> } | null } };

export type PeerTrackQueryVariables = Exact<{
  id: string;
}>;


export type PeerTrackQuery = { peerTrack: { __typename: 'PeerTrack', id: string, version: number, programmeId: string, title: string, description: string, startsOn: string, endsOn: string, enrolmentOpensAt: string, enrolmentClosesAt: string, evaluationClosesAt: string | null, enrolmentOpen: boolean, groupForm: GroupForm, multipleGroupsAllowed: boolean, createdAt: string, themes: Array<{ __typename: 'PeerTrackTheme', id: string, title: string }>, goals: Array<{ __typename: 'PeerTrackGoal', id: string, position: number, title: string }>, enrolmentCount: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null }, viewerCan: { __typename: 'PeerTrackPermissions', enrol: boolean, manage: boolean } } };

export type PeerTracksQueryVariables = Exact<{
  filter?: PeerTrackFilter | null | undefined;
}>;


export type PeerTracksQuery = { peerTracks: Array<{ __typename: 'PeerTrack', id: string, version: number, programmeId: string, title: string, description: string, startsOn: string, endsOn: string, enrolmentOpensAt: string, enrolmentClosesAt: string, evaluationClosesAt: string | null, enrolmentOpen: boolean, groupForm: GroupForm, multipleGroupsAllowed: boolean, createdAt: string, themes: Array<{ __typename: 'PeerTrackTheme', id: string, title: string }>, goals: Array<{ __typename: 'PeerTrackGoal', id: string, position: number, title: string }>, enrolmentCount: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null }, viewerCan: { __typename: 'PeerTrackPermissions', enrol: boolean, manage: boolean } }> };

export type PreviewPeerArrangementQueryVariables = Exact<{
  proposalId: string;
  arrangement: PeerArrangementInput;
}>;


export type PreviewPeerArrangementQuery = { previewPeerArrangement: { __typename: 'PeerArrangementScore', total: number, repeats: number, groupScores: Array<number>, violations: Array<string> } };

export type PublishPeerProposalMutationVariables = Exact<{
  proposalId: string;
  expectedVersion: number;
}>;


export type PublishPeerProposalMutation = { publishPeerProposal: { __typename: 'PeerProposal', id: string, version: number, trackId: string, status: PeerProposalStatus, total: number, repeats: number, exact: boolean, stale: boolean, computedAt: string, publishedAt: string | null, groups: Array<{ __typename: 'PeerProposalGroup', id: string, position: number, locked: boolean, score: number, bonus: number, repeats: number, costOfBreaking: number | null, members: Array<{ __typename: 'PeerMunicipality', id: string, name: string }>, learning: Array<{ __typename: 'PeerLearningLine', goalId: string, learnerId: string, fromId: string, points: number }> }> } };

export type RearrangePeerGroupsMutationVariables = Exact<{
  proposalId: string;
  arrangement: PeerArrangementInput;
  expectedVersion: number;
}>;


export type RearrangePeerGroupsMutation = { rearrangePeerGroups: { __typename: 'PeerProposal', id: string, version: number, trackId: string, status: PeerProposalStatus, total: number, repeats: number, exact: boolean, stale: boolean, computedAt: string, publishedAt: string | null, groups: Array<{ __typename: 'PeerProposalGroup', id: string, position: number, locked: boolean, score: number, bonus: number, repeats: number, costOfBreaking: number | null, members: Array<{ __typename: 'PeerMunicipality', id: string, name: string }>, learning: Array<{ __typename: 'PeerLearningLine', goalId: string, learnerId: string, fromId: string, points: number }> }> } };

export type RunPeerPairingMutationVariables = Exact<{
  trackId: string;
}>;


export type RunPeerPairingMutation = { runPeerPairing: { __typename: 'PeerProposal', id: string, version: number, trackId: string, status: PeerProposalStatus, total: number, repeats: number, exact: boolean, stale: boolean, computedAt: string, publishedAt: string | null, groups: Array<{ __typename: 'PeerProposalGroup', id: string, position: number, locked: boolean, score: number, bonus: number, repeats: number, costOfBreaking: number | null, members: Array<{ __typename: 'PeerMunicipality', id: string, name: string }>, learning: Array<{ __typename: 'PeerLearningLine', goalId: string, learnerId: string, fromId: string, points: number }> }> } };

export type SetPeerGroupLockedMutationVariables = Exact<{
  groupId: string;
  locked: boolean;
  expectedVersion: number;
}>;


export type SetPeerGroupLockedMutation = { setPeerGroupLocked: { __typename: 'PeerProposal', id: string, version: number, trackId: string, status: PeerProposalStatus, total: number, repeats: number, exact: boolean, stale: boolean, computedAt: string, publishedAt: string | null, groups: Array<{ __typename: 'PeerProposalGroup', id: string, position: number, locked: boolean, score: number, bonus: number, repeats: number, costOfBreaking: number | null, members: Array<{ __typename: 'PeerMunicipality', id: string, name: string }>, learning: Array<{ __typename: 'PeerLearningLine', goalId: string, learnerId: string, fromId: string, points: number }> }> } };

export type UpdatePeerEnrolmentMutationVariables = Exact<{
  id: string;
  input: PeerEnrolmentInput;
  expectedVersion: number;
}>;


export type UpdatePeerEnrolmentMutation = { updatePeerEnrolment: { __typename: 'PeerEnrolment', id: string, version: number, trackId: string, municipalityId: string, municipalityName: string, availableMonths: Array<string>, consentShowGoals: boolean, withdrawnAt: string | null, updatedAt: string, declarations: Array<{ __typename: 'PeerGoalDeclaration', goalId: string, need: number, share: number }>, contacts: Array<{ __typename: 'PeerContact', userId: string, name: string, email: string }>, preferences: Array<{ __typename: 'PeerPreference', kind: PeerPreferenceKind, municipalityId: string, municipalityName: string }> } };

export type UpdatePeerTrackMutationVariables = Exact<{
  id: string;
  input: PeerTrackInput;
  expectedVersion: number;
}>;


export type UpdatePeerTrackMutation = { updatePeerTrack: { __typename: 'PeerTrack', id: string, version: number, programmeId: string, title: string, description: string, startsOn: string, endsOn: string, enrolmentOpensAt: string, enrolmentClosesAt: string, evaluationClosesAt: string | null, enrolmentOpen: boolean, groupForm: GroupForm, multipleGroupsAllowed: boolean, createdAt: string, themes: Array<{ __typename: 'PeerTrackTheme', id: string, title: string }>, goals: Array<{ __typename: 'PeerTrackGoal', id: string, position: number, title: string }>, enrolmentCount: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null }, viewerCan: { __typename: 'PeerTrackPermissions', enrol: boolean, manage: boolean } } };

export type WithdrawPeerEnrolmentMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
}>;


export type WithdrawPeerEnrolmentMutation = { withdrawPeerEnrolment: { __typename: 'PeerEnrolment', id: string, version: number, trackId: string, municipalityId: string, municipalityName: string, availableMonths: Array<string>, consentShowGoals: boolean, withdrawnAt: string | null, updatedAt: string, declarations: Array<{ __typename: 'PeerGoalDeclaration', goalId: string, need: number, share: number }>, contacts: Array<{ __typename: 'PeerContact', userId: string, name: string, email: string }>, preferences: Array<{ __typename: 'PeerPreference', kind: PeerPreferenceKind, municipalityId: string, municipalityName: string }> } };

export type AddPeerLogEntryMutationVariables = Exact<{
  meetingId: string;
  input: PeerLogInput;
}>;


export type AddPeerLogEntryMutation = { addPeerLogEntry: { __typename: 'PeerLogEntry', id: string } };

export type CancelPeerMeetingMutationVariables = Exact<{
  meetingId: string;
  expectedVersion: number;
}>;


export type CancelPeerMeetingMutation = { cancelPeerMeeting: { __typename: 'PeerMeeting', id: string, status: PeerMeetingStatus, version: number } };

export type EvaluatePeerGroupMutationVariables = Exact<{
  groupId: string;
  input: PeerGroupEvaluationInput;
}>;


export type EvaluatePeerGroupMutation = { evaluatePeerGroup: { __typename: 'PeerGroupEvaluation', rating: number, comment: string } };

export type PeerGroupWorkQueryVariables = Exact<{
  groupId: string;
}>;


export type PeerGroupWorkQuery = { peerGroupWork: { __typename: 'PeerGroupWork', groupId: string, trackTitle: string, evaluationClosesAt: string | null, members: Array<{ __typename: 'PeerGroupWorkMember', municipalityId: string, name: string }>, meetings: Array<{ __typename: 'PeerMeeting', id: string, kind: PeerMeetingKind, startsAt: string, endsAt: string, location: string, onlineUrl: string | null, hostMunicipalityId: string | null, hostMunicipalityName: string | null, status: PeerMeetingStatus, version: number, log: Array<{ __typename: 'PeerLogEntry', id: string, authorName: string, authorMunicipalityName: string, discussed: string, agreed: string, version: number, viewerCanEdit: boolean }> }>, myEvaluation: { __typename: 'PeerGroupEvaluation', rating: number, comment: string } | null, viewerCan: { __typename: 'PeerGroupWorkViewerCan', planMeetings: boolean, writeLog: boolean, evaluate: boolean } } };

export type PlanPeerMeetingMutationVariables = Exact<{
  groupId: string;
  input: PeerMeetingInput;
}>;


export type PlanPeerMeetingMutation = { planPeerMeeting: { __typename: 'PeerMeeting', id: string } };

export type UpdatePeerLogEntryMutationVariables = Exact<{
  entryId: string;
  expectedVersion: number;
  input: PeerLogInput;
}>;


export type UpdatePeerLogEntryMutation = { updatePeerLogEntry: { __typename: 'PeerLogEntry', id: string, discussed: string, agreed: string, version: number } };

export type UpdatePeerMeetingMutationVariables = Exact<{
  meetingId: string;
  expectedVersion: number;
  input: PeerMeetingInput;
}>;


export type UpdatePeerMeetingMutation = { updatePeerMeeting: { __typename: 'PeerMeeting', id: string, kind: PeerMeetingKind, startsAt: string, endsAt: string, location: string, onlineUrl: string | null, hostMunicipalityId: string | null, hostMunicipalityName: string | null, status: PeerMeetingStatus, version: number } };

export type DisclosureSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type DisclosureSettingsQuery = { disclosureSettings: { __typename: 'DisclosureSettings', threshold: number, municipalityCount: number, maxThreshold: number } };

export type LatestPictureQueryVariables = Exact<{ [key: string]: never; }>;


export type LatestPictureQuery = { latestPicture: { __typename: 'PictureSnapshot', id: string, publishedAt: string, publishedByName: string | null, note: string, threshold: number, municipalityCount: number, contributingCount: number | null, comparedWithPublishedAt: string | null, lines: Array<{ __typename: 'PictureLine', trend: PictureTrend | null, theme: { __typename: 'PictureTheme', id: string, title: string }, municipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null }, followUp: { __typename: 'FollowUpShares', suppressed: boolean, open: { __typename: 'ShareBand', from: number, to: number } | null, inProgress: { __typename: 'ShareBand', from: number, to: number } | null, done: { __typename: 'ShareBand', from: number, to: number } | null, notAdopted: { __typename: 'ShareBand', from: number, to: number } | null }, learningEffect: { __typename: 'LearningEffect', suppressed: boolean, tookPartMunicipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null } | null, tookPartProgress: { __typename: 'ShareBand', from: number, to: number } | null, didNotMunicipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null } | null, didNotProgress: { __typename: 'ShareBand', from: number, to: number } | null } | null }> } | null };

export type PictureLineFieldsFragment = { __typename: 'PictureLine', trend: PictureTrend | null, theme: { __typename: 'PictureTheme', id: string, title: string }, municipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null }, followUp: { __typename: 'FollowUpShares', suppressed: boolean, open: { __typename: 'ShareBand', from: number, to: number } | null, inProgress: { __typename: 'ShareBand', from: number, to: number } | null, done: { __typename: 'ShareBand', from: number, to: number } | null, notAdopted: { __typename: 'ShareBand', from: number, to: number } | null }, learningEffect: { __typename: 'LearningEffect', suppressed: boolean, tookPartMunicipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null } | null, tookPartProgress: { __typename: 'ShareBand', from: number, to: number } | null, didNotMunicipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null } | null, didNotProgress: { __typename: 'ShareBand', from: number, to: number } | null } | null };

export type PicturePreviewQueryVariables = Exact<{ [key: string]: never; }>;


export type PicturePreviewQuery = { picturePreview: { __typename: 'PicturePreview', threshold: number, municipalityCount: number, contributingCount: number | null, comparedWithPublishedAt: string | null, contributingMunicipalities: Array<{ __typename: 'PictureMunicipality', id: string, name: string }>, lines: Array<{ __typename: 'PictureLine', trend: PictureTrend | null, theme: { __typename: 'PictureTheme', id: string, title: string }, municipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null }, followUp: { __typename: 'FollowUpShares', suppressed: boolean, open: { __typename: 'ShareBand', from: number, to: number } | null, inProgress: { __typename: 'ShareBand', from: number, to: number } | null, done: { __typename: 'ShareBand', from: number, to: number } | null, notAdopted: { __typename: 'ShareBand', from: number, to: number } | null }, learningEffect: { __typename: 'LearningEffect', suppressed: boolean, tookPartMunicipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null } | null, tookPartProgress: { __typename: 'ShareBand', from: number, to: number } | null, didNotMunicipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null } | null, didNotProgress: { __typename: 'ShareBand', from: number, to: number } | null } | null }>, differencingRisks: Array<{ __typename: 'DifferencingRisk', cell: DifferencingCell, smallestChange: number, theme: { __typename: 'PictureTheme', id: string, title: string } }> } };

export type PictureSnapshotFieldsFragment = { __typename: 'PictureSnapshot', id: string, publishedAt: string, publishedByName: string | null, note: string, threshold: number, municipalityCount: number, contributingCount: number | null, comparedWithPublishedAt: string | null, lines: Array<{ __typename: 'PictureLine', trend: PictureTrend | null, theme: { __typename: 'PictureTheme', id: string, title: string }, municipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null }, followUp: { __typename: 'FollowUpShares', suppressed: boolean, open: { __typename: 'ShareBand', from: number, to: number } | null, inProgress: { __typename: 'ShareBand', from: number, to: number } | null, done: { __typename: 'ShareBand', from: number, to: number } | null, notAdopted: { __typename: 'ShareBand', from: number, to: number } | null }, learningEffect: { __typename: 'LearningEffect', suppressed: boolean, tookPartMunicipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null } | null, tookPartProgress: { __typename: 'ShareBand', from: number, to: number } | null, didNotMunicipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null } | null, didNotProgress: { __typename: 'ShareBand', from: number, to: number } | null } | null }> };

export type PictureSnapshotQueryVariables = Exact<{
  id: string;
}>;


export type PictureSnapshotQuery = { pictureSnapshot: { __typename: 'PictureSnapshot', id: string, publishedAt: string, publishedByName: string | null, note: string, threshold: number, municipalityCount: number, contributingCount: number | null, comparedWithPublishedAt: string | null, lines: Array<{ __typename: 'PictureLine', trend: PictureTrend | null, theme: { __typename: 'PictureTheme', id: string, title: string }, municipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null }, followUp: { __typename: 'FollowUpShares', suppressed: boolean, open: { __typename: 'ShareBand', from: number, to: number } | null, inProgress: { __typename: 'ShareBand', from: number, to: number } | null, done: { __typename: 'ShareBand', from: number, to: number } | null, notAdopted: { __typename: 'ShareBand', from: number, to: number } | null }, learningEffect: { __typename: 'LearningEffect', suppressed: boolean, tookPartMunicipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null } | null, tookPartProgress: { __typename: 'ShareBand', from: number, to: number } | null, didNotMunicipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null } | null, didNotProgress: { __typename: 'ShareBand', from: number, to: number } | null } | null }> } };

export type PictureSnapshotsQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type PictureSnapshotsQuery = { pictureSnapshots: { __typename: 'PictureSnapshotPage', total: number, items: Array<{ __typename: 'PictureSnapshot', id: string, publishedAt: string, note: string }> } };

export type PublishPictureMutationVariables = Exact<{
  note: string;
  acknowledgedRisks?: Array<DifferencingCellInput> | DifferencingCellInput | null | undefined;
  advice?: Array<RegionalAdviceInput> | RegionalAdviceInput | null | undefined;
}>;


export type PublishPictureMutation = { publishPicture: { __typename: 'PictureSnapshot', id: string, publishedAt: string, publishedByName: string | null, note: string, threshold: number, municipalityCount: number, contributingCount: number | null, comparedWithPublishedAt: string | null, lines: Array<{ __typename: 'PictureLine', trend: PictureTrend | null, theme: { __typename: 'PictureTheme', id: string, title: string }, municipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null }, followUp: { __typename: 'FollowUpShares', suppressed: boolean, open: { __typename: 'ShareBand', from: number, to: number } | null, inProgress: { __typename: 'ShareBand', from: number, to: number } | null, done: { __typename: 'ShareBand', from: number, to: number } | null, notAdopted: { __typename: 'ShareBand', from: number, to: number } | null }, learningEffect: { __typename: 'LearningEffect', suppressed: boolean, tookPartMunicipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null } | null, tookPartProgress: { __typename: 'ShareBand', from: number, to: number } | null, didNotMunicipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null } | null, didNotProgress: { __typename: 'ShareBand', from: number, to: number } | null } | null }> } };

export type SetDisclosureThresholdMutationVariables = Exact<{
  k: number;
}>;


export type SetDisclosureThresholdMutation = { setDisclosureThreshold: { __typename: 'DisclosureSettings', threshold: number, municipalityCount: number, maxThreshold: number } };

export type ProgrammeBuilderQueryVariables = Exact<{
  programmeId: string;
}>;


export type ProgrammeBuilderQuery = { programmeBuilder: { __typename: 'ProgrammeBuilder', snapshotPublishedAt: string | null, programme: { __typename: 'Programme', id: string, name: string, startYear: number, endYear: number, viewerCan: { __typename: 'ProgrammePermissions', edit: boolean } }, themes: Array<{ __typename: 'ProgrammeBuilderTheme', rank: number, activityCount: number, municipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null } | null, theme: { __typename: 'Theme', id: string, title: string, description: string }, nextSession: { __typename: 'Session', id: string, startsAt: string, endsAt: string, activity: { __typename: 'LearningActivity', id: string, title: string } } | null }> } };

export type ProgrammeActivitiesQueryVariables = Exact<{
  filter?: ActivityFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type ProgrammeActivitiesQuery = { activities: { __typename: 'LearningActivityPage', total: number, items: Array<{ __typename: 'LearningActivity', id: string, version: number, title: string, description: string, format: ActivityFormat, learningGoals: string, targetAudiences: Array<TargetAudience>, plannedYear: number | null, plannedQuarter: number | null, updatedAt: string, sessions: Array<{ __typename: 'Session', id: string, status: SessionStatus }>, programme: { __typename: 'Programme', id: string, name: string, startYear: number, endYear: number }, themes: Array<{ __typename: 'Theme', id: string, title: string }>, viewerCan: { __typename: 'ActivityPermissions', edit: boolean } }> } };

export type ActivityFieldsFragment = { __typename: 'LearningActivity', id: string, version: number, title: string, description: string, format: ActivityFormat, learningGoals: string, targetAudiences: Array<TargetAudience>, plannedYear: number | null, plannedQuarter: number | null, updatedAt: string, programme: { __typename: 'Programme', id: string, name: string, startYear: number, endYear: number }, themes: Array<{ __typename: 'Theme', id: string, title: string }>, viewerCan: { __typename: 'ActivityPermissions', edit: boolean } };

export type ActivityThemeOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ActivityThemeOptionsQuery = { themes: { __typename: 'ThemePage', items: Array<{ __typename: 'Theme', id: string, title: string, description: string, active: boolean }> } };

export type ActivityQueryVariables = Exact<{
  id: string;
}>;


export type ActivityQuery = { activity: { __typename: 'LearningActivity', id: string, version: number, title: string, description: string, format: ActivityFormat, learningGoals: string, targetAudiences: Array<TargetAudience>, plannedYear: number | null, plannedQuarter: number | null, updatedAt: string, programme: { __typename: 'Programme', id: string, defaultSessionStatus: SessionStatus, name: string, startYear: number, endYear: number }, owner: { __typename: 'Person', id: string, name: string } | null, sessions: Array<{ __typename: 'Session', id: string, seriesId: string | null, startsAt: string, endsAt: string, onlineUrl: string | null, capacity: number, registrationDeadline: string, maxPerMunicipality: number | null, status: SessionStatus, showParticipantNames: boolean, evaluationWindowDays: number, version: number, seatsTaken: number, waitlistLength: number, venue: { __typename: 'Venue', id: string, name: string, room: string } | null, hostMunicipality: { __typename: 'Municipality', id: string, name: string } | null, facilitators: Array<{ __typename: 'Facilitator', id: string, name: string }>, viewerCan: { __typename: 'SessionPermissions', edit: boolean, cancel: boolean } }>, themes: Array<{ __typename: 'Theme', id: string, title: string }>, viewerCan: { __typename: 'ActivityPermissions', edit: boolean } } };

export type CancelPlannedSessionMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
}>;


export type CancelPlannedSessionMutation = { cancelSession: { __typename: 'Session', id: string, seriesId: string | null, startsAt: string, endsAt: string, onlineUrl: string | null, capacity: number, registrationDeadline: string, maxPerMunicipality: number | null, status: SessionStatus, showParticipantNames: boolean, evaluationWindowDays: number, version: number, seatsTaken: number, waitlistLength: number, venue: { __typename: 'Venue', id: string, name: string, room: string } | null, hostMunicipality: { __typename: 'Municipality', id: string, name: string } | null, facilitators: Array<{ __typename: 'Facilitator', id: string, name: string }>, viewerCan: { __typename: 'SessionPermissions', edit: boolean, cancel: boolean } } };

export type CreateActivityMutationVariables = Exact<{
  input: ActivityInput;
}>;


export type CreateActivityMutation = { createActivity: { __typename: 'LearningActivity', id: string, version: number, title: string, description: string, format: ActivityFormat, learningGoals: string, targetAudiences: Array<TargetAudience>, plannedYear: number | null, plannedQuarter: number | null, updatedAt: string, programme: { __typename: 'Programme', id: string, name: string, startYear: number, endYear: number }, themes: Array<{ __typename: 'Theme', id: string, title: string }>, viewerCan: { __typename: 'ActivityPermissions', edit: boolean } } };

export type CreateProgrammeMutationVariables = Exact<{
  input: ProgrammeInput;
}>;


export type CreateProgrammeMutation = { createProgramme: { __typename: 'Programme', id: string, version: number, name: string, startYear: number, endYear: number, goals: string, status: ProgrammeStatus, defaultSessionStatus: SessionStatus, updatedAt: string, viewerCan: { __typename: 'ProgrammePermissions', edit: boolean } } };

export type OverlappingSessionsQueryVariables = Exact<{
  input: OverlapQuery;
}>;


export type OverlappingSessionsQuery = { overlappingSessions: Array<{ __typename: 'SessionOverlap', sharedAudiences: Array<TargetAudience>, session: { __typename: 'Session', id: string, startsAt: string, endsAt: string, activity: { __typename: 'LearningActivity', id: string, title: string } } }> };

export type PlanSessionSeriesMutationVariables = Exact<{
  activityId: string;
  input: PlanSessionSeriesInput;
}>;


export type PlanSessionSeriesMutation = { planSessionSeries: Array<{ __typename: 'Session', id: string, seriesId: string | null, startsAt: string, endsAt: string, onlineUrl: string | null, capacity: number, registrationDeadline: string, maxPerMunicipality: number | null, status: SessionStatus, showParticipantNames: boolean, evaluationWindowDays: number, version: number, seatsTaken: number, waitlistLength: number, venue: { __typename: 'Venue', id: string, name: string, room: string } | null, hostMunicipality: { __typename: 'Municipality', id: string, name: string } | null, facilitators: Array<{ __typename: 'Facilitator', id: string, name: string }>, viewerCan: { __typename: 'SessionPermissions', edit: boolean, cancel: boolean } }> };

export type PlanSessionsMutationVariables = Exact<{
  activityId: string;
  input: PlanSessionsInput;
}>;


export type PlanSessionsMutation = { planSessions: Array<{ __typename: 'Session', id: string, seriesId: string | null, startsAt: string, endsAt: string, onlineUrl: string | null, capacity: number, registrationDeadline: string, maxPerMunicipality: number | null, status: SessionStatus, showParticipantNames: boolean, evaluationWindowDays: number, version: number, seatsTaken: number, waitlistLength: number, venue: { __typename: 'Venue', id: string, name: string, room: string } | null, hostMunicipality: { __typename: 'Municipality', id: string, name: string } | null, facilitators: Array<{ __typename: 'Facilitator', id: string, name: string }>, viewerCan: { __typename: 'SessionPermissions', edit: boolean, cancel: boolean } }> };

export type PlannedSessionFieldsFragment = { __typename: 'Session', id: string, seriesId: string | null, startsAt: string, endsAt: string, onlineUrl: string | null, capacity: number, registrationDeadline: string, maxPerMunicipality: number | null, status: SessionStatus, showParticipantNames: boolean, evaluationWindowDays: number, version: number, seatsTaken: number, waitlistLength: number, venue: { __typename: 'Venue', id: string, name: string, room: string } | null, hostMunicipality: { __typename: 'Municipality', id: string, name: string } | null, facilitators: Array<{ __typename: 'Facilitator', id: string, name: string }>, viewerCan: { __typename: 'SessionPermissions', edit: boolean, cancel: boolean } };

export type PlannedSessionQueryVariables = Exact<{
  id: string;
}>;


export type PlannedSessionQuery = { session: { __typename: 'Session', id: string, seriesId: string | null, startsAt: string, endsAt: string, onlineUrl: string | null, capacity: number, registrationDeadline: string, maxPerMunicipality: number | null, status: SessionStatus, showParticipantNames: boolean, evaluationWindowDays: number, version: number, seatsTaken: number, waitlistLength: number, venue: { __typename: 'Venue', id: string, name: string, room: string } | null, hostMunicipality: { __typename: 'Municipality', id: string, name: string } | null, facilitators: Array<{ __typename: 'Facilitator', id: string, name: string }>, viewerCan: { __typename: 'SessionPermissions', edit: boolean, cancel: boolean } } };

export type PlanningOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanningOptionsQuery = { venues: Array<{ __typename: 'Venue', id: string, name: string, room: string, address: string }>, facilitators: Array<{ __typename: 'Facilitator', id: string, name: string, organisation: string }>, municipalities: Array<{ __typename: 'Municipality', id: string, name: string }> };

export type ProgrammeFieldsFragment = { __typename: 'Programme', id: string, version: number, name: string, startYear: number, endYear: number, goals: string, status: ProgrammeStatus, defaultSessionStatus: SessionStatus, updatedAt: string, viewerCan: { __typename: 'ProgrammePermissions', edit: boolean } };

export type ProgrammeQueryVariables = Exact<{
  id: string;
}>;


export type ProgrammeQuery = { programme: { __typename: 'Programme', id: string, version: number, name: string, startYear: number, endYear: number, goals: string, status: ProgrammeStatus, defaultSessionStatus: SessionStatus, updatedAt: string, viewerCan: { __typename: 'ProgrammePermissions', edit: boolean } } };

export type ProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammesQuery = { programmes: Array<{ __typename: 'Programme', id: string, version: number, name: string, startYear: number, endYear: number, goals: string, status: ProgrammeStatus, defaultSessionStatus: SessionStatus, updatedAt: string, viewerCan: { __typename: 'ProgrammePermissions', edit: boolean } }> };

export type SessionSeriesPreviewQueryVariables = Exact<{
  activityId: string;
  input: SessionSeriesInput;
}>;


export type SessionSeriesPreviewQuery = { sessionSeriesPreview: Array<{ __typename: 'SeriesOccurrence', date: string, startsAt: string, endsAt: string, registrationDeadline: string, clashes: Array<{ __typename: 'SessionClash', reason: string, seriesDate: string | null, facilitatorName: string | null, session: { __typename: 'Session', id: string, startsAt: string, endsAt: string, activity: { __typename: 'LearningActivity', id: string, title: string } } | null }>, overlaps: Array<{ __typename: 'SessionOverlap', sharedAudiences: Array<TargetAudience>, session: { __typename: 'Session', id: string, startsAt: string, endsAt: string, activity: { __typename: 'LearningActivity', id: string, title: string } } }> }> };

export type ThemeProgrammeQueryVariables = Exact<{
  themeId: string;
}>;


export type ThemeProgrammeQuery = { themeProgramme: { __typename: 'ThemeProgramme', activities: Array<{ __typename: 'LearningActivity', id: string, title: string, format: ActivityFormat, plannedYear: number | null, plannedQuarter: number | null, programme: { __typename: 'Programme', id: string, name: string }, sessions: Array<{ __typename: 'Session', id: string, startsAt: string, endsAt: string, status: SessionStatus, seatsTaken: number, capacity: number, attendance: number | null }> }> } };

export type UpdateActivityMutationVariables = Exact<{
  id: string;
  input: ActivityInput;
  expectedVersion: number;
}>;


export type UpdateActivityMutation = { updateActivity: { __typename: 'LearningActivity', id: string, version: number, title: string, description: string, format: ActivityFormat, learningGoals: string, targetAudiences: Array<TargetAudience>, plannedYear: number | null, plannedQuarter: number | null, updatedAt: string, programme: { __typename: 'Programme', id: string, name: string, startYear: number, endYear: number }, themes: Array<{ __typename: 'Theme', id: string, title: string }>, viewerCan: { __typename: 'ActivityPermissions', edit: boolean } } };

export type UpdateProgrammeMutationVariables = Exact<{
  id: string;
  input: ProgrammeInput;
  expectedVersion: number;
}>;


export type UpdateProgrammeMutation = { updateProgramme: { __typename: 'Programme', id: string, version: number, name: string, startYear: number, endYear: number, goals: string, status: ProgrammeStatus, defaultSessionStatus: SessionStatus, updatedAt: string, viewerCan: { __typename: 'ProgrammePermissions', edit: boolean } } };

export type UpdatePlannedSessionMutationVariables = Exact<{
  id: string;
  input: SessionInput;
  expectedVersion: number;
}>;


export type UpdatePlannedSessionMutation = { updateSession: { __typename: 'Session', id: string, seriesId: string | null, startsAt: string, endsAt: string, onlineUrl: string | null, capacity: number, registrationDeadline: string, maxPerMunicipality: number | null, status: SessionStatus, showParticipantNames: boolean, evaluationWindowDays: number, version: number, seatsTaken: number, waitlistLength: number, venue: { __typename: 'Venue', id: string, name: string, room: string } | null, hostMunicipality: { __typename: 'Municipality', id: string, name: string } | null, facilitators: Array<{ __typename: 'Facilitator', id: string, name: string }>, viewerCan: { __typename: 'SessionPermissions', edit: boolean, cancel: boolean } } };

export type FollowUpProgressQueryVariables = Exact<{
  filter?: ProgressFilter | null | undefined;
}>;


export type FollowUpProgressQuery = { followUpProgress: { __typename: 'FollowUpProgress', series: Array<{ __typename: 'ProgressPoint', month: string, counts: { __typename: 'StatusCounts', open: number, inProgress: number, done: number, notAdopted: number, overdue: number, total: number } }>, byFacet: Array<{ __typename: 'ProgressGroup', id: string, name: string, counts: { __typename: 'StatusCounts', open: number, inProgress: number, done: number, notAdopted: number, overdue: number, total: number } }>, byTheme: Array<{ __typename: 'ProgressGroup', id: string, name: string, counts: { __typename: 'StatusCounts', open: number, inProgress: number, done: number, notAdopted: number, overdue: number, total: number } }>, rescan: { __typename: 'RescanComparison', baselineDate: string, rescanDate: string, carriedOver: Array<{ __typename: 'RescanMatch', matchedBy: RescanMatchKind, baseline: { __typename: 'RecommendationBrief', id: string, reference: string | null, title: string, status: FollowUpStatus }, rescan: { __typename: 'RecommendationBrief', id: string, reference: string | null, title: string, status: FollowUpStatus } }>, closed: Array<{ __typename: 'RecommendationBrief', id: string, reference: string | null, title: string, status: FollowUpStatus }>, new: Array<{ __typename: 'RecommendationBrief', id: string, reference: string | null, title: string, status: FollowUpStatus }> } | null } };

export type StatusCountFieldsFragment = { __typename: 'StatusCounts', open: number, inProgress: number, done: number, notAdopted: number, overdue: number, total: number };

export type RecommendationBriefFieldsFragment = { __typename: 'RecommendationBrief', id: string, reference: string | null, title: string, status: FollowUpStatus };

export type ColleaguesQueryVariables = Exact<{ [key: string]: never; }>;


export type ColleaguesQuery = { colleagues: Array<{ __typename: 'Person', id: string, name: string }> };

export type InviteOwnerMutationVariables = Exact<{
  input: InviteOwnerInput;
}>;


export type InviteOwnerMutation = { inviteOwner: { __typename: 'OwnerInvitation', id: string, status: InvitationStatus } };

export type MoveRecommendationMutationVariables = Exact<{
  id: string;
  input: FollowUpInput;
}>;


export type MoveRecommendationMutation = { recordFollowUp: { __typename: 'Recommendation', id: string, reference: string | null, title: string, priority: Priority, status: FollowUpStatus, dueDate: string | null, overdue: boolean, version: number, facet: { __typename: 'Facet', id: string, name: string }, themes: Array<{ __typename: 'ThemeRef', id: string, title: string }>, municipality: { __typename: 'Municipality', id: string, name: string }, owner: { __typename: 'Person', id: string, name: string } | null } };

export type OwnerInvitationsQueryVariables = Exact<{
  recommendationId: string;
}>;


export type OwnerInvitationsQuery = { ownerInvitations: Array<{ __typename: 'OwnerInvitation', id: string, email: string, name: string, status: InvitationStatus, expiresAt: string, demoLink: string | null }> };

export type RecommendationDetailFieldsFragment = { __typename: 'Recommendation', body: string, statusReason: string | null, statusChangedAt: string | null, createdAt: string, id: string, reference: string | null, title: string, priority: Priority, status: FollowUpStatus, dueDate: string | null, overdue: boolean, version: number, scan: { __typename: 'ScanRef', id: string, scanDate: string } | null, timeline: Array<{ __typename: 'TimelineEntry', id: string, kind: TimelineEventKind, at: string, fromStatus: FollowUpStatus | null, toStatus: FollowUpStatus | null, reason: string | null, fromDueDate: string | null, toDueDate: string | null, note: string | null, links: Array<string>, fromConsent: ConsentStatus | null, toConsent: ConsentStatus | null, actor: { __typename: 'Person', id: string, name: string } | null, fromOwner: { __typename: 'Person', id: string, name: string } | null, toOwner: { __typename: 'Person', id: string, name: string } | null, attachment: { __typename: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number } | null, learning: { __typename: 'TimelineLearning', kind: LearningKind, id: string, title: string } | null }>, viewerCan: { __typename: 'RecommendationPermissions', edit: boolean, followUp: boolean, recordProgress: boolean }, facet: { __typename: 'Facet', id: string, name: string }, themes: Array<{ __typename: 'ThemeRef', id: string, title: string }>, municipality: { __typename: 'Municipality', id: string, name: string }, owner: { __typename: 'Person', id: string, name: string } | null };

export type RecommendationExportQueryVariables = Exact<{
  format: ExportFormat;
  filter?: RecommendationFilter | null | undefined;
  sort?: RecommendationSort | null | undefined;
}>;


export type RecommendationExportQuery = { recommendationExport: { __typename: 'ExportFile', fileName: string, contentType: string, contentBase64: string } };

export type RecommendationFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RecommendationFilterOptionsQuery = { facets: Array<{ __typename: 'Facet', id: string, name: string, active: boolean }>, themes: { __typename: 'ThemePage', items: Array<{ __typename: 'Theme', id: string, title: string, active: boolean }> } };

export type RecommendationListFieldsFragment = { __typename: 'Recommendation', id: string, reference: string | null, title: string, priority: Priority, status: FollowUpStatus, dueDate: string | null, overdue: boolean, version: number, facet: { __typename: 'Facet', id: string, name: string }, themes: Array<{ __typename: 'ThemeRef', id: string, title: string }>, municipality: { __typename: 'Municipality', id: string, name: string }, owner: { __typename: 'Person', id: string, name: string } | null };

export type RecommendationQueryVariables = Exact<{
  id: string;
}>;


export type RecommendationQuery = { recommendation: { __typename: 'Recommendation', body: string, statusReason: string | null, statusChangedAt: string | null, createdAt: string, id: string, reference: string | null, title: string, priority: Priority, status: FollowUpStatus, dueDate: string | null, overdue: boolean, version: number, scan: { __typename: 'ScanRef', id: string, scanDate: string } | null, timeline: Array<{ __typename: 'TimelineEntry', id: string, kind: TimelineEventKind, at: string, fromStatus: FollowUpStatus | null, toStatus: FollowUpStatus | null, reason: string | null, fromDueDate: string | null, toDueDate: string | null, note: string | null, links: Array<string>, fromConsent: ConsentStatus | null, toConsent: ConsentStatus | null, actor: { __typename: 'Person', id: string, name: string } | null, fromOwner: { __typename: 'Person', id: string, name: string } | null, toOwner: { __typename: 'Person', id: string, name: string } | null, attachment: { __typename: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number } | null, learning: { __typename: 'TimelineLearning', kind: LearningKind, id: string, title: string } | null }>, viewerCan: { __typename: 'RecommendationPermissions', edit: boolean, followUp: boolean, recordProgress: boolean }, facet: { __typename: 'Facet', id: string, name: string }, themes: Array<{ __typename: 'ThemeRef', id: string, title: string }>, municipality: { __typename: 'Municipality', id: string, name: string }, owner: { __typename: 'Person', id: string, name: string } | null } };

export type RecommendationsQueryVariables = Exact<{
  filter?: RecommendationFilter | null | undefined;
  sort?: RecommendationSort | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type RecommendationsQuery = { recommendations: { __typename: 'RecommendationPage', total: number, items: Array<{ __typename: 'Recommendation', id: string, reference: string | null, title: string, priority: Priority, status: FollowUpStatus, dueDate: string | null, overdue: boolean, version: number, facet: { __typename: 'Facet', id: string, name: string }, themes: Array<{ __typename: 'ThemeRef', id: string, title: string }>, municipality: { __typename: 'Municipality', id: string, name: string }, owner: { __typename: 'Person', id: string, name: string } | null }> } };

export type RecordFollowUpMutationVariables = Exact<{
  id: string;
  input: FollowUpInput;
}>;


export type RecordFollowUpMutation = { recordFollowUp: { __typename: 'Recommendation', body: string, statusReason: string | null, statusChangedAt: string | null, createdAt: string, id: string, reference: string | null, title: string, priority: Priority, status: FollowUpStatus, dueDate: string | null, overdue: boolean, version: number, scan: { __typename: 'ScanRef', id: string, scanDate: string } | null, timeline: Array<{ __typename: 'TimelineEntry', id: string, kind: TimelineEventKind, at: string, fromStatus: FollowUpStatus | null, toStatus: FollowUpStatus | null, reason: string | null, fromDueDate: string | null, toDueDate: string | null, note: string | null, links: Array<string>, fromConsent: ConsentStatus | null, toConsent: ConsentStatus | null, actor: { __typename: 'Person', id: string, name: string } | null, fromOwner: { __typename: 'Person', id: string, name: string } | null, toOwner: { __typename: 'Person', id: string, name: string } | null, attachment: { __typename: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number } | null, learning: { __typename: 'TimelineLearning', kind: LearningKind, id: string, title: string } | null }>, viewerCan: { __typename: 'RecommendationPermissions', edit: boolean, followUp: boolean, recordProgress: boolean }, facet: { __typename: 'Facet', id: string, name: string }, themes: Array<{ __typename: 'ThemeRef', id: string, title: string }>, municipality: { __typename: 'Municipality', id: string, name: string }, owner: { __typename: 'Person', id: string, name: string } | null } };

export type RecordProgressMutationVariables = Exact<{
  id: string;
  input: ProgressInput;
}>;


export type RecordProgressMutation = { recordProgress: { __typename: 'Recommendation', id: string } };

export type RevokeInvitationMutationVariables = Exact<{
  id: string;
}>;


export type RevokeInvitationMutation = { revokeInvitation: { __typename: 'OwnerInvitation', id: string, status: InvitationStatus } };

export type TimelineEntryFieldsFragment = { __typename: 'TimelineEntry', id: string, kind: TimelineEventKind, at: string, fromStatus: FollowUpStatus | null, toStatus: FollowUpStatus | null, reason: string | null, fromDueDate: string | null, toDueDate: string | null, note: string | null, links: Array<string>, fromConsent: ConsentStatus | null, toConsent: ConsentStatus | null, actor: { __typename: 'Person', id: string, name: string } | null, fromOwner: { __typename: 'Person', id: string, name: string } | null, toOwner: { __typename: 'Person', id: string, name: string } | null, attachment: { __typename: 'Attachment', id: string, fileName: string, contentType: string, sizeBytes: number } | null, learning: { __typename: 'TimelineLearning', kind: LearningKind, id: string, title: string } | null };

export type AdviceThemesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdviceThemesQuery = { themes: { __typename: 'ThemePage', items: Array<{ __typename: 'Theme', id: string, title: string }> } };

export type AdviceAnswerOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdviceAnswerOptionsQuery = { activities: { __typename: 'LearningActivityPage', items: Array<{ __typename: 'LearningActivity', id: string, title: string }> }, peerTracks: Array<{ __typename: 'PeerTrack', id: string, title: string }> };

export type AnswerRegionalAdviceMutationVariables = Exact<{
  input: AdviceAnswerInput;
}>;


export type AnswerRegionalAdviceMutation = { answerRegionalAdvice: { __typename: 'RegionalAdvice', id: string, snapshotId: string, position: number, title: string, body: string, priority: AdvicePriority, answerVersion: number, themes: Array<{ __typename: 'PictureTheme', id: string, title: string }>, answer: { __typename: 'AdviceAnswer', status: AdviceAnswerStatus, explanation: string, updatedAt: string, updatedByName: string | null, activities: Array<{ __typename: 'AdviceAnswerLink', id: string, title: string }>, tracks: Array<{ __typename: 'AdviceAnswerLink', id: string, title: string }> } | null, answerHistory: Array<{ __typename: 'AdviceAnswerEvent', version: number, status: AdviceAnswerStatus, explanation: string, at: string, byName: string | null, activities: Array<{ __typename: 'AdviceAnswerLink', id: string, title: string }>, tracks: Array<{ __typename: 'AdviceAnswerLink', id: string, title: string }> }>, viewerCan: { __typename: 'RegionalAdviceViewerCan', answer: boolean } } };

export type RegionalAdviceFieldsFragment = { __typename: 'RegionalAdvice', id: string, snapshotId: string, position: number, title: string, body: string, priority: AdvicePriority, answerVersion: number, themes: Array<{ __typename: 'PictureTheme', id: string, title: string }>, answer: { __typename: 'AdviceAnswer', status: AdviceAnswerStatus, explanation: string, updatedAt: string, updatedByName: string | null, activities: Array<{ __typename: 'AdviceAnswerLink', id: string, title: string }>, tracks: Array<{ __typename: 'AdviceAnswerLink', id: string, title: string }> } | null, answerHistory: Array<{ __typename: 'AdviceAnswerEvent', version: number, status: AdviceAnswerStatus, explanation: string, at: string, byName: string | null, activities: Array<{ __typename: 'AdviceAnswerLink', id: string, title: string }>, tracks: Array<{ __typename: 'AdviceAnswerLink', id: string, title: string }> }>, viewerCan: { __typename: 'RegionalAdviceViewerCan', answer: boolean } };

export type RegionalAdviceQueryVariables = Exact<{
  snapshotId?: string | null | undefined;
}>;


export type RegionalAdviceQuery = { regionalAdvice: Array<{ __typename: 'RegionalAdvice', id: string, snapshotId: string, position: number, title: string, body: string, priority: AdvicePriority, answerVersion: number, themes: Array<{ __typename: 'PictureTheme', id: string, title: string }>, answer: { __typename: 'AdviceAnswer', status: AdviceAnswerStatus, explanation: string, updatedAt: string, updatedByName: string | null, activities: Array<{ __typename: 'AdviceAnswerLink', id: string, title: string }>, tracks: Array<{ __typename: 'AdviceAnswerLink', id: string, title: string }> } | null, answerHistory: Array<{ __typename: 'AdviceAnswerEvent', version: number, status: AdviceAnswerStatus, explanation: string, at: string, byName: string | null, activities: Array<{ __typename: 'AdviceAnswerLink', id: string, title: string }>, tracks: Array<{ __typename: 'AdviceAnswerLink', id: string, title: string }> }>, viewerCan: { __typename: 'RegionalAdviceViewerCan', answer: boolean } }> };

export type RoadmapCellQueryVariables = Exact<{
  programmeId: string;
  themeId: string;
  year: number;
  quarter?: number | null | undefined;
  byQuarter?: boolean | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type RoadmapCellQuery = { roadmapCell: { __typename: 'RoadmapCellContent', activities: { __typename: 'ActivityRefPage', total: number, items: Array<{ __typename: 'ActivityRef', id: string, title: string }> }, tracks: Array<{ __typename: 'ActivityRef', id: string, title: string }> } };

export type RoadmapQueryVariables = Exact<{
  programmeId: string;
  byQuarter?: boolean | null | undefined;
}>;


export type RoadmapQuery = { roadmap: { __typename: 'Roadmap', years: Array<number>, byQuarter: boolean, periods: Array<{ __typename: 'RoadmapPeriod', year: number, quarter: number | null }>, rows: Array<{ __typename: 'RoadmapRow', gapYears: Array<number>, activityCounts: Array<number>, sessionCounts: Array<number>, trackCounts: Array<number>, theme: { __typename: 'Theme', id: string, title: string, active: boolean } }> } };

export type ApproveRoleGrantMutationVariables = Exact<{
  id: string;
}>;


export type ApproveRoleGrantMutation = { approveRoleGrant: { __typename: 'RoleGrant', id: string, status: RoleGrantStatus, requestedRole: Role, requestedAt: string, decidedAt: string | null, note: string | null, municipality: { __typename: 'Municipality', id: string, name: string } | null, user: { __typename: 'RoleGrantPerson', id: string, name: string, email: string }, requestedBy: { __typename: 'RoleGrantPerson', id: string, name: string } | null, decidedBy: { __typename: 'RoleGrantPerson', id: string, name: string } | null, viewerCan: { __typename: 'RoleGrantPermissions', decide: boolean } } };

export type RejectRoleGrantMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
}>;


export type RejectRoleGrantMutation = { rejectRoleGrant: { __typename: 'RoleGrant', id: string, status: RoleGrantStatus, requestedRole: Role, requestedAt: string, decidedAt: string | null, note: string | null, municipality: { __typename: 'Municipality', id: string, name: string } | null, user: { __typename: 'RoleGrantPerson', id: string, name: string, email: string }, requestedBy: { __typename: 'RoleGrantPerson', id: string, name: string } | null, decidedBy: { __typename: 'RoleGrantPerson', id: string, name: string } | null, viewerCan: { __typename: 'RoleGrantPermissions', decide: boolean } } };

export type RoleGrantFieldsFragment = { __typename: 'RoleGrant', id: string, status: RoleGrantStatus, requestedRole: Role, requestedAt: string, decidedAt: string | null, note: string | null, municipality: { __typename: 'Municipality', id: string, name: string } | null, user: { __typename: 'RoleGrantPerson', id: string, name: string, email: string }, requestedBy: { __typename: 'RoleGrantPerson', id: string, name: string } | null, decidedBy: { __typename: 'RoleGrantPerson', id: string, name: string } | null, viewerCan: { __typename: 'RoleGrantPermissions', decide: boolean } };

export type RoleGrantsQueryVariables = Exact<{
  status?: RoleGrantStatus | null | undefined;
}>;


export type RoleGrantsQuery = { roleGrants: Array<{ __typename: 'RoleGrant', id: string, status: RoleGrantStatus, requestedRole: Role, requestedAt: string, decidedAt: string | null, note: string | null, municipality: { __typename: 'Municipality', id: string, name: string } | null, user: { __typename: 'RoleGrantPerson', id: string, name: string, email: string }, requestedBy: { __typename: 'RoleGrantPerson', id: string, name: string } | null, decidedBy: { __typename: 'RoleGrantPerson', id: string, name: string } | null, viewerCan: { __typename: 'RoleGrantPermissions', decide: boolean } }> };

export type ThemeSuggestionsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type ThemeSuggestionsQuery = { themeSuggestions: Array<{ __typename: 'RecommendationThemeSuggestions', recommendationId: string, suggestions: Array<{ __typename: 'ThemeSuggestion', fromFacet: boolean, theme: { __typename: 'ThemeRef', id: string, title: string }, words: Array<{ __typename: 'ThemeWordMatch', word: string, themeWord: string }> }> }> };

export type LinkRecommendationsToThemesMutationVariables = Exact<{
  ids: Array<string> | string;
  themeIds: Array<string> | string;
  expectedVersions: Array<number> | number;
}>;


export type LinkRecommendationsToThemesMutation = { linkRecommendationsToThemes: Array<{ __typename: 'Recommendation', id: string, version: number, themes: Array<{ __typename: 'ThemeRef', id: string, title: string }> }> };

export type CarriedOverChoiceQueryVariables = Exact<{
  id: string;
}>;


export type CarriedOverChoiceQuery = { carriedOverChoice: { __typename: 'CarriedOverChoice', current: { __typename: 'EarlierRecommendation', id: string, reference: string | null, title: string, scanDate: string } | null, candidates: Array<{ __typename: 'EarlierRecommendation', id: string, reference: string | null, title: string, scanDate: string }> } };

export type SetRecommendationCarriedOverMutationVariables = Exact<{
  id: string;
  fromId?: string | null | undefined;
  expectedVersion: number;
}>;


export type SetRecommendationCarriedOverMutation = { setRecommendationCarriedOver: { __typename: 'Recommendation', id: string, version: number } };

export type CreateRecommendationMutationVariables = Exact<{
  input: NewRecommendationInput;
}>;


export type CreateRecommendationMutation = { createRecommendation: { __typename: 'Recommendation', id: string } };

export type CreateScanMutationVariables = Exact<{
  input: ScanInput;
}>;


export type CreateScanMutation = { createScan: { __typename: 'Scan', id: string, version: number, scanDate: string, kind: ScanKind, scope: string, summary: string, createdAt: string, recommendationCount: number, municipality: { __typename: 'Municipality', id: string, name: string }, viewerCan: { __typename: 'ScanPermissions', edit: boolean } } };

export type CurrentRecommendationQueryVariables = Exact<{
  id: string;
}>;


export type CurrentRecommendationQuery = { recommendation: { __typename: 'Recommendation', id: string, version: number, reference: string | null, title: string, body: string, priority: Priority, facet: { __typename: 'Facet', id: string, name: string }, themes: Array<{ __typename: 'ThemeRef', id: string, title: string }> } };

export type DeleteRecommendationMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
}>;


export type DeleteRecommendationMutation = { deleteRecommendation: boolean };

export type DeleteScanMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
}>;


export type DeleteScanMutation = { deleteScan: boolean };

export type HoldBackRecommendationMutationVariables = Exact<{
  recommendationId: string;
}>;


export type HoldBackRecommendationMutation = { holdBackRecommendation: { __typename: 'HoldBackResult', recommendationId: string } };

export type ImportRecommendationsMutationVariables = Exact<{
  scanId: string;
  format: ImportFormat;
  contentBase64: string;
}>;


export type ImportRecommendationsMutation = { importRecommendations: { __typename: 'ImportResult', imported: number } };

export type PreviewRecommendationImportQueryVariables = Exact<{
  scanId: string;
  format: ImportFormat;
  contentBase64: string;
}>;


export type PreviewRecommendationImportQuery = { previewRecommendationImport: { __typename: 'ImportPreview', ignoredColumns: Array<string>, rows: Array<{ __typename: 'ImportPreviewRow', row: number, reference: string | null, title: string, facetName: string, priority: Priority | null, themeTitles: Array<string> }>, errors: Array<{ __typename: 'ImportRowError', row: number, column: ImportColumn | null, reason: string }> } };

export type ReleaseRecommendationMutationVariables = Exact<{
  recommendationId: string;
}>;


export type ReleaseRecommendationMutation = { releaseRecommendation: { __typename: 'HoldBackResult', recommendationId: string } };

export type ScanConsentFieldsFragment = { __typename: 'ScanConsent', status: ConsentStatus, basis: string, decisionDate: string | null, reference: string, decidedAt: string | null, version: number, viewerCanRecord: boolean, decidedBy: { __typename: 'Person', id: string, name: string } | null };

export type ScanFieldsFragment = { __typename: 'Scan', id: string, version: number, scanDate: string, kind: ScanKind, scope: string, summary: string, createdAt: string, recommendationCount: number, municipality: { __typename: 'Municipality', id: string, name: string }, viewerCan: { __typename: 'ScanPermissions', edit: boolean } };

export type ScanFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScanFormOptionsQuery = { facets: Array<{ __typename: 'Facet', id: string, name: string }>, themes: { __typename: 'ThemePage', items: Array<{ __typename: 'Theme', id: string, title: string }> } };

export type ScanRecommendationsQueryVariables = Exact<{
  scanId: string;
  page?: PageInput | null | undefined;
}>;


export type ScanRecommendationsQuery = { recommendations: { __typename: 'RecommendationPage', total: number, items: Array<{ __typename: 'Recommendation', body: string, id: string, reference: string | null, title: string, priority: Priority, status: FollowUpStatus, dueDate: string | null, overdue: boolean, version: number, viewerCan: { __typename: 'RecommendationPermissions', edit: boolean }, holdBack: { __typename: 'RecommendationHoldBack', heldBackAt: string } | null, facet: { __typename: 'Facet', id: string, name: string }, themes: Array<{ __typename: 'ThemeRef', id: string, title: string }>, municipality: { __typename: 'Municipality', id: string, name: string }, owner: { __typename: 'Person', id: string, name: string } | null }> } };

export type ScanQueryVariables = Exact<{
  id: string;
}>;


export type ScanQuery = { scan: { __typename: 'Scan', id: string, version: number, scanDate: string, kind: ScanKind, scope: string, summary: string, createdAt: string, recommendationCount: number, consent: { __typename: 'ScanConsent', status: ConsentStatus, basis: string, decisionDate: string | null, reference: string, decidedAt: string | null, version: number, viewerCanRecord: boolean, decidedBy: { __typename: 'Person', id: string, name: string } | null } | null, municipality: { __typename: 'Municipality', id: string, name: string }, viewerCan: { __typename: 'ScanPermissions', edit: boolean } } };

export type ScansQueryVariables = Exact<{
  municipalityId?: string | null | undefined;
}>;


export type ScansQuery = { scans: Array<{ __typename: 'Scan', id: string, version: number, scanDate: string, kind: ScanKind, scope: string, summary: string, createdAt: string, recommendationCount: number, municipality: { __typename: 'Municipality', id: string, name: string }, viewerCan: { __typename: 'ScanPermissions', edit: boolean } }> };

export type SetRecommendationThemesMutationVariables = Exact<{
  id: string;
  themeIds: Array<string> | string;
  expectedVersion: number;
}>;


export type SetRecommendationThemesMutation = { setRecommendationThemes: { __typename: 'Recommendation', id: string, version: number, themes: Array<{ __typename: 'ThemeRef', id: string, title: string }> } };

export type SetScanConsentMutationVariables = Exact<{
  scanId: string;
  input: ScanConsentInput;
  expectedVersion: number;
}>;


export type SetScanConsentMutation = { setScanConsent: { __typename: 'ScanConsent', status: ConsentStatus, basis: string, decisionDate: string | null, reference: string, decidedAt: string | null, version: number, viewerCanRecord: boolean, decidedBy: { __typename: 'Person', id: string, name: string } | null } };

export type UpdateRecommendationMutationVariables = Exact<{
  id: string;
  input: RecommendationInput;
  expectedVersion: number;
}>;


export type UpdateRecommendationMutation = { updateRecommendation: { __typename: 'Recommendation', body: string, id: string, reference: string | null, title: string, priority: Priority, status: FollowUpStatus, dueDate: string | null, overdue: boolean, version: number, facet: { __typename: 'Facet', id: string, name: string }, themes: Array<{ __typename: 'ThemeRef', id: string, title: string }>, municipality: { __typename: 'Municipality', id: string, name: string }, owner: { __typename: 'Person', id: string, name: string } | null } };

export type UpdateScanMutationVariables = Exact<{
  id: string;
  input: ScanInput;
  expectedVersion: number;
}>;


export type UpdateScanMutation = { updateScan: { __typename: 'Scan', id: string, version: number, scanDate: string, kind: ScanKind, scope: string, summary: string, createdAt: string, recommendationCount: number, municipality: { __typename: 'Municipality', id: string, name: string }, viewerCan: { __typename: 'ScanPermissions', edit: boolean } } };

export type AddSessionLinkMutationVariables = Exact<{
  sessionId: string;
  input: SessionLinkInput;
}>;


export type AddSessionLinkMutation = { addSessionLink: { __typename: 'SessionMaterial', id: string } };

export type RemoveSessionMaterialMutationVariables = Exact<{
  id: string;
}>;


export type RemoveSessionMaterialMutation = { removeSessionMaterial: boolean };

export type SendSessionMessageMutationVariables = Exact<{
  sessionId: string;
  input: StaffMessageInput;
}>;


export type SendSessionMessageMutation = { sendSessionMessage: { __typename: 'StaffMessageResult', id: string, recipientCount: number } };

export type SessionExtrasQueryVariables = Exact<{
  sessionId: string;
}>;


export type SessionExtrasQuery = { sessionExtras: { __typename: 'SessionExtras', sessionId: string, materials: Array<{ __typename: 'SessionMaterial', id: string, kind: MaterialKind, title: string, url: string | null, fileName: string | null, sizeBytes: number | null, downloadPath: string | null, createdAt: string }> | null, viewerCan: { __typename: 'SessionExtrasPermissions', manageMaterials: boolean, readMaterials: boolean, sendMessage: boolean, certificate: boolean } } };

export type CancelRegistrationMutationVariables = Exact<{
  registrationId: string;
}>;


export type CancelRegistrationMutation = { cancelRegistration: { __typename: 'Registration', id: string, status: RegistrationStatus, waitlistPosition: number | null, attended: boolean | null, createdAt: string, cancelledAt: string | null, participant: { __typename: 'RegistrationPerson', id: string, name: string, email: string }, registeredBy: { __typename: 'RegistrationPerson', id: string, name: string }, municipality: { __typename: 'Municipality', id: string, name: string }, viewerCan: { __typename: 'RegistrationPermissions', cancel: boolean, evaluate: boolean } } };

export type ParticipantListCsvQueryVariables = Exact<{
  sessionId: string;
}>;


export type ParticipantListCsvQuery = { participantListCsv: string };

export type RecordAttendanceMutationVariables = Exact<{
  sessionId: string;
  attendance: Array<AttendanceInput> | AttendanceInput;
}>;


export type RecordAttendanceMutation = { recordAttendance: Array<{ __typename: 'Registration', id: string, attended: boolean | null }> };

export type RegisterColleagueMutationVariables = Exact<{
  sessionId: string;
  userId: string;
}>;


export type RegisterColleagueMutation = { registerColleague: { __typename: 'Registration', id: string, status: RegistrationStatus, waitlistPosition: number | null, attended: boolean | null, createdAt: string, cancelledAt: string | null, participant: { __typename: 'RegistrationPerson', id: string, name: string, email: string }, registeredBy: { __typename: 'RegistrationPerson', id: string, name: string }, municipality: { __typename: 'Municipality', id: string, name: string }, viewerCan: { __typename: 'RegistrationPermissions', cancel: boolean, evaluate: boolean } } };

export type RegisterForSessionMutationVariables = Exact<{
  sessionId: string;
}>;


export type RegisterForSessionMutation = { registerForSession: { __typename: 'Registration', id: string, status: RegistrationStatus, waitlistPosition: number | null, attended: boolean | null, createdAt: string, cancelledAt: string | null, participant: { __typename: 'RegistrationPerson', id: string, name: string, email: string }, registeredBy: { __typename: 'RegistrationPerson', id: string, name: string }, municipality: { __typename: 'Municipality', id: string, name: string }, viewerCan: { __typename: 'RegistrationPermissions', cancel: boolean, evaluate: boolean } } };

export type RegistrationFieldsFragment = { __typename: 'Registration', id: string, status: RegistrationStatus, waitlistPosition: number | null, attended: boolean | null, createdAt: string, cancelledAt: string | null, participant: { __typename: 'RegistrationPerson', id: string, name: string, email: string }, registeredBy: { __typename: 'RegistrationPerson', id: string, name: string }, municipality: { __typename: 'Municipality', id: string, name: string }, viewerCan: { __typename: 'RegistrationPermissions', cancel: boolean, evaluate: boolean } };

export type RegistrationsByMunicipalityQueryVariables = Exact<{
  sessionId: string;
}>;


export type RegistrationsByMunicipalityQuery = { registrationsByMunicipality: Array<{ __typename: 'MunicipalityRegistrations', confirmed: number, waitlisted: number, cancelled: number, attended: number, municipality: { __typename: 'Municipality', id: string, name: string } }> };

export type SessionColleaguesQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionColleaguesQuery = { colleagues: Array<{ __typename: 'Person', id: string, name: string }> };

export type SessionFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionFilterOptionsQuery = { themes: { __typename: 'ThemePage', items: Array<{ __typename: 'Theme', id: string, title: string }> }, municipalities: Array<{ __typename: 'Municipality', id: string, name: string }> };

export type SessionRegistrationsQueryVariables = Exact<{
  sessionId: string;
}>;


export type SessionRegistrationsQuery = { sessionRegistrations: Array<{ __typename: 'Registration', id: string, status: RegistrationStatus, waitlistPosition: number | null, attended: boolean | null, createdAt: string, cancelledAt: string | null, participant: { __typename: 'RegistrationPerson', id: string, name: string, email: string }, registeredBy: { __typename: 'RegistrationPerson', id: string, name: string }, municipality: { __typename: 'Municipality', id: string, name: string }, viewerCan: { __typename: 'RegistrationPermissions', cancel: boolean, evaluate: boolean } }> };

export type SessionSummaryFragment = { __typename: 'Session', id: string, startsAt: string, endsAt: string, status: SessionStatus, capacity: number, seatsTaken: number, seatsLeft: number, waitlistLength: number, online: boolean, onlineUrl: string | null, viewerCanRegister: boolean, activity: { __typename: 'LearningActivity', id: string, title: string, format: ActivityFormat }, themes: Array<{ __typename: 'Theme', id: string, title: string }>, venue: { __typename: 'Venue', id: string, name: string, room: string } | null, hostMunicipality: { __typename: 'Municipality', id: string, name: string } | null, viewerRegistration: { __typename: 'Registration', id: string, status: RegistrationStatus, waitlistPosition: number | null } | null };

export type SessionQueryVariables = Exact<{
  id: string;
}>;


export type SessionQuery = { session: { __typename: 'Session', registrationDeadline: string, showParticipantNames: boolean, maxPerMunicipality: number | null, timeZone: string, id: string, startsAt: string, endsAt: string, status: SessionStatus, capacity: number, seatsTaken: number, seatsLeft: number, waitlistLength: number, online: boolean, onlineUrl: string | null, viewerCanRegister: boolean, activity: { __typename: 'LearningActivity', id: string, description: string, title: string, format: ActivityFormat, programme: { __typename: 'Programme', id: string, name: string } }, venue: { __typename: 'Venue', id: string, address: string, name: string, room: string } | null, facilitators: Array<{ __typename: 'Facilitator', id: string, name: string, organisation: string }>, participants: Array<{ __typename: 'SessionParticipant', name: string, municipality: { __typename: 'Municipality', id: string, name: string } }> | null, viewerCan: { __typename: 'SessionPermissions', edit: boolean, cancel: boolean }, viewerRegistration: { __typename: 'Registration', id: string, status: RegistrationStatus, waitlistPosition: number | null, attended: boolean | null, createdAt: string, cancelledAt: string | null, participant: { __typename: 'RegistrationPerson', id: string, name: string, email: string }, registeredBy: { __typename: 'RegistrationPerson', id: string, name: string }, municipality: { __typename: 'Municipality', id: string, name: string }, viewerCan: { __typename: 'RegistrationPermissions', cancel: boolean, evaluate: boolean } } | null, themes: Array<{ __typename: 'Theme', id: string, title: string }>, hostMunicipality: { __typename: 'Municipality', id: string, name: string } | null } };

export type SessionsQueryVariables = Exact<{
  filter?: SessionFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type SessionsQuery = { sessions: { __typename: 'SessionPage', total: number, items: Array<{ __typename: 'Session', id: string, startsAt: string, endsAt: string, status: SessionStatus, capacity: number, seatsTaken: number, seatsLeft: number, waitlistLength: number, online: boolean, onlineUrl: string | null, viewerCanRegister: boolean, activity: { __typename: 'LearningActivity', id: string, title: string, format: ActivityFormat }, themes: Array<{ __typename: 'Theme', id: string, title: string }>, venue: { __typename: 'Venue', id: string, name: string, room: string } | null, hostMunicipality: { __typename: 'Municipality', id: string, name: string } | null, viewerRegistration: { __typename: 'Registration', id: string, status: RegistrationStatus, waitlistPosition: number | null } | null }> } };

export type CreateThemeMutationVariables = Exact<{
  input: ThemeInput;
}>;


export type CreateThemeMutation = { createTheme: { __typename: 'Theme', id: string, version: number, title: string, description: string, yearIdentified: number, active: boolean, updatedAt: string, facets: Array<{ __typename: 'Facet', id: string, name: string, active: boolean }>, viewerCan: { __typename: 'ThemePermissions', edit: boolean } } };

export type SetThemeActiveMutationVariables = Exact<{
  id: string;
  active: boolean;
  expectedVersion: number;
}>;


export type SetThemeActiveMutation = { setThemeActive: { __typename: 'Theme', id: string, active: boolean, version: number, updatedAt: string } };

export type ThemeFacetOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ThemeFacetOptionsQuery = { facets: Array<{ __typename: 'Facet', id: string, name: string, active: boolean, position: number }> };

export type ThemeFieldsFragment = { __typename: 'Theme', id: string, version: number, title: string, description: string, yearIdentified: number, active: boolean, updatedAt: string, facets: Array<{ __typename: 'Facet', id: string, name: string, active: boolean }>, viewerCan: { __typename: 'ThemePermissions', edit: boolean } };

export type ThemePeerTracksQueryVariables = Exact<{
  themeId: string;
}>;


export type ThemePeerTracksQuery = { themeProgramme: { __typename: 'ThemeProgramme', peerTracks: Array<{ __typename: 'PeerTrack', id: string, title: string, startsOn: string, endsOn: string, enrolmentStatus: PeerEnrolmentStatus, publishedGroupCount: number | null, publishedGroupCountWithheld: boolean, enrolmentCount: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null } }> } };

export type ThemePictureLineQueryVariables = Exact<{
  themeId: string;
}>;


export type ThemePictureLineQuery = { themePictureLine: { __typename: 'PictureLine', trend: PictureTrend | null, theme: { __typename: 'PictureTheme', id: string, title: string }, municipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null }, followUp: { __typename: 'FollowUpShares', suppressed: boolean, open: { __typename: 'ShareBand', from: number, to: number } | null, inProgress: { __typename: 'ShareBand', from: number, to: number } | null, done: { __typename: 'ShareBand', from: number, to: number } | null, notAdopted: { __typename: 'ShareBand', from: number, to: number } | null }, learningEffect: { __typename: 'LearningEffect', suppressed: boolean, tookPartMunicipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null } | null, tookPartProgress: { __typename: 'ShareBand', from: number, to: number } | null, didNotMunicipalities: { __typename: 'CountBand', kind: CountBandKind, value: number | null, bound: number | null } | null, didNotProgress: { __typename: 'ShareBand', from: number, to: number } | null } | null } | null, latestPicture: { __typename: 'PictureSnapshot', id: string, publishedAt: string } | null };

export type ThemeQueryVariables = Exact<{
  id: string;
}>;


export type ThemeQuery = { theme: { __typename: 'Theme', id: string, version: number, title: string, description: string, yearIdentified: number, active: boolean, updatedAt: string, facets: Array<{ __typename: 'Facet', id: string, name: string, active: boolean }>, viewerCan: { __typename: 'ThemePermissions', edit: boolean } } | null };

export type ThemesQueryVariables = Exact<{
  filter?: ThemeFilter | null | undefined;
  sort?: ThemeSort | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type ThemesQuery = { themes: { __typename: 'ThemePage', total: number, items: Array<{ __typename: 'Theme', id: string, version: number, title: string, description: string, yearIdentified: number, active: boolean, updatedAt: string, facets: Array<{ __typename: 'Facet', id: string, name: string, active: boolean }>, viewerCan: { __typename: 'ThemePermissions', edit: boolean } }> } };

export type UpdateThemeMutationVariables = Exact<{
  id: string;
  input: ThemeInput;
  expectedVersion: number;
}>;


export type UpdateThemeMutation = { updateTheme: { __typename: 'Theme', id: string, version: number, title: string, description: string, yearIdentified: number, active: boolean, updatedAt: string, facets: Array<{ __typename: 'Facet', id: string, name: string, active: boolean }>, viewerCan: { __typename: 'ThemePermissions', edit: boolean } } };

export { AdminUserFieldsFragmentDoc } from './documents/AdminUserFieldsFragmentDoc';
export { ViewerFieldsFragmentDoc } from './documents/ViewerFieldsFragmentDoc';
export { CalendarFeedFieldsFragmentDoc } from './documents/CalendarFeedFieldsFragmentDoc';
export { EvaluationQuestionFieldsFragmentDoc } from './documents/EvaluationQuestionFieldsFragmentDoc';
export { FacetAdminFieldsFragmentDoc } from './documents/FacetAdminFieldsFragmentDoc';
export { HomeRecommendationFieldsFragmentDoc } from './documents/HomeRecommendationFieldsFragmentDoc';
export { HomeSessionFieldsFragmentDoc } from './documents/HomeSessionFieldsFragmentDoc';
export { AccountInvitationFieldsFragmentDoc } from './documents/AccountInvitationFieldsFragmentDoc';
export { PeerEnrolmentFieldsFragmentDoc } from './documents/PeerEnrolmentFieldsFragmentDoc';
export { PeerGroupFieldsFragmentDoc } from './documents/PeerGroupFieldsFragmentDoc';
export { PeerProposalFieldsFragmentDoc } from './documents/PeerProposalFieldsFragmentDoc';
export { PeerTrackFieldsFragmentDoc } from './documents/PeerTrackFieldsFragmentDoc';
export { PictureLineFieldsFragmentDoc } from './documents/PictureLineFieldsFragmentDoc';
export { PictureSnapshotFieldsFragmentDoc } from './documents/PictureSnapshotFieldsFragmentDoc';
export { ActivityFieldsFragmentDoc } from './documents/ActivityFieldsFragmentDoc';
export { PlannedSessionFieldsFragmentDoc } from './documents/PlannedSessionFieldsFragmentDoc';
export { ProgrammeFieldsFragmentDoc } from './documents/ProgrammeFieldsFragmentDoc';
export { StatusCountFieldsFragmentDoc } from './documents/StatusCountFieldsFragmentDoc';
export { RecommendationBriefFieldsFragmentDoc } from './documents/RecommendationBriefFieldsFragmentDoc';
export { RecommendationListFieldsFragmentDoc } from './documents/RecommendationListFieldsFragmentDoc';
export { TimelineEntryFieldsFragmentDoc } from './documents/TimelineEntryFieldsFragmentDoc';
export { RecommendationDetailFieldsFragmentDoc } from './documents/RecommendationDetailFieldsFragmentDoc';
export { RegionalAdviceFieldsFragmentDoc } from './documents/RegionalAdviceFieldsFragmentDoc';
export { RoleGrantFieldsFragmentDoc } from './documents/RoleGrantFieldsFragmentDoc';
export { ScanConsentFieldsFragmentDoc } from './documents/ScanConsentFieldsFragmentDoc';
export { ScanFieldsFragmentDoc } from './documents/ScanFieldsFragmentDoc';
export { RegistrationFieldsFragmentDoc } from './documents/RegistrationFieldsFragmentDoc';
export { SessionSummaryFragmentDoc } from './documents/SessionSummaryFragmentDoc';
export { ThemeFieldsFragmentDoc } from './documents/ThemeFieldsFragmentDoc';
export { ChangePasswordDocument } from './documents/ChangePasswordDocument';
export { DigestSettingDocument } from './documents/DigestSettingDocument';
export { SetLocaleDocument } from './documents/SetLocaleDocument';
export { SetOverdueDigestDocument } from './documents/SetOverdueDigestDocument';
export { AdminUserDocument } from './documents/AdminUserDocument';
export { MunicipalitiesDocument } from './documents/MunicipalitiesDocument';
export { SetUserDisabledDocument } from './documents/SetUserDisabledDocument';
export { UpdateUserDocument } from './documents/UpdateUserDocument';
export { UsersDocument } from './documents/UsersDocument';
export { AuditLogDocument } from './documents/AuditLogDocument';
export { AuditActorsDocument } from './documents/AuditActorsDocument';
export { LoginDocument } from './documents/LoginDocument';
export { LogoutDocument } from './documents/LogoutDocument';
export { MeDocument } from './documents/MeDocument';
export { PasswordResetPreviewDocument } from './documents/PasswordResetPreviewDocument';
export { RequestPasswordResetDocument } from './documents/RequestPasswordResetDocument';
export { ResetPasswordDocument } from './documents/ResetPasswordDocument';
export { BoardReportDocument } from './documents/BoardReportDocument';
export { CalendarFeedProgrammesDocument } from './documents/CalendarFeedProgrammesDocument';
export { CreateCalendarFeedDocument } from './documents/CreateCalendarFeedDocument';
export { MyCalendarFeedsDocument } from './documents/MyCalendarFeedsDocument';
export { RegenerateCalendarFeedDocument } from './documents/RegenerateCalendarFeedDocument';
export { RevokeCalendarFeedDocument } from './documents/RevokeCalendarFeedDocument';
export { ActivityEvaluationExportDocument } from './documents/ActivityEvaluationExportDocument';
export { ActivityEvaluationQuestionsDocument } from './documents/ActivityEvaluationQuestionsDocument';
export { EvaluationFormDocument } from './documents/EvaluationFormDocument';
export { SaveEvaluationQuestionsDocument } from './documents/SaveEvaluationQuestionsDocument';
export { SessionEvaluationExportDocument } from './documents/SessionEvaluationExportDocument';
export { SessionEvaluationDocument } from './documents/SessionEvaluationDocument';
export { SubmitEvaluationDocument } from './documents/SubmitEvaluationDocument';
export { CreateFacetDocument } from './documents/CreateFacetDocument';
export { FacetAdminListDocument } from './documents/FacetAdminListDocument';
export { ReorderFacetsDocument } from './documents/ReorderFacetsDocument';
export { SetFacetActiveDocument } from './documents/SetFacetActiveDocument';
export { UpdateFacetDocument } from './documents/UpdateFacetDocument';
export { HomeDocument } from './documents/HomeDocument';
export { MyPendingRoleGrantDocument } from './documents/MyPendingRoleGrantDocument';
export { AcceptInvitationDocument } from './documents/AcceptInvitationDocument';
export { AccountInvitationsDocument } from './documents/AccountInvitationsDocument';
export { InvitableRolesDocument } from './documents/InvitableRolesDocument';
export { InvitationPreviewDocument } from './documents/InvitationPreviewDocument';
export { InviteAccountDocument } from './documents/InviteAccountDocument';
export { ResendAccountInvitationDocument } from './documents/ResendAccountInvitationDocument';
export { RevokeAccountInvitationDocument } from './documents/RevokeAccountInvitationDocument';
export { LinkRecommendationToLearningDocument } from './documents/LinkRecommendationToLearningDocument';
export { RecommendationLearningDocument } from './documents/RecommendationLearningDocument';
export { UnlinkRecommendationFromLearningDocument } from './documents/UnlinkRecommendationFromLearningDocument';
export { MyMessagesDocument } from './documents/MyMessagesDocument';
export { MyRegistrationsDocument } from './documents/MyRegistrationsDocument';
export { OutboxDocument } from './documents/OutboxDocument';
export { RetryOutboxMessageDocument } from './documents/RetryOutboxMessageDocument';
export { CreatePeerTrackDocument } from './documents/CreatePeerTrackDocument';
export { EnrolInPeerTrackDocument } from './documents/EnrolInPeerTrackDocument';
export { PeerEnrolmentOptionsDocument } from './documents/PeerEnrolmentOptionsDocument';
export { MyPeerGroupsDocument } from './documents/MyPeerGroupsDocument';
export { MyPeerHistoryDocument } from './documents/MyPeerHistoryDocument';
export { PeerEnrolmentsDocument } from './documents/PeerEnrolmentsDocument';
export { PeerGroupDocument } from './documents/PeerGroupDocument';
export { PeerProposalDocument } from './documents/PeerProposalDocument';
export { PeerTrackFormOptionsDocument } from './documents/PeerTrackFormOptionsDocument';
export { PeerTrackOverviewDocument } from './documents/PeerTrackOverviewDocument';
export { PeerTrackDocument } from './documents/PeerTrackDocument';
export { PeerTracksDocument } from './documents/PeerTracksDocument';
export { PreviewPeerArrangementDocument } from './documents/PreviewPeerArrangementDocument';
export { PublishPeerProposalDocument } from './documents/PublishPeerProposalDocument';
export { RearrangePeerGroupsDocument } from './documents/RearrangePeerGroupsDocument';
export { RunPeerPairingDocument } from './documents/RunPeerPairingDocument';
export { SetPeerGroupLockedDocument } from './documents/SetPeerGroupLockedDocument';
export { UpdatePeerEnrolmentDocument } from './documents/UpdatePeerEnrolmentDocument';
export { UpdatePeerTrackDocument } from './documents/UpdatePeerTrackDocument';
export { WithdrawPeerEnrolmentDocument } from './documents/WithdrawPeerEnrolmentDocument';
export { AddPeerLogEntryDocument } from './documents/AddPeerLogEntryDocument';
export { CancelPeerMeetingDocument } from './documents/CancelPeerMeetingDocument';
export { EvaluatePeerGroupDocument } from './documents/EvaluatePeerGroupDocument';
export { PeerGroupWorkDocument } from './documents/PeerGroupWorkDocument';
export { PlanPeerMeetingDocument } from './documents/PlanPeerMeetingDocument';
export { UpdatePeerLogEntryDocument } from './documents/UpdatePeerLogEntryDocument';
export { UpdatePeerMeetingDocument } from './documents/UpdatePeerMeetingDocument';
export { DisclosureSettingsDocument } from './documents/DisclosureSettingsDocument';
export { LatestPictureDocument } from './documents/LatestPictureDocument';
export { PicturePreviewDocument } from './documents/PicturePreviewDocument';
export { PictureSnapshotDocument } from './documents/PictureSnapshotDocument';
export { PictureSnapshotsDocument } from './documents/PictureSnapshotsDocument';
export { PublishPictureDocument } from './documents/PublishPictureDocument';
export { SetDisclosureThresholdDocument } from './documents/SetDisclosureThresholdDocument';
export { ProgrammeBuilderDocument } from './documents/ProgrammeBuilderDocument';
export { ProgrammeActivitiesDocument } from './documents/ProgrammeActivitiesDocument';
export { ActivityThemeOptionsDocument } from './documents/ActivityThemeOptionsDocument';
export { ActivityDocument } from './documents/ActivityDocument';
export { CancelPlannedSessionDocument } from './documents/CancelPlannedSessionDocument';
export { CreateActivityDocument } from './documents/CreateActivityDocument';
export { CreateProgrammeDocument } from './documents/CreateProgrammeDocument';
export { OverlappingSessionsDocument } from './documents/OverlappingSessionsDocument';
export { PlanSessionSeriesDocument } from './documents/PlanSessionSeriesDocument';
export { PlanSessionsDocument } from './documents/PlanSessionsDocument';
export { PlannedSessionDocument } from './documents/PlannedSessionDocument';
export { PlanningOptionsDocument } from './documents/PlanningOptionsDocument';
export { ProgrammeDocument } from './documents/ProgrammeDocument';
export { ProgrammesDocument } from './documents/ProgrammesDocument';
export { SessionSeriesPreviewDocument } from './documents/SessionSeriesPreviewDocument';
export { ThemeProgrammeDocument } from './documents/ThemeProgrammeDocument';
export { UpdateActivityDocument } from './documents/UpdateActivityDocument';
export { UpdateProgrammeDocument } from './documents/UpdateProgrammeDocument';
export { UpdatePlannedSessionDocument } from './documents/UpdatePlannedSessionDocument';
export { FollowUpProgressDocument } from './documents/FollowUpProgressDocument';
export { ColleaguesDocument } from './documents/ColleaguesDocument';
export { InviteOwnerDocument } from './documents/InviteOwnerDocument';
export { MoveRecommendationDocument } from './documents/MoveRecommendationDocument';
export { OwnerInvitationsDocument } from './documents/OwnerInvitationsDocument';
export { RecommendationExportDocument } from './documents/RecommendationExportDocument';
export { RecommendationFilterOptionsDocument } from './documents/RecommendationFilterOptionsDocument';
export { RecommendationDocument } from './documents/RecommendationDocument';
export { RecommendationsDocument } from './documents/RecommendationsDocument';
export { RecordFollowUpDocument } from './documents/RecordFollowUpDocument';
export { RecordProgressDocument } from './documents/RecordProgressDocument';
export { RevokeInvitationDocument } from './documents/RevokeInvitationDocument';
export { AdviceThemesDocument } from './documents/AdviceThemesDocument';
export { AdviceAnswerOptionsDocument } from './documents/AdviceAnswerOptionsDocument';
export { AnswerRegionalAdviceDocument } from './documents/AnswerRegionalAdviceDocument';
export { RegionalAdviceDocument } from './documents/RegionalAdviceDocument';
export { RoadmapCellDocument } from './documents/RoadmapCellDocument';
export { RoadmapDocument } from './documents/RoadmapDocument';
export { ApproveRoleGrantDocument } from './documents/ApproveRoleGrantDocument';
export { RejectRoleGrantDocument } from './documents/RejectRoleGrantDocument';
export { RoleGrantsDocument } from './documents/RoleGrantsDocument';
export { ThemeSuggestionsDocument } from './documents/ThemeSuggestionsDocument';
export { LinkRecommendationsToThemesDocument } from './documents/LinkRecommendationsToThemesDocument';
export { CarriedOverChoiceDocument } from './documents/CarriedOverChoiceDocument';
export { SetRecommendationCarriedOverDocument } from './documents/SetRecommendationCarriedOverDocument';
export { CreateRecommendationDocument } from './documents/CreateRecommendationDocument';
export { CreateScanDocument } from './documents/CreateScanDocument';
export { CurrentRecommendationDocument } from './documents/CurrentRecommendationDocument';
export { DeleteRecommendationDocument } from './documents/DeleteRecommendationDocument';
export { DeleteScanDocument } from './documents/DeleteScanDocument';
export { HoldBackRecommendationDocument } from './documents/HoldBackRecommendationDocument';
export { ImportRecommendationsDocument } from './documents/ImportRecommendationsDocument';
export { PreviewRecommendationImportDocument } from './documents/PreviewRecommendationImportDocument';
export { ReleaseRecommendationDocument } from './documents/ReleaseRecommendationDocument';
export { ScanFormOptionsDocument } from './documents/ScanFormOptionsDocument';
export { ScanRecommendationsDocument } from './documents/ScanRecommendationsDocument';
export { ScanDocument } from './documents/ScanDocument';
export { ScansDocument } from './documents/ScansDocument';
export { SetRecommendationThemesDocument } from './documents/SetRecommendationThemesDocument';
export { SetScanConsentDocument } from './documents/SetScanConsentDocument';
export { UpdateRecommendationDocument } from './documents/UpdateRecommendationDocument';
export { UpdateScanDocument } from './documents/UpdateScanDocument';
export { AddSessionLinkDocument } from './documents/AddSessionLinkDocument';
export { RemoveSessionMaterialDocument } from './documents/RemoveSessionMaterialDocument';
export { SendSessionMessageDocument } from './documents/SendSessionMessageDocument';
export { SessionExtrasDocument } from './documents/SessionExtrasDocument';
export { CancelRegistrationDocument } from './documents/CancelRegistrationDocument';
export { ParticipantListCsvDocument } from './documents/ParticipantListCsvDocument';
export { RecordAttendanceDocument } from './documents/RecordAttendanceDocument';
export { RegisterColleagueDocument } from './documents/RegisterColleagueDocument';
export { RegisterForSessionDocument } from './documents/RegisterForSessionDocument';
export { RegistrationsByMunicipalityDocument } from './documents/RegistrationsByMunicipalityDocument';
export { SessionColleaguesDocument } from './documents/SessionColleaguesDocument';
export { SessionFilterOptionsDocument } from './documents/SessionFilterOptionsDocument';
export { SessionRegistrationsDocument } from './documents/SessionRegistrationsDocument';
export { SessionDocument } from './documents/SessionDocument';
export { SessionsDocument } from './documents/SessionsDocument';
export { CreateThemeDocument } from './documents/CreateThemeDocument';
export { SetThemeActiveDocument } from './documents/SetThemeActiveDocument';
export { ThemeFacetOptionsDocument } from './documents/ThemeFacetOptionsDocument';
export { ThemePeerTracksDocument } from './documents/ThemePeerTracksDocument';
export { ThemePictureLineDocument } from './documents/ThemePictureLineDocument';
export { ThemeDocument } from './documents/ThemeDocument';
export { ThemesDocument } from './documents/ThemesDocument';
export { UpdateThemeDocument } from './documents/UpdateThemeDocument';