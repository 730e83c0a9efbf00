import { describe, expect, it } from 'vitest';
import { move, toDraft, toInput } from './questionDraft';

const question = {
  __typename: 'EvaluationQuestion' as const,
  id: 'q1',
  kind: 'OPEN' as const,
  text: ' Wat neem je mee? ',
  scaleMax: null,
  lowLabel: '',
  highLabel: '',
  required: false,
  retired: false,
  answered: true,
};

describe('question drafts', () => {
  it('copies the default set as new questions, and keeps ids and the answered flag of an own set', () => {
    expect(toDraft(question, true)).toMatchObject({ id: null, answered: false });
    expect(toDraft(question, false)).toMatchObject({ id: 'q1', answered: true });
  });

  it('sends a scale and labels only for scale questions, trimmed', () => {
    const draft = { ...toDraft(question, false), scaleMax: 7, lowLabel: ' laag ' };
    expect(toInput(draft)).toEqual({
      id: 'q1',
      kind: 'OPEN',
      text: 'Wat neem je mee?',
      scaleMax: null,
      lowLabel: '',
      highLabel: '',
      required: false,
    });
    expect(toInput({ ...draft, kind: 'SCALE' })).toMatchObject({ scaleMax: 7, lowLabel: 'laag' });
  });

  it('moves a question up or down, not past either end', () => {
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});
