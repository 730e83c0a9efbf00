import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { authChecker } from '../access/policy';
import { ActivityResolver } from '../features/activities/activity.resolver';
import { AuditResolver } from '../features/audit/audit.resolver';
import { AuthResolver } from '../features/auth/auth.resolver';
import { CalendarFeedResolver } from '../features/calendars/calendar-feed.resolver';
import { EvaluationResolver } from '../features/evaluations/evaluation.resolver';
import { QuestionSetResolver } from '../features/evaluations/question-set.resolver';
import { FacetResolver } from '../features/facets/facet.resolver';
import { HomeResolver } from '../features/home/home.resolver';
import { OutboxResolver } from '../features/notifications/outbox.resolver';
import { PeerEnrolmentResolver } from '../features/peer-learning/enrolment.resolver';
import { PeerTrackResolver } from '../features/peer-learning/track.resolver';
import { PeerPairingResolver } from '../features/peer-learning/pairing.resolver';
import { PeerGroupResolver } from '../features/peer-learning/peer-group.resolver';
import { PeerGroupWorkResolver } from '../features/peer-learning/group-work.resolver';
import { ThemeTracksResolver } from '../features/peer-learning/theme-tracks.resolver';
import { PictureResolver } from '../features/picture/picture.resolver';
import { ProgrammeResolver } from '../features/programmes/programme.resolver';
import { RoadmapResolver } from '../features/programmes/roadmap.resolver';
import { RecommendationExportResolver } from '../features/recommendation-export/recommendation-export.resolver';
import { RecommendationImportResolver } from '../features/recommendation-import/recommendation-import.resolver';
import { FollowUpResolver } from '../features/follow-up/follow-up.resolver';
import { ProgressResolver } from '../features/follow-up-progress/progress.resolver';
import {
  LearningLinkResolver,
  RecommendationLearningResolver,
} from '../features/learning-links/learning-link.resolver';
import { AccountInvitationResolver } from '../features/invitations/account-invitation.resolver';
import { InvitationResolver } from '../features/invitations/invitation.resolver';
import { PasswordResetResolver } from '../features/auth/password-reset.resolver';
import { RecommendationResolver } from '../features/recommendations/recommendation.resolver';
import { RegionalAdviceResolver, SnapshotAdviceResolver } from '../features/regional-advice/regional-advice.resolver';
import { BoardReportResolver } from '../features/board-report/board-report.resolver';
import { SessionExtrasResolver } from '../features/session-extras/session-extras.resolver';
import { ThemeLinksResolver } from '../features/recommendations/theme-links.resolver';
import { CarriedOverResolver } from '../features/recommendations/carried-over.resolver';
import { RegionResolver } from '../features/regions/region.resolver';
import { RegistrationResolver, SessionRegistrationResolver } from '../features/registrations/registration.resolver';
import { RoleGrantResolver, UserRoleGrantResolver } from '../features/role-grants/role-grant.resolver';
import { ScanResolver } from '../features/scans/scan.resolver';
import { RecommendationHoldBackResolver, ScanConsentResolver } from '../features/consent/consent.resolver';
import { SessionResolver } from '../features/sessions/session.resolver';
import { FacilitatorResolver, VenueResolver } from '../features/sessions/venue.resolver';
import { ThemeResolver } from '../features/themes/theme.resolver';
import { UserResolver } from '../features/users/user.resolver';

export const resolvers = [
  AuthResolver,
  UserResolver,
  RegionResolver,
  FacetResolver,
  ThemeResolver,
  ScanResolver,
  ScanConsentResolver,
  RecommendationHoldBackResolver,
  RecommendationResolver,
  ThemeLinksResolver,
  CarriedOverResolver,
  FollowUpResolver,
  ProgressResolver,
  RecommendationLearningResolver,
  LearningLinkResolver,
  InvitationResolver,
  AccountInvitationResolver,
  PasswordResetResolver,
  RecommendationImportResolver,
  RecommendationExportResolver,
  AuditResolver,
  PictureResolver,
  ProgrammeResolver,
  ActivityResolver,
  VenueResolver,
  FacilitatorResolver,
  SessionResolver,
  RoadmapResolver,
  RegistrationResolver,
  SessionRegistrationResolver,
  EvaluationResolver,
  QuestionSetResolver,
  OutboxResolver,
  CalendarFeedResolver,
  RoleGrantResolver,
  UserRoleGrantResolver,
  PeerTrackResolver,
  PeerEnrolmentResolver,
  PeerPairingResolver,
  PeerGroupResolver,
  PeerGroupWorkResolver,
  ThemeTracksResolver,
  RegionalAdviceResolver,
  SnapshotAdviceResolver,
  BoardReportResolver,
  HomeResolver,
  SessionExtrasResolver,
] as const;

let schema: Promise<GraphQLSchema> | undefined;

/**
 * A plain field (a property without guard or middleware, named as in the schema) is left to graphql-js's
 * default resolver. type-graphql would otherwise wrap each one in its middleware chain, which costs on
 * every field of every row and does nothing here: guards sit on root fields and field resolvers.
 */
function useSimpleResolversForPlainFields(): void {
  for (const field of getMetadataStorage().fields) {
    const guarded = (field.roles?.length ?? 0) > 0 || (field.middlewares?.length ?? 0) > 0;
    field.simple ??= !guarded && field.name === field.schemaName;
  }
}

/** Built once per process; type-graphql's metadata is global anyway. */
export function getSchema(): Promise<GraphQLSchema> {
  if (!schema) {
    useSimpleResolversForPlainFields();
    schema = buildSchema({
      resolvers,
      authChecker,
      authMode: 'error',
      validate: { forbidUnknownValues: true },
      emitSchemaFile: false,
    });
  }
  return schema;
}
