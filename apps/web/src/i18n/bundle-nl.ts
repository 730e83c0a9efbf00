import { glossaryIn } from '@rode-draad/shared';
import auditNl from '../features/audit/i18n/nl.json';
import peerGroupWorkNl from '../features/peer-learning/group-work/i18n/nl.json';
import calendarFeedsNl from '../features/calendar-feeds/i18n/nl.json';
import facetsNl from '../features/facets/i18n/nl.json';
import learningLinksNl from '../features/learning-links/i18n/nl.json';
import progressNl from '../features/progress/i18n/nl.json';
import peerLearningNl from '../features/peer-learning/i18n/nl.json';
import outboxNl from '../features/outbox/i18n/nl.json';
import learningEffectNl from '../features/picture/learning-effect/i18n/nl.json';
import pictureNl from '../features/picture/i18n/nl.json';
import recommendationsNl from '../features/recommendations/i18n/nl.json';
import scansNl from '../features/scans/i18n/nl.json';
import invitationsNl from '../features/invitations/i18n/nl.json';
import myMessagesNl from '../features/my-messages/i18n/nl.json';
import myRegistrationsNl from '../features/my-registrations/i18n/nl.json';
import sessionsNl from '../features/sessions/i18n/nl.json';
import programmeBuilderNl from '../features/programme-builder/i18n/nl.json';
import programmesNl from '../features/programmes/i18n/nl.json';
import roleRequestsNl from '../features/role-requests/i18n/nl.json';
import roadmapNl from '../features/roadmap/i18n/nl.json';
import regionalAdviceNl from '../features/regional-advice/i18n/nl.json';
import boardReportNl from '../features/board-report/i18n/nl.json';
import themesNl from '../features/themes/i18n/nl.json';
import accessibilityStatementNl from '../features/accessibility-statement/i18n/nl.json';
import sessionExtrasNl from '../features/session-extras/i18n/nl.json';
import evaluationsNl from '../features/evaluations/i18n/nl.json';
import nlShell from './nl.json';

/** The Dutch texts of every namespace (see resources.ts), for the types and the tests; the app loads them per namespace (featureTexts.ts). */
export const nl = {
  translation: nlShell,
  picture: pictureNl,
  learningEffect: learningEffectNl,
  themes: themesNl,
  facets: facetsNl,
  scans: scansNl,
  recommendations: recommendationsNl,
  audit: auditNl,
  sessions: sessionsNl,
  myRegistrations: myRegistrationsNl,
  myMessages: myMessagesNl,
  calendarFeeds: calendarFeedsNl,
  peerGroupWork: peerGroupWorkNl,
  outbox: outboxNl,
  programmes: programmesNl,
  roadmap: roadmapNl,
  programmeBuilder: programmeBuilderNl,
  roleRequests: roleRequestsNl,
  learningLinks: learningLinksNl,
  progress: progressNl,
  invitations: invitationsNl,
  peerLearning: peerLearningNl,
  regionalAdvice: regionalAdviceNl,
  boardReport: boardReportNl,
  accessibilityStatement: accessibilityStatementNl,
  sessionExtras: sessionExtrasNl,
  evaluations: evaluationsNl,
  glossary: glossaryIn('nl'),
};
