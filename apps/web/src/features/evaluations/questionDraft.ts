import type { EvaluationQuestionKind, EvaluationQuestionFieldsFragment } from '../../gql/graphql';

/** A question as the editor holds it; `id` is empty for a new one. */
export interface QuestionDraft {
  key: string;
  id: string | null;
  kind: EvaluationQuestionKind;
  text: string;
  scaleMax: number;
  lowLabel: string;
  highLabel: string;
  required: boolean;
  answered: boolean;
}

let next = 0;
const newKey = () => `q${(next += 1)}`;

export const toDraft = (
  q: EvaluationQuestionFieldsFragment & { answered?: boolean | null },
  fromDefault: boolean,
): QuestionDraft => ({
  key: newKey(),
  // The default set is a template: saving it for an activity makes its own copies.
  id: fromDefault ? null : q.id,
  kind: q.kind,
  text: q.text,
  scaleMax: q.scaleMax ?? 5,
  lowLabel: q.lowLabel,
  highLabel: q.highLabel,
  required: q.required,
  answered: !fromDefault && (q.answered ?? false),
});

export const emptyDraft = (): QuestionDraft => ({
  key: newKey(),
  id: null,
  kind: 'SCALE',
  text: '',
  scaleMax: 5,
  lowLabel: '',
  highLabel: '',
  required: false,
  answered: false,
});

export const toInput = (d: QuestionDraft) => ({
  id: d.id,
  kind: d.kind,
  text: d.text.trim(),
  scaleMax: d.kind === 'SCALE' ? d.scaleMax : null,
  lowLabel: d.kind === 'SCALE' ? d.lowLabel.trim() : '',
  highLabel: d.kind === 'SCALE' ? d.highLabel.trim() : '',
  required: d.required,
});

/** Moves the item at `index` by `by` places. */
export function move<T>(items: T[], index: number, by: number): T[] {
  const target = index + by;
  if (target < 0 || target >= items.length) {
    return items;
  }
  const copy = [...items];
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item!);
  return copy;
}
