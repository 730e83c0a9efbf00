import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, GraphQLResponse } from '../../test/client';
import { actAs } from '../../test/factories';
import { createEnrolment, createTrack, type TestTrack } from '../../test/peer-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

/**
 * A coordinator changing an enrolment while staff run the engine, both over HTTP against the same
 * PostgreSQL. Neither waits for the other (the change does not lock the track), so the contract is:
 * the run's proposal is either computed from the changed enrolment, or it is stale, and publishing
 * it then gets CONFLICT STALE_VERSION with the current version and writes nothing. Never a proposal
 * computed from the old declarations that counts as current.
 */
let app: TestApp;
let staff: Client;
let almelo: Client;

const RUN = `mutation ($id: ID!) { runPeerPairing(trackId: $id) { id version total stale groups { members { id } } } }`;
const UPDATE = `mutation ($id: ID!, $input: PeerEnrolmentInput!, $v: Int!) {
  updatePeerEnrolment(id: $id, input: $input, expectedVersion: $v) { version } }`;
const PROPOSAL = `query ($id: ID!) { peerProposal(trackId: $id) { id version total stale status groups { members { id } } } }`;
const PREVIEW = `query ($id: ID!, $a: PeerArrangementInput!) { previewPeerArrangement(proposalId: $id, arrangement: $a) { total } }`;
const PUBLISH = `mutation ($id: ID!, $v: Int!) { publishPeerProposal(proposalId: $id, expectedVersion: $v) { status } }`;

interface Proposal {
  id: string;
  version: number;
  total: number;
  stale: boolean;
  status?: string;
  groups: { members: { id: string }[] }[];
}

const OTHERS = ['GM0164', 'GM0153', 'GM0147', 'GM0168', 'GM0173'];

/** Almelo declares nothing; the others learn and share a little on every goal. */
async function setUp(): Promise<{ track: TestTrack; almeloEnrolment: string }> {
  const track = await createTrack(app, { groupForm: 'PAIRS_OR_TRIOS' });
  const almeloEnrolment = await createEnrolment(app, track, 'GM0141', [
    { need: 0, share: 0 },
    { need: 0, share: 0 },
    { need: 0, share: 0 },
  ]);
  for (const code of OTHERS) {
    await createEnrolment(app, track, code, [
      { need: 1, share: 1 },
      { need: 1, share: 0 },
      { need: 0, share: 1 },
    ]);
  }
  return { track, almeloEnrolment };
}

/** Almelo's change: now it wants to learn and can share everything, so every group with Almelo scores higher. */
const change = (track: TestTrack) => ({
  availableMonths: [],
  consentShowGoals: true,
  contactUserIds: [],
  declarations: track.goalIds.map((goalId) => ({ goalId, need: 3, share: 3 })),
  preferences: [],
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the proposal is worth on the enrolments as they are now. */
async function currentWorth(proposal: Proposal): Promise<number> {
  const { previewPeerArrangement } = await staff.ok<{ previewPeerArrangement: { total: number } }>(PREVIEW, {
    id: proposal.id,
    a: { groups: proposal.groups.map((g) => ({ municipalityIds: g.members.map((m) => m.id) })) },
  });
  return previewPeerArrangement.total;
}

async function publishedRows(trackId: string): Promise<{ proposals: number; messages: number }> {
  const [row] = await app.owner.query<{ proposals: number; messages: number }[]>(
    `SELECT (SELECT count(*)::int FROM peer_proposals WHERE track_id = $1 AND status = 'PUBLISHED') AS proposals,
            (SELECT count(*)::int FROM notification_outbox WHERE payload ->> 'trackId' = $1::text) AS messages`,
    [trackId],
  );
  return row!;
}

/**
 * After the race: the enrolment is wholly the new one; the proposal places everyone once; and it
 * is either current (its total is what its groups are worth now, and it publishes) or stale (and
 * publishing it is refused with the current version, writing nothing).
 */
async function expectContract(
  track: TestTrack,
  almeloEnrolment: string,
  run: GraphQLResponse,
): Promise<'current' | 'stale'> {
  expect(run.errors, JSON.stringify(run.errors)).toBeUndefined();
  const declarations = await app.owner.query<{ need: number; share: number }[]>(
    'SELECT need, share FROM peer_enrolment_goals WHERE enrolment_id = $1',
    [almeloEnrolment],
  );
  expect(declarations).toEqual(track.goalIds.map(() => ({ need: 3, share: 3 })));

  const { peerProposal } = await staff.ok<{ peerProposal: Proposal }>(PROPOSAL, { id: track.id });
  const placed = peerProposal.groups.flatMap((g) => g.members.map((m) => m.id));
  expect(placed).toHaveLength(1 + OTHERS.length);
  expect(new Set(placed).size).toBe(placed.length);

  if (!peerProposal.stale) {
    expect(peerProposal.total).toBe(await currentWorth(peerProposal));
    await staff.ok(PUBLISH, { id: peerProposal.id, v: peerProposal.version });
    expect((await publishedRows(track.id)).proposals).toBe(1);
    return 'current';
  }
  const refused = await staff.gql(PUBLISH, { id: peerProposal.id, v: peerProposal.version });
  expect(refused.errors?.[0]?.extensions).toMatchObject({
    code: 'CONFLICT',
    reason: 'STALE_VERSION',
    currentVersion: peerProposal.version,
    enrolmentsChanged: true,
  });
  expect(await publishedRows(track.id)).toEqual({ proposals: 0, messages: 0 });
  const { peerProposal: after } = await staff.ok<{ peerProposal: Proposal }>(PROPOSAL, { id: track.id });
  expect(after).toMatchObject({ status: 'DRAFT', version: peerProposal.version });
  return 'stale';
}

beforeAll(async () => {
  app = await startTestApp();
  staff = (await actAs(app, 'PROGRAMME_STAFF')).client;
  almelo = (await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' })).client;
});
afterAll(() => app.close());

describe('a coordinator changing an enrolment while staff run the engine', () => {
  it('fired together, round after round: the proposal is current or refused as stale; nothing half-written', async () => {
    const outcomes: string[] = [];
    // The change starts a little before, with, or a little after the run, to cross every step of it.
    for (const offset of [-20, -10, -5, 0, 0, 5, 10, 20]) {
      const { track, almeloEnrolment } = await setUp();
      const [run, update] = await Promise.all([
        sleep(Math.max(0, offset)).then(() => staff.gql(RUN, { id: track.id })),
        sleep(Math.max(0, -offset)).then(() => almelo.gql(UPDATE, { id: almeloEnrolment, input: change(track), v: 1 })),
      ]);
      expect(update.errors, JSON.stringify(update.errors)).toBeUndefined();
      outcomes.push(await expectContract(track, almeloEnrolment, run));
    }
    expect(outcomes).toHaveLength(8);
  });

  it('a change committed while the run is between reading declarations and taking its fingerprint makes it stale', async () => {
    const { track, almeloEnrolment } = await setUp();
    // Hold the run after it has read the declarations: its next reads (earlier groups, for repeats)
    // wait for this lock, and the coordinator's change, which touches no group, commits meanwhile.
    const holder = app.owner.createQueryRunner();
    await holder.connect();
    let run: Promise<GraphQLResponse>;
    try {
      await holder.startTransaction();
      await holder.query('LOCK TABLE peer_groups IN ACCESS EXCLUSIVE MODE');
      run = staff.gql(RUN, { id: track.id });
      await waitForLockWaiter();
      await almelo.ok(UPDATE, { id: almeloEnrolment, input: change(track), v: 1 });
      await holder.commitTransaction();
    } finally {
      await holder.release();
    }
    expect(await expectContract(track, almeloEnrolment, await run)).toBe('stale');
  });
});

async function waitForLockWaiter(): Promise<void> {
  const until = Date.now() + 5000;
  while (Date.now() < until) {
    const [{ n }] = await app.owner.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (n > 0) {
      return;
    }
    await sleep(10);
  }
  throw new Error('The run never waited for the lock.');
}
