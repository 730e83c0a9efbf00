import { MantineProvider } from '@mantine/core';
import { Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import {
  AccessibilityStatementPage,
  AcceptInvitationPage,
  AccountInvitationsPage,
  ForgotPasswordPage,
  ResetPasswordPage,
  ActivityDetailPage,
  AppLayout,
  AuditLogPage,
  BoardReportPage,
  CalendarFeedsPage,
  ChangePasswordPage,
  FacetsPage,
  HomePage,
  MyGroupsPage,
  MyMessagesPage,
  MyRegistrationsPage,
  OutboxPage,
  PeerGroupPage,
  PicturePage,
  PlanSessionsPage,
  ProgrammeBuilderPage,
  ProgrammeDetailPage,
  ProgrammesPage,
  ProgressPage,
  PublishPicturePage,
  RecommendationDetailPage,
  RecommendationPrintPage,
  RecommendationsPage,
  ReviewPage,
  RoadmapPage,
  RoleRequestsPage,
  ScanDetailPage,
  ScansPage,
  SessionDetailPage,
  SessionsPage,
  ThemeDetailPage,
  ThemesPage,
  TrackDetailPage,
  TracksPage,
  UsersPage,
  RequireAuth,
  RequirePermission,
  WithApollo,
} from './pages';
import { AppNotifications } from './components/AppNotifications';
import { NavigationFocusProvider } from './components/NavigationFocus';
import { NotFoundPage } from './components/NotFoundPage';
import { FullPageLoader } from './components/PageState';
import { LoginPage } from './features/auth/LoginPage';
import { PATHS } from './lib/navigation';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <AppNotifications />
      <BrowserRouter>
        <NavigationFocusProvider>
          <Suspense fallback={<FullPageLoader />}>
            <Routes>
              <Route path={PATHS.login} element={<LoginPage />} />
              {/* Every other route needs Apollo Client, which the login page does without. */}
              <Route element={<WithApollo />}>
                <Route path={PATHS.invitation} element={<AcceptInvitationPage />} />
                <Route path={PATHS.accessibility} element={<AccessibilityStatementPage />} />
                <Route path={PATHS.forgotPassword} element={<ForgotPasswordPage />} />
                <Route path={PATHS.resetPassword} element={<ResetPasswordPage />} />
                <Route element={<RequireAuth />}>
                  <Route element={<AppLayout />}>
                    <Route index element={<HomePage />} />
                    <Route path={PATHS.changePassword} element={<ChangePasswordPage />} />
                    <Route element={<RequirePermission anyOf={['USER_MANAGE']} />}>
                      <Route path={PATHS.adminUsers} element={<UsersPage />} />
                    </Route>
                    <Route element={<RequirePermission anyOf={['ACCOUNT_INVITE']} />}>
                      <Route path={PATHS.accountInvitations} element={<AccountInvitationsPage />} />
                    </Route>
                    <Route element={<RequirePermission anyOf={['ROLE_GRANT_APPROVE']} />}>
                      <Route path={PATHS.roleRequests} element={<RoleRequestsPage />} />
                    </Route>
                    <Route element={<RequirePermission anyOf={['OUTBOX_MANAGE']} />}>
                      <Route path={PATHS.outbox} element={<OutboxPage />} />
                    </Route>
                    <Route path={PATHS.picture} element={<PicturePage />} />
                    <Route path={PATHS.pictureSnapshot} element={<PicturePage />} />
                    <Route path={PATHS.boardReport} element={<BoardReportPage />} />
                    <Route path={PATHS.themes} element={<ThemesPage />} />
                    <Route path={PATHS.theme} element={<ThemeDetailPage />} />
                    <Route path={PATHS.programmes} element={<ProgrammesPage />} />
                    <Route path={PATHS.programme} element={<ProgrammeDetailPage />} />
                    <Route path={PATHS.activity} element={<ActivityDetailPage />} />
                    <Route path={PATHS.roadmap} element={<RoadmapPage />} />
                    <Route element={<RequirePermission anyOf={['PROGRAMME_PLAN']} />}>
                      <Route path={PATHS.activityPlan} element={<PlanSessionsPage />} />
                      <Route path={PATHS.programmeBuilder} element={<ProgrammeBuilderPage />} />
                    </Route>
                    <Route path={PATHS.sessions} element={<SessionsPage />} />
                    <Route path={PATHS.session} element={<SessionDetailPage />} />
                    <Route path={PATHS.calendarFeeds} element={<CalendarFeedsPage />} />
                    <Route path={PATHS.peerTracks} element={<TracksPage />} />
                    <Route path={PATHS.peerTrack} element={<TrackDetailPage />} />
                    <Route element={<RequirePermission anyOf={['TRACK_MANAGE']} />}>
                      <Route path={PATHS.peerTrackReview} element={<ReviewPage />} />
                    </Route>
                    {/* A group is its members' only: others get "not found", as from the API. */}
                    <Route element={<RequirePermission anyOf={['PEER_GROUP_READ']} />}>
                      <Route path={PATHS.myPeerGroups} element={<MyGroupsPage />} />
                      <Route path={PATHS.peerGroup} element={<PeerGroupPage />} />
                    </Route>
                    <Route path={PATHS.myMessages} element={<MyMessagesPage />} />
                    <Route element={<RequirePermission anyOf={['REGISTRATION_SELF']} />}>
                      <Route path={PATHS.myRegistrations} element={<MyRegistrationsPage />} />
                    </Route>
                    <Route element={<RequirePermission anyOf={['PICTURE_PUBLISH']} />}>
                      <Route path={PATHS.picturePublish} element={<PublishPicturePage />} />
                    </Route>
                    <Route element={<RequirePermission anyOf={['THEME_MAINTAIN']} />}>
                      <Route path={PATHS.facets} element={<FacetsPage />} />
                    </Route>
                    <Route element={<RequirePermission anyOf={['SCAN_READ']} />}>
                      <Route path={PATHS.scans} element={<ScansPage />} />
                      <Route path={PATHS.scan} element={<ScanDetailPage />} />
                    </Route>
                    {/* Confidential pages: admins and programme staff get "not found", as from the API. */}
                    <Route element={<RequirePermission anyOf={['RECOMMENDATION_READ']} />}>
                      <Route path={PATHS.recommendations} element={<RecommendationsPage />} />
                      <Route path={PATHS.recommendation} element={<RecommendationDetailPage />} />
                      <Route path={PATHS.recommendationPrint} element={<RecommendationPrintPage />} />
                    </Route>
                    <Route element={<RequirePermission anyOf={['FOLLOW_UP_OVERVIEW']} />}>
                      <Route path={PATHS.followUpProgress} element={<ProgressPage />} />
                    </Route>
                    <Route element={<RequirePermission anyOf={['AUDIT_READ']} />}>
                      <Route path={PATHS.auditLog} element={<AuditLogPage />} />
                    </Route>
                    <Route path="*" element={<NotFoundPage />} />
                  </Route>
                </Route>
              </Route>
            </Routes>
          </Suspense>
        </NavigationFocusProvider>
      </BrowserRouter>
    </MantineProvider>
  );
}
