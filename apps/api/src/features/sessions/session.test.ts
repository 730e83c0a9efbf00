import { ROLES } from '@rode-draad/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import { actAs, actAsInNewRegion, municipalityId } from '../../test/factories';
import { createActivity, createFacilitator, createSession, createVenue } from '../../test/programme-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const SESSION_FIELDS = `id seriesId startsAt endsAt timeZone onlineUrl capacity registrationDeadline maxPerMunicipality status
  showParticipantNames version sequence venue { id name } hostMunicipality { code } facilitators { id name email }
  activity { id title } themes { id } viewerCan { edit cancel }`;
const PLAN = `mutation Plan($activityId: ID!, $input: PlanSessionsInput!) {
  planSessions(activityId: $activityId, input: $input) { ${SESSION_FIELDS} } }`;
const UPDATE = `mutation Update($id: ID!, $input: SessionInput!, $expectedVersion: Int!) {
  updateSession(id: $id, input: $input, expectedVersion: $expectedVersion) { ${SESSION_FIELDS} } }`;
const CANCEL = `mutation Cancel($id: ID!, $expectedVersion: Int!) { cancelSession(id: $id, expectedVersion: $expectedVersion) { id status version sequence } }`;
const SESSIONS = `query Sessions($filter: SessionFilter, $page: PageInput) { sessions(filter: $filter, page: $page) { total items { ${SESSION_FIELDS} } } }`;
const SESSION = `query Session($id: ID!) { session(id: $id) { ${SESSION_FIELDS} } }`;
const OVERLAPS = `query Overlaps($input: OverlapQuery!) { overlappingSessions(input: $input) { sharedAudiences session { id } } }`;
const VENUES = `{ venues { id name room } }`;
const CREATE_VENUE = `mutation ($input: VenueInput!) { createVenue(input: $input) { id name address room } }`;
const FACILITATORS = `{ facilitators { id name email } }`;
const CREATE_FACILITATOR = `mutation ($input: FacilitatorInput!) { createFacilitator(input: $input) { id name organisation email } }`;

interface SessionRow {
  id: string;
  seriesId: string | null;
  startsAt: string;
  endsAt: string;
  status: string;
  version: number;
  sequence: number;
  capacity: number;
  venue: { id: string; name: string } | null;
  facilitators: { id: string; name: string; email: string | null }[];
  activity: { id: string; title: string };
  themes: { id: string }[];
  viewerCan: { edit: boolean; cancel: boolean };
}

let app: TestApp;
let staff: Client;
let almelo: string;

beforeAll(async () => {
  app = await startTestApp();
  staff = (await actAs(app, 'PROGRAMME_STAFF')).client;
  almelo = await municipalityId(app, 'GM0141');
});
afterAll(() => app.close());

/** A distinct day per call, so tests never clash with each other by accident. */
let dayCounter = 0;
const day = (hour = 9) => new Date(Date.UTC(2030, 0, 1 + (dayCounter += 1), hour));
const at = (base: Date, hours: number) => new Date(base.getTime() + hours * 3600_000).toISOString();
const session = (start: Date, overrides: Record<string, unknown> = {}) => ({
  startsAt: start.toISOString(),
  endsAt: at(start, 3),
  registrationDeadline: at(start, -48),
  capacity: 20,
  onlineUrl: 'https://meet.example/sessie',
  hostMunicipalityId: almelo,
  ...overrides,
});
const plan = async (activityId: string, sessions: Record<string, unknown>[], client = staff) =>
  (await client.ok<{ planSessions: SessionRow[] }>(PLAN, { activityId, input: { sessions } })).planSessions;
/** Everything planning writes, to show that a refused call changed nothing. */
const dbState = async () =>
  app.owner.query<unknown>(`SELECT (SELECT json_agg(s ORDER BY s.id) FROM sessions s) AS sessions,
                          (SELECT json_agg(f ORDER BY f.session_id, f.facilitator_id) FROM session_facilitators f) AS facilitators`);

describe('the ladder', () => {
  it('anonymous visitors get UNAUTHENTICATED for every query and mutation', async () => {
    const activityId = await createActivity(app);
    const id = await createSession(app, { activityId });
    const anonymous = new Client(app);
    const overlap = { activityId, startsAt: day().toISOString(), endsAt: at(day(), 1) };
    expect(await anonymous.errorCode(SESSIONS)).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(SESSION, { id })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(OVERLAPS, { input: overlap })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(PLAN, { activityId, input: { sessions: [session(day())] } })).toBe(
      'UNAUTHENTICATED',
    );
    expect(await anonymous.errorCode(UPDATE, { id, input: session(day()), expectedVersion: 1 })).toBe(
      'UNAUTHENTICATED',
    );
    expect(await anonymous.errorCode(CANCEL, { id, expectedVersion: 1 })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(VENUES)).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(CREATE_VENUE, { input: { name: 'X' } })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(FACILITATORS)).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(CREATE_FACILITATOR, { input: { name: 'X' } })).toBe('UNAUTHENTICATED');
  });

  it('bad input gets BAD_USER_INPUT with the field path of the session, and writes nothing', async () => {
    const activityId = await createActivity(app);
    const id = await createSession(app, { activityId });
    const before = await dbState();
    const start = day();
    const missing = '00000000-0000-4000-8000-000000000000';
    const cases: [Record<string, unknown>, string, string][] = [
      [{ endsAt: at(start, -1) }, 'endsAt', 'ENDS_BEFORE_START'],
      [{ endsAt: start.toISOString() }, 'endsAt', 'ENDS_BEFORE_START'],
      [{ capacity: 0 }, 'capacity', 'min'],
      [{ capacity: -5 }, 'capacity', 'min'],
      [{ registrationDeadline: at(start, 1) }, 'registrationDeadline', 'DEADLINE_AFTER_START'],
      [{ onlineUrl: null }, 'venueId', 'PLACE_REQUIRED'],
      [{ onlineUrl: 'javascript:alert(1)' }, 'onlineUrl', 'isUrl'],
      [{ venueId: missing }, 'venueId', 'UNKNOWN_VENUE'],
      [{ hostMunicipalityId: missing }, 'hostMunicipalityId', 'UNKNOWN_MUNICIPALITY'],
      [{ facilitatorIds: [missing] }, 'facilitatorIds', 'UNKNOWN_FACILITATOR'],
      [{ maxPerMunicipality: 21 }, 'maxPerMunicipality', 'EXCEEDS_CAPACITY'],
      [{ status: 'CANCELLED' }, 'status', 'isIn'],
    ];
    for (const [overrides, field, reason] of cases) {
      // The bad session is the second of a series: its path names it, and the good first one is not saved either.
      const planned = await staff.gql(PLAN, {
        activityId,
        input: { sessions: [session(day()), session(start, overrides)] },
      });
      expect(planned.errors?.[0]?.extensions, `${field} ${reason}`).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: expect.arrayContaining([{ field: `sessions.1.${field}`, reason }]),
      });
      const updated = await staff.gql(UPDATE, { id, input: session(start, overrides), expectedVersion: 1 });
      expect(updated.errors?.[0]?.extensions, `update ${field} ${reason}`).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: expect.arrayContaining([{ field, reason }]),
      });
    }
    expect(await staff.errorCode(PLAN, { activityId, input: { sessions: [] } })).toBe('BAD_USER_INPUT');
    expect(await staff.errorCode(PLAN, { activityId: missing, input: { sessions: [session(day())] } })).toBe(
      'NOT_FOUND',
    );
    expect(await dbState()).toEqual(before);
  });

  it('every other role gets FORBIDDEN for every mutation, and nothing changes', async () => {
    const activityId = await createActivity(app);
    const id = await createSession(app, { activityId });
    const before = await dbState();
    for (const role of ROLES.filter((r) => r !== 'PROGRAMME_STAFF')) {
      const { client } = await actAs(app, role);
      expect(await client.errorCode(PLAN, { activityId, input: { sessions: [session(day())] } }), role).toBe(
        'FORBIDDEN',
      );
      expect(await client.errorCode(UPDATE, { id, input: session(day()), expectedVersion: 1 }), role).toBe('FORBIDDEN');
      expect(await client.errorCode(CANCEL, { id, expectedVersion: 1 }), role).toBe('FORBIDDEN');
      expect(await client.errorCode(CREATE_VENUE, { input: { name: 'X' } }), role).toBe('FORBIDDEN');
      expect(await client.errorCode(CREATE_FACILITATOR, { input: { name: 'X' } }), role).toBe('FORBIDDEN');
      expect(
        await client.errorCode(OVERLAPS, {
          input: { activityId, startsAt: day().toISOString(), endsAt: at(day(), 1) },
        }),
        role,
      ).toBe('FORBIDDEN');
    }
    expect(await dbState()).toEqual(before);
  });

  it('staff plan a series in one go; every role of the region reads it; another region sees nothing', async () => {
    const activityId = await createActivity(app, { title: 'Masterclass Bibob' });
    const venue = (
      await staff.ok<{ createVenue: { id: string } }>(CREATE_VENUE, {
        input: { name: 'Stadhuis Almelo', room: 'Raadzaal' },
      })
    ).createVenue;
    const person = (
      await staff.ok<{ createFacilitator: { id: string; email: string } }>(CREATE_FACILITATOR, {
        input: { name: 'Anna de Vries', organisation: 'RIEC', email: 'Anna@Example.org' },
      })
    ).createFacilitator;
    expect(person.email).toBe('anna@example.org');
    const starts = [day(), day(), day()];
    const series = await plan(
      activityId,
      starts.map((start) =>
        session(start, { venueId: venue.id, onlineUrl: null, facilitatorIds: [person.id], status: 'OPEN' }),
      ),
    );
    expect(series).toHaveLength(3);
    expect(new Set(series.map((s) => s.seriesId)).size).toBe(1);
    expect(series[0]).toMatchObject({
      startsAt: starts[0]!.toISOString(),
      timeZone: 'Europe/Amsterdam',
      status: 'OPEN',
      version: 1,
      sequence: 0,
      showParticipantNames: false,
      venue: { id: venue.id, name: 'Stadhuis Almelo' },
      hostMunicipality: { code: 'GM0141' },
      facilitators: [{ id: person.id, name: 'Anna de Vries', email: 'anna@example.org' }],
      activity: { id: activityId, title: 'Masterclass Bibob' },
      viewerCan: { edit: true, cancel: true },
    });
    expect(series[0]!.themes).toHaveLength(1);
    for (const role of ROLES) {
      const { client } = await actAs(app, role);
      const { session: read } = await client.ok<{ session: SessionRow }>(SESSION, { id: series[1]!.id });
      expect(read.id).toBe(series[1]!.id);
      expect(read.viewerCan.edit).toBe(role === 'PROGRAMME_STAFF');
      expect(read.facilitators[0]!.email).toBe(role === 'PROGRAMME_STAFF' ? 'anna@example.org' : null);
      const list = (await client.ok<{ sessions: { items: SessionRow[] } }>(SESSIONS, { filter: { activityId } }))
        .sessions;
      expect(list.items.map((s) => s.id)).toEqual(series.map((s) => s.id));
    }
    const other = await actAsInNewRegion(app, 'PROGRAMME_STAFF');
    expect(await other.client.errorCode(SESSION, { id: series[0]!.id })).toBe('NOT_FOUND');
    expect((await other.client.ok<{ sessions: { total: number } }>(SESSIONS)).sessions.total).toBe(0);
    expect(await other.client.errorCode(PLAN, { activityId, input: { sessions: [session(day())] } })).toBe('NOT_FOUND');
    expect(await other.client.errorCode(CANCEL, { id: series[0]!.id, expectedVersion: 1 })).toBe('NOT_FOUND');
    const own = await other.client.ok<{ venues: unknown[] }>(VENUES);
    expect(own.venues).toEqual([]);
  });
});

describe('no double booking', () => {
  it('refuses a venue clash with CONFLICT naming the session, and writes nothing', async () => {
    const venueId = await createVenue(app);
    const first = await createActivity(app, { title: 'Werkbezoek haven' });
    const start = day();
    const [booked] = await plan(first, [session(start, { venueId })]);
    const other = await createActivity(app);
    const before = await dbState();
    const result = await staff.gql(PLAN, {
      activityId: other,
      input: { sessions: [session(day(), { venueId }), session(new Date(start.getTime() + 3600_000), { venueId })] },
    });
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'CONFLICT',
      reason: 'VENUE_CLASH',
      field: 'sessions.1',
      clash: {
        sessionId: booked!.id,
        activityTitle: 'Werkbezoek haven',
        startsAt: booked!.startsAt,
        endsAt: booked!.endsAt,
      },
    });
    expect(result.errors?.[0]?.message).toContain('Werkbezoek haven');
    expect(await dbState()).toEqual(before);
    // Back to back is no clash: the ranges are half-open.
    await plan(other, [session(new Date(start.getTime() + 3 * 3600_000), { venueId })]);
  });

  it('refuses a facilitator clash at another venue, and a clash within the series itself', async () => {
    const facilitatorId = await createFacilitator(app, { name: 'Piet Jansen' });
    const first = await createActivity(app, { title: 'Tabletop ondermijning' });
    const start = day();
    const [booked] = await plan(first, [
      session(start, { venueId: await createVenue(app), facilitatorIds: [facilitatorId] }),
    ]);
    const before = await dbState();
    const other = await createActivity(app);
    const clash = await staff.gql(PLAN, {
      activityId: other,
      input: {
        sessions: [
          session(new Date(start.getTime() + 3600_000), {
            venueId: await createVenue(app),
            facilitatorIds: [facilitatorId],
          }),
        ],
      },
    });
    expect(clash.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'FACILITATOR_CLASH',
      field: 'sessions.0',
      clash: {
        sessionId: booked!.id,
        activityTitle: 'Tabletop ondermijning',
        facilitatorId,
        facilitatorName: 'Piet Jansen',
      },
    });
    const venueId = await createVenue(app);
    const within = await staff.gql(PLAN, {
      activityId: other,
      input: { sessions: [session(day(), { venueId }), session(day(), { venueId }), session(dayAgo(1), { venueId })] },
    });
    expect(within.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'VENUE_CLASH',
      field: 'sessions.2',
    });
    expect(await dbState()).toEqual(before);
  });

  it('a cancelled session frees its venue and facilitators; moving a session onto a booked slot is refused', async () => {
    const venueId = await createVenue(app);
    const facilitatorId = await createFacilitator(app);
    const start = day();
    const [first] = await plan(await createActivity(app), [
      session(start, { venueId, facilitatorIds: [facilitatorId] }),
    ]);
    const [second] = await plan(await createActivity(app), [
      session(day(), { venueId, facilitatorIds: [facilitatorId] }),
    ]);
    const before = await dbState();
    const move = await staff.gql(UPDATE, {
      id: second!.id,
      input: session(start, { venueId, facilitatorIds: [facilitatorId] }),
      expectedVersion: 1,
    });
    expect(move.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'VENUE_CLASH',
      field: '',
      clash: { sessionId: first!.id },
    });
    const facilitatorOnly = await staff.gql(UPDATE, {
      id: second!.id,
      input: session(start, { venueId: await createVenue(app), facilitatorIds: [facilitatorId] }),
      expectedVersion: 1,
    });
    expect(facilitatorOnly.errors?.[0]?.extensions).toMatchObject({
      reason: 'FACILITATOR_CLASH',
      clash: { sessionId: first!.id },
    });
    expect(await dbState()).toEqual(before);

    const { cancelSession } = await staff.ok<{ cancelSession: SessionRow }>(CANCEL, {
      id: first!.id,
      expectedVersion: 1,
    });
    expect(cancelSession).toMatchObject({ status: 'CANCELLED', version: 2, sequence: 1 });
    const moved = await staff.ok<{ updateSession: SessionRow }>(UPDATE, {
      id: second!.id,
      input: session(start, { venueId, facilitatorIds: [facilitatorId] }),
      expectedVersion: 1,
    });
    expect(moved.updateSession).toMatchObject({ startsAt: start.toISOString(), version: 2, sequence: 1 });
    expect(await staff.errorCode(CANCEL, { id: first!.id, expectedVersion: 2 })).toBe('CONFLICT');
    expect(
      (await staff.gql(UPDATE, { id: first!.id, input: session(day()), expectedVersion: 2 })).errors?.[0]?.extensions
        ?.reason,
    ).toBe('SESSION_CANCELLED');
  });
});

const dayAgo = (n: number) => new Date(Date.UTC(2030, 0, 1 + dayCounter - n, 10));

describe('updateSession', () => {
  it('refuses a stale version with CONFLICT STALE_VERSION and keeps the first save', async () => {
    const [planned] = await plan(await createActivity(app), [session(day())]);
    const first = await staff.ok<{ updateSession: SessionRow }>(UPDATE, {
      id: planned!.id,
      input: session(new Date(planned!.startsAt), { capacity: 30 }),
      expectedVersion: 1,
    });
    // Capacity is no change of time, place or status: version moves, the calendar SEQUENCE does not.
    expect(first.updateSession).toMatchObject({ capacity: 30, version: 2, sequence: 0 });
    const before = await dbState();
    const second = await staff.gql(UPDATE, {
      id: planned!.id,
      input: session(day(), { capacity: 40 }),
      expectedVersion: 1,
    });
    expect(second.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      currentVersion: 2,
    });
    expect(await staff.errorCode(CANCEL, { id: planned!.id, expectedVersion: 1 })).toBe('CONFLICT');
    expect(await dbState()).toEqual(before);
    const moved = await staff.ok<{ updateSession: SessionRow }>(UPDATE, {
      id: planned!.id,
      input: session(day()),
      expectedVersion: 2,
    });
    expect(moved.updateSession).toMatchObject({ version: 3, sequence: 1, capacity: 20 });
  });
});

describe('the evaluation window', () => {
  const WINDOW = `query Session($id: ID!) { session(id: $id) { endsAt evaluationWindowDays evaluationClosesAt version } }`;
  type Window = { endsAt: string; evaluationWindowDays: number; evaluationClosesAt: string; version: number };
  const window = async (id: string) => (await staff.ok<{ session: Window }>(WINDOW, { id })).session;

  it('closes 14 days after the end unless staff choose otherwise, and moves with the session', async () => {
    const start = day();
    const [planned, chosen] = await plan(await createActivity(app), [
      session(start),
      session(day(), { evaluationWindowDays: 30 }),
    ]);
    expect(await window(planned!.id)).toMatchObject({
      evaluationWindowDays: 14,
      evaluationClosesAt: at(start, 3 + 14 * 24),
    });
    expect((await window(chosen!.id)).evaluationWindowDays).toBe(30);
    const later = day();
    await staff.ok(UPDATE, { id: planned!.id, input: session(later, { evaluationWindowDays: 7 }), expectedVersion: 1 });
    expect(await window(planned!.id)).toMatchObject({
      evaluationWindowDays: 7,
      evaluationClosesAt: at(later, 3 + 7 * 24),
    });
    for (const days of [0, 91]) {
      expect(
        await staff.errorCode(PLAN, {
          activityId: await createActivity(app),
          input: { sessions: [session(day(), { evaluationWindowDays: days })] },
        }),
      ).toBe('BAD_USER_INPUT');
    }
  });

  it('is fixed once closed: results are released once', async () => {
    const start = new Date(Date.now() - 20 * 86_400_000);
    const id = await createSession(app, { startsAt: start, endsAt: new Date(start.getTime() + 3 * 3600_000) });
    const past = session(start, { registrationDeadline: start.toISOString() });
    for (const input of [
      { ...past, evaluationWindowDays: 30 },
      { ...past, endsAt: at(start, 4) },
    ]) {
      const result = await staff.gql(UPDATE, { id, input, expectedVersion: 1 });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EVALUATION_RELEASED' });
    }
    // Anything else of a past session can still be corrected.
    await staff.ok(UPDATE, { id, input: { ...past, capacity: 25 }, expectedVersion: 1 });
  });
});

describe('overlappingSessions', () => {
  it('warns about sessions at the same time for a shared target audience only', async () => {
    const start = day();
    const planning = await createActivity(app, { targetAudiences: ['BIBOB_ADVISOR', 'LICENSING_OFFICER'] });
    const shared = await createSession(app, {
      activityId: await createActivity(app, { targetAudiences: ['LICENSING_OFFICER', 'OTHER'] }),
      startsAt: new Date(start.getTime() + 3600_000),
    });
    await createSession(app, {
      activityId: await createActivity(app, { targetAudiences: ['COUNCIL_MEMBER'] }),
      startsAt: start,
    });
    await createSession(app, {
      activityId: await createActivity(app, { targetAudiences: ['BIBOB_ADVISOR'] }),
      startsAt: start,
      status: 'CANCELLED',
    });
    const input = { activityId: planning, startsAt: start.toISOString(), endsAt: at(start, 2) };
    const { overlappingSessions } = await staff.ok<{
      overlappingSessions: { sharedAudiences: string[]; session: { id: string } }[];
    }>(OVERLAPS, { input });
    expect(overlappingSessions).toEqual([{ sharedAudiences: ['LICENSING_OFFICER'], session: { id: shared } }]);
    const excluded = await staff.ok<{ overlappingSessions: unknown[] }>(OVERLAPS, {
      input: { ...input, excludeSessionId: shared },
    });
    expect(excluded.overlappingSessions).toEqual([]);
  });
});

describe('sessions list', () => {
  it('filters by period, theme, format, host municipality, status and search', async () => {
    const marker = `zoek${Date.now()}`;
    const a = await createActivity(app, { title: `Intervisie ${marker}`, format: 'INTERVISIE' });
    const b = await createActivity(app, { title: `Workshop ${marker}`, format: 'WORKSHOP' });
    const start = day();
    const s1 = await createSession(app, { activityId: a, startsAt: start });
    const s2 = await createSession(app, { activityId: b, startsAt: day(), status: 'DRAFT' });
    const ids = async (filter: Record<string, unknown>) =>
      (
        await staff.ok<{ sessions: { items: { id: string }[] } }>(SESSIONS, { filter: { search: marker, ...filter } })
      ).sessions.items.map((s) => s.id);
    expect(await ids({})).toEqual([s1, s2]);
    expect(await ids({ format: 'INTERVISIE' })).toEqual([s1]);
    expect(await ids({ status: 'DRAFT' })).toEqual([s2]);
    expect(await ids({ from: at(start, 1), to: at(start, 2) })).toEqual([s1]);
    expect(await ids({ from: at(start, 3) })).toEqual([s2]);
    const [theme] = await app.owner.query<
      {
        theme_id: string;
      }[]
    >('SELECT theme_id FROM activity_themes WHERE activity_id = $1', [b]);
    expect(await ids({ themeId: theme!.theme_id })).toEqual([s2]);
    expect(await ids({ hostMunicipalityId: almelo })).toEqual([]);
    expect(await ids({ search: '%' })).toEqual([]);
  });

  it('runs the same number of SQL statements for 3 and for 30 sessions with all relations (no N+1)', async () => {
    const other = await actAsInNewRegion(app, 'PROGRAMME_STAFF');
    await app.owner.query(`INSERT INTO municipalities (region_id, name, cbs_code) VALUES ($1, 'Testdorp', 'GM9999')`, [
      other.regionId,
    ]);
    const [region] = await app.owner.query<
      {
        id: string;
      }[]
    >(`SELECT id FROM regions WHERE id = $1`, [other.regionId]);
    // Build the other region's programme as the owner: a theme, a programme, venues, facilitators, activities.
    const [theme] = await app.owner.query<{ id: string }[]>(
      `INSERT INTO themes (region_id, title, year_identified) VALUES ($1, 'Vastgoed', 2021) RETURNING id`,
      [region!.id],
    );
    const [programme] = await app.owner.query<{ id: string }[]>(
      `INSERT INTO programmes (region_id, name, start_year, end_year) VALUES ($1, 'P', 2028, 2031) RETURNING id`,
      [region!.id],
    );
    const [municipality] = await app.owner.query<
      {
        id: string;
      }[]
    >(`SELECT id FROM municipalities WHERE cbs_code = 'GM9999'`);
    for (let i = 0; i < 30; i += 1) {
      const [activity] = await app.owner.query<{ id: string }[]>(
        `INSERT INTO learning_activities (region_id, programme_id, title, format, owner_user_id) VALUES ($1, $2, $3, 'WORKSHOP', $4) RETURNING id`,
        [region!.id, programme!.id, `A${i}`, other.user.id],
      );
      await app.owner.query(`INSERT INTO activity_themes VALUES ($1, $2)`, [activity!.id, theme!.id]);
      const [venue] = await app.owner.query<
        {
          id: string;
        }[]
      >(`INSERT INTO venues (region_id, name) VALUES ($1, $2) RETURNING id`, [region!.id, `V${i}`]);
      const [person] = await app.owner.query<{ id: string }[]>(
        `INSERT INTO facilitators (region_id, name) VALUES ($1, $2) RETURNING id`,
        [region!.id, `F${i}`],
      );
      const start = new Date(Date.UTC(2029, 0, 1 + i, 9));
      const [row] = await app.owner.query<{ id: string }[]>(
        `INSERT INTO sessions (region_id, activity_id, starts_at, ends_at, venue_id, host_municipality_id, capacity, registration_deadline)
         VALUES ($1, $2, $3, $4, $5, $6, 10, $3) RETURNING id`,
        [region!.id, activity!.id, start, new Date(start.getTime() + 3600_000), venue!.id, municipality!.id],
      );
      await app.owner.query(`INSERT INTO session_facilitators VALUES ($1, $2, 'empty', false)`, [row!.id, person!.id]);
    }
    const count = async (limit: number) => {
      app.statements.reset();
      const { sessions } = await other.client.ok<{ sessions: { items: SessionRow[] } }>(
        `query ($page: PageInput) { sessions(page: $page) { total items { ${SESSION_FIELDS} activity { sessions { id } programme { id } owner { id } } } } }`,
        { page: { offset: 0, limit } },
      );
      expect(sessions.items).toHaveLength(limit);
      expect(sessions.items.every((s) => s.venue && s.facilitators.length === 1 && s.themes.length === 1)).toBe(true);
      return app.statements.count;
    };
    // The login session; the viewer transaction (begin, its setting, the page with its total and
    // every relation the list always shows, commit); then one batch each for what this query adds:
    // facilitators, the activities' sessions, their programmes, their owners.
    expect(await count(3)).toBe(9);
    expect(await count(30)).toBe(9);

    // The web's list (SessionSummary): nothing beyond the viewer transaction and the login session.
    app.statements.reset();
    const summary = `query ($page: PageInput) { sessions(page: $page) { total items { id status capacity seatsTaken
      seatsLeft waitlistLength online onlineUrl viewerCanRegister activity { id title format } themes { id title }
      venue { id name room } hostMunicipality { id name } viewerRegistration { id status waitlistPosition } } } }`;
    const page = await other.client.ok<{ sessions: { total: number; items: unknown[] } }>(summary, {
      page: { offset: 0, limit: 25 },
    });
    expect(page.sessions).toMatchObject({ total: 30 });
    expect(app.statements.count).toBe(5);
    // Past the end: no rows, still the total.
    expect(
      (await other.client.ok<{ sessions: { total: number; items: unknown[] } }>(summary, { page: { offset: 40 } }))
        .sessions,
    ).toEqual({ total: 30, items: [] });
  });
});
