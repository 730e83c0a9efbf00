import { en } from './bundle-en';
import { nl } from './bundle-nl';

/**
 * Every translation namespace, per language. The shell and shared pieces use `translation`;
 * a feature with many texts gets its own namespace (its JSON files live in the feature folder, listed in
 * bundle-nl.ts, bundle-en.ts and featureTexts.ts), so features can grow without editing one big file. `glossary` holds the product's terms (roles,
 * statuses) from the shared package, which the API's exports and e-mails use too; texts refer to them as
 * `$t(glossary:group.CODE)` instead of repeating the words. The app loads only
 * the active language, per namespace (index.ts, featureTexts.ts); these bundles serve the types and the tests.
 */
export const resources = { nl, en } as const;

export type Namespace = keyof (typeof resources)['nl'];
