import en from './en.json';
import nl from './nl.json';

/**
 * Every translation namespace, per language. The shell and shared pieces use `translation`;
 * a feature with many texts gets its own namespace (its JSON files live in the feature folder),
 * so features can grow without editing one big file.
 */
export const resources = {
  nl: { translation: nl },
  en: { translation: en },
} as const;

export type Namespace = keyof (typeof resources)['nl'];
