import { Foundation1764300000000 } from './1764300000000-foundation';
import { TwenteRegion1764300000100 } from './1764300000100-twente-region';
import { ConfidentialScans1764400000000 } from './1764400000000-confidential-scans';
import { TwenteFacets1764400000100 } from './1764400000100-twente-facets';
import { Programme1764500000000 } from './1764500000000-programme';
import { Registrations1764600000000 } from './1764600000000-registrations';
import { MailAndCalendars1764700000000 } from './1764700000000-mail-and-calendars';
import { AccessLayer1764800000000 } from './1764800000000-access-layer';
import { LoginThrottleWindow1764800000100 } from './1764800000100-login-throttle-window';
import { EvaluationWindow1764800000200 } from './1764800000200-evaluation-window';
import { GeneralOutbox1764800000300 } from './1764800000300-general-outbox';
import { RoleGrants1764800000500 } from './1764800000500-role-grants';
import { EditVersions1764800000600 } from './1764800000600-edit-versions';
import { UserVersions1764800000700 } from './1764800000700-user-versions';
import { PeerLearning1764900000000 } from './1764900000000-peer-learning';
import { FollowUpWorkspace1764900000500 } from './1764900000500-follow-up-workspace';
import { LearningLinks1764900000800 } from './1764900000800-learning-links';
import { FollowUpReminders1764900000700 } from './1764900000700-follow-up-reminders';
import { WorkspaceFilters1764900000810 } from './1764900000810-workspace-filters';
import { PeerGroupWork1764900000900 } from './1764900000900-peer-group-work';
import { AuditFilters1764900000950 } from './1764900000950-audit-filters';
import { OutboxRecipientPolicy1764900000990 } from './1764900000990-outbox-recipient-policy';
import { PeerTrackOffer1764900004200 } from './1764900004200-peer-track-offer';
import { PictureConsent1764900005000 } from './1764900005000-picture-consent';
import { RegionalAdvice1764900006000 } from './1764900006000-regional-advice';
import { LearningEffect1764900007000 } from './1764900007000-learning-effect';
import { PeerGroupNudges1764900008000 } from './1764900008000-peer-group-nudges';
import { AccountInvitations1764900011000 } from './1764900011000-account-invitations';
import { ProgrammeSessionDefault1764900012000 } from './1764900012000-programme-session-default';
import { SessionExtras1764900013000 } from './1764900013000-session-extras';
import { EvaluationQuestions1764900014000 } from './1764900014000-evaluation-questions';
import { SessionListIndexes1764900015000 } from './1764900015000-session-list-indexes';
import { RecommendationRegionOrder1764900016000 } from './1764900016000-recommendation-region-order';
import { RoadmapSessionIndex1764900017000 } from './1764900017000-roadmap-session-index';
import { RoadmapCountCache1764900018000 } from './1764900018000-roadmap-count-cache';

/** Every migration, in order. Listed explicitly so the same list works compiled and under vitest. */
export const migrations = [
  Foundation1764300000000,
  TwenteRegion1764300000100,
  ConfidentialScans1764400000000,
  TwenteFacets1764400000100,
  Programme1764500000000,
  Registrations1764600000000,
  MailAndCalendars1764700000000,
  AccessLayer1764800000000,
  LoginThrottleWindow1764800000100,
  EvaluationWindow1764800000200,
  GeneralOutbox1764800000300,
  RoleGrants1764800000500,
  EditVersions1764800000600,
  UserVersions1764800000700,
  PeerLearning1764900000000,
  FollowUpWorkspace1764900000500,
  LearningLinks1764900000800,
  FollowUpReminders1764900000700,
  WorkspaceFilters1764900000810,
  PeerGroupWork1764900000900,
  AuditFilters1764900000950,
  OutboxRecipientPolicy1764900000990,
  PeerTrackOffer1764900004200,
  PictureConsent1764900005000,
  RegionalAdvice1764900006000,
  LearningEffect1764900007000,
  PeerGroupNudges1764900008000,
  AccountInvitations1764900011000,
  ProgrammeSessionDefault1764900012000,
  SessionExtras1764900013000,
  EvaluationQuestions1764900014000,
  SessionListIndexes1764900015000,
  RecommendationRegionOrder1764900016000,
  RoadmapSessionIndex1764900017000,
  RoadmapCountCache1764900018000,
];
