import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import { actAs, actAsInNewRegion, createUser, municipalityId } from '../../test/factories';
import { createEnrolment, createGroup, createTrack, type TestTrack } from '../../test/peer-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

/**
 * Groups at work over HTTP: meetings, the shared log, the evaluation and staff's overview, for
 * every kind of viewer (anonymous, member coordinator and participant, another municipality's
 * coordinator, staff, analyst, admin, staff of another region).
 */
let app: TestApp;
let staff: Client;
let almelo: Client;
let almeloParticipant: Client;
let enschede: Client;
let analyst: Client;
let admin: Client;
let otherRegionStaff: Client;
let hengeloId: string;

const WORK = `query ($id: ID!) { peerGroupWork(groupId: $id) { groupId trackTitle members { name }
  meetings { id status version log { id discussed agreed version viewerCanEdit } }
  myEvaluation { rating } viewerCan { planMeetings writeLog evaluate } } }`;
const PLAN = `mutation ($id: ID!, $input: PeerMeetingInput!) { planPeerMeeting(groupId: $id, input: $input) { id version status hostMunicipalityName } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $input: PeerMeetingInput!) { updatePeerMeeting(meetingId: $id, expectedVersion: $v, input: $input) { id version location } }`;
const CANCEL = `mutation ($id: ID!, $v: Int!) { cancelPeerMeeting(meetingId: $id, expectedVersion: $v) { id version status } }`;
const ADD_LOG = `mutation ($id: ID!, $input: PeerLogInput!) { addPeerLogEntry(meetingId: $id, input: $input) { id version authorMunicipalityName } }`;
const EDIT_LOG = `mutation ($id: ID!, $v: Int!, $input: PeerLogInput!) { updatePeerLogEntry(entryId: $id, expectedVersion: $v, input: $input) { id version discussed } }`;
const EVALUATE = `mutation ($id: ID!, $input: PeerGroupEvaluationInput!) { evaluatePeerGroup(groupId: $id, input: $input) { rating } }`;
const OVERVIEW = `query ($id: ID!) { peerTrackOverview(trackId: $id) { trackId groups { groupId members { name } meetingsPlanned meetingsHeld lastActivityAt evaluationResponses idle lastNudgedAt }
  evaluation { responses released suppressed averageRating comments } } }`;
const HISTORY = `{ myPeerHistory { trackId title partners { name current } } }`;

const DAY = 24 * 3600 * 1000;
const meetingInput = (offsetDays = 7, extra: Record<string, unknown> = {}) => ({
  kind: 'SITE_VISIT',
  startsAt: new Date(Date.now() + offsetDays * DAY).toISOString(),
  endsAt: new Date(Date.now() + offsetDays * DAY + 2 * 3600 * 1000).toISOString(),
  location: 'Stadhuis Hengelo',
  hostMunicipalityId: hengeloId,
  ...extra,
});

/** A published group of Almelo and Hengelo in a new track. */
async function publishedGroup(options: Parameters<typeof createTrack>[1] = {}): Promise<{
  track: TestTrack;
  groupId: string;
}> {
  const track = await createTrack(app, options);
  const enrolments = [
    await createEnrolment(app, track, 'GM0141', [{ need: 3, share: 0 }]),
    await createEnrolment(app, track, 'GM0164', [{ need: 0, share: 3 }]),
  ];
  const { groupId } = await createGroup(app, track, enrolments, 'PUBLISHED');
  return { track, groupId };
}

beforeAll(async () => {
  app = await startTestApp();
  staff = (await actAs(app, 'PROGRAMME_STAFF')).client;
  almelo = (await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' })).client;
  almeloParticipant = (await actAs(app, 'PARTICIPANT', { municipality: 'GM0141' })).client;
  enschede = (await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' })).client;
  analyst = (await actAs(app, 'RIEC_ANALYST')).client;
  admin = (await actAs(app, 'ADMIN')).client;
  otherRegionStaff = (await actAsInNewRegion(app, 'PROGRAMME_STAFF')).client;
  await createUser(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0164' });
  hengeloId = await municipalityId(app, 'GM0164');
});
afterAll(() => app.close());

describe('who may reach a group at work', () => {
  it('answers anonymous UNAUTHENTICATED, outsiders NOT_FOUND or FORBIDDEN, members and staff with the group', async () => {
    const { track, groupId } = await publishedGroup();
    const anonymous = new Client(app);
    expect(await anonymous.errorCode(WORK, { id: groupId })).toBe('UNAUTHENTICATED');
    // Another municipality's coordinator and staff of another region: like a group that does not exist.
    expect(await enschede.errorCode(WORK, { id: groupId })).toBe('NOT_FOUND');
    expect(await otherRegionStaff.errorCode(WORK, { id: groupId })).toBe('NOT_FOUND');
    expect(await almelo.errorCode(WORK, { id: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    // Roles without any part in peer learning.
    expect(await analyst.errorCode(WORK, { id: groupId })).toBe('FORBIDDEN');
    expect(await admin.errorCode(WORK, { id: groupId })).toBe('FORBIDDEN');
    for (const client of [almelo, almeloParticipant, staff]) {
      const { peerGroupWork } = await client.ok<{ peerGroupWork: { members: { name: string }[] } }>(WORK, {
        id: groupId,
      });
      expect(peerGroupWork.members.map((m) => m.name)).toEqual(['Almelo', 'Hengelo']);
    }
    // The staff overview: staff of the region only.
    for (const client of [almelo, almeloParticipant, enschede, analyst, admin]) {
      expect(await client.errorCode(OVERVIEW, { id: track.id })).toBe('FORBIDDEN');
    }
    expect(await otherRegionStaff.errorCode(OVERVIEW, { id: track.id })).toBe('NOT_FOUND');
    // The history: municipalities' own.
    for (const client of [staff, analyst, admin]) {
      expect(await client.errorCode(HISTORY)).toBe('FORBIDDEN');
    }
    expect(await anonymous.errorCode(HISTORY)).toBe('UNAUTHENTICATED');
  });

  it('lets members and staff plan, others not; only members write the log; only coordinators evaluate', async () => {
    const { groupId } = await publishedGroup();
    for (const client of [analyst, admin]) {
      expect(await client.errorCode(PLAN, { id: groupId, input: meetingInput() })).toBe('FORBIDDEN');
    }
    expect(await enschede.errorCode(PLAN, { id: groupId, input: meetingInput() })).toBe('NOT_FOUND');
    expect(await otherRegionStaff.errorCode(PLAN, { id: groupId, input: meetingInput() })).toBe('NOT_FOUND');
    const { planPeerMeeting: byStaff } = await staff.ok<{ planPeerMeeting: { id: string } }>(PLAN, {
      id: groupId,
      input: meetingInput(),
    });
    const { planPeerMeeting: byMember } = await almeloParticipant.ok<{
      planPeerMeeting: { id: string; hostMunicipalityName: string };
    }>(PLAN, { id: groupId, input: meetingInput(14) });
    expect(byMember.hostMunicipalityName).toBe('Hengelo');
    const entry = { discussed: 'Bibob-toets bij vastgoed', agreed: 'Almelo stuurt het stappenplan' };
    for (const client of [staff, analyst, admin]) {
      expect(await client.errorCode(ADD_LOG, { id: byStaff.id, input: entry })).toBe('FORBIDDEN');
    }
    expect(await enschede.errorCode(ADD_LOG, { id: byStaff.id, input: entry })).toBe('NOT_FOUND');
    expect(await almelo.ok(ADD_LOG, { id: byStaff.id, input: entry })).toBeTruthy();
    for (const client of [staff, almeloParticipant, analyst, admin]) {
      expect(await client.errorCode(EVALUATE, { id: groupId, input: { rating: 4, comment: '' } })).toBe('FORBIDDEN');
    }
    expect(await enschede.errorCode(EVALUATE, { id: groupId, input: { rating: 4, comment: '' } })).toBe('NOT_FOUND');
    expect(byMember.id).toBeTruthy();
  });
});

describe('meetings', () => {
  it('edits with a version and raises the calendar sequence; cancelled meetings stay, cancelled', async () => {
    const { groupId } = await publishedGroup();
    const { planPeerMeeting } = await almelo.ok<{ planPeerMeeting: { id: string; version: number } }>(PLAN, {
      id: groupId,
      input: meetingInput(),
    });
    const { updatePeerMeeting } = await almelo.ok<{ updatePeerMeeting: { version: number; location: string } }>(
      UPDATE,
      {
        id: planPeerMeeting.id,
        v: 1,
        input: meetingInput(8, { location: 'Stadhuis Almelo', hostMunicipalityId: null }),
      },
    );
    expect(updatePeerMeeting).toEqual({ id: planPeerMeeting.id, version: 2, location: 'Stadhuis Almelo' });
    const stale = await staff.gql(UPDATE, { id: planPeerMeeting.id, v: 1, input: meetingInput() });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      currentVersion: 2,
    });
    const { cancelPeerMeeting } = await staff.ok<{ cancelPeerMeeting: { status: string; version: number } }>(CANCEL, {
      id: planPeerMeeting.id,
      v: 2,
    });
    expect(cancelPeerMeeting).toMatchObject({ status: 'CANCELLED', version: 3 });
    const [row] = await app.owner.query<{ sequence: number }[]>(
      'SELECT sequence FROM peer_group_meetings WHERE id = $1',
      [planPeerMeeting.id],
    );
    expect(row!.sequence).toBe(2);
    const again = await almelo.gql(CANCEL, { id: planPeerMeeting.id, v: 3 });
    expect(again.errors?.[0]?.extensions?.reason).toBe('MEETING_CANCELLED');
  });

  it('refuses bad input with field reasons and writes nothing', async () => {
    const { groupId } = await publishedGroup();
    const bad = await almelo.gql(PLAN, {
      id: groupId,
      input: meetingInput(7, {
        location: '',
        hostMunicipalityId: await municipalityId(app, 'GM0153'),
        endsAt: new Date(Date.now() + 6 * DAY).toISOString(),
      }),
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((bad.errors?.[0]?.extensions?.fields as { reason: string }[]).map((f) => f.reason).sort()).toEqual([
      'ENDS_BEFORE_START',
      'HOST_NOT_MEMBER',
      'PLACE_REQUIRED',
    ]);
    const [count] = await app.owner.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM peer_group_meetings WHERE group_id = $1',
      [groupId],
    );
    expect(count!.n).toBe(0);
  });
});

describe('the shared log', () => {
  it('is appended by members, edited by its author with a version, and audited for every member', async () => {
    const { groupId } = await publishedGroup();
    const { planPeerMeeting } = await almelo.ok<{ planPeerMeeting: { id: string } }>(PLAN, {
      id: groupId,
      input: meetingInput(),
    });
    const { addPeerLogEntry } = await almeloParticipant.ok<{ addPeerLogEntry: { id: string } }>(ADD_LOG, {
      id: planPeerMeeting.id,
      input: { discussed: 'Werkwijze LBB', agreed: '' },
    });
    // Another member sees the entry but does not edit it.
    expect(
      await almelo.errorCode(EDIT_LOG, { id: addPeerLogEntry.id, v: 1, input: { discussed: 'x', agreed: '' } }),
    ).toBe('NOT_FOUND');
    const { updatePeerLogEntry } = await almeloParticipant.ok<{ updatePeerLogEntry: { version: number } }>(EDIT_LOG, {
      id: addPeerLogEntry.id,
      v: 1,
      input: { discussed: 'Werkwijze LBB en Bibob', agreed: 'Vervolg in maart' },
    });
    expect(updatePeerLogEntry.version).toBe(2);
    const stale = await almeloParticipant.gql(EDIT_LOG, {
      id: addPeerLogEntry.id,
      v: 1,
      input: { discussed: 'oud', agreed: '' },
    });
    expect(stale.errors?.[0]?.extensions?.reason).toBe('STALE_VERSION');
    const { peerGroupWork } = await staff.ok<{
      peerGroupWork: { meetings: { log: { discussed: string; viewerCanEdit: boolean }[] }[] };
    }>(WORK, { id: groupId });
    expect(peerGroupWork.meetings[0]!.log).toEqual([
      expect.objectContaining({ discussed: 'Werkwijze LBB en Bibob', viewerCanEdit: false }),
    ]);
    const audited = await app.owner.query<{ name: string; action: string }[]>(
      `SELECT m.name, a.action FROM audit_log a JOIN municipalities m ON m.id = a.municipality_id
        WHERE a.entity = 'peer_group_log' AND (a.entity_id = $1 OR a.entity_id = $2) ORDER BY a.id`,
      [addPeerLogEntry.id, groupId],
    );
    for (const name of ['Almelo', 'Hengelo']) {
      expect(audited.filter((a) => a.name === name).map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'READ']);
    }
  });
});

describe('row-level security of groups at work', () => {
  it('hides meetings and log entries from everyone but members and staff, even in raw SQL', async () => {
    const { groupId } = await publishedGroup();
    const { planPeerMeeting } = await almelo.ok<{ planPeerMeeting: { id: string } }>(PLAN, {
      id: groupId,
      input: meetingInput(),
    });
    await almelo.ok(ADD_LOG, { id: planPeerMeeting.id, input: { discussed: 'Vertrouwelijk', agreed: '' } });
    const asViewer = async (
      role: 'MUNICIPAL_COORDINATOR' | 'PARTICIPANT' | 'PROGRAMME_STAFF' | 'RIEC_ANALYST' | 'ADMIN',
      cbs?: string,
    ) => {
      const user = await createUser(app, role, cbs ? { municipality: cbs } : {});
      const { sessionTokenOf } = await import('../../test/factories');
      const token = await sessionTokenOf(app, user.id);
      return app.app.transaction(async (tx) => {
        await tx.query(`SELECT set_config('app.session_token', $1, true)`, [token]);
        const meetings = await tx.query<unknown[]>('SELECT id FROM peer_group_meetings WHERE group_id = $1', [groupId]);
        const log = await tx.query<unknown[]>('SELECT id FROM peer_group_log_entries WHERE group_id = $1', [groupId]);
        const [, updated] = await tx.query<[unknown, number]>(
          `UPDATE peer_group_log_entries SET discussed = 'x' WHERE group_id = $1`,
          [groupId],
        );
        return { meetings: meetings.length, log: log.length, updated };
      });
    };
    expect(await asViewer('MUNICIPAL_COORDINATOR', 'GM0153')).toEqual({ meetings: 0, log: 0, updated: 0 });
    expect(await asViewer('RIEC_ANALYST')).toEqual({ meetings: 0, log: 0, updated: 0 });
    expect(await asViewer('ADMIN')).toEqual({ meetings: 0, log: 0, updated: 0 });
    expect(await asViewer('PROGRAMME_STAFF')).toEqual({ meetings: 1, log: 1, updated: 0 });
    // A member reads, but edits only own entries.
    expect(await asViewer('PARTICIPANT', 'GM0164')).toEqual({ meetings: 1, log: 1, updated: 0 });
  });
});

describe('the evaluation', () => {
  it('is answered once per municipality while open, and released once, from k responses on, unattributed', async () => {
    const track = await createTrack(app, { startsOn: '2024-01-01', open: false });
    await app.owner.query(`UPDATE peer_tracks SET evaluation_closes_at = now() + interval '1 day' WHERE id = $1`, [
      track.id,
    ]);
    const codes = ['GM0141', 'GM0164', 'GM0147', 'GM0168'];
    const enrolments = await Promise.all(codes.map((c) => createEnrolment(app, track, c, [{ need: 1, share: 1 }])));
    const first = await createGroup(app, track, enrolments.slice(0, 2), 'PUBLISHED');
    const second = await createGroup(app, track, enrolments.slice(2), 'PUBLISHED', first.proposalId);
    const coordinators = await Promise.all(
      codes.map(async (c) => (await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: c })).client),
    );
    await coordinators[0]!.ok(EVALUATE, { id: first.groupId, input: { rating: 4, comment: 'Leerzaam' } });
    const twice = await coordinators[0]!.gql(EVALUATE, { id: first.groupId, input: { rating: 1, comment: '' } });
    expect(twice.errors?.[0]?.extensions?.reason).toBe('ALREADY_EVALUATED');
    await coordinators[1]!.ok(EVALUATE, { id: first.groupId, input: { rating: 5, comment: '' } });
    // Before the window closes: counts only, no average, no comments (and staff read no answers in SQL).
    const open = await staff.ok<{
      peerTrackOverview: { groups: { evaluationResponses: number }[]; evaluation: Record<string, unknown> };
    }>(OVERVIEW, { id: track.id });
    expect(open.peerTrackOverview.groups.map((g) => g.evaluationResponses)).toEqual([2, 0]);
    expect(open.peerTrackOverview.evaluation).toEqual({
      responses: 2,
      released: false,
      suppressed: true,
      averageRating: null,
      comments: [],
    });
    await coordinators[2]!.ok(EVALUATE, { id: second.groupId, input: { rating: 3, comment: 'Goed contact' } });
    await app.owner.query(`UPDATE peer_tracks SET evaluation_closes_at = now() - interval '1 second' WHERE id = $1`, [
      track.id,
    ]);
    const late = await coordinators[3]!.gql(EVALUATE, { id: second.groupId, input: { rating: 1, comment: '' } });
    expect(late.errors?.[0]?.extensions?.reason).toBe('EVALUATION_CLOSED');
    const released = await staff.ok<{
      peerTrackOverview: { evaluation: { averageRating: number; comments: string[] } };
    }>(OVERVIEW, { id: track.id });
    expect(released.peerTrackOverview.evaluation).toMatchObject({ responses: 3, released: true, suppressed: false });
    expect(released.peerTrackOverview.evaluation.averageRating).toBe(4);
    expect([...released.peerTrackOverview.evaluation.comments].sort()).toEqual(['Goed contact', 'Leerzaam']);
  });

  it('stays suppressed below k responses after release', async () => {
    const track = await createTrack(app, { startsOn: '2024-01-01', open: false });
    await app.owner.query(`UPDATE peer_tracks SET evaluation_closes_at = now() + interval '1 day' WHERE id = $1`, [
      track.id,
    ]);
    const enrolments = [
      await createEnrolment(app, track, 'GM0141', [{ need: 1, share: 1 }]),
      await createEnrolment(app, track, 'GM0164', [{ need: 1, share: 1 }]),
    ];
    const { groupId } = await createGroup(app, track, enrolments, 'PUBLISHED');
    await almelo.ok(EVALUATE, { id: groupId, input: { rating: 2, comment: 'Te weinig tijd' } });
    await app.owner.query(`UPDATE peer_tracks SET evaluation_closes_at = now() - interval '1 second' WHERE id = $1`, [
      track.id,
    ]);
    const { peerTrackOverview } = await staff.ok<{ peerTrackOverview: { evaluation: unknown } }>(OVERVIEW, {
      id: track.id,
    });
    expect(peerTrackOverview.evaluation).toEqual({
      responses: 1,
      released: true,
      suppressed: true,
      averageRating: null,
      comments: [],
    });
  });

  it('is not open before the track has an evaluation window', async () => {
    const { groupId } = await publishedGroup();
    const refused = await almelo.gql(EVALUATE, { id: groupId, input: { rating: 4, comment: '' } });
    expect(refused.errors?.[0]?.extensions?.reason).toBe('EVALUATION_NOT_OPEN');
  });
});

describe("staff's overview", () => {
  it('counts meetings planned and held per group, flags idle groups, in a constant number of statements', async () => {
    const count = async (groups: number) => {
      const track = await createTrack(app);
      const codes = ['GM0141', 'GM0164', 'GM0147', 'GM0168', 'GM0173', 'GM0183', 'GM0189', 'GM1700'];
      const enrolments = await Promise.all(
        codes.slice(0, groups * 2).map((c) => createEnrolment(app, track, c, [{ need: 1, share: 1 }])),
      );
      let proposal: string | undefined;
      const ids: string[] = [];
      for (let i = 0; i < groups; i += 1) {
        const made = await createGroup(app, track, enrolments.slice(2 * i, 2 * i + 2), 'PUBLISHED', proposal);
        proposal = made.proposalId;
        ids.push(made.groupId);
      }
      await app.owner.query(
        `INSERT INTO peer_group_meetings (group_id, region_id, kind, starts_at, ends_at)
         SELECT $1, region_id, 'INTERVISIE', now() - interval '10 days', now() - interval '10 days' + interval '1 hour'
           FROM peer_groups WHERE id = $1
         UNION ALL
         SELECT $1, region_id, 'SITE_VISIT', now() + interval '10 days', now() + interval '10 days' + interval '1 hour'
           FROM peer_groups WHERE id = $1`,
        [ids[0]],
      );
      // Published three months ago, so a group without meetings has been idle for two.
      await app.owner.query(`UPDATE peer_proposals SET published_at = now() - interval '3 months' WHERE id = $1`, [
        proposal,
      ]);
      app.statements.reset();
      const { peerTrackOverview } = await staff.ok<{
        peerTrackOverview: {
          groups: { groupId: string; meetingsPlanned: number; meetingsHeld: number; idle: boolean }[];
        };
      }>(OVERVIEW, { id: track.id });
      expect(peerTrackOverview.groups).toHaveLength(groups);
      expect(peerTrackOverview.groups[0]).toMatchObject({ meetingsPlanned: 1, meetingsHeld: 1, idle: false });
      expect(peerTrackOverview.groups[1]).toMatchObject({ meetingsPlanned: 0, meetingsHeld: 0, idle: true });
      return app.statements.count;
    };
    const few = await count(2);
    expect(await count(4)).toBe(few);
  });

  it('does not call a group idle that was published less than two months ago', async () => {
    const { track } = await publishedGroup();
    const { peerTrackOverview } = await staff.ok<{ peerTrackOverview: { groups: { idle: boolean }[] } }>(OVERVIEW, {
      id: track.id,
    });
    expect(peerTrackOverview.groups).toEqual([expect.objectContaining({ idle: false })]);
  });

  it("says when the weekly job nudged a group, from the job's record; members cannot read that record", async () => {
    const { track, groupId } = await publishedGroup();
    const nudgedAt = new Date(Date.now() - 3 * DAY);
    await app.owner.query(
      `INSERT INTO peer_group_nudges (group_id, region_id, gap_from, nudged_at)
       SELECT id, region_id, now() - interval '70 days', $2 FROM peer_groups WHERE id = $1
       UNION ALL
       SELECT id, region_id, now() - interval '200 days', now() - interval '120 days' FROM peer_groups WHERE id = $1`,
      [groupId, nudgedAt],
    );
    const other = await publishedGroup();
    const overview = async (id: string) =>
      (
        await staff.ok<{ peerTrackOverview: { groups: { groupId: string; lastNudgedAt: string | null }[] } }>(
          OVERVIEW,
          { id },
        )
      ).peerTrackOverview.groups;
    expect((await overview(track.id))[0]).toMatchObject({ groupId, lastNudgedAt: nudgedAt.toISOString() });
    expect((await overview(other.track.id))[0]?.lastNudgedAt).toBeNull();
    expect(await almelo.errorCode(OVERVIEW, { id: track.id })).toBe('FORBIDDEN');
  });
});

describe('history', () => {
  it("shows a municipality its tracks and partners, replaced groups included, never another's", async () => {
    const track = await createTrack(app, {
      title: 'Traject Vastgoed 2023',
      startsOn: '2023-01-01',
      endsOn: '2023-12-31',
    });
    const almeloEnrolment = await createEnrolment(app, track, 'GM0141', [{ need: 1, share: 1 }]);
    const hengelo = await createEnrolment(app, track, 'GM0164', [{ need: 1, share: 1 }]);
    const borne = await createEnrolment(app, track, 'GM0147', [{ need: 1, share: 1 }]);
    const old = await createGroup(app, track, [almeloEnrolment, hengelo], 'PUBLISHED');
    await app.owner.query(`UPDATE peer_proposals SET status = 'SUPERSEDED' WHERE id = $1`, [old.proposalId]);
    await createGroup(app, track, [almeloEnrolment, borne], 'PUBLISHED');
    const { myPeerHistory } = await almelo.ok<{
      myPeerHistory: { title: string; partners: { name: string; current: boolean }[] }[];
    }>(HISTORY);
    expect(myPeerHistory.find((t) => t.title === 'Traject Vastgoed 2023')?.partners).toEqual([
      { name: 'Borne', current: true },
      { name: 'Hengelo', current: false },
    ]);
    const { myPeerHistory: enschedes } = await enschede.ok<{ myPeerHistory: { title: string }[] }>(HISTORY);
    expect(enschedes.map((t) => t.title)).not.toContain('Traject Vastgoed 2023');
  });
});
