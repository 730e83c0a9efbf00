import type { DataSource } from 'typeorm';
import { PeerGroupOverviewService } from './features/peer-learning/group-overview.service';
import { PeerGroupWorkService } from './features/peer-learning/group-work.service';
import type { Config } from './config';
import { ActivityService } from './features/activities/activity.service';
import { AuthService } from './features/auth/auth.service';
import type { LoginThrottleRules } from './features/auth/login-throttle';
import { PasswordResetService } from './features/auth/password-reset.service';
import { CalendarFeedService } from './features/calendars/calendar-feed.service';
import { SessionIcsService } from './features/calendars/session-ics.service';
import { CertificateService } from './features/session-extras/certificate.service';
import { SessionMaterialService } from './features/session-extras/material.service';
import { SessionExtrasService } from './features/session-extras/session-extras.service';
import { StaffMessageService } from './features/session-extras/staff-message.service';
import { SessionService } from './features/auth/session.service';
import { EvaluationExportService } from './features/evaluations/evaluation-export.service';
import { EvaluationService } from './features/evaluations/evaluation.service';
import { QuestionSetService } from './features/evaluations/question-set.service';
import { FacetService } from './features/facets/facet.service';
import { HomeService } from './features/home/home.service';
import { AttachmentService } from './features/follow-up/attachment.service';
import { FollowUpService } from './features/follow-up/follow-up.service';
import { ProgressUpdateService } from './features/follow-up/progress-update.service';
import { ProgressService } from './features/follow-up-progress/progress.service';
import { LearningLinkService } from './features/learning-links/learning-link.service';
import { CarriedOverService } from './features/recommendations/carried-over.service';
import { AccountInvitationService } from './features/invitations/account-invitation.service';
import { InvitationService } from './features/invitations/invitation.service';
import { OutboxService } from './features/notifications/outbox.service';
import { PeerEnrolmentService } from './features/peer-learning/enrolment.service';
import * as pairingEngine from './features/peer-learning/pairing/engine';
import { PeerPairingService } from './features/peer-learning/pairing.service';
import { PeerGroupService } from './features/peer-learning/peer-group.service';
import { PeerTrackService } from './features/peer-learning/track.service';
import { PictureService } from './features/picture/picture.service';
import { ProgrammeService } from './features/programmes/programme.service';
import { RoadmapService } from './features/programmes/roadmap.service';
import { RecommendationExportService } from './features/recommendation-export/recommendation-export.service';
import { RecommendationImportService } from './features/recommendation-import/recommendation-import.service';
import { RecommendationService } from './features/recommendations/recommendation.service';
import { RegionalAdviceService } from './features/regional-advice/regional-advice.service';
import { BoardReportService } from './features/board-report/board-report.service';
import { RegionService } from './features/regions/region.service';
import { RegistrationService } from './features/registrations/registration.service';
import { ScanService } from './features/scans/scan.service';
import { ConsentService } from './features/consent/consent.service';
import { LearningSessionService } from './features/sessions/session.service';
import { VenueService } from './features/sessions/venue.service';
import { RoleGrantService } from './features/role-grants/role-grant.service';
import { ThemeService } from './features/themes/theme.service';
import { UserService } from './features/users/user.service';

/** The application's services, built once per process around the application pool. */
export function createServices(
  db: DataSource,
  config: Pick<Config, 'sessionIdleMinutes' | 'sessionAbsoluteHours' | 'publicUrl' | 'mail'> &
    Partial<Pick<Config, 'demo'>>,
  tuning: { loginThrottle?: Partial<LoginThrottleRules> } = {},
) {
  const sessions = new SessionService(db, {
    idleMinutes: config.sessionIdleMinutes,
    absoluteHours: config.sessionAbsoluteHours,
  });
  const scans = new ScanService(db);
  const programmes = new ProgrammeService(db);
  const recommendations = new RecommendationService(db, scans);
  const roleGrants = new RoleGrantService(db);
  const regionalAdvice = new RegionalAdviceService(db);
  const picture = new PictureService(db);
  const links = { publicUrl: config.publicUrl, linkSecret: config.mail.linkSecret, demo: config.demo ?? false };
  const sessionMaterials = new SessionMaterialService(db);
  return {
    /** The application pool, for per-request loaders. */
    db,
    sessions,
    scans,
    recommendations,
    consent: new ConsentService(db),
    followUp: new FollowUpService(db, recommendations),
    attachments: new AttachmentService(db, recommendations),
    progressUpdates: new ProgressUpdateService(db, recommendations),
    progress: new ProgressService(db),
    learningLinks: new LearningLinkService(db, recommendations),
    carriedOver: new CarriedOverService(db, recommendations),
    invitations: new InvitationService(db, recommendations, sessions, roleGrants, links, tuning.loginThrottle),
    accountInvitations: new AccountInvitationService(db, links),
    passwordResets: new PasswordResetService(db, links, { login: tuning.loginThrottle }),
    recommendationExport: new RecommendationExportService(db),
    recommendationImport: new RecommendationImportService(db, scans, recommendations),
    auth: new AuthService(db, sessions, tuning.loginThrottle),
    users: new UserService(db, roleGrants, tuning.loginThrottle),
    roleGrants,
    regions: new RegionService(db),
    facets: new FacetService(db),
    themes: new ThemeService(db),
    picture,
    regionalAdvice,
    boardReport: new BoardReportService(db, picture, regionalAdvice),
    programmes,
    activities: new ActivityService(db),
    venues: new VenueService(db),
    learningSessions: new LearningSessionService(db),
    roadmap: new RoadmapService(db, programmes),
    registrations: new RegistrationService(db),
    evaluations: new EvaluationService(db),
    evaluationExports: new EvaluationExportService(db),
    questionSets: new QuestionSetService(db),
    outbox: new OutboxService(db, {
      publicUrl: config.publicUrl,
      from: config.mail.from,
      linkSecret: config.mail.linkSecret,
    }),
    calendarFeeds: new CalendarFeedService(db, { publicUrl: config.publicUrl }),
    sessionIcs: new SessionIcsService(db, { publicUrl: config.publicUrl }),
    sessionMaterials,
    sessionExtras: new SessionExtrasService(db, sessionMaterials),
    staffMessages: new StaffMessageService(db),
    certificates: new CertificateService(db),
    peerTracks: new PeerTrackService(db),
    peerEnrolments: new PeerEnrolmentService(db),
    peerPairing: new PeerPairingService(db, pairingEngine),
    peerGroups: new PeerGroupService(db),
    peerGroupWork: new PeerGroupWorkService(db),
    peerGroupOverview: new PeerGroupOverviewService(db),
    home: new HomeService(db),
  };
}

export type Services = ReturnType<typeof createServices>;
