import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import { createTheme } from '../../test/confidential-factories';
import { actAs, createUser, municipalityId } from '../../test/factories';
import { createEnrolment, createTrack, type TestTrack } from '../../test/peer-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

/** Tracks and enrolments: the ladder from anonymous to success, the window, the k rule, audit. */
let app: TestApp;
let staff: Client;
let almelo: { client: Client; userId: string };
let enschede: Client;
let participant: Client;
let almeloId: string;

const ENROL = `mutation ($trackId: ID!, $municipalityId: ID!, $input: PeerEnrolmentInput!) {
  enrolInPeerTrack(trackId: $trackId, municipalityId: $municipalityId, input: $input) {
    id version municipalityId availableMonths consentShowGoals declarations { goalId need share }
    contacts { userId } preferences { municipalityId kind } } }`;

const input = (track: TestTrack, extra: Record<string, unknown> = {}) => ({
  declarations: track.goalIds.map((goalId, i) => ({ goalId, need: i % 4, share: 3 - (i % 4) })),
  availableMonths: ['2026-03', '2026-04'],
  contactUserIds: [almelo.userId],
  preferences: [],
  consentShowGoals: true,
  ...extra,
});

async function enrolmentRows(trackId: string) {
  return await app.owner.query<{ version: number; withdrawn_at: Date | null; goals: number }[]>(
    `SELECT e.version, e.withdrawn_at, (SELECT count(*)::int FROM peer_enrolment_goals g WHERE g.enrolment_id = e.id) AS goals
       FROM peer_enrolments e WHERE e.track_id = $1`,
    [trackId],
  );
}

beforeAll(async () => {
  app = await startTestApp();
  almeloId = await municipalityId(app, 'GM0141');
  staff = (await actAs(app, 'PROGRAMME_STAFF')).client;
  const coordinator = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' });
  almelo = { client: coordinator.client, userId: coordinator.user.id };
  enschede = (await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' })).client;
  participant = (await actAs(app, 'PARTICIPANT', { municipality: 'GM0141' })).client;
});
afterAll(() => app.close());

describe('tracks', () => {
  it('staff create and update a track with ordered goals; others may not', async () => {
    const [programme] = await app.owner.query<{ id: string }[]>(
      `INSERT INTO programmes (region_id, name, start_year, end_year) SELECT id, 'Trajecten', 2025, 2028 FROM regions WHERE name = 'Twente' RETURNING id`,
    );
    const [theme] = await app.owner.query<{ id: string }[]>(
      `INSERT INTO themes (region_id, title, year_identified) SELECT id, 'Bibob-thema', 2021 FROM regions WHERE name = 'Twente' RETURNING id`,
    );
    const trackInput = {
      programmeId: programme!.id,
      themeIds: [theme!.id],
      title: 'Bibob in de praktijk',
      goals: ['Bibob-beleid', 'Bibob in vergunningen'],
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      enrolmentOpensAt: '2025-10-01T00:00:00Z',
      enrolmentClosesAt: '2025-11-01T00:00:00Z',
      groupForm: 'PAIRS',
      multipleGroupsAllowed: false,
    };
    const CREATE = `mutation ($input: PeerTrackInput!) { createPeerTrack(input: $input) { id version goals { id position title } themes { id } } }`;
    const refused = await almelo.client.gql(CREATE, { input: trackInput });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await staff.gql(CREATE, { input: { ...trackInput, endsOn: '2025-12-31' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { createPeerTrack: track } = await staff.ok<{
      createPeerTrack: { id: string; version: number; goals: { id: string; title: string }[] };
    }>(CREATE, { input: trackInput });
    expect(track.goals.map((g) => g.title)).toEqual(['Bibob-beleid', 'Bibob in vergunningen']);
    const UPDATE = `mutation ($id: ID!, $input: PeerTrackInput!, $v: Int!) { updatePeerTrack(id: $id, input: $input, expectedVersion: $v) { version goals { id title } } }`;
    const { updatePeerTrack } = await staff.ok<{
      updatePeerTrack: { version: number; goals: { id: string; title: string }[] };
    }>(UPDATE, {
      id: track.id,
      v: 1,
      input: { ...trackInput, goals: ['Bibob-beleid (herzien)', 'Bibob in vergunningen', 'LBB'] },
    });
    expect(updatePeerTrack.version).toBe(2);
    // Goals keep their id by position.
    expect(updatePeerTrack.goals[0]!.id).toBe(track.goals[0]!.id);
    expect(updatePeerTrack.goals.map((g) => g.title)).toEqual([
      'Bibob-beleid (herzien)',
      'Bibob in vergunningen',
      'LBB',
    ]);
    const stale = await staff.gql(UPDATE, { id: track.id, v: 1, input: trackInput });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      currentVersion: 2,
    });
  });

  it('shows the enrolment count exactly to staff and under the k rule to everyone else', async () => {
    const track = await createTrack(app);
    for (const code of ['GM0147', 'GM0164']) {
      await createEnrolment(app, track, code);
    }
    const QUERY = `query ($id: ID!) { peerTrack(id: $id) { enrolmentCount { kind value bound } } }`;
    const count = async (client: Client) =>
      (await client.ok<{ peerTrack: { enrolmentCount: unknown } }>(QUERY, { id: track.id })).peerTrack.enrolmentCount;
    expect(await count(staff)).toEqual({ kind: 'EXACT', value: 2, bound: null });
    expect(await count(participant)).toEqual({ kind: 'FEWER_THAN', value: null, bound: 3 });
    await createEnrolment(app, track, 'GM0168');
    expect(await count(enschede)).toEqual({ kind: 'EXACT', value: 3, bound: null });
  });

  it('lists tracks with a constant number of statements (3 or 12 tracks)', async () => {
    const { client } = await actAs(app, 'PARTICIPANT', { municipality: 'GM0164' });
    const count = async (tracks: number) => {
      const themeId = await createTheme(app);
      for (let i = 0; i < tracks; i += 1) {
        const track = await createTrack(app, { themeId });
        await createEnrolment(app, track, 'GM0141', [{ need: 1, share: 2 }]);
      }
      app.statements.reset();
      const { peerTracks } = await client.ok<{ peerTracks: unknown[] }>(
        `query ($f: PeerTrackFilter) { peerTracks(filter: $f) { id goals { id } themes { id } enrolmentCount { kind } viewerCan { manage enrol } } }`,
        { f: { themeId } },
      );
      expect(peerTracks).toHaveLength(tracks);
      return app.statements.count;
    };
    const few = await count(3);
    expect(await count(12)).toBe(few);
  });
});

describe('enrolments', () => {
  it('a coordinator enrols the own municipality, changes and withdraws during the window; audited', async () => {
    const track = await createTrack(app);
    const anonymous = await new Client(app).gql(ENROL, {
      trackId: track.id,
      municipalityId: almeloId,
      input: input(track),
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const refused = await participant.gql(ENROL, { trackId: track.id, municipalityId: almeloId, input: input(track) });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { enrolInPeerTrack: enrolment } = await almelo.client.ok<{
      enrolInPeerTrack: { id: string; version: number; declarations: unknown[]; availableMonths: string[] };
    }>(ENROL, { trackId: track.id, municipalityId: almeloId, input: input(track) });
    expect(enrolment.declarations).toHaveLength(3);
    expect(enrolment.availableMonths).toEqual(['2026-03', '2026-04']);
    const again = await almelo.client.gql(ENROL, { trackId: track.id, municipalityId: almeloId, input: input(track) });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_ENROLLED' });

    const UPDATE = `mutation ($id: ID!, $input: PeerEnrolmentInput!, $v: Int!) { updatePeerEnrolment(id: $id, input: $input, expectedVersion: $v) { version consentShowGoals } }`;
    const { updatePeerEnrolment } = await almelo.client.ok<{ updatePeerEnrolment: { version: number } }>(UPDATE, {
      id: enrolment.id,
      v: 1,
      input: input(track, { consentShowGoals: false }),
    });
    expect(updatePeerEnrolment.version).toBe(2);
    const stale = await almelo.client.gql(UPDATE, { id: enrolment.id, v: 1, input: input(track) });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    // Another municipality's coordinator: as if it did not exist.
    const foreign = await enschede.gql(UPDATE, { id: enrolment.id, v: 2, input: input(track) });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });

    const WITHDRAW = `mutation ($id: ID!, $v: Int!) { withdrawPeerEnrolment(id: $id, expectedVersion: $v) { withdrawnAt version } }`;
    const { withdrawPeerEnrolment } = await almelo.client.ok<{ withdrawPeerEnrolment: { withdrawnAt: string } }>(
      WITHDRAW,
      { id: enrolment.id, v: 2 },
    );
    expect(withdrawPeerEnrolment.withdrawnAt).toBeTruthy();
    const audit = await app.owner.query<{ action: string }[]>(
      `SELECT action FROM audit_log WHERE entity = 'peer_enrolment' AND entity_id = $1 AND municipality_id = $2 ORDER BY id`,
      [enrolment.id, almeloId],
    );
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
  });

  it('refuses bad input with a typed error and changes nothing', async () => {
    const closed = await createTrack(app, { open: false });
    const outside = await almelo.client.gql(ENROL, {
      trackId: closed.id,
      municipalityId: almeloId,
      input: input(closed),
    });
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ENROLMENT_CLOSED' });
    expect(await enrolmentRows(closed.id)).toEqual([]);

    const track = await createTrack(app);
    const other = await createTrack(app);
    const wrongGoal = await almelo.client.gql(ENROL, {
      trackId: track.id,
      municipalityId: almeloId,
      input: input(track, { declarations: [{ goalId: other.goalIds[0], need: 2, share: 0 }] }),
    });
    expect(wrongGoal.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'declarations.0.goalId', reason: 'UNKNOWN_GOAL' }],
    });
    const enschedeId = await municipalityId(app, 'GM0153');
    const anotherMunicipality = await almelo.client.gql(ENROL, {
      trackId: track.id,
      municipalityId: enschedeId,
      input: input(track),
    });
    expect(anotherMunicipality.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const stranger = await createUser(app, 'PARTICIPANT', { municipality: 'GM0153' });
    const notColleague = await almelo.client.gql(ENROL, {
      trackId: track.id,
      municipalityId: almeloId,
      input: input(track, { contactUserIds: [stranger.id], availableMonths: ['2031-01'] }),
    });
    expect(notColleague.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'availableMonths.0', reason: 'INVALID_MONTH' },
        { field: 'contactUserIds.0', reason: 'NOT_A_COLLEAGUE' },
      ],
    });
    expect(await enrolmentRows(track.id)).toEqual([]);
  });

  it('staff see every enrolment with declarations; a coordinator only the own; statements do not grow', async () => {
    const track = await createTrack(app);
    await createEnrolment(app, track, 'GM0141', [{ need: 3, share: 0 }]);
    await createEnrolment(app, track, 'GM0153', [{ need: 0, share: 3 }]);
    const LIST = `query ($id: ID!) { peerEnrolments(trackId: $id) { municipalityName declarations { need share } contacts { name } preferences { kind } } }`;
    const names = async (client: Client) =>
      (await client.ok<{ peerEnrolments: { municipalityName: string }[] }>(LIST, { id: track.id })).peerEnrolments.map(
        (e) => e.municipalityName,
      );
    expect(await names(staff)).toEqual(['Almelo', 'Enschede']);
    expect(await names(almelo.client)).toEqual(['Almelo']);
    expect((await participant.gql(LIST, { id: track.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const count = async () => {
      app.statements.reset();
      await staff.ok(LIST, { id: track.id });
      return app.statements.count;
    };
    const few = await count();
    for (const code of ['GM0147', 'GM0164', 'GM0168', 'GM0173', 'GM0183']) {
      await createEnrolment(app, track, code, [{ need: 1, share: 1 }]);
    }
    expect(await count()).toBe(few);
    const listed = await app.owner.query<{ n: number }[]>(
      `SELECT count(DISTINCT municipality_id)::int AS n FROM audit_log WHERE entity = 'peer_enrolment' AND action = 'LIST'`,
    );
    expect(listed[0]!.n).toBeGreaterThanOrEqual(7);
  });
});
