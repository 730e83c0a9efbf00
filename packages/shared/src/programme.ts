/** The years a programme (and the activities planned in it) may span. */
export const PROGRAMME_YEAR_MIN = 2000;
export const PROGRAMME_YEAR_MAX = 2100;

/** The formats of a learning activity; the API, its database checks and the web app's filters use this list. */
export const ACTIVITY_FORMATS = [
  'WORKSHOP',
  'MASTERCLASS',
  'INTERVISIE',
  'SITE_VISIT',
  'TABLETOP_EXERCISE',
  'E_LEARNING',
  'KNOWLEDGE_SESSION',
] as const;
export type ActivityFormat = (typeof ACTIVITY_FORMATS)[number];

/** The functions an activity is meant for; the database checks the same set. */
export const TARGET_AUDIENCES = [
  'BIBOB_ADVISOR',
  'ENFORCEMENT_OFFICER',
  'LICENSING_OFFICER',
  'ADMINISTRATOR',
  'COUNCIL_MEMBER',
  'POLICY_ADVISOR',
  'OTHER',
] as const;
export type TargetAudience = (typeof TARGET_AUDIENCES)[number];

/** The statuses a programme may give its new sessions by default (a programme setting). */
export const DEFAULT_SESSION_STATUSES = ['DRAFT', 'OPEN'] as const;
export type DefaultSessionStatus = (typeof DEFAULT_SESSION_STATUSES)[number];
