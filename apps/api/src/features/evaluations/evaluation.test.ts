import { ROLES } from '@rode-draad/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_COMMENT_QUESTION_ID,
  DEFAULT_OVERALL_QUESTION_ID,
} from '../../db/migrations/1764900014000-evaluation-questions';
import { Client } from '../../test/client';
import { actAs, actAsInNewRegion } from '../../test/factories';
import { createSession } from '../../test/programme-factories';
import { bulkParticipants, createRegistration } from '../../test/registration-factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { closeWindow, hoursAgo, rate, SUBMIT } from '../../test/evaluation-factories';

const FORM = `query ($sessionId: ID!) { evaluationForm(sessionId: $sessionId) {
  open questions { id kind text scaleMax required answered } mine { answers { questionId questionText rating text } } } }`;
const RESULTS = `query ($sessionId: ID!) { sessionEvaluation(sessionId: $sessionId) {
  responses released suppressed minimumResponses
  questions { question { id text } suppressed averageRating openAnswers } } }`;
const MISSING = '00000000-0000-4000-8000-000000000000';

let app: TestApp;
let staff: Client;

beforeAll(async () => {
  app = await startTestApp();
  staff = (await actAs(app, 'PROGRAMME_STAFF')).client;
});
afterAll(() => app.close());

const pastSession = () => createSession(app, { startsAt: hoursAgo(4), endsAt: hoursAgo(1) });
const evaluations = async () =>
  app.owner.query<unknown>(
    `SELECT json_agg(a ORDER BY a.evaluation_id, a.question_id) AS rows FROM evaluation_answers a`,
  );

interface Form {
  open: boolean;
  questions: { id: string; answered: boolean | null }[];
  mine: { answers: { questionId: string; questionText: string; rating: number | null; text: string | null }[] } | null;
}
const formOf = async (client: Client, sessionId: string) =>
  (await client.ok<{ evaluationForm: Form }>(FORM, { sessionId })).evaluationForm;

describe('evaluations', () => {
  it('walks the ladder: anonymous, bad input, wrong role, not an attendee, other region, then success', async () => {
    const sessionId = await pastSession();
    const [attendee, absent, waitlisted] = await bulkParticipants(app, 3);
    const [elsewhere] = await bulkParticipants(app, 1, ['GM0153']);
    await createRegistration(app, sessionId, attendee!.id, { attended: true });
    await createRegistration(app, sessionId, absent!.id, { attended: false });
    await createRegistration(app, sessionId, waitlisted!.id, { status: 'WAITLISTED' });
    const before = await evaluations();

    const anonymous = new Client(app);
    expect(await anonymous.errorCode(SUBMIT, { sessionId, answers: rate(4) })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(FORM, { sessionId })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(RESULTS, { sessionId })).toBe('UNAUTHENTICATED');
    for (const rating of [0, 11]) {
      expect(await attendee!.client.errorCode(SUBMIT, { sessionId, answers: rate(rating) }), String(rating)).toBe(
        'BAD_USER_INPUT',
      );
    }
    const outOfScale = await attendee!.client.gql(SUBMIT, { sessionId, answers: rate(6) });
    expect(outOfScale.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'answers.0.rating', reason: 'ANSWER_OUT_OF_SCALE' },
    ]);
    const missingRequired = await attendee!.client.gql(SUBMIT, {
      sessionId,
      answers: [{ questionId: DEFAULT_COMMENT_QUESTION_ID, text: 'Alleen een opmerking' }],
    });
    expect(missingRequired.errors?.[0]?.extensions?.fields).toMatchObject([{ reason: 'ANSWER_REQUIRED' }]);
    const unknown = await attendee!.client.gql(SUBMIT, {
      sessionId,
      answers: [...rate(4), { questionId: MISSING, rating: 3 }],
    });
    expect(unknown.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'answers.1.questionId', reason: 'UNKNOWN_QUESTION' },
    ]);
    expect(
      await attendee!.client.errorCode(SUBMIT, {
        sessionId,
        answers: [{ questionId: DEFAULT_COMMENT_QUESTION_ID, text: 'x'.repeat(2001) }],
      }),
    ).toBe('BAD_USER_INPUT');
    expect(await attendee!.client.errorCode(SUBMIT, { sessionId: MISSING, answers: rate(4) })).toBe('NOT_FOUND');
    expect(await attendee!.client.errorCode(FORM, { sessionId: MISSING })).toBe('NOT_FOUND');

    for (const role of ROLES.filter((r) => r !== 'PARTICIPANT' && r !== 'MUNICIPAL_COORDINATOR')) {
      const { client } = await actAs(app, role);
      expect(await client.errorCode(SUBMIT, { sessionId, answers: rate(4) }), role).toBe('FORBIDDEN');
      expect(await client.errorCode(FORM, { sessionId }), role).toBe('FORBIDDEN');
    }
    for (const role of ROLES.filter((r) => r !== 'PROGRAMME_STAFF')) {
      const { client } = await actAs(app, role);
      expect(await client.errorCode(RESULTS, { sessionId }), role).toBe('FORBIDDEN');
    }
    // Absent, waitlisted, and a participant of another municipality who was not there.
    for (const notAttendee of [absent!, waitlisted!, elsewhere!]) {
      const result = await notAttendee.client.gql(SUBMIT, { sessionId, answers: rate(4) });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_AN_ATTENDEE' });
      expect(await formOf(notAttendee.client, sessionId)).toMatchObject({ open: false, mine: null });
    }
    const otherRegion = await actAsInNewRegion(app, 'PROGRAMME_STAFF');
    expect(await otherRegion.client.errorCode(RESULTS, { sessionId })).toBe('NOT_FOUND');
    expect(await evaluations()).toEqual(before);

    const form = await formOf(attendee!.client, sessionId);
    expect(form).toMatchObject({ open: true, mine: null });
    // The default set, and whether anyone answered is not told to attendees.
    expect(form.questions.map((q) => [q.id, q.answered])).toEqual([
      [DEFAULT_OVERALL_QUESTION_ID, null],
      [DEFAULT_COMMENT_QUESTION_ID, null],
    ]);
    await attendee!.client.ok(SUBMIT, { sessionId, answers: rate(4, '  Nuttig  ') });
    expect((await formOf(attendee!.client, sessionId)).mine?.answers).toMatchObject([
      { questionId: DEFAULT_OVERALL_QUESTION_ID, rating: 4, text: null },
      { questionId: DEFAULT_COMMENT_QUESTION_ID, rating: null, text: 'Nuttig' },
    ]);
  });

  it('lets an attendee change their answers until the window closes, never read anyone else’s', async () => {
    const sessionId = await pastSession();
    const [me, other] = await bulkParticipants(app, 2, ['GM0141', 'GM0153']);
    for (const p of [me!, other!]) {
      await createRegistration(app, sessionId, p.id, { attended: true });
    }
    await other!.client.ok(SUBMIT, { sessionId, answers: rate(1, 'Van de ander') });
    expect((await formOf(me!.client, sessionId)).mine).toBeNull();

    await me!.client.ok(SUBMIT, { sessionId, answers: rate(5, 'Eerst') });
    await me!.client.ok(SUBMIT, { sessionId, answers: rate(3) });
    const mine = (await formOf(me!.client, sessionId)).mine!;
    expect(mine.answers.map((a) => [a.rating, a.text])).toEqual([[3, null]]);
    // Still one response each: changing is no second response.
    const [{ n }] = await app.owner.query<[{ n: number }]>(
      'SELECT count(*)::int AS n FROM evaluations WHERE session_id = $1',
      [sessionId],
    );
    expect(n).toBe(2);

    await closeWindow(app, sessionId);
    const late = await me!.client.gql(SUBMIT, { sessionId, answers: rate(5) });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EVALUATION_CLOSED' });
    expect(await formOf(me!.client, sessionId)).toMatchObject({ open: false, mine: { answers: [{ rating: 3 }] } });
  });

  it('is only possible after the session ended', async () => {
    const running = await createSession(app, { startsAt: hoursAgo(1), endsAt: new Date(Date.now() + 3600_000) });
    const [p] = await bulkParticipants(app, 1);
    await createRegistration(app, running, p!.id, { attended: true });
    const result = await p!.client.gql(SUBMIT, { sessionId: running, answers: rate(3) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SESSION_NOT_ENDED' });
  });

  it('refuses evaluations once the window has closed, and no longer offers them', async () => {
    const sessionId = await pastSession();
    const [late] = await bulkParticipants(app, 1);
    await createRegistration(app, sessionId, late!.id, { attended: true });
    await closeWindow(app, sessionId);
    const result = await late!.client.gql(SUBMIT, { sessionId, answers: rate(3) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EVALUATION_CLOSED' });
    const { myRegistrations } = await late!.client.ok<{
      myRegistrations: { items: { viewerCan: { evaluate: boolean } }[] };
    }>(`query { myRegistrations(filter: { period: PAST }) { items { viewerCan { evaluate } } } }`);
    expect(myRegistrations.items.map((r) => r.viewerCan.evaluate)).toEqual([false]);
  });

  it('reading results after every response or change attributes no rating or comment to anyone', async () => {
    const sessionId = await pastSession();
    const people = await bulkParticipants(app, 6);
    for (const p of people) {
      await createRegistration(app, sessionId, p.id, { attended: true });
    }
    const answers = [
      rate(5, 'Zeer leerzaam'),
      rate(2),
      rate(4, 'Actueel'),
      rate(1, 'Te lang'),
      rate(3, 'Goede sprekers'),
    ];
    const readings: Summary[] = [await summary(sessionId)];
    for (const [i, answer] of answers.entries()) {
      await people[i]!.client.ok(SUBMIT, { sessionId, answers: answer });
      readings.push(await summary(sessionId));
    }
    // A change reads like nothing happened.
    await people[1]!.client.ok(SUBMIT, { sessionId, answers: rate(2, 'Later bedacht') });
    expect(await summary(sessionId)).toEqual(readings.at(-1));
    expect(attributions(readings)).toEqual([]);
    for (const [i, reading] of readings.entries()) {
      expect(reading).toMatchObject({ responses: i, released: false, suppressed: true, questions: [] });
    }
    await closeWindow(app, sessionId);
    const released = await summary(sessionId);
    readings.push(released);
    expect(released).toMatchObject({ responses: 5, released: true, suppressed: false, minimumResponses: 3 });
    expect(released.questions.map((q) => [q.question.id, q.suppressed, q.averageRating])).toEqual([
      [DEFAULT_OVERALL_QUESTION_ID, false, 3],
      [DEFAULT_COMMENT_QUESTION_ID, false, null],
    ]);
    expect([...released.questions[1]!.openAnswers].sort()).toEqual([
      'Actueel',
      'Goede sprekers',
      'Later bedacht',
      'Te lang',
      'Zeer leerzaam',
    ]);
    expect((await people[5]!.client.gql(SUBMIT, { sessionId, answers: rate(5) })).errors?.[0]?.extensions?.reason).toBe(
      'EVALUATION_CLOSED',
    );
    expect(await summary(sessionId)).toMatchObject({ responses: 5 });
    expect(attributions(readings)).toEqual([]);
  });

  it('withholds a question with fewer than k answers even when the session has k responses', async () => {
    const sessionId = await pastSession();
    const people = await bulkParticipants(app, 3);
    for (const [i, p] of people.entries()) {
      await createRegistration(app, sessionId, p.id, { attended: true });
      await p.client.ok(SUBMIT, { sessionId, answers: rate(4, i < 2 ? `Opmerking ${i}` : undefined) });
    }
    await closeWindow(app, sessionId);
    const released = await summary(sessionId);
    expect(released.questions).toMatchObject([
      { suppressed: false, averageRating: 4, openAnswers: [] },
      { suppressed: true, averageRating: null, openAnswers: [] },
    ]);
  });

  it('releases open answers in random order, not in the order they came in', async () => {
    const sessionId = await pastSession();
    const people = await bulkParticipants(app, 4);
    for (const [i, p] of people.entries()) {
      await createRegistration(app, sessionId, p.id, { attended: true });
      await p.client.ok(SUBMIT, { sessionId, answers: rate(4, `Opmerking ${i + 1}`) });
    }
    await closeWindow(app, sessionId);
    const orders = new Set<string>();
    for (let i = 0; i < 20; i += 1) {
      orders.add((await summary(sessionId)).questions[1]!.openAnswers.join('|'));
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it("withholds results below the region's threshold k, not a fixed 3, and rounds averages to half points", async () => {
    const sessionId = await pastSession();
    const people = await bulkParticipants(app, 3);
    for (const [i, p] of people.entries()) {
      await createRegistration(app, sessionId, p.id, { attended: true });
      await p.client.ok(SUBMIT, { sessionId, answers: rate([5, 4, 4][i]!, 'Prima') });
    }
    await app.owner.query(`UPDATE regions SET disclosure_threshold = 4 WHERE name = 'Twente'`);
    try {
      await closeWindow(app, sessionId);
      expect(await summary(sessionId)).toMatchObject({
        responses: 3,
        released: true,
        suppressed: true,
        minimumResponses: 4,
        questions: [],
      });
      await app.owner.query(`UPDATE regions SET disclosure_threshold = 3 WHERE name = 'Twente'`);
      // 13 / 3 = 4.33: shown as 4.5, not 4.3.
      expect((await summary(sessionId)).questions[0]).toMatchObject({ suppressed: false, averageRating: 4.5 });
    } finally {
      await app.owner.query(`UPDATE regions SET disclosure_threshold = 3 WHERE name = 'Twente'`);
    }
  });
});

interface Summary {
  responses: number;
  released: boolean;
  suppressed: boolean;
  minimumResponses: number;
  questions: {
    question: { id: string; text: string };
    suppressed: boolean;
    averageRating: number | null;
    openAnswers: string[];
  }[];
}

const summary = async (sessionId: string) =>
  (await staff.ok<{ sessionEvaluation: Summary }>(RESULTS, { sessionId })).sessionEvaluation;

/**
 * The attacker: compares every two readings one response apart. A new open answer between two
 * readings that both show them is the newest respondent's; an average before and after one more
 * response pins that response's rating when only one rating 1–5 fits both (averages rounded to half
 * points, so each shown average stands for sums within a quarter point of it).
 */
function attributions(readings: Summary[]): string[] {
  const found: string[] = [];
  for (const [i, after] of readings.entries()) {
    const before = readings[i - 1];
    if (!before || after.responses !== before.responses + 1) {
      continue;
    }
    for (const [q, afterQuestion] of after.questions.entries()) {
      const beforeQuestion = before.questions[q];
      if (!beforeQuestion || beforeQuestion.suppressed || afterQuestion.suppressed) {
        continue;
      }
      const added = [...afterQuestion.openAnswers];
      for (const text of beforeQuestion.openAnswers) {
        added.splice(added.indexOf(text), 1);
      }
      if (added.length === 1) {
        found.push(`response ${after.responses} wrote "${added[0]}"`);
      }
      if (beforeQuestion.averageRating !== null && afterQuestion.averageRating !== null) {
        const n = before.responses;
        const fits = (sum: number, count: number, shown: number) => Math.abs(sum / count - shown) <= 0.25;
        const ratings = [1, 2, 3, 4, 5].filter((rating) =>
          [...Array(4 * n + 1).keys()].some(
            (extra) =>
              fits(n + extra, n, beforeQuestion.averageRating!) &&
              fits(n + extra + rating, n + 1, afterQuestion.averageRating!),
          ),
        );
        if (ratings.length === 1) {
          found.push(`response ${after.responses} rated ${ratings[0]}`);
        }
      }
    }
  }
  return found;
}
