import type { TFunction } from 'i18next';
import type { Message } from './errors';

/** Translates the API's per-field problems for Mantine's `form.setErrors`. */
export function translateFieldErrors(fieldErrors: Record<string, Message>, t: TFunction): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, m]) => [field, t(m.key, m.values)]));
}
