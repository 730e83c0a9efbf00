import { ROLES } from '@rode-draad/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OVERALL_QUESTION_ID } from '../../db/migrations/1764900014000-evaluation-questions';
import { Client } from '../../test/client';
import { actAs, actAsInNewRegion } from '../../test/factories';
import { createActivity, createSession } from '../../test/programme-factories';
import { bulkParticipants, createRegistration } from '../../test/registration-factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { closeWindow, hoursAgo, SUBMIT } from '../../test/evaluation-factories';

const SET = `query ($id: ID!) { activity(id: $id) { evaluationQuestions { isDefault version
  questions { id kind text scaleMax lowLabel highLabel required answered } } } }`;
const SAVE = `mutation ($activityId: ID!, $expectedVersion: Int!, $questions: [EvaluationQuestionInput!]!) {
  saveEvaluationQuestions(activityId: $activityId, expectedVersion: $expectedVersion, questions: $questions) {
    isDefault version questions { id kind text scaleMax required answered } } }`;
const RESULTS = `query ($sessionId: ID!) { sessionEvaluation(sessionId: $sessionId) {
  questions { question { id text } suppressed averageRating } } }`;

interface Question {
  id: string;
  kind: 'SCALE' | 'OPEN';
  text: string;
  scaleMax: number | null;
  required: boolean;
  answered: boolean | null;
}
interface QuestionSet {
  isDefault: boolean;
  version: number;
  questions: Question[];
}

let app: TestApp;
let staff: Client;

beforeAll(async () => {
  app = await startTestApp();
  staff = (await actAs(app, 'PROGRAMME_STAFF')).client;
});
afterAll(() => app.close());

const setOf = async (client: Client, id: string) =>
  (await client.ok<{ activity: { evaluationQuestions: QuestionSet } }>(SET, { id })).activity.evaluationQuestions;
const save = async (activityId: string, expectedVersion: number, questions: unknown[]) =>
  (await staff.ok<{ saveEvaluationQuestions: QuestionSet }>(SAVE, { activityId, expectedVersion, questions }))
    .saveEvaluationQuestions;

const usefulness = {
  kind: 'SCALE',
  text: 'Hoe bruikbaar?',
  scaleMax: 5,
  lowLabel: 'Niet',
  highLabel: 'Zeer',
  required: true,
};
const takeaway = { kind: 'OPEN', text: 'Wat neem je mee?', required: false };

describe('question sets', () => {
  it('walks the ladder: anonymous, bad input, wrong role, other region, stale version, then saves', async () => {
    const activityId = await createActivity(app);
    expect(await setOf(staff, activityId)).toMatchObject({ isDefault: true, version: 0 });
    const anonymous = new Client(app);
    expect(await anonymous.errorCode(SAVE, { activityId, expectedVersion: 0, questions: [usefulness] })).toBe(
      'UNAUTHENTICATED',
    );
    for (const questions of [
      [],
      [{ ...usefulness, scaleMax: null }],
      [{ ...usefulness, scaleMax: 11 }],
      [{ ...usefulness, text: ' ' }],
    ]) {
      expect(
        await staff.errorCode(SAVE, { activityId, expectedVersion: 0, questions }),
        JSON.stringify(questions),
      ).toBe('BAD_USER_INPUT');
    }
    for (const role of ROLES.filter((r) => r !== 'PROGRAMME_STAFF')) {
      const { client } = await actAs(app, role);
      expect(await client.errorCode(SAVE, { activityId, expectedVersion: 0, questions: [usefulness] }), role).toBe(
        'FORBIDDEN',
      );
    }
    const elsewhere = await actAsInNewRegion(app, 'PROGRAMME_STAFF');
    expect(await elsewhere.client.errorCode(SAVE, { activityId, expectedVersion: 0, questions: [usefulness] })).toBe(
      'NOT_FOUND',
    );
    expect(await setOf(staff, activityId)).toMatchObject({ isDefault: true, version: 0 });

    const saved = await save(activityId, 0, [usefulness, takeaway]);
    expect(saved).toMatchObject({ isDefault: false, version: 1 });
    expect(saved.questions.map((q) => [q.kind, q.text, q.scaleMax, q.answered])).toEqual([
      ['SCALE', 'Hoe bruikbaar?', 5, false],
      ['OPEN', 'Wat neem je mee?', null, false],
    ]);
    const stale = await staff.gql(SAVE, { activityId, expectedVersion: 0, questions: [usefulness] });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    // Participants read the set (to answer it) but not whether anyone answered.
    const { client: participant } = await actAs(app, 'PARTICIPANT');
    expect((await setOf(participant, activityId)).questions.map((q) => q.answered)).toEqual([null, null]);
  });

  it('locks answered questions: a changed wording becomes a new question, results keep the old one', async () => {
    const activityId = await createActivity(app);
    const first = await save(activityId, 0, [usefulness, takeaway]);
    const [scale, open] = first.questions;
    const sessionId = await createSession(app, { activityId, startsAt: hoursAgo(4), endsAt: hoursAgo(1) });
    const people = await bulkParticipants(app, 3);
    for (const p of people) {
      await createRegistration(app, sessionId, p.id, { attended: true });
      await p.client.ok(SUBMIT, { sessionId, answers: [{ questionId: scale!.id, rating: 4 }] });
    }

    // Reorder, make the scale optional, reword the open question (unanswered: edited in place), add one.
    const second = await save(activityId, 1, [
      { ...takeaway, id: open!.id, text: 'Wat neem je mee naar je werk?' },
      { ...usefulness, id: scale!.id, required: false },
    ]);
    expect(second.questions.map((q) => [q.id, q.text, q.required, q.answered])).toEqual([
      [open!.id, 'Wat neem je mee naar je werk?', false, false],
      [scale!.id, 'Hoe bruikbaar?', false, true],
    ]);

    // Rewording the answered scale question: a new question; the old one is retired with its answers.
    const third = await save(activityId, 2, [
      { ...takeaway, id: open!.id, text: 'Wat neem je mee naar je werk?' },
      { ...usefulness, id: scale!.id, text: 'Hoe bruikbaar voor je werk?', scaleMax: 10 },
    ]);
    const reworded = third.questions[1]!;
    expect(reworded.id).not.toBe(scale!.id);
    expect(reworded).toMatchObject({ text: 'Hoe bruikbaar voor je werk?', scaleMax: 10, answered: false });
    const [retired] = await app.owner.query<{ text: string; retired: boolean; answers: number }[]>(
      `SELECT text, retired_at IS NOT NULL AS retired, (SELECT count(*)::int FROM evaluation_answers WHERE question_id = q.id) AS answers
         FROM evaluation_questions q WHERE id = $1`,
      [scale!.id],
    );
    expect(retired).toEqual({ text: 'Hoe bruikbaar?', retired: true, answers: 3 });
    // Answers to the retired question are no longer taken.
    const [late] = await bulkParticipants(app, 1);
    await createRegistration(app, sessionId, late!.id, { attended: true });
    const refused = await late!.client.gql(SUBMIT, { sessionId, answers: [{ questionId: scale!.id, rating: 4 }] });
    expect(refused.errors?.[0]?.extensions?.fields).toMatchObject([{ reason: 'UNKNOWN_QUESTION' }]);

    await closeWindow(app, sessionId);
    const { sessionEvaluation } = await staff.ok<{
      sessionEvaluation: { questions: { question: { id: string; text: string }; averageRating: number | null }[] };
    }>(RESULTS, { sessionId });
    expect(sessionEvaluation.questions).toEqual([
      { question: { id: scale!.id, text: 'Hoe bruikbaar?' }, suppressed: false, averageRating: 4 },
    ]);

    // Leaving an unanswered question out deletes it; an answered one stays, retired.
    await save(activityId, 3, [takeaway]);
    const [{ n }] = await app.owner.query<[{ n: number }]>(
      'SELECT count(*)::int AS n FROM evaluation_questions WHERE id = ANY($1::uuid[])',
      [[open!.id, reworded.id, scale!.id]],
    );
    expect(n).toBe(1);
  });

  it('the database refuses to change or delete an answered question, and the default set', async () => {
    const activityId = await createActivity(app);
    const [scale] = (await save(activityId, 0, [usefulness])).questions;
    const sessionId = await createSession(app, { activityId, startsAt: hoursAgo(4), endsAt: hoursAgo(1) });
    const [p] = await bulkParticipants(app, 1);
    await createRegistration(app, sessionId, p!.id, { attended: true });
    await p!.client.ok(SUBMIT, { sessionId, answers: [{ questionId: scale!.id, rating: 2 }] });
    await expect(
      app.owner.query(`UPDATE evaluation_questions SET text = 'Iets anders' WHERE id = $1`, [scale!.id]),
    ).rejects.toThrow(/locked/);
    await expect(app.owner.query(`DELETE FROM evaluation_questions WHERE id = $1`, [scale!.id])).rejects.toThrow();
    await expect(
      app.owner.query(`UPDATE evaluation_questions SET text = 'Anders' WHERE id = $1`, [DEFAULT_OVERALL_QUESTION_ID]),
    ).rejects.toThrow(/fixed/);
    // An answer that does not fit its question.
    await expect(
      app.owner.query(`UPDATE evaluation_answers SET rating = 9 WHERE question_id = $1`, [scale!.id]),
    ).rejects.toThrow(/does not fit/);
  });
});
