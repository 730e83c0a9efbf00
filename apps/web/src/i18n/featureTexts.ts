import type { Locale } from '@rode-draad/shared';
import type { Namespace } from './resources';

/** The namespaces a page brings with it: all but the shell's own texts and the glossary. */
export type FeatureNamespace = Exclude<Namespace, 'translation' | 'glossary'>;

/** Used by the shell and the login page itself (the accessibility statement link), so loaded at start. */
export const NAMESPACES_AT_START = ['accessibilityStatement'] as const satisfies readonly FeatureNamespace[];

/** Each namespace's folder under features/, where its `i18n/nl.json` and `i18n/en.json` are. */
const FOLDERS: Record<FeatureNamespace, string> = {
  picture: 'picture',
  learningEffect: 'picture/learning-effect',
  themes: 'themes',
  facets: 'facets',
  scans: 'scans',
  recommendations: 'recommendations',
  audit: 'audit',
  sessions: 'sessions',
  myRegistrations: 'my-registrations',
  myMessages: 'my-messages',
  calendarFeeds: 'calendar-feeds',
  peerGroupWork: 'peer-learning/group-work',
  outbox: 'outbox',
  programmes: 'programmes',
  roadmap: 'roadmap',
  programmeBuilder: 'programme-builder',
  roleRequests: 'role-requests',
  learningLinks: 'learning-links',
  progress: 'progress',
  invitations: 'invitations',
  peerLearning: 'peer-learning',
  regionalAdvice: 'regional-advice',
  boardReport: 'board-report',
  accessibilityStatement: 'accessibility-statement',
  sessionExtras: 'session-extras',
  evaluations: 'evaluations',
};

const FILES = import.meta.glob<{ default: object }>('../features/**/i18n/*.json');

/**
 * Where each feature's texts are, per language: each file is its own chunk, loaded when a page that shows
 * them opens (pages.ts) or when the language changes, so the login page loads only the shell's texts.
 */
function textsAt(folder: string, locale: Locale): () => Promise<{ default: object }> {
  const load = FILES[`../features/${folder}/i18n/${locale}.json`];
  if (!load) {
    // A misspelt folder fails when the app (or any test importing the texts) starts, not when a page opens.
    throw new Error(`No texts at features/${folder}/i18n/${locale}.json`);
  }
  return load;
}

export const FEATURE_TEXTS = Object.fromEntries(
  Object.entries(FOLDERS).map(([namespace, folder]) => [
    namespace,
    { nl: textsAt(folder, 'nl'), en: textsAt(folder, 'en') },
  ]),
) as Record<FeatureNamespace, Record<Locale, () => Promise<{ default: object }>>>;
