/** What a question set of a learning activity may hold (API validation and the editor's limits). */
export const EVALUATION_QUESTION_KINDS = ['SCALE', 'OPEN'] as const;
export type EvaluationQuestionKind = (typeof EVALUATION_QUESTION_KINDS)[number];

export const EVALUATION_QUESTIONS_MAX = 20;
export const EVALUATION_QUESTION_TEXT_MAX = 300;
export const EVALUATION_SCALE_LABEL_MAX = 60;
export const EVALUATION_SCALE_MIN_POINTS = 2;
export const EVALUATION_SCALE_MAX_POINTS = 10;
export const EVALUATION_OPEN_ANSWER_MAX = 2000;
