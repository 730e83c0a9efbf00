import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/client';
import { actAs, municipalityId } from '../../test/factories';
import { createEnrolment, createTrack } from '../../test/peer-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

/** Staff's review with the real engine: run, lock, rearrange with the new total, re-run with the lock, publish. */
let app: TestApp;
let staff: Client;

interface Proposal {
  id: string;
  version: number;
  total: number;
  exact: boolean;
  groups: { id: string; locked: boolean; score: number; members: { id: string; name: string }[] }[];
}
const FIELDS = `id version total exact groups { id locked score members { id name } }`;

beforeAll(async () => {
  app = await startTestApp();
  staff = (await actAs(app, 'PROGRAMME_STAFF')).client;
});
afterAll(() => app.close());

describe('pairing with the engine', () => {
  it('runs, locks, rearranges by hand, re-runs keeping the lock, and publishes', async () => {
    const track = await createTrack(app, { goals: ['Beleid', 'Uitvoering'] });
    const codes = ['GM0141', 'GM0153', 'GM0164', 'GM0147', 'GM0168'];
    const declarations = [
      [
        { need: 3, share: 0 },
        { need: 0, share: 2 },
      ],
      [
        { need: 0, share: 3 },
        { need: 2, share: 0 },
      ],
      [
        { need: 2, share: 1 },
        { need: 1, share: 1 },
      ],
      [
        { need: 1, share: 2 },
        { need: 1, share: 3 },
      ],
      [
        { need: 3, share: 3 },
        { need: 0, share: 0 },
      ],
    ];
    for (const [i, code] of codes.entries()) {
      await createEnrolment(app, track, code, declarations[i]);
    }
    const ids = await Promise.all(codes.map((code) => municipalityId(app, code)));
    const { runPeerPairing: first } = await staff.ok<{ runPeerPairing: Proposal }>(
      `mutation ($id: ID!) { runPeerPairing(trackId: $id) { ${FIELDS} } }`,
      { id: track.id },
    );
    // Five municipalities in pairs: two pairs and one trio, everyone once.
    expect(first.groups.map((g) => g.members.length).sort()).toEqual([2, 3]);
    expect(first.groups.flatMap((g) => g.members.map((m) => m.id)).sort()).toEqual([...ids].sort());
    expect(first.exact).toBe(true);

    // A hand-made arrangement: preview shows the total, saving stores it.
    const arrangement = {
      groups: [{ municipalityIds: [ids[0], ids[1]] }, { municipalityIds: [ids[2], ids[3], ids[4]] }],
    };
    const { previewPeerArrangement } = await staff.ok<{ previewPeerArrangement: { total: number } }>(
      `query ($id: ID!, $a: PeerArrangementInput!) { previewPeerArrangement(proposalId: $id, arrangement: $a) { total groupScores } }`,
      { id: first.id, a: arrangement },
    );
    expect(previewPeerArrangement.total).toBeLessThanOrEqual(first.total);
    const { rearrangePeerGroups: hand } = await staff.ok<{ rearrangePeerGroups: Proposal }>(
      `mutation ($id: ID!, $a: PeerArrangementInput!, $v: Int!) { rearrangePeerGroups(proposalId: $id, arrangement: $a, expectedVersion: $v) { ${FIELDS} } }`,
      { id: first.id, a: arrangement, v: first.version },
    );
    expect(hand.total).toBe(previewPeerArrangement.total);
    expect(hand.exact).toBe(false);

    // Lock the Almelo–Enschede pair and re-run: the engine keeps it.
    const pair = hand.groups.find((g) => g.members.length === 2)!;
    const { setPeerGroupLocked: locked } = await staff.ok<{ setPeerGroupLocked: Proposal }>(
      `mutation ($id: ID!, $v: Int!) { setPeerGroupLocked(groupId: $id, locked: true, expectedVersion: $v) { ${FIELDS} } }`,
      { id: pair.id, v: hand.version },
    );
    const { runPeerPairing: again } = await staff.ok<{ runPeerPairing: Proposal }>(
      `mutation ($id: ID!) { runPeerPairing(trackId: $id) { ${FIELDS} } }`,
      { id: track.id },
    );
    expect(again.version).toBe(locked.version + 1);
    const kept = again.groups.find((g) => g.locked)!;
    expect(kept.members.map((m) => m.id).sort()).toEqual([ids[0], ids[1]].sort());

    // An arrangement that leaves someone out is refused with a typed error and changes nothing.
    const refused = await staff.gql(
      `mutation ($id: ID!, $a: PeerArrangementInput!, $v: Int!) { rearrangePeerGroups(proposalId: $id, arrangement: $a, expectedVersion: $v) { id } }`,
      { id: again.id, a: { groups: [{ municipalityIds: [ids[0], ids[1]] }] }, v: again.version },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(refused.errors?.[0]?.extensions?.fields).toEqual([{ field: 'groups', reason: 'INVALID_GROUPS' }]);

    const { publishPeerProposal } = await staff.ok<{ publishPeerProposal: { status: string } }>(
      `mutation ($id: ID!, $v: Int!) { publishPeerProposal(proposalId: $id, expectedVersion: $v) { status } }`,
      { id: again.id, v: again.version },
    );
    expect(publishPeerProposal.status).toBe('PUBLISHED');
  });

  it('reports an infeasible pool plainly: everyone would have to meet a municipality they avoid', async () => {
    const track = await createTrack(app);
    const almelo = await createEnrolment(app, track, 'GM0141', [{ need: 3, share: 0 }]);
    await createEnrolment(app, track, 'GM0153', [{ need: 0, share: 3 }]);
    await app.owner.query(
      `INSERT INTO peer_enrolment_preferences (enrolment_id, track_id, region_id, municipality_id, other_municipality_id, kind)
       SELECT id, track_id, region_id, municipality_id, $2, 'AVOID' FROM peer_enrolments WHERE id = $1`,
      [almelo, await municipalityId(app, 'GM0153')],
    );
    const result = await staff.gql(`mutation ($id: ID!) { runPeerPairing(trackId: $id) { id } }`, { id: track.id });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'FORBIDDEN_PAIRS' });
    const [{ n }] = await app.owner.query<[{ n: number }]>(
      'SELECT count(*)::int AS n FROM peer_proposals WHERE track_id = $1',
      [track.id],
    );
    expect(n).toBe(0);
  });
});
