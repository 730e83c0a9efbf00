import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedIn } from '../test/client';
import { startTestApp, type TestApp } from '../test/test-app';
import { DEMO_PASSWORD } from './demo-accounts';
import { seedDemo } from './seed-demo';

/** The peer-learning demo data goes in under row-level security and reads back through the API. */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await seedDemo(app.owner);
}, 120_000);
afterAll(() => app.close());

describe('peer-learning demo data', () => {
  it('has a completed track with published pairs, logs and evaluations, and an open track with 11 enrolments', async () => {
    const staff = await loggedIn(app, 'staff@rodedraad.example', DEMO_PASSWORD);
    const { peerTracks } = await staff.ok<{
      peerTracks: { id: string; title: string; enrolmentOpen: boolean; enrolmentCount: { value: number } }[];
    }>(`{ peerTracks { id title enrolmentOpen enrolmentCount { value } } }`);
    const open = peerTracks.find((t) => t.enrolmentOpen)!;
    const past = peerTracks.find((t) => !t.enrolmentOpen)!;
    expect(open.enrolmentCount.value).toBe(11);
    const { peerProposal } = await staff.ok<{ peerProposal: { status: string; groups: unknown[] } }>(
      `query ($id: ID!) { peerProposal(trackId: $id) { status groups { id score } } }`,
      { id: past.id },
    );
    expect(peerProposal).toMatchObject({ status: 'PUBLISHED' });
    expect(peerProposal.groups).toHaveLength(4);
    const [counts] = await app.owner.query<{ logs: number; evaluations: number; meetings: number }[]>(
      `SELECT (SELECT count(*)::int FROM peer_group_log_entries) AS logs,
              (SELECT count(*)::int FROM peer_group_evaluations) AS evaluations,
              (SELECT count(*)::int FROM peer_group_meetings WHERE status = 'HELD') AS meetings`,
    );
    expect(counts).toEqual({ logs: 8, evaluations: 8, meetings: 8 });

    const almelo = await loggedIn(app, 'coordinator.almelo@rodedraad.example', DEMO_PASSWORD);
    const { myPeerGroups } = await almelo.ok<{ myPeerGroups: { members: { name: string }[] }[] }>(
      `{ myPeerGroups { members { name } } }`,
    );
    expect(myPeerGroups.map((g) => g.members.map((m) => m.name))).toEqual([['Almelo', 'Enschede']]);
  });
});
