import { glossaryIn } from '@rode-draad/shared';
import auditEn from '../features/audit/i18n/en.json';
import calendarFeedsEn from '../features/calendar-feeds/i18n/en.json';
import peerGroupWorkEn from '../features/peer-learning/group-work/i18n/en.json';
import facetsEn from '../features/facets/i18n/en.json';
import learningLinksEn from '../features/learning-links/i18n/en.json';
import progressEn from '../features/progress/i18n/en.json';
import peerLearningEn from '../features/peer-learning/i18n/en.json';
import outboxEn from '../features/outbox/i18n/en.json';
import pictureEn from '../features/picture/i18n/en.json';
import learningEffectEn from '../features/picture/learning-effect/i18n/en.json';
import recommendationsEn from '../features/recommendations/i18n/en.json';
import scansEn from '../features/scans/i18n/en.json';
import invitationsEn from '../features/invitations/i18n/en.json';
import myMessagesEn from '../features/my-messages/i18n/en.json';
import myRegistrationsEn from '../features/my-registrations/i18n/en.json';
import sessionsEn from '../features/sessions/i18n/en.json';
import programmeBuilderEn from '../features/programme-builder/i18n/en.json';
import programmesEn from '../features/programmes/i18n/en.json';
import roleRequestsEn from '../features/role-requests/i18n/en.json';
import roadmapEn from '../features/roadmap/i18n/en.json';
import regionalAdviceEn from '../features/regional-advice/i18n/en.json';
import boardReportEn from '../features/board-report/i18n/en.json';
import themesEn from '../features/themes/i18n/en.json';
import accessibilityStatementEn from '../features/accessibility-statement/i18n/en.json';
import sessionExtrasEn from '../features/session-extras/i18n/en.json';
import evaluationsEn from '../features/evaluations/i18n/en.json';
import enShell from './en.json';

/** The English texts of every namespace (see resources.ts), for the types and the tests; the app loads them per namespace (featureTexts.ts). */
export const en = {
  translation: enShell,
  picture: pictureEn,
  learningEffect: learningEffectEn,
  themes: themesEn,
  facets: facetsEn,
  scans: scansEn,
  recommendations: recommendationsEn,
  audit: auditEn,
  sessions: sessionsEn,
  myRegistrations: myRegistrationsEn,
  myMessages: myMessagesEn,
  calendarFeeds: calendarFeedsEn,
  peerGroupWork: peerGroupWorkEn,
  outbox: outboxEn,
  programmes: programmesEn,
  roadmap: roadmapEn,
  programmeBuilder: programmeBuilderEn,
  roleRequests: roleRequestsEn,
  learningLinks: learningLinksEn,
  progress: progressEn,
  invitations: invitationsEn,
  peerLearning: peerLearningEn,
  regionalAdvice: regionalAdviceEn,
  boardReport: boardReportEn,
  accessibilityStatement: accessibilityStatementEn,
  sessionExtras: sessionExtrasEn,
  evaluations: evaluationsEn,
  glossary: glossaryIn('en'),
};
