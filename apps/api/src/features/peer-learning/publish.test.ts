import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/client';
import { actAs, createUser, municipalityId } from '../../test/factories';
import { createEnrolment, createGroup, createTrack, type TestTrack } from '../../test/peer-factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { expectOneWinner } from '../../test/versions';

/**
 * Locking and publishing a pairing (the parts that need no engine run): typed refusals that change
 * nothing, the race of two publications, messages to new and changed groups only, and what the
 * members then see.
 */
let app: TestApp;
let staff: Client;
let almelo: Client;
let enschede: Client;

const PUBLISH = `mutation ($id: ID!, $v: Int!) { publishPeerProposal(proposalId: $id, expectedVersion: $v) { id status version } }`;
const LOCK = `mutation ($id: ID!, $v: Int!) { setPeerGroupLocked(groupId: $id, locked: true, expectedVersion: $v) { version groups { locked } } }`;
const MY_GROUPS = `{ myPeerGroups { id trackId members { name contacts { name } } pairedGoals { goalId goalTitle learnerId fromId } } }`;

async function messages(trackId: string): Promise<string[]> {
  return (
    await app.owner.query<{ email: string }[]>(
      `SELECT u.email FROM notification_outbox o JOIN users u ON u.id = o.recipient_user_id
        WHERE o.kind = 'PEER_GROUP_PUBLISHED' AND o.payload ->> 'trackId' = $1 ORDER BY u.email`,
      [trackId],
    )
  ).map((r) => r.email);
}

async function proposalRow(id: string) {
  const [row] = await app.owner.query<
    {
      status: string;
      version: number;
    }[]
  >('SELECT status, version FROM peer_proposals WHERE id = $1', [id]);
  return row;
}

/** A track with Almelo and Hengelo in a draft group, and Borne and Losser in another, all consenting. */
async function setUp(): Promise<{
  track: TestTrack;
  enrolments: string[];
  draft: { proposalId: string; groupId: string };
}> {
  const track = await createTrack(app);
  const enrolments = [
    await createEnrolment(app, track, 'GM0141', [{ need: 3, share: 0 }]),
    await createEnrolment(app, track, 'GM0164', [{ need: 0, share: 3 }]),
  ];
  return { track, enrolments, draft: await createGroup(app, track, enrolments, 'DRAFT') };
}

/** One draft proposal of the track holding the given groups (of enrolment ids), at version 1. */
async function draftOf(track: TestTrack, groups: string[][]): Promise<{ proposalId: string; groupIds: string[] }> {
  const made = [await createGroup(app, track, groups[0]!, 'DRAFT')];
  for (const group of groups.slice(1)) {
    made.push(await createGroup(app, track, group, 'DRAFT', made[0]!.proposalId));
  }
  return { proposalId: made[0]!.proposalId, groupIds: made.map((m) => m.groupId) };
}

beforeAll(async () => {
  app = await startTestApp();
  staff = (await actAs(app, 'PROGRAMME_STAFF')).client;
  almelo = (await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' })).client;
  enschede = (await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' })).client;
  await createUser(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0164' });
});
afterAll(() => app.close());

describe('locking a group', () => {
  it('refuses to lock a group naming a withdrawn municipality, and changes nothing', async () => {
    const { track, draft } = await setUp();
    await app.owner.query(
      `UPDATE peer_enrolments SET withdrawn_at = now(), version = version + 1 WHERE track_id = $1 AND municipality_id = $2`,
      [track.id, await municipalityId(app, 'GM0164')],
    );
    const refused = await staff.gql(LOCK, { id: draft.groupId, v: 1 });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'groupId', reason: 'ENROLMENT_WITHDRAWN' }],
    });
    expect(await proposalRow(draft.proposalId)).toEqual({ status: 'DRAFT', version: 1 });
    const [group] = await app.owner.query<
      {
        locked: boolean;
      }[]
    >('SELECT locked FROM peer_groups WHERE id = $1', [draft.groupId]);
    expect(group!.locked).toBe(false);
  });

  it('locks a group of the draft and raises the version; an older version is refused', async () => {
    const { draft } = await setUp();
    const { setPeerGroupLocked } = await staff.ok<{
      setPeerGroupLocked: { version: number; groups: { locked: boolean }[] };
    }>(LOCK, { id: draft.groupId, v: 1 });
    expect(setPeerGroupLocked).toEqual({ version: 2, groups: [{ locked: true }] });
    const stale = await staff.gql(LOCK, { id: draft.groupId, v: 1 });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      currentVersion: 2,
    });
  });
});

describe('publishing', () => {
  it('publishes; members see partners and consented goals, never scores; others see nothing', async () => {
    const { track, draft } = await setUp();
    const { publishPeerProposal } = await staff.ok<{ publishPeerProposal: { status: string; version: number } }>(
      PUBLISH,
      { id: draft.proposalId, v: 1 },
    );
    expect(publishPeerProposal).toMatchObject({ status: 'PUBLISHED', version: 2 });
    const { myPeerGroups } = await almelo.ok<{
      myPeerGroups: { id: string; members: { name: string }[]; pairedGoals: { goalTitle: string }[] }[];
    }>(MY_GROUPS);
    const mine = myPeerGroups.find((g) => g.id === draft.groupId)!;
    expect(mine.members.map((m) => m.name)).toEqual(['Almelo', 'Hengelo']);
    expect(mine.pairedGoals.map((g) => g.goalTitle)).toEqual(['Bibob-beleid', 'Bibob-beleid']);
    // The schema has no score on what members read; the stored explanation's points never leave.
    const asked = await almelo.gql(`query ($id: ID!) { peerGroup(id: $id) { score } }`, { id: draft.groupId });
    expect(asked.errors?.[0]?.extensions?.reason).toBe('GRAPHQL_VALIDATION_FAILED');
    const { myPeerGroups: theirs } = await enschede.ok<{ myPeerGroups: { id: string }[] }>(MY_GROUPS);
    expect(theirs.map((g) => g.id)).not.toContain(draft.groupId);
    const foreign = await enschede.gql(`query ($id: ID!) { peerGroup(id: $id) { id } }`, { id: draft.groupId });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await messages(track.id)).length).toBeGreaterThanOrEqual(2);
  });

  it('shows only the goals both partners consented to', async () => {
    const track = await createTrack(app);
    const enrolments = [
      await createEnrolment(app, track, 'GM0141', [{ need: 3, share: 0 }], { consent: true }),
      await createEnrolment(app, track, 'GM0164', [{ need: 0, share: 3 }], { consent: false }),
    ];
    const draft = await createGroup(app, track, enrolments, 'DRAFT');
    await staff.ok(PUBLISH, { id: draft.proposalId, v: 1 });
    const { peerGroup } = await almelo.ok<{ peerGroup: { pairedGoals: unknown[] } }>(
      `query ($id: ID!) { peerGroup(id: $id) { pairedGoals { goalId } } }`,
      { id: draft.groupId },
    );
    expect(peerGroup.pairedGoals).toEqual([]);
  });

  it('refuses a stale proposal and one whose enrolments changed, and changes nothing', async () => {
    const { track, draft } = await setUp();
    const stale = await staff.gql(PUBLISH, { id: draft.proposalId, v: 7 });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      currentVersion: 1,
    });
    await app.owner.query(`UPDATE peer_enrolments SET version = version + 1 WHERE track_id = $1`, [track.id]);
    const changed = await staff.gql(PUBLISH, { id: draft.proposalId, v: 1 });
    expect(changed.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      enrolmentsChanged: true,
    });
    expect(await proposalRow(draft.proposalId)).toEqual({ status: 'DRAFT', version: 1 });
    expect(await messages(track.id)).toEqual([]);
  });

  it('two staff publishing at once: exactly one wins, the other gets CONFLICT; one set of messages', async () => {
    const { track, draft } = await setUp();
    const other = (await actAs(app, 'PROGRAMME_STAFF')).client;
    await expectOneWinner(
      app,
      { table: 'peer_tracks', id: track.id },
      [staff, other].map((c) => () => c.gql(PUBLISH, { id: draft.proposalId, v: 1 })),
      1,
    );
    const recipients = await messages(track.id);
    expect(new Set(recipients).size).toBe(recipients.length);
    expect(await proposalRow(draft.proposalId)).toEqual({ status: 'PUBLISHED', version: 2 });
  });

  it('re-publishing tells only the members of groups that changed; an unchanged group keeps its meetings', async () => {
    const borne = await createUser(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0147' });
    const almeloCoordinator = await createUser(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' });
    const track = await createTrack(app);
    const [a, b, c, d, e] = [
      await createEnrolment(app, track, 'GM0141', [{ need: 3, share: 0 }]),
      await createEnrolment(app, track, 'GM0164', [{ need: 0, share: 3 }]),
      await createEnrolment(app, track, 'GM0147', [{ need: 2, share: 1 }]),
      await createEnrolment(app, track, 'GM0168', [{ need: 1, share: 2 }]),
      await createEnrolment(app, track, 'GM0173', [{ need: 1, share: 1 }]),
    ];
    const first = await draftOf(track, [
      [a, b],
      [c, d],
    ]);
    await staff.ok(PUBLISH, { id: first.proposalId, v: 1 });
    await app.owner.query(
      `INSERT INTO peer_group_meetings (group_id, region_id, kind, starts_at, ends_at)
       SELECT id, region_id, 'INTERVISIE', now(), now() + interval '1 hour' FROM peer_groups WHERE id = $1`,
      [first.groupIds[0]],
    );
    await app.owner.query(`DELETE FROM notification_outbox WHERE payload ->> 'trackId' = $1`, [track.id]);
    const second = await draftOf(track, [
      [a, b],
      [c, e],
    ]);
    await staff.ok(PUBLISH, { id: second.proposalId, v: 1 });
    const told = await messages(track.id);
    expect(told).toContain(borne.email);
    expect(told).not.toContain(almeloCoordinator.email);
    const [meeting] = await app.owner.query<{ proposal_id: string }[]>(
      `SELECT g.proposal_id FROM peer_group_meetings m JOIN peer_groups g ON g.id = m.group_id WHERE m.group_id = $1`,
      [first.groupIds[0]],
    );
    expect(meeting!.proposal_id).toBe(second.proposalId);
    const previous = await proposalRow(first.proposalId);
    expect(previous!.status).toBe('SUPERSEDED');
  });
});
