import { lazy, type ComponentType } from 'react';

/**
 * Every page but the login page, loaded when first opened: the first visit downloads only the shell and
 * the login page, and each role only the pages it opens (docs/performance.md).
 */
function page<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

export const AccessibilityStatementPage = page(
  () => import('./features/accessibility-statement/AccessibilityStatementPage'),
  'AccessibilityStatementPage',
);
export const AcceptInvitationPage = page(
  () => import('./features/invitations/AcceptInvitationPage'),
  'AcceptInvitationPage',
);
export const ActivityDetailPage = page(() => import('./features/programmes/ActivityDetailPage'), 'ActivityDetailPage');
export const AppLayout = page(() => import('./components/AppLayout'), 'AppLayout');
export const AuditLogPage = page(() => import('./features/audit/AuditLogPage'), 'AuditLogPage');
export const BoardReportPage = page(() => import('./features/board-report/BoardReportPage'), 'BoardReportPage');
export const CalendarFeedsPage = page(() => import('./features/calendar-feeds/CalendarFeedsPage'), 'CalendarFeedsPage');
export const ChangePasswordPage = page(() => import('./features/account/ChangePasswordPage'), 'ChangePasswordPage');
export const FacetsPage = page(() => import('./features/facets/FacetsPage'), 'FacetsPage');
export const HomePage = page(() => import('./features/home/HomePage'), 'HomePage');
export const MyGroupsPage = page(() => import('./features/peer-learning/MyGroupsPage'), 'MyGroupsPage');
export const MyMessagesPage = page(() => import('./features/my-messages/MyMessagesPage'), 'MyMessagesPage');
export const MyRegistrationsPage = page(
  () => import('./features/my-registrations/MyRegistrationsPage'),
  'MyRegistrationsPage',
);
export const OutboxPage = page(() => import('./features/outbox/OutboxPage'), 'OutboxPage');
export const PeerGroupPage = page(() => import('./features/peer-learning/PeerGroupPage'), 'PeerGroupPage');
export const PicturePage = page(() => import('./features/picture/PicturePage'), 'PicturePage');
export const PlanSessionsPage = page(() => import('./features/programmes/PlanSessionsPage'), 'PlanSessionsPage');
export const ProgrammeBuilderPage = page(
  () => import('./features/programme-builder/ProgrammeBuilderPage'),
  'ProgrammeBuilderPage',
);
export const ProgrammeDetailPage = page(
  () => import('./features/programmes/ProgrammeDetailPage'),
  'ProgrammeDetailPage',
);
export const ProgrammesPage = page(() => import('./features/programmes/ProgrammesPage'), 'ProgrammesPage');
export const ProgressPage = page(() => import('./features/progress/ProgressPage'), 'ProgressPage');
export const PublishPicturePage = page(() => import('./features/picture/PublishPicturePage'), 'PublishPicturePage');
export const RecommendationDetailPage = page(
  () => import('./features/recommendations/RecommendationDetailPage'),
  'RecommendationDetailPage',
);
export const RecommendationPrintPage = page(
  () => import('./features/recommendations/RecommendationPrintPage'),
  'RecommendationPrintPage',
);
export const RecommendationsPage = page(
  () => import('./features/recommendations/RecommendationsPage'),
  'RecommendationsPage',
);
export const ReviewPage = page(() => import('./features/peer-learning/ReviewPage'), 'ReviewPage');
export const RoadmapPage = page(() => import('./features/roadmap/RoadmapPage'), 'RoadmapPage');
export const RoleRequestsPage = page(() => import('./features/role-requests/RoleRequestsPage'), 'RoleRequestsPage');
export const ScanDetailPage = page(() => import('./features/scans/ScanDetailPage'), 'ScanDetailPage');
export const ScansPage = page(() => import('./features/scans/ScansPage'), 'ScansPage');
export const SessionDetailPage = page(() => import('./features/sessions/SessionDetailPage'), 'SessionDetailPage');
export const SessionsPage = page(() => import('./features/sessions/SessionsPage'), 'SessionsPage');
export const ThemeDetailPage = page(() => import('./features/themes/ThemeDetailPage'), 'ThemeDetailPage');
export const ThemesPage = page(() => import('./features/themes/ThemesPage'), 'ThemesPage');
export const TrackDetailPage = page(() => import('./features/peer-learning/TrackDetailPage'), 'TrackDetailPage');
export const TracksPage = page(() => import('./features/peer-learning/TracksPage'), 'TracksPage');
export const UsersPage = page(() => import('./features/admin-users/UsersPage'), 'UsersPage');
export const AccountInvitationsPage = page(
  () => import('./features/invitations/AccountInvitationsPage'),
  'AccountInvitationsPage',
);
export const ForgotPasswordPage = page(() => import('./features/auth/ForgotPasswordPage'), 'ForgotPasswordPage');
export const ResetPasswordPage = page(() => import('./features/auth/ResetPasswordPage'), 'ResetPasswordPage');
