import auditEn from '../features/audit/i18n/en.json';
import auditNl from '../features/audit/i18n/nl.json';
import calendarFeedsEn from '../features/calendar-feeds/i18n/en.json';
import peerGroupWorkEn from '../features/peer-learning/group-work/i18n/en.json';
import peerGroupWorkNl from '../features/peer-learning/group-work/i18n/nl.json';
import calendarFeedsNl from '../features/calendar-feeds/i18n/nl.json';
import facetsEn from '../features/facets/i18n/en.json';
import facetsNl from '../features/facets/i18n/nl.json';
import learningLinksEn from '../features/learning-links/i18n/en.json';
import learningLinksNl from '../features/learning-links/i18n/nl.json';
import progressEn from '../features/progress/i18n/en.json';
import progressNl from '../features/progress/i18n/nl.json';
import peerLearningEn from '../features/peer-learning/i18n/en.json';
import peerLearningNl from '../features/peer-learning/i18n/nl.json';
import outboxEn from '../features/outbox/i18n/en.json';
import outboxNl from '../features/outbox/i18n/nl.json';
import pictureEn from '../features/picture/i18n/en.json';
import learningEffectEn from '../features/picture/learning-effect/i18n/en.json';
import learningEffectNl from '../features/picture/learning-effect/i18n/nl.json';
import pictureNl from '../features/picture/i18n/nl.json';
import recommendationsEn from '../features/recommendations/i18n/en.json';
import recommendationsNl from '../features/recommendations/i18n/nl.json';
import scansEn from '../features/scans/i18n/en.json';
import scansNl from '../features/scans/i18n/nl.json';
import invitationsEn from '../features/invitations/i18n/en.json';
import invitationsNl from '../features/invitations/i18n/nl.json';
import myMessagesEn from '../features/my-messages/i18n/en.json';
import myMessagesNl from '../features/my-messages/i18n/nl.json';
import myRegistrationsEn from '../features/my-registrations/i18n/en.json';
import myRegistrationsNl from '../features/my-registrations/i18n/nl.json';
import sessionsEn from '../features/sessions/i18n/en.json';
import sessionsNl from '../features/sessions/i18n/nl.json';
import programmeBuilderEn from '../features/programme-builder/i18n/en.json';
import programmeBuilderNl from '../features/programme-builder/i18n/nl.json';
import programmesEn from '../features/programmes/i18n/en.json';
import programmesNl from '../features/programmes/i18n/nl.json';
import roleRequestsEn from '../features/role-requests/i18n/en.json';
import roleRequestsNl from '../features/role-requests/i18n/nl.json';
import roadmapEn from '../features/roadmap/i18n/en.json';
import roadmapNl from '../features/roadmap/i18n/nl.json';
import regionalAdviceEn from '../features/regional-advice/i18n/en.json';
import regionalAdviceNl from '../features/regional-advice/i18n/nl.json';
import boardReportEn from '../features/board-report/i18n/en.json';
import boardReportNl from '../features/board-report/i18n/nl.json';
import themesEn from '../features/themes/i18n/en.json';
import themesNl from '../features/themes/i18n/nl.json';
import { glossaryIn } from '@rode-draad/shared';
import en from './en.json';
import nl from './nl.json';

/**
 * Every translation namespace, per language. The shell and shared pieces use `translation`;
 * a feature with many texts gets its own namespace (its JSON files live in the feature folder),
 * so features can grow without editing one big file. `glossary` holds the product's terms (roles,
 * statuses) from the shared package, which the API's exports and e-mails use too; texts refer to
 * them as `$t(glossary:group.CODE)` instead of repeating the words.
 */
export const resources = {
  nl: {
    translation: nl,
    glossary: glossaryIn('nl'),
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
  },
  en: {
    translation: en,
    glossary: glossaryIn('en'),
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
  },
} as const;

export type Namespace = keyof (typeof resources)['nl'];
