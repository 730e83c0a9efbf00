import { ROLES } from '@rode-draad/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import { actAs, actAsInNewRegion } from '../../test/factories';
import { createSession } from '../../test/programme-factories';
import { bulkParticipants, createRegistration } from '../../test/registration-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const SUBMIT = `mutation ($sessionId: ID!, $rating: Int!, $comment: String) {
  submitEvaluation(sessionId: $sessionId, rating: $rating, comment: $comment) { rating comment } }`;
const SUMMARY = `query ($sessionId: ID!) { sessionEvaluation(sessionId: $sessionId) { responses suppressed minimumResponses averageRating comments } }`;
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
const evaluations = async () => app.owner.query(`SELECT json_agg(e ORDER BY e.id) AS rows FROM evaluations e`);

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
    expect(await attendee!.client.errorCode(SUBMIT, { sessionId, rating: 4, comment: 'x'.repeat(2001) })).toBe('BAD_USER_INPUT');
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

    expect((await attendee!.client.ok<{ submitEvaluation: unknown }>(SUBMIT, { sessionId, rating: 4, comment: '  Nuttig  ' })).submitEvaluation).toEqual(
      { rating: 4, comment: 'Nuttig' },
    );
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

  it('staff see the average and comments only from three responses on, never who wrote them', async () => {
    const sessionId = await pastSession();
    const people = await bulkParticipants(app, 3);
    for (const p of people) {
      await createRegistration(app, sessionId, p.id, { attended: true });
    }
    const summary = async () => (await staff.ok<{ sessionEvaluation: Record<string, unknown> }>(SUMMARY, { sessionId })).sessionEvaluation;
    expect(await summary()).toEqual({ responses: 0, suppressed: true, minimumResponses: 3, averageRating: null, comments: [] });
    await people[0]!.client.ok(SUBMIT, { sessionId, rating: 5, comment: 'Zeer leerzaam' });
    await people[1]!.client.ok(SUBMIT, { sessionId, rating: 2 });
    expect(await summary()).toEqual({ responses: 2, suppressed: true, minimumResponses: 3, averageRating: null, comments: [] });
    await people[2]!.client.ok(SUBMIT, { sessionId, rating: 4, comment: 'Actueel' });
    // Comments in alphabetical order, not in the order they came in.
    expect(await summary()).toEqual({
      responses: 3,
      suppressed: false,
      minimumResponses: 3,
      averageRating: 3.7,
      comments: ['Actueel', 'Zeer leerzaam'],
    });
  });
});
