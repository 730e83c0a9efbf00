import { ROLES } from '@rode-draad/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import { actAs, actAsInNewRegion } from '../../test/factories';
import { createSession } from '../../test/programme-factories';
import { bulkParticipants, createRegistration } from '../../test/registration-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const SUBMIT = `mutation ($sessionId: ID!, $rating: Int!, $comment: String) {
  submitEvaluation(sessionId: $sessionId, rating: $rating, comment: $comment) { rating comment } }`;
const SUMMARY = `query ($sessionId: ID!) { sessionEvaluation(sessionId: $sessionId) { responses released suppressed minimumResponses averageRating comments } }`;
const MISSING = '00000000-0000-4000-8000-000000000000';

let app: TestApp;
let staff: Client;

beforeAll(async () => {
  app = await startTestApp();
  staff = (await actAs(app, 'PROGRAMME_STAFF')).client;
});
afterAll(() => app.close());

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000);
const pastSession = () => createSession(app, { startsAt: hoursAgo(4), endsAt: hoursAgo(1) });
const evaluations = async () => app.owner.query<unknown>(`SELECT json_agg(e ORDER BY e.id) AS rows FROM evaluations e`);

describe('evaluations', () => {
  it('walks the ladder: anonymous, bad input, wrong role or not an attendee, then success once', async () => {
    const sessionId = await pastSession();
    const [attendee, absent, waitlisted] = await bulkParticipants(app, 3);
    await createRegistration(app, sessionId, attendee!.id, { attended: true });
    await createRegistration(app, sessionId, absent!.id, { attended: false });
    await createRegistration(app, sessionId, waitlisted!.id, { status: 'WAITLISTED' });
    const before = await evaluations();

    const anonymous = new Client(app);
    expect(await anonymous.errorCode(SUBMIT, { sessionId, rating: 4 })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(SUMMARY, { sessionId })).toBe('UNAUTHENTICATED');
    for (const rating of [0, 6]) {
      expect(await attendee!.client.errorCode(SUBMIT, { sessionId, rating }), String(rating)).toBe('BAD_USER_INPUT');
    }
    expect(await attendee!.client.errorCode(SUBMIT, { sessionId, rating: 4, comment: 'x'.repeat(2001) })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await attendee!.client.errorCode(SUBMIT, { sessionId: MISSING, rating: 4 })).toBe('NOT_FOUND');
    for (const role of ROLES.filter((r) => r !== 'PARTICIPANT' && r !== 'MUNICIPAL_COORDINATOR')) {
      const { client } = await actAs(app, role);
      expect(await client.errorCode(SUBMIT, { sessionId, rating: 4 }), role).toBe('FORBIDDEN');
    }
    for (const role of ROLES.filter((r) => r !== 'PROGRAMME_STAFF')) {
      const { client } = await actAs(app, role);
      expect(await client.errorCode(SUMMARY, { sessionId }), role).toBe('FORBIDDEN');
    }
    for (const notAttendee of [absent!, waitlisted!]) {
      const result = await notAttendee.client.gql(SUBMIT, { sessionId, rating: 4 });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_AN_ATTENDEE' });
    }
    const elsewhere = await actAsInNewRegion(app, 'PROGRAMME_STAFF');
    expect(await elsewhere.client.errorCode(SUMMARY, { sessionId })).toBe('NOT_FOUND');
    expect(await evaluations()).toEqual(before);

    expect(
      (
        await attendee!.client.ok<{ submitEvaluation: unknown }>(SUBMIT, {
          sessionId,
          rating: 4,
          comment: '  Nuttig  ',
        })
      ).submitEvaluation,
    ).toEqual({ rating: 4, comment: 'Nuttig' });
    const again = await attendee!.client.gql(SUBMIT, { sessionId, rating: 5 });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_EVALUATED' });
  });

  it('is only possible after the session ended', async () => {
    const running = await createSession(app, { startsAt: hoursAgo(1), endsAt: new Date(Date.now() + 3600_000) });
    const [p] = await bulkParticipants(app, 1);
    await createRegistration(app, running, p!.id, { attended: true });
    const result = await p!.client.gql(SUBMIT, { sessionId: running, rating: 3 });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SESSION_NOT_ENDED' });
  });

  it('refuses evaluations once the window has closed, and no longer offers them', async () => {
    const sessionId = await pastSession();
    const [late] = await bulkParticipants(app, 1);
    await createRegistration(app, sessionId, late!.id, { attended: true });
    await closeWindow(sessionId);
    const result = await late!.client.gql(SUBMIT, { sessionId, rating: 3 });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EVALUATION_CLOSED' });
    const { myRegistrations } = await late!.client.ok<{
      myRegistrations: { items: { viewerCan: { evaluate: boolean } }[] };
    }>(`query { myRegistrations(filter: { period: PAST }) { items { viewerCan { evaluate } } } }`);
    expect(myRegistrations.items.map((r) => r.viewerCan.evaluate)).toEqual([false]);
  });

  it('reading results after every response attributes no rating or comment to anyone', async () => {
    const sessionId = await pastSession();
    const people = await bulkParticipants(app, 6);
    for (const p of people) {
      await createRegistration(app, sessionId, p.id, { attended: true });
    }
    const answers = [
      { rating: 5, comment: 'Zeer leerzaam' },
      { rating: 2, comment: '' },
      { rating: 4, comment: 'Actueel' },
      { rating: 1, comment: 'Te lang' },
      { rating: 3, comment: 'Goede sprekers' },
    ];
    const readings: Summary[] = [await summary(sessionId)];
    for (const [i, answer] of answers.entries()) {
      await people[i]!.client.ok(SUBMIT, { sessionId, ...answer });
      readings.push(await summary(sessionId));
    }
    expect(attributions(readings)).toEqual([]);
    // While the window is open staff see how many answered, and nothing of what.
    for (const [i, reading] of readings.entries()) {
      expect(reading).toMatchObject({
        responses: i,
        released: false,
        suppressed: true,
        averageRating: null,
        comments: [],
      });
    }
    await closeWindow(sessionId);
    const released = await summary(sessionId);
    readings.push(released);
    expect(released).toMatchObject({
      responses: 5,
      released: true,
      suppressed: false,
      minimumResponses: 3,
      averageRating: 3,
    });
    expect([...released.comments].sort()).toEqual(['Actueel', 'Goede sprekers', 'Te lang', 'Zeer leerzaam']);
    // Too late for the sixth: the released result is final.
    expect((await people[5]!.client.gql(SUBMIT, { sessionId, rating: 5 })).errors?.[0]?.extensions?.reason).toBe(
      'EVALUATION_CLOSED',
    );
    expect(await summary(sessionId)).toMatchObject({ responses: 5, averageRating: 3 });
    expect(attributions(readings)).toEqual([]);
  });

  it('releases comments in random order, not in the order they came in', async () => {
    const sessionId = await pastSession();
    const people = await bulkParticipants(app, 4);
    for (const [i, p] of people.entries()) {
      await createRegistration(app, sessionId, p.id, { attended: true });
      await p.client.ok(SUBMIT, { sessionId, rating: 4, comment: `Opmerking ${i + 1}` });
    }
    await closeWindow(sessionId);
    const orders = new Set<string>();
    for (let i = 0; i < 20; i += 1) {
      orders.add((await summary(sessionId)).comments.join('|'));
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it("withholds results below the region's threshold k, not a fixed 3, and rounds averages to half points", async () => {
    const sessionId = await pastSession();
    const people = await bulkParticipants(app, 4);
    for (const [i, p] of people.entries()) {
      await createRegistration(app, sessionId, p.id, { attended: true });
      if (i < 3) {
        await p.client.ok(SUBMIT, { sessionId, rating: [5, 4, 4][i]!, comment: 'Prima' });
      }
    }
    await app.owner.query(`UPDATE regions SET disclosure_threshold = 4 WHERE name = 'Twente'`);
    try {
      await closeWindow(sessionId);
      expect(await summary(sessionId)).toMatchObject({
        responses: 3,
        released: true,
        suppressed: true,
        minimumResponses: 4,
        averageRating: null,
      });
      await app.owner.query(`UPDATE regions SET disclosure_threshold = 3 WHERE name = 'Twente'`);
      // 13 / 3 = 4.33: shown as 4.5, not 4.3.
      expect(await summary(sessionId)).toMatchObject({
        responses: 3,
        suppressed: false,
        minimumResponses: 3,
        averageRating: 4.5,
      });
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
  averageRating: number | null;
  comments: string[];
}

const summary = async (sessionId: string) =>
  (await staff.ok<{ sessionEvaluation: Summary }>(SUMMARY, { sessionId })).sessionEvaluation;

/** Moves the session (and with it its 14-day window) into the past, as time would. */
async function closeWindow(sessionId: string): Promise<void> {
  await app.owner.query(
    `UPDATE sessions SET starts_at = now() - interval '15 days 3 hours', ends_at = now() - interval '15 days',
            registration_deadline = now() - interval '15 days 3 hours' WHERE id = $1`,
    [sessionId],
  );
}

/**
 * The attacker: compares every two readings one response apart. A new comment between two readings
 * that both show comments is the newest respondent's; an average before and after one more response
 * pins that response's rating when only one rating 1–5 fits both (averages rounded to half points,
 * so each shown average stands for sums within a quarter point of it).
 */
function attributions(readings: Summary[]): string[] {
  const found: string[] = [];
  for (const [i, after] of readings.entries()) {
    const before = readings[i - 1];
    if (!before || after.responses !== before.responses + 1) {
      continue;
    }
    if (!before.suppressed && !after.suppressed) {
      const added = [...after.comments];
      for (const comment of before.comments) {
        added.splice(added.indexOf(comment), 1);
      }
      if (added.length === 1) {
        found.push(`response ${after.responses} wrote "${added[0]}"`);
      }
    }
    if (before.averageRating !== null && after.averageRating !== null) {
      const n = before.responses;
      const fits = (sum: number, count: number, shown: number) => Math.abs(sum / count - shown) <= 0.25;
      const ratings = [1, 2, 3, 4, 5].filter((rating) =>
        [...Array(4 * n + 1).keys()].some(
          (extra) => fits(n + extra, n, before.averageRating!) && fits(n + extra + rating, n + 1, after.averageRating!),
        ),
      );
      if (ratings.length === 1) {
        found.push(`response ${after.responses} rated ${ratings[0]}`);
      }
    }
  }
  return found;
}
