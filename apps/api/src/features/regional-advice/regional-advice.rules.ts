/** The rules of regional advice and answers, without GraphQL decorators: the picture service and demo seeding load them. */
export const ADVICE_PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type AdvicePriority = (typeof ADVICE_PRIORITIES)[number];

export const ANSWER_STATUSES = ['NOT_STARTED', 'PLANNED', 'UNDER_WAY', 'ANSWERED'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

/** At most this many pieces of advice per snapshot: "a few regional recommendations". */
export const ADVICE_PER_SNAPSHOT_MAX = 8;
export const ADVICE_TITLE_MAX = 200;
export const ADVICE_BODY_MAX = 4000;
export const ANSWER_EXPLANATION_MAX = 1000;
/** Linked activities plus tracks per answer. */
export const ANSWER_LINKS_MAX = 20;
