import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../test/programme-factories';
import { bulkParticipants } from '../test/registration-factories';
import { startTestApp, type TestApp } from '../test/test-app';
import { figure } from './figures';

const REGISTER = `mutation ($sessionId: ID!) { registerForSession(sessionId: $sessionId) { id status waitlistPosition } }`;
const ROUNDS = 5;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('drill: the overbooking race', () => {
  it(`200 concurrent registrations for 20 seats, ${ROUNDS} rounds: exactly 20 confirmed, the waitlist in arrival order`, async () => {
    let overbooked = 0;
    let outOfOrder = 0;
    let failed = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const sessionId = await createSession(app, { capacity: 20 });
      const participants = await bulkParticipants(app, 200, ['GM0141', 'GM0153', 'GM0164']);
      const answers = await Promise.all(
        participants.map((p) =>
          p.client.gql<{ registerForSession: { id: string; waitlistPosition: number | null } }>(REGISTER, {
            sessionId,
          }),
        ),
      );
      failed += answers.filter((a) => a.errors?.length).length;
      const rows = await app.owner.query<
        {
          id: string;
          status: string;
        }[]
      >(`SELECT id, status FROM registrations WHERE session_id = $1 ORDER BY arrival`, [sessionId]);
      const confirmed = rows.filter((r) => r.status === 'CONFIRMED').length;
      overbooked += Math.max(0, confirmed - 20);
      const expected = [...Array<string>(20).fill('CONFIRMED'), ...Array<string>(180).fill('WAITLISTED')];
      const position = new Map(rows.slice(20).map((r, i) => [r.id, i + 1]));
      const wrongPositions = answers.filter(
        (a) =>
          a.data && a.data.registerForSession.waitlistPosition !== (position.get(a.data.registerForSession.id) ?? null),
      );
      outOfOrder += rows.map((r) => r.status).join() === expected.join() && wrongPositions.length === 0 ? 0 : 1;
      figure(`overbooking round ${round + 1}: confirmed of 200 for 20 seats`, confirmed);
    }
    figure('overbooking: seats given beyond capacity', overbooked);
    figure('overbooking: rounds with the waitlist out of order', outOfOrder);
    figure('overbooking: registrations answered with an error', failed);
    expect({ overbooked, outOfOrder, failed }).toEqual({ overbooked: 0, outOfOrder: 0, failed: 0 });
  });
});
