/** Limits both the API (validation) and the web app (form hints) enforce. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
export const NAME_MAX_LENGTH = 120;
export const EMAIL_MAX_LENGTH = 254;
export const PAGE_SIZE_DEFAULT = 25;
export const PAGE_SIZE_MAX = 100;
/** Facets and regional themes; the database checks the same bounds. */
export const FACET_NAME_MAX_LENGTH = 120;
export const FACET_DESCRIPTION_MAX_LENGTH = 2000;
export const THEME_TITLE_MAX_LENGTH = 200;
export const THEME_DESCRIPTION_MAX_LENGTH = 5000;
export const THEME_YEAR_MIN = 2000;
export const THEME_YEAR_MAX = 2100;
/** More related facets than the framework has makes no sense; this only bounds the input. */
export const THEME_FACETS_MAX = 50;
/** Recommendation import (CSV/XLSX, sent base64 in a GraphQL argument under the 200 kB body limit). */
export const IMPORT_MAX_BYTES = 100 * 1024;
export const IMPORT_MAX_ROWS = 500;
/** Around a session: materials, and messages from staff to its registrants or waitlist. */
export const MATERIAL_TITLE_MAX_LENGTH = 200;
export const STAFF_MESSAGE_SUBJECT_MAX_LENGTH = 200;
export const STAFF_MESSAGE_BODY_MAX_LENGTH = 5000;
/** Messages staff may send about one session per hour: enough for corrections, not for spamming. */
export const STAFF_MESSAGES_PER_SESSION_HOUR = 3;
