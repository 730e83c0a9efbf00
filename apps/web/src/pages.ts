import { lazy, type ComponentType } from 'react';
import type { Permission } from './gql/graphql';
import { loadNamespaces } from './i18n';
import type { FeatureNamespace } from './i18n/featureTexts';

/**
 * Every page but the login page, loaded when first opened: the first visit downloads only the shell and
 * the login page, and each role only the pages it opens (docs/performance.md). A page's code comes with the
 * text namespaces its components use (pages.test.ts checks the lists), in the active language.
 */
function page<Name extends string, Props extends object = object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
  namespaces: readonly FeatureNamespace[] = [],
) {
  return lazy(() => Promise.all([load(), loadNamespaces(namespaces)]).then(([module]) => ({ default: module[name] })));
}

export const AccessibilityStatementPage = page(
  () => import('./features/accessibility-statement/AccessibilityStatementPage'),
  'AccessibilityStatementPage',
  ['accessibilityStatement'],
);
export const AcceptInvitationPage = page(
  () => import('./features/invitations/AcceptInvitationPage'),
  'AcceptInvitationPage',
  ['invitations'],
);
export const ActivityDetailPage = page(() => import('./features/programmes/ActivityDetailPage'), 'ActivityDetailPage', [
  'evaluations',
  'programmes',
]);
export const AppLayout = page(() => import('./components/AppLayout'), 'AppLayout', ['accessibilityStatement']);
export const AuditLogPage = page(() => import('./features/audit/AuditLogPage'), 'AuditLogPage', ['audit']);
export const BoardReportPage = page(() => import('./features/board-report/BoardReportPage'), 'BoardReportPage', [
  'boardReport',
  'learningEffect',
  'picture',
  'regionalAdvice',
]);
export const CalendarFeedsPage = page(
  () => import('./features/calendar-feeds/CalendarFeedsPage'),
  'CalendarFeedsPage',
  ['calendarFeeds'],
);
export const ChangePasswordPage = page(() => import('./features/account/ChangePasswordPage'), 'ChangePasswordPage');
export const FacetsPage = page(() => import('./features/facets/FacetsPage'), 'FacetsPage', ['facets']);
export const HomePage = page(() => import('./features/home/HomePage'), 'HomePage');
export const MyGroupsPage = page(() => import('./features/peer-learning/MyGroupsPage'), 'MyGroupsPage', [
  'peerLearning',
]);
export const MyMessagesPage = page(() => import('./features/my-messages/MyMessagesPage'), 'MyMessagesPage', [
  'myMessages',
]);
export const MyRegistrationsPage = page(
  () => import('./features/my-registrations/MyRegistrationsPage'),
  'MyRegistrationsPage',
  ['evaluations', 'myRegistrations', 'sessions'],
);
export const OutboxPage = page(() => import('./features/outbox/OutboxPage'), 'OutboxPage', ['outbox']);
export const PeerGroupPage = page(() => import('./features/peer-learning/PeerGroupPage'), 'PeerGroupPage', [
  'peerGroupWork',
  'peerLearning',
]);
export const PicturePage = page(() => import('./features/picture/PicturePage'), 'PicturePage', [
  'boardReport',
  'learningEffect',
  'picture',
  'regionalAdvice',
]);
export const PlanSessionsPage = page(() => import('./features/programmes/PlanSessionsPage'), 'PlanSessionsPage', [
  'programmes',
]);
export const ProgrammeBuilderPage = page(
  () => import('./features/programme-builder/ProgrammeBuilderPage'),
  'ProgrammeBuilderPage',
  ['picture', 'programmeBuilder', 'programmes', 'regionalAdvice'],
);
export const ProgrammeDetailPage = page(
  () => import('./features/programmes/ProgrammeDetailPage'),
  'ProgrammeDetailPage',
  ['programmes'],
);
export const ProgrammesPage = page(() => import('./features/programmes/ProgrammesPage'), 'ProgrammesPage', [
  'programmes',
]);
export const ProgressPage = page(() => import('./features/progress/ProgressPage'), 'ProgressPage', [
  'progress',
  'recommendations',
]);
export const PublishPicturePage = page(() => import('./features/picture/PublishPicturePage'), 'PublishPicturePage', [
  'learningEffect',
  'picture',
  'regionalAdvice',
]);
export const RecommendationDetailPage = page(
  () => import('./features/recommendations/RecommendationDetailPage'),
  'RecommendationDetailPage',
  ['learningLinks', 'recommendations'],
);
export const RecommendationPrintPage = page(
  () => import('./features/recommendations/RecommendationPrintPage'),
  'RecommendationPrintPage',
  ['recommendations'],
);
export const RecommendationsPage = page(
  () => import('./features/recommendations/RecommendationsPage'),
  'RecommendationsPage',
  ['recommendations'],
);
export const ReviewPage = page(() => import('./features/peer-learning/ReviewPage'), 'ReviewPage', ['peerLearning']);
export const RoadmapPage = page(() => import('./features/roadmap/RoadmapPage'), 'RoadmapPage', [
  'programmes',
  'regionalAdvice',
  'roadmap',
]);
export const RoleRequestsPage = page(() => import('./features/role-requests/RoleRequestsPage'), 'RoleRequestsPage', [
  'roleRequests',
]);
export const ScanDetailPage = page(() => import('./features/scans/ScanDetailPage'), 'ScanDetailPage', [
  'recommendations',
  'scans',
]);
export const ScansPage = page(() => import('./features/scans/ScansPage'), 'ScansPage', ['scans']);
export const SessionDetailPage = page(() => import('./features/sessions/SessionDetailPage'), 'SessionDetailPage', [
  'evaluations',
  'programmes',
  'sessionExtras',
  'sessions',
]);
export const SessionsPage = page(() => import('./features/sessions/SessionsPage'), 'SessionsPage', ['sessions']);
export const ThemeDetailPage = page(() => import('./features/themes/ThemeDetailPage'), 'ThemeDetailPage', [
  'learningEffect',
  'picture',
  'programmes',
  'themes',
]);
export const ThemesPage = page(() => import('./features/themes/ThemesPage'), 'ThemesPage', ['themes']);
export const TrackDetailPage = page(() => import('./features/peer-learning/TrackDetailPage'), 'TrackDetailPage', [
  'peerLearning',
]);
export const TracksPage = page(() => import('./features/peer-learning/TracksPage'), 'TracksPage', ['peerLearning']);
export const UsersPage = page(() => import('./features/admin-users/UsersPage'), 'UsersPage', ['invitations']);
export const AccountInvitationsPage = page(
  () => import('./features/invitations/AccountInvitationsPage'),
  'AccountInvitationsPage',
  ['invitations'],
);
export const ForgotPasswordPage = page(() => import('./features/auth/ForgotPasswordPage'), 'ForgotPasswordPage');
export const ResetPasswordPage = page(() => import('./features/auth/ResetPasswordPage'), 'ResetPasswordPage');
// Route guards and Apollo Client's provider: not needed by the login page, so loaded with the other routes.
export const WithApollo = page<'WithApollo', object>(() => import('./components/WithApollo'), 'WithApollo');
export const RequireAuth = page<'RequireAuth', object>(() => import('./components/WithApollo'), 'RequireAuth');
export const RequirePermission = page<'RequirePermission', { anyOf: readonly Permission[] }>(
  () => import('./components/WithApollo'),
  'RequirePermission',
);
