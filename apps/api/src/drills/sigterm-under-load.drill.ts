import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../test/programme-factories';
import { bulkParticipants, type BulkParticipant } from '../test/registration-factories';
import { startAppProcess } from './app-process';
import { figure } from './figures';

const REGISTER = `mutation ($sessionId: ID!) { registerForSession(sessionId: $sessionId) { id } }`;
const IN_FLIGHT = 240;

let target: Awaited<ReturnType<typeof startAppProcess>>;
let participants: BulkParticipant[];
let sessionId: string;
beforeAll(async () => {
  target = await startAppProcess({ LOG_LEVEL: 'info' });
  sessionId = await createSession(target, { capacity: 500 });
  participants = await bulkParticipants(target, IN_FLIGHT, ['GM0141', 'GM0153', 'GM0164']);
});
afterAll(() => target.close());

describe('drill: SIGTERM under load', () => {
  it(`${IN_FLIGHT} registrations in flight, then SIGTERM: every one answered, none committed for a client told it failed`, async () => {
    const calls = participants.map((p) =>
      p.client
        .gql<{ registerForSession: { id: string } }>(REGISTER, { sessionId })
        .then((answer) => ({ user: p.id, answer })),
    );
    await new Promise((resolve) => setTimeout(resolve, 25));
    const exitCode = target.process.stop('SIGTERM');
    const outcomes = await Promise.allSettled(calls);
    const code = await exitCode;

    const cutOff = outcomes.filter((o) => o.status === 'rejected').length;
    const answered = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    const succeeded = new Set(answered.filter((a) => a.answer.data?.registerForSession).map((a) => a.user));
    const serverErrors = answered.filter((a) => a.answer.status >= 500).length;
    const committed = await target.owner.query<{ user_id: string }[]>(
      `SELECT user_id FROM registrations WHERE session_id = $1`,
      [sessionId],
    );
    const committedUnconfirmed = committed.filter((r) => !succeeded.has(r.user_id)).length;
    figure('sigterm: requests in flight', IN_FLIGHT);
    figure('sigterm: cut off (no HTTP answer)', cutOff);
    figure('sigterm: answered with a registration', succeeded.size);
    figure('sigterm: answered 5xx', serverErrors);
    figure('sigterm: committed while the client was told it failed', committedUnconfirmed);
    figure('sigterm: exit code', String(code));
    const log = target.process.output();
    expect({ cutOff, serverErrors, committedUnconfirmed, code }).toEqual({
      cutOff: 0,
      serverErrors: 0,
      committedUnconfirmed: 0,
      code: 0,
    });
    expect(log).not.toMatch(/"level":50/);
  });
});
