import type { Locale } from '@rode-draad/shared';
import type { Namespace } from './resources';

/** The namespaces a page brings with it: all but the shell's own texts and the glossary. */
export type FeatureNamespace = Exclude<Namespace, 'translation' | 'glossary'>;

/** Used by the shell and the login page itself (the accessibility statement link), so loaded at start. */
export const NAMESPACES_AT_START = ['accessibilityStatement'] as const satisfies readonly FeatureNamespace[];

/**
 * Where each feature's texts are, per language: each file is its own chunk, loaded when a page that shows
 * them opens (pages.ts) or when the language changes, so the login page loads only the shell's texts.
 */
export const FEATURE_TEXTS: Record<FeatureNamespace, Record<Locale, () => Promise<{ default: object }>>> = {
  picture: {
    nl: () => import('../features/picture/i18n/nl.json'),
    en: () => import('../features/picture/i18n/en.json'),
  },
  learningEffect: {
    nl: () => import('../features/picture/learning-effect/i18n/nl.json'),
    en: () => import('../features/picture/learning-effect/i18n/en.json'),
  },
  themes: {
    nl: () => import('../features/themes/i18n/nl.json'),
    en: () => import('../features/themes/i18n/en.json'),
  },
  facets: {
    nl: () => import('../features/facets/i18n/nl.json'),
    en: () => import('../features/facets/i18n/en.json'),
  },
  scans: {
    nl: () => import('../features/scans/i18n/nl.json'),
    en: () => import('../features/scans/i18n/en.json'),
  },
  recommendations: {
    nl: () => import('../features/recommendations/i18n/nl.json'),
    en: () => import('../features/recommendations/i18n/en.json'),
  },
  audit: {
    nl: () => import('../features/audit/i18n/nl.json'),
    en: () => import('../features/audit/i18n/en.json'),
  },
  sessions: {
    nl: () => import('../features/sessions/i18n/nl.json'),
    en: () => import('../features/sessions/i18n/en.json'),
  },
  myRegistrations: {
    nl: () => import('../features/my-registrations/i18n/nl.json'),
    en: () => import('../features/my-registrations/i18n/en.json'),
  },
  myMessages: {
    nl: () => import('../features/my-messages/i18n/nl.json'),
    en: () => import('../features/my-messages/i18n/en.json'),
  },
  calendarFeeds: {
    nl: () => import('../features/calendar-feeds/i18n/nl.json'),
    en: () => import('../features/calendar-feeds/i18n/en.json'),
  },
  peerGroupWork: {
    nl: () => import('../features/peer-learning/group-work/i18n/nl.json'),
    en: () => import('../features/peer-learning/group-work/i18n/en.json'),
  },
  outbox: {
    nl: () => import('../features/outbox/i18n/nl.json'),
    en: () => import('../features/outbox/i18n/en.json'),
  },
  programmes: {
    nl: () => import('../features/programmes/i18n/nl.json'),
    en: () => import('../features/programmes/i18n/en.json'),
  },
  roadmap: {
    nl: () => import('../features/roadmap/i18n/nl.json'),
    en: () => import('../features/roadmap/i18n/en.json'),
  },
  programmeBuilder: {
    nl: () => import('../features/programme-builder/i18n/nl.json'),
    en: () => import('../features/programme-builder/i18n/en.json'),
  },
  roleRequests: {
    nl: () => import('../features/role-requests/i18n/nl.json'),
    en: () => import('../features/role-requests/i18n/en.json'),
  },
  learningLinks: {
    nl: () => import('../features/learning-links/i18n/nl.json'),
    en: () => import('../features/learning-links/i18n/en.json'),
  },
  progress: {
    nl: () => import('../features/progress/i18n/nl.json'),
    en: () => import('../features/progress/i18n/en.json'),
  },
  invitations: {
    nl: () => import('../features/invitations/i18n/nl.json'),
    en: () => import('../features/invitations/i18n/en.json'),
  },
  peerLearning: {
    nl: () => import('../features/peer-learning/i18n/nl.json'),
    en: () => import('../features/peer-learning/i18n/en.json'),
  },
  regionalAdvice: {
    nl: () => import('../features/regional-advice/i18n/nl.json'),
    en: () => import('../features/regional-advice/i18n/en.json'),
  },
  boardReport: {
    nl: () => import('../features/board-report/i18n/nl.json'),
    en: () => import('../features/board-report/i18n/en.json'),
  },
  accessibilityStatement: {
    nl: () => import('../features/accessibility-statement/i18n/nl.json'),
    en: () => import('../features/accessibility-statement/i18n/en.json'),
  },
  sessionExtras: {
    nl: () => import('../features/session-extras/i18n/nl.json'),
    en: () => import('../features/session-extras/i18n/en.json'),
  },
  evaluations: {
    nl: () => import('../features/evaluations/i18n/nl.json'),
    en: () => import('../features/evaluations/i18n/en.json'),
  },
};
