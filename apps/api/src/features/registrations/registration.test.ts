import { ROLES } from '@rode-draad/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import { actAs, actAsInNewRegion, createUser } from '../../test/factories';
import { createSession } from '../../test/programme-factories';
import { bulkParticipants, createRegistration } from '../../test/registration-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const REGISTRATION_FIELDS = `id status waitlistPosition attended participant { id name email } registeredBy { id }
  municipality { code } session { id } viewerCan { cancel evaluate }`;
const REGISTER = `mutation ($sessionId: ID!) { registerForSession(sessionId: $sessionId) { ${REGISTRATION_FIELDS} } }`;
const REGISTER_COLLEAGUE = `mutation ($sessionId: ID!, $userId: ID!) { registerColleague(sessionId: $sessionId, userId: $userId) { ${REGISTRATION_FIELDS} } }`;
const CANCEL = `mutation ($id: ID!) { cancelRegistration(registrationId: $id) { ${REGISTRATION_FIELDS} } }`;
const MINE = `query ($filter: MyRegistrationsFilter) { myRegistrations(filter: $filter) { total items { id status session { id } } } }`;
const OF_SESSION = `query ($sessionId: ID!) { sessionRegistrations(sessionId: $sessionId) { ${REGISTRATION_FIELDS} } }`;
const BY_MUNICIPALITY = `query ($sessionId: ID!) { registrationsByMunicipality(sessionId: $sessionId) {
  municipality { code } confirmed waitlisted cancelled attended } }`;
const ATTENDANCE = `mutation ($sessionId: ID!, $attendance: [AttendanceInput!]!) {
  recordAttendance(sessionId: $sessionId, attendance: $attendance) { id attended } }`;
const CSV = `query ($sessionId: ID!) { participantListCsv(sessionId: $sessionId) }`;
const SESSION = `query ($id: ID!) { session(id: $id) { id status version seatsTaken seatsLeft waitlistLength viewerCanRegister
  viewerRegistration { id status waitlistPosition } participants { name municipality { code } } } }`;
const UPDATE_SESSION = `mutation ($id: ID!, $input: SessionInput!, $expectedVersion: Int!) {
  updateSession(id: $id, input: $input, expectedVersion: $expectedVersion) { id status version } }`;
const CANCEL_SESSION = `mutation ($id: ID!, $expectedVersion: Int!) { cancelSession(id: $id, expectedVersion: $expectedVersion) { id status } }`;

interface RegistrationRow {
  id: string;
  status: 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED';
  waitlistPosition: number | null;
  attended: boolean | null;
  participant: { id: string; name: string; email: string };
  registeredBy: { id: string };
  municipality: { code: string };
  viewerCan: { cancel: boolean; evaluate: boolean };
}

const MISSING = '00000000-0000-4000-8000-000000000000';
let app: TestApp;
let staff: Client;

beforeAll(async () => {
  app = await startTestApp();
  staff = (await actAs(app, 'PROGRAMME_STAFF')).client;
});
afterAll(() => app.close());

const register = async (client: Client, sessionId: string) =>
  (await client.ok<{ registerForSession: RegistrationRow }>(REGISTER, { sessionId })).registerForSession;
const sessionRow = async (id: string) =>
  (
    await app.owner.query<
      {
        status: string;
        version: number;
      }[]
    >(`SELECT status, version, capacity FROM sessions WHERE id = $1`, [id])
  )[0]!;
/** Registrations of a session in arrival order, as the database recorded them. */
const byArrival = async (sessionId: string) =>
  await app.owner.query<{ id: string; user_id: string; municipality_id: string; status: string }[]>(
    `SELECT id, user_id, municipality_id, status FROM registrations WHERE session_id = $1 ORDER BY arrival`,
    [sessionId],
  );
const outbox = async (sessionId: string) =>
  await app.owner.query<{ kind: string; recipient_user_id: string; payload: Record<string, unknown> }[]>(
    `SELECT kind, recipient_user_id, payload FROM notification_outbox WHERE payload->>'sessionId' = $1 ORDER BY id`,
    [sessionId],
  );
/** Everything registering writes, to show that a refused call changed nothing. */
const dbState = async () =>
  app.owner.query<unknown>(`SELECT (SELECT json_agg(r ORDER BY r.arrival) FROM registrations r) AS registrations,
                          (SELECT json_agg(o ORDER BY o.id) FROM notification_outbox o) AS outbox,
                          (SELECT json_agg(s ORDER BY s.id) FROM sessions s) AS sessions`);
const past = (hours: number) => new Date(Date.now() - hours * 3600_000);

describe('the ladder', () => {
  it('anonymous visitors get UNAUTHENTICATED for every query and mutation', async () => {
    const sessionId = await createSession(app);
    const anonymous = new Client(app);
    expect(await anonymous.errorCode(REGISTER, { sessionId })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(REGISTER_COLLEAGUE, { sessionId, userId: MISSING })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(CANCEL, { id: MISSING })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(MINE)).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(OF_SESSION, { sessionId })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(BY_MUNICIPALITY, { sessionId })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(ATTENDANCE, { sessionId, attendance: [] })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(CSV, { sessionId })).toBe('UNAUTHENTICATED');
  });

  it('bad input and unknown ids are refused, and write nothing', async () => {
    const sessionId = await createSession(app, { startsAt: past(2), endsAt: past(1) });
    const { client } = await actAs(app, 'MUNICIPAL_COORDINATOR');
    const before = await dbState();
    expect(await client.errorCode(REGISTER, { sessionId: MISSING })).toBe('NOT_FOUND');
    expect(await client.errorCode(REGISTER, { sessionId: 'not-an-id' })).toBe('BAD_USER_INPUT');
    expect(await client.errorCode(REGISTER_COLLEAGUE, { sessionId, userId: 'x' })).toBe('BAD_USER_INPUT');
    expect(await client.errorCode(CANCEL, { id: MISSING })).toBe('NOT_FOUND');
    expect(await client.errorCode(MINE, { filter: { period: 'SOMETIME' } })).toBe('BAD_USER_INPUT');
    const attendance = await staff.gql(ATTENDANCE, {
      sessionId,
      attendance: [{ registrationId: 'nope', attended: true }],
    });
    expect(attendance.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const unknown = await staff.gql(ATTENDANCE, {
      sessionId,
      attendance: [{ registrationId: MISSING, attended: true }],
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'attendance.0.registrationId', reason: 'UNKNOWN_REGISTRATION' }],
    });
    expect(await staff.errorCode(ATTENDANCE, { sessionId, attendance: [] })).toBe('BAD_USER_INPUT');
    expect(await staff.errorCode(CSV, { sessionId: MISSING })).toBe('NOT_FOUND');
    expect(await dbState()).toEqual(before);
  });

  it('roles without the right get FORBIDDEN, and nothing changes', async () => {
    const sessionId = await createSession(app);
    const before = await dbState();
    for (const role of ROLES) {
      const { client } = await actAs(app, role);
      const municipal = role === 'PARTICIPANT' || role === 'MUNICIPAL_COORDINATOR';
      const staffRole = role === 'PROGRAMME_STAFF';
      if (!municipal) {
        expect(await client.errorCode(REGISTER, { sessionId }), role).toBe('FORBIDDEN');
        expect(await client.errorCode(MINE), role).toBe('FORBIDDEN');
      }
      if (role !== 'MUNICIPAL_COORDINATOR') {
        expect(await client.errorCode(REGISTER_COLLEAGUE, { sessionId, userId: MISSING }), role).toBe('FORBIDDEN');
      }
      if (!municipal && !staffRole) {
        expect(await client.errorCode(CANCEL, { id: MISSING }), role).toBe('FORBIDDEN');
      }
      if (!staffRole) {
        expect(await client.errorCode(BY_MUNICIPALITY, { sessionId }), role).toBe('FORBIDDEN');
        expect(
          await client.errorCode(ATTENDANCE, { sessionId, attendance: [{ registrationId: MISSING, attended: true }] }),
          role,
        ).toBe('FORBIDDEN');
        expect(await client.errorCode(CSV, { sessionId }), role).toBe('FORBIDDEN');
      }
      if (!staffRole && role !== 'MUNICIPAL_COORDINATOR') {
        expect(await client.errorCode(OF_SESSION, { sessionId }), role).toBe('FORBIDDEN');
      }
    }
    expect(await dbState()).toEqual(before);
  });

  it('another municipality or region is answered as if the record did not exist', async () => {
    const sessionId = await createSession(app);
    const almelo = await actAs(app, 'PARTICIPANT', { municipality: 'GM0141' });
    const registration = await register(almelo.client, sessionId);
    const hengeloCoordinator = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0164' });
    const otherParticipant = await actAs(app, 'PARTICIPANT', { municipality: 'GM0141' });
    const before = await dbState();
    // Another municipality's colleague, a disabled colleague, a non-municipal account: NOT_FOUND like a missing user.
    const disabled = await createUser(app, 'PARTICIPANT', { municipality: 'GM0164', disabled: true });
    const analyst = await createUser(app, 'RIEC_ANALYST');
    for (const userId of [almelo.user.id, disabled.id, analyst.id, MISSING]) {
      expect(await hengeloCoordinator.client.errorCode(REGISTER_COLLEAGUE, { sessionId, userId })).toBe('NOT_FOUND');
    }
    expect(await hengeloCoordinator.client.errorCode(CANCEL, { id: registration.id })).toBe('NOT_FOUND');
    expect(await otherParticipant.client.errorCode(CANCEL, { id: registration.id })).toBe('NOT_FOUND');
    expect(
      (await hengeloCoordinator.client.ok<{ sessionRegistrations: unknown[] }>(OF_SESSION, { sessionId }))
        .sessionRegistrations,
    ).toEqual([]);
    const elsewhere = await actAsInNewRegion(app, 'PROGRAMME_STAFF');
    expect(await elsewhere.client.errorCode(CANCEL, { id: registration.id })).toBe('NOT_FOUND');
    expect(await elsewhere.client.errorCode(OF_SESSION, { sessionId })).toBe('NOT_FOUND');
    expect(await elsewhere.client.errorCode(CSV, { sessionId })).toBe('NOT_FOUND');
    expect(await dbState()).toEqual(before);
  });

  it('participants register and cancel themselves; coordinators register and cancel colleagues; staff cancel anyone', async () => {
    const sessionId = await createSession(app, { capacity: 2 });
    const coordinator = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' });
    const colleague = await actAs(app, 'PARTICIPANT', { municipality: 'GM0153' });
    const own = await register(coordinator.client, sessionId);
    expect(own).toMatchObject({ status: 'CONFIRMED', waitlistPosition: null, municipality: { code: 'GM0153' } });
    const forColleague = (
      await coordinator.client.ok<{ registerColleague: RegistrationRow }>(REGISTER_COLLEAGUE, {
        sessionId,
        userId: colleague.user.id,
      })
    ).registerColleague;
    expect(forColleague).toMatchObject({
      status: 'CONFIRMED',
      participant: { id: colleague.user.id },
      registeredBy: { id: coordinator.user.id },
      viewerCan: { cancel: true, evaluate: false },
    });
    expect(await sessionRow(sessionId)).toMatchObject({ status: 'FULL' });
    expect(await colleague.client.errorCode(REGISTER, { sessionId })).toBe('CONFLICT');
    const third = await actAs(app, 'PARTICIPANT', { municipality: 'GM0141' });
    expect(await register(third.client, sessionId)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    const mine = (await colleague.client.ok<{ myRegistrations: { total: number; items: { id: string }[] } }>(MINE))
      .myRegistrations;
    expect(mine.items.map((r) => r.id)).toEqual([forColleague.id]);

    // The coordinator cancels the colleague's seat: the waitlist moves up, the colleague is told.
    expect(
      (await coordinator.client.ok<{ cancelRegistration: RegistrationRow }>(CANCEL, { id: forColleague.id }))
        .cancelRegistration,
    ).toMatchObject({
      status: 'CANCELLED',
      viewerCan: { cancel: false },
    });
    expect(await coordinator.client.errorCode(CANCEL, { id: forColleague.id })).toBe('CONFLICT');
    const { session } = await third.client.ok<{ session: { viewerRegistration: { status: string } } }>(SESSION, {
      id: sessionId,
    });
    expect(session.viewerRegistration.status).toBe('CONFIRMED');
    const events = await outbox(sessionId);
    expect(events.map((e) => [e.kind, e.recipient_user_id])).toEqual([
      ['REGISTERED', coordinator.user.id],
      ['REGISTERED', colleague.user.id],
      ['WAITLISTED', third.user.id],
      ['CANCELLED_BY_STAFF', colleague.user.id],
      ['PROMOTED', third.user.id],
    ]);
    expect(events[1]!.payload).toMatchObject({ registeredBy: coordinator.user.id });
    expect(events[3]!.payload).toMatchObject({ cause: 'REGISTRATION_CANCELLED', cancelledBy: coordinator.user.id });

    // Staff cancel anyone's; the participant cancels their own (no "cancelled by staff" for that).
    await staff.ok(CANCEL, { id: own.id });
    const thirdRegistration = (await byArrival(sessionId)).find((r) => r.user_id === third.user.id)!;
    await third.client.ok(CANCEL, { id: thirdRegistration.id });
    expect((await outbox(sessionId)).slice(5).map((e) => [e.kind, e.recipient_user_id])).toEqual([
      ['CANCELLED_BY_STAFF', coordinator.user.id],
    ]);
    expect(await sessionRow(sessionId)).toMatchObject({ status: 'OPEN' });
    // After a cancellation one may register again, at the back of the line.
    expect(await register(colleague.client, sessionId)).toMatchObject({ status: 'CONFIRMED' });
  });
});

describe('when registration is open', () => {
  it('closes at the deadline and for draft, cancelled and completed sessions', async () => {
    const { client } = await actAs(app, 'PARTICIPANT');
    const deadlinePassed = await createSession(app);
    await app.owner.query(`UPDATE sessions SET registration_deadline = now() - interval '1 minute' WHERE id = $1`, [
      deadlinePassed,
    ]);
    const ids = [deadlinePassed];
    for (const status of ['DRAFT', 'CANCELLED', 'COMPLETED']) {
      ids.push(await createSession(app, { status }));
    }
    const before = await dbState();
    for (const sessionId of ids) {
      const result = await client.gql(REGISTER, { sessionId });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REGISTRATION_CLOSED' });
      const { session } = await client.ok<{ session: { viewerCanRegister: boolean } }>(SESSION, { id: sessionId });
      expect(session.viewerCanRegister).toBe(false);
    }
    expect(await dbState()).toEqual(before);
    const open = await createSession(app);
    expect(
      (await client.ok<{ session: { viewerCanRegister: boolean } }>(SESSION, { id: open })).session.viewerCanRegister,
    ).toBe(true);
    await register(client, open);
    expect(
      (await client.ok<{ session: { viewerCanRegister: boolean } }>(SESSION, { id: open })).session.viewerCanRegister,
    ).toBe(false);
  });
});

describe('capacity under concurrency', () => {
  const ROUNDS = 3;

  it(`200 simultaneous registrations for 20 seats: 20 confirmed, 180 waitlisted in arrival order (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const sessionId = await createSession(app, { capacity: 20 });
      const participants = await bulkParticipants(app, 200, ['GM0141', 'GM0153', 'GM0164']);
      const results = await Promise.all(
        participants.map((p) => p.client.ok<{ registerForSession: RegistrationRow }>(REGISTER, { sessionId })),
      );
      const rows = await byArrival(sessionId);
      expect(rows).toHaveLength(200);
      expect(rows.filter((r) => r.status === 'CONFIRMED')).toHaveLength(20);
      // Arrival order: the first 20 to get the session's lock have the seats, the rest queue in that order.
      expect(rows.map((r) => r.status)).toEqual([
        ...Array<string>(20).fill('CONFIRMED'),
        ...Array<string>(180).fill('WAITLISTED'),
      ]);
      const position = new Map(rows.slice(20).map((r, i) => [r.id, i + 1]));
      for (const { registerForSession: r } of results) {
        expect(r.waitlistPosition).toBe(position.get(r.id) ?? null);
      }
      expect(await sessionRow(sessionId)).toMatchObject({ status: 'FULL' });
      const events = await outbox(sessionId);
      expect(events.filter((e) => e.kind === 'REGISTERED')).toHaveLength(20);
      expect(events.filter((e) => e.kind === 'WAITLISTED').map((e) => e.payload.waitlistPosition)).toEqual(
        Array.from({ length: 180 }, (_, i) => i + 1),
      );
    }
  });

  it(`respects the per-municipality maximum under the same load (${ROUNDS} rounds)`, async () => {
    const codes = ['GM0141', 'GM0147', 'GM1774', 'GM0153', 'GM0158'];
    for (let round = 0; round < ROUNDS; round += 1) {
      const sessionId = await createSession(app, { capacity: 20, maxPerMunicipality: 3 });
      const participants = await bulkParticipants(app, 200, codes);
      await Promise.all(participants.map((p) => p.client.ok(REGISTER, { sessionId })));
      const rows = await byArrival(sessionId);
      // Replaying the arrival order must give exactly the statuses the database holds.
      const taken = new Map<string, number>();
      const expected = rows.map((r) => {
        const here = taken.get(r.municipality_id) ?? 0;
        if (here >= 3) {
          return 'WAITLISTED';
        }
        taken.set(r.municipality_id, here + 1);
        return 'CONFIRMED';
      });
      expect(rows.map((r) => r.status)).toEqual(expected);
      expect(rows.filter((r) => r.status === 'CONFIRMED')).toHaveLength(15);
      expect(await sessionRow(sessionId)).toMatchObject({ status: 'OPEN' });
    }
  });

  it('simultaneous cancellations of N confirmed registrations promote exactly N, first come first served', async () => {
    for (const maxPerMunicipality of [null, 5]) {
      const sessionId = await createSession(app, { capacity: 20, maxPerMunicipality });
      const participants = await bulkParticipants(app, 60, [
        'GM0141',
        'GM0153',
        'GM0164',
        'GM0168',
        'GM0173',
        'GM1700',
      ]);
      const byUser = new Map(participants.map((p) => [p.id, p]));
      for (const p of participants) {
        await p.client.ok(REGISTER, { sessionId });
      }
      const before = await byArrival(sessionId);
      const confirmed = before.filter((r) => r.status === 'CONFIRMED');
      const cancelled = confirmed.slice(0, 8);
      await Promise.all(cancelled.map((r) => byUser.get(r.user_id)!.client.ok(CANCEL, { id: r.id })));
      const after = await byArrival(sessionId);
      const promoted = after.filter(
        (r) => r.status === 'CONFIRMED' && before.find((b) => b.id === r.id)!.status === 'WAITLISTED',
      );
      expect(promoted).toHaveLength(8);
      expect(after.filter((r) => r.status === 'CONFIRMED')).toHaveLength(20);
      const perMunicipality = new Map<string, number>();
      for (const r of after.filter((x) => x.status === 'CONFIRMED')) {
        perMunicipality.set(r.municipality_id, (perMunicipality.get(r.municipality_id) ?? 0) + 1);
      }
      expect(Math.max(...perMunicipality.values())).toBeLessThanOrEqual(maxPerMunicipality ?? 20);
      if (maxPerMunicipality === null) {
        expect(promoted.map((r) => r.id)).toEqual(
          before
            .filter((r) => r.status === 'WAITLISTED')
            .slice(0, 8)
            .map((r) => r.id),
        );
      }
      expect((await outbox(sessionId)).filter((e) => e.kind === 'PROMOTED')).toHaveLength(8);
    }
  });

  it('the database itself refuses a confirmed seat beyond capacity, whatever code writes it', async () => {
    const sessionId = await createSession(app, { capacity: 1 });
    const [a, b] = await bulkParticipants(app, 2);
    await createRegistration(app, sessionId, a!.id);
    await expect(createRegistration(app, sessionId, b!.id)).rejects.toThrow(/full/);
    const waiting = await createRegistration(app, sessionId, b!.id, { status: 'WAITLISTED' });
    await expect(
      app.owner.query(`UPDATE registrations SET status = 'CONFIRMED' WHERE id = $1`, [waiting]),
    ).rejects.toThrow(/full/);
  });
});

describe('the outbox', () => {
  it('is written in the same transaction: a registration that fails leaves neither registration nor event', async () => {
    const sessionId = await createSession(app, { capacity: 1 });
    const [first, second] = await bulkParticipants(app, 2);
    // Make the statement after the outbox insert fail: the session turning FULL.
    await app.owner.query(`
      CREATE FUNCTION test_refuse_full() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused for the test'; END $$`);
    await app.owner.query(`CREATE TRIGGER test_refuse_full BEFORE UPDATE ON sessions FOR EACH ROW
      WHEN (NEW.id = '${sessionId}' AND NEW.status = 'FULL') EXECUTE FUNCTION test_refuse_full()`);
    try {
      expect(await first!.client.errorCode(REGISTER, { sessionId })).toBe('INTERNAL_SERVER_ERROR');
      expect(await byArrival(sessionId)).toEqual([]);
      expect(await outbox(sessionId)).toEqual([]);
    } finally {
      await app.owner.query(`DROP TRIGGER test_refuse_full ON sessions; DROP FUNCTION test_refuse_full()`);
    }
    await register(first!.client, sessionId);
    expect(await second!.client.errorCode(REGISTER, { sessionId: MISSING })).toBe('NOT_FOUND');
    expect((await outbox(sessionId)).map((e) => [e.kind, e.recipient_user_id])).toEqual([['REGISTERED', first!.id]]);
  });

  it('staff cancelling a session tells every registrant; changing time or place tells them too; seats follow capacity', async () => {
    const sessionId = await createSession(app, { capacity: 2 });
    const people = await bulkParticipants(app, 4);
    for (const p of people) {
      await register(p.client, sessionId);
    }
    const start = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 5, 1, 9));
    const input = {
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3600_000).toISOString(),
      capacity: 1,
      onlineUrl: 'https://meet.example/sessie',
      status: 'OPEN',
    };
    let { version } = await sessionRow(sessionId);
    const refused = await staff.gql(UPDATE_SESSION, { id: sessionId, input, expectedVersion: version });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'capacity', reason: 'BELOW_CONFIRMED' }],
    });
    const updated = (
      await staff.ok<{ updateSession: { status: string; version: number } }>(UPDATE_SESSION, {
        id: sessionId,
        input: { ...input, capacity: 3 },
        expectedVersion: version,
      })
    ).updateSession;
    // The new seat went to the first on the waitlist; the session is full again.
    expect(updated.status).toBe('FULL');
    const rows = await byArrival(sessionId);
    expect(rows.map((r) => r.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'WAITLISTED']);
    const changed = (await outbox(sessionId)).filter((e) => e.kind === 'SESSION_CHANGED');
    expect(changed.map((e) => e.recipient_user_id)).toEqual(people.map((p) => p.id));
    expect(changed[0]!.payload).toMatchObject({
      current: { startsAt: input.startsAt, onlineUrl: 'https://meet.example/sessie' },
    });
    expect((await outbox(sessionId)).filter((e) => e.kind === 'PROMOTED').map((e) => e.recipient_user_id)).toEqual([
      people[2]!.id,
    ]);

    version = updated.version;
    await staff.ok(CANCEL_SESSION, { id: sessionId, expectedVersion: version });
    const cancelled = (await outbox(sessionId)).filter((e) => e.kind === 'CANCELLED_BY_STAFF');
    expect(cancelled.map((e) => [e.recipient_user_id, e.payload.cause])).toEqual(
      people.map((p) => [p.id, 'SESSION_CANCELLED']),
    );
    // Registrations stay (calendar feeds show the cancelled session); no more seats move.
    expect((await byArrival(sessionId)).map((r) => r.status)).toEqual([
      'CONFIRMED',
      'CONFIRMED',
      'CONFIRMED',
      'WAITLISTED',
    ]);
  });
});

describe('what each viewer sees', () => {
  it('seat counts on the session list cost a fixed number of statements', async () => {
    const viewer = await actAs(app, 'PARTICIPANT');
    const first = await createSession(app);
    await app.owner.query(`UPDATE sessions SET show_participant_names = true WHERE id = $1`, [first]);
    const activityId = (
      await app.owner.query<{ activity_id: string }[]>(`SELECT activity_id FROM sessions WHERE id = $1`, [first])
    )[0]!.activity_id;
    const query = `query ($activityId: ID!) { sessions(filter: { activityId: $activityId }) { items {
      id seatsTaken seatsLeft waitlistLength viewerCanRegister viewerRegistration { id } participants { name } } } }`;
    const count = async () => {
      app.statements.reset();
      await viewer.client.ok(query, { activityId });
      return app.statements.count;
    };
    // The login session; the viewer transaction (begin, its setting, the page with its seats and the
    // viewer's registrations, commit); the participants' names, which only some sessions show.
    const base = await count();
    expect(base).toBe(6);
    for (let i = 0; i < 5; i += 1) {
      const id = await createSession(app, { activityId, startsAt: new Date(Date.UTC(2031, 0, 1 + i, 9)) });
      await app.owner.query(`UPDATE sessions SET show_participant_names = true WHERE id = $1`, [id]);
      await register((await bulkParticipants(app, 1))[0]!.client, id);
    }
    expect(await count()).toBe(base);
  });

  it('participant names are shown only when the session allows it; counts always', async () => {
    const sessionId = await createSession(app, { capacity: 1 });
    const [a, b] = await bulkParticipants(app, 2, ['GM0141', 'GM0153']);
    await register(a!.client, sessionId);
    await register(b!.client, sessionId);
    const read = async (client: Client) =>
      (
        await client.ok<{
          session: { seatsTaken: number; seatsLeft: number; waitlistLength: number; participants: unknown };
        }>(SESSION, {
          id: sessionId,
        })
      ).session;
    expect(await read(b!.client)).toMatchObject({ seatsTaken: 1, seatsLeft: 0, waitlistLength: 1, participants: null });
    await app.owner.query(`UPDATE sessions SET show_participant_names = true WHERE id = $1`, [sessionId]);
    const names = (await read(b!.client)).participants as { name: string; municipality: { code: string } }[];
    expect(names).toHaveLength(1);
    expect(names[0]!.municipality.code).toBe('GM0141');
  });

  it('staff see all registrations and counts per municipality; coordinators only their own', async () => {
    const sessionId = await createSession(app, { capacity: 3 });
    const people = await bulkParticipants(app, 4, ['GM0141', 'GM0153']);
    for (const p of people) {
      await register(p.client, sessionId);
    }
    const all = (await staff.ok<{ sessionRegistrations: RegistrationRow[] }>(OF_SESSION, { sessionId }))
      .sessionRegistrations;
    expect(all.map((r) => r.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'WAITLISTED']);
    const coordinator = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' });
    const own = (await coordinator.client.ok<{ sessionRegistrations: RegistrationRow[] }>(OF_SESSION, { sessionId }))
      .sessionRegistrations;
    expect(own.map((r) => r.municipality.code)).toEqual(['GM0153', 'GM0153']);
    const counts = (await staff.ok<{ registrationsByMunicipality: unknown[] }>(BY_MUNICIPALITY, { sessionId }))
      .registrationsByMunicipality;
    expect(counts).toEqual([
      { municipality: { code: 'GM0141' }, confirmed: 2, waitlisted: 0, cancelled: 0, attended: 0 },
      { municipality: { code: 'GM0153' }, confirmed: 1, waitlisted: 1, cancelled: 0, attended: 0 },
    ]);
  });
});

describe('attendance and the participant list', () => {
  it('staff record attendance of confirmed registrations once the session has started', async () => {
    const future = await createSession(app);
    const [p] = await bulkParticipants(app, 1);
    const registration = await register(p!.client, future);
    const early = await staff.gql(ATTENDANCE, {
      sessionId: future,
      attendance: [{ registrationId: registration.id, attended: true }],
    });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SESSION_NOT_STARTED' });

    const sessionId = await createSession(app, { startsAt: past(3), endsAt: past(1) });
    const people = await bulkParticipants(app, 3);
    const [r1, r2] = [
      await createRegistration(app, sessionId, people[0]!.id),
      await createRegistration(app, sessionId, people[1]!.id),
    ];
    const waiting = await createRegistration(app, sessionId, people[2]!.id, { status: 'WAITLISTED' });
    const attendanceOf = async () =>
      (
        await staff.ok<{ session: { attendance: number | null } }>(
          `query ($id: ID!) { session(id: $id) { attendance } }`,
          { id: sessionId },
        )
      ).session.attendance;
    expect(await attendanceOf()).toBeNull();
    const refused = await staff.gql(ATTENDANCE, {
      sessionId,
      attendance: [
        { registrationId: r1, attended: true },
        { registrationId: waiting, attended: true },
        { registrationId: r1, attended: false },
      ],
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'attendance.1.registrationId', reason: 'NOT_CONFIRMED' },
        { field: 'attendance.2.registrationId', reason: 'DUPLICATE' },
      ],
    });
    const marked = (
      await staff.ok<{ recordAttendance: { id: string; attended: boolean }[] }>(ATTENDANCE, {
        sessionId,
        attendance: [
          { registrationId: r1, attended: true },
          { registrationId: r2, attended: false },
        ],
      })
    ).recordAttendance;
    expect(new Map(marked.map((r) => [r.id, r.attended]))).toEqual(
      new Map([
        [r1, true],
        [r2, false],
      ]),
    );
    expect(await attendanceOf()).toBe(1);
    expect(await people[0]!.client.errorCode(CANCEL, { id: r1 })).toBe('CONFLICT');
  });

  it('exports a CSV with BOM and semicolons, safe against formula injection', async () => {
    const sessionId = await createSession(app, { capacity: 2 });
    const people = await bulkParticipants(app, 3, ['GM0141', 'GM0153']);
    const names = ['=HYPERLINK("http://evil.example","klik")', 'Anna; de "Vries"', '@SUM(A1)'];
    for (const [i, p] of people.entries()) {
      await app.owner.query(`UPDATE users SET name = $2 WHERE id = $1`, [p.id, names[i]]);
      await register(p.client, sessionId);
    }
    await app.owner.query(`UPDATE registrations SET attended = true WHERE session_id = $1 AND user_id = $2`, [
      sessionId,
      people[1]!.id,
    ]);
    const csv = (await staff.ok<{ participantListCsv: string }>(CSV, { sessionId })).participantListCsv;
    expect(csv.startsWith('\uFEFFNaam;E-mail;Gemeente;Status;Aanwezig\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    const emails = (
      await app.owner.query<
        {
          id: string;
          email: string;
        }[]
      >(`SELECT id, email FROM users WHERE id = ANY($1::uuid[])`, [people.map((p) => p.id)])
    ).reduce((m, r) => m.set(r.id, r.email), new Map<string, string>());
    // Confirmed first (by name, in the database's collation), then the waitlist.
    expect(lines.slice(1, 3).sort()).toEqual(
      [
        `"Anna; de ""Vries""";${emails.get(people[1]!.id)};Enschede;Ingeschreven;ja`,
        `"'=HYPERLINK(""http://evil.example"",""klik"")";${emails.get(people[0]!.id)};Almelo;Ingeschreven;`,
      ].sort(),
    );
    expect(lines[3]).toBe(`"'@SUM(A1)";${emails.get(people[2]!.id)};Almelo;Wachtlijst;`);
  });
});
