import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AppDatesProvider } from './components/AppDatesProvider';
import { AppLayout } from './components/AppLayout';
import { NotFoundPage } from './components/NotFoundPage';
import { ChangePasswordPage } from './features/account/ChangePasswordPage';
import { AcceptInvitationPage } from './features/invitations/AcceptInvitationPage';
import { UsersPage } from './features/admin-users/UsersPage';
import { LoginPage } from './features/auth/LoginPage';
import { RequireAuth, RequirePermission } from './features/auth/RequireAuth';
import { CalendarFeedsPage } from './features/calendar-feeds/CalendarFeedsPage';
import { FacetsPage } from './features/facets/FacetsPage';
import { HomePage } from './features/home/HomePage';
import { AuditLogPage } from './features/audit/AuditLogPage';
import { OutboxPage } from './features/outbox/OutboxPage';
import { RoleRequestsPage } from './features/role-requests/RoleRequestsPage';
import { PicturePage } from './features/picture/PicturePage';
import { BoardReportPage } from './features/board-report/BoardReportPage';
import { ProgressPage } from './features/progress/ProgressPage';
import { PublishPicturePage } from './features/picture/PublishPicturePage';
import { RecommendationDetailPage } from './features/recommendations/RecommendationDetailPage';
import { RecommendationPrintPage } from './features/recommendations/RecommendationPrintPage';
import { RecommendationsPage } from './features/recommendations/RecommendationsPage';
import { ScanDetailPage } from './features/scans/ScanDetailPage';
import { ScansPage } from './features/scans/ScansPage';
import { MyMessagesPage } from './features/my-messages/MyMessagesPage';
import { MyRegistrationsPage } from './features/my-registrations/MyRegistrationsPage';
import { SessionDetailPage } from './features/sessions/SessionDetailPage';
import { SessionsPage } from './features/sessions/SessionsPage';
import { ProgrammeBuilderPage } from './features/programme-builder/ProgrammeBuilderPage';
import { ActivityDetailPage } from './features/programmes/ActivityDetailPage';
import { PlanSessionsPage } from './features/programmes/PlanSessionsPage';
import { ProgrammeDetailPage } from './features/programmes/ProgrammeDetailPage';
import { ProgrammesPage } from './features/programmes/ProgrammesPage';
import { RoadmapPage } from './features/roadmap/RoadmapPage';
import { ThemeDetailPage } from './features/themes/ThemeDetailPage';
import { ThemesPage } from './features/themes/ThemesPage';
import { MyGroupsPage } from './features/peer-learning/MyGroupsPage';
import { PeerGroupPage } from './features/peer-learning/PeerGroupPage';
import { ReviewPage } from './features/peer-learning/ReviewPage';
import { TrackDetailPage } from './features/peer-learning/TrackDetailPage';
import { TracksPage } from './features/peer-learning/TracksPage';
import { i18n } from './i18n';
import { createApolloClient, forgetViewer } from './lib/apollo';
import { PATHS } from './lib/navigation';
import { cssVariablesResolver, theme } from './theme';
import { notify } from './lib/notify';

const SESSION_ENDED_NOTICE = 'session-ended';

function useApolloClientOnce() {
  const [client] = useState(() => {
    const created = createApolloClient({
      onSessionEnded: () => {
        // Several queries can fail at once; one notice is enough.
        notify('info', i18n.t('auth.sessionExpired'), SESSION_ENDED_NOTICE);
        void forgetViewer(created);
      },
    });
    return created;
  });
  return client;
}

export function App() {
  const client = useApolloClientOnce();
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="top-right" />
      <AppDatesProvider>
        <ApolloProvider client={client}>
          <BrowserRouter>
            <ModalsProvider>
              <Routes>
                <Route path={PATHS.login} element={<LoginPage />} />
                <Route path={PATHS.invitation} element={<AcceptInvitationPage />} />
                <Route element={<RequireAuth />}>
                  <Route element={<AppLayout />}>
                    <Route index element={<HomePage />} />
                    <Route path={PATHS.changePassword} element={<ChangePasswordPage />} />
                    <Route element={<RequirePermission anyOf={['USER_MANAGE']} />}>
                      <Route path={PATHS.adminUsers} element={<UsersPage />} />
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
              </Routes>
            </ModalsProvider>
          </BrowserRouter>
        </ApolloProvider>
      </AppDatesProvider>
    </MantineProvider>
  );
}
