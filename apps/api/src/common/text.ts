/**
 * Characters PostgreSQL cannot store: U+0000 (text values end at NUL, so PostgreSQL refuses it) and
 * lone UTF-16 surrogates (no UTF-8 form; node-postgres would silently store U+FFFD instead).
 */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /\u0000|\p{Cs}/u;

export const hasUnstorableCharacters = (value: string): boolean => UNSTORABLE.test(value);
