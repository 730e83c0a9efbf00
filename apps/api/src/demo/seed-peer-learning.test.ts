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

    // The evaluation window closed at the end of January 2025 and eight municipalities answered: released.
    const { peerTrackOverview } = await staff.ok<{
      peerTrackOverview: {
        groups: {
          meetingsHeld: number;
          meetingsPlanned: number;
          evaluationResponses: number;
          lastActivityAt: string;
          idle: boolean;
        }[];
        evaluation: {
          released: boolean;
          suppressed: boolean;
          responses: number;
          averageRating: number | null;
          comments: string[];
        };
      };
    }>(
      `query ($id: ID!) { peerTrackOverview(trackId: $id) {
         groups { meetingsHeld meetingsPlanned evaluationResponses lastActivityAt idle }
         evaluation { released suppressed responses averageRating comments } } }`,
      { id: past.id },
    );
    expect(peerTrackOverview.groups.map((g) => [g.meetingsHeld, g.meetingsPlanned, g.evaluationResponses])).toEqual(
      Array.from({ length: 4 }, () => [2, 0, 2]),
    );
    expect(peerTrackOverview.groups.every((g) => g.lastActivityAt.startsWith('2024-') && !g.idle)).toBe(true);
    expect(peerTrackOverview.evaluation).toMatchObject({ released: true, suppressed: false, responses: 8 });
    expect(peerTrackOverview.evaluation.averageRating).toBeGreaterThanOrEqual(3);
    expect(peerTrackOverview.evaluation.comments.length).toBeGreaterThan(0);

    const almelo = await loggedIn(app, 'coordinator.almelo@rodedraad.example', DEMO_PASSWORD);
    const { myPeerGroups } = await almelo.ok<{ myPeerGroups: { members: { name: string }[] }[] }>(
      `{ myPeerGroups { members { name } } }`,
    );
    expect(myPeerGroups.map((g) => g.members.map((m) => m.name))).toEqual([['Almelo', 'Enschede']]);
  });

  it('counts both tracks as offer on their theme pages and in the roadmap', async () => {
    const participant = await loggedIn(app, 'participant.almelo@rodedraad.example', DEMO_PASSWORD);
    const { peerTracks } = await participant.ok<{
      peerTracks: { id: string; programmeId: string; themes: { id: string }[]; enrolmentStatus: string }[];
    }>(`{ peerTracks { id programmeId themes { id } enrolmentStatus } }`);
    const past = peerTracks.find((t) => t.enrolmentStatus === 'CLOSED')!;
    const open = peerTracks.find((t) => t.enrolmentStatus === 'OPEN')!;
    const onTheme = async (themeId: string) =>
      (
        await participant.ok<{
          themeProgramme: {
            peerTracks: {
              id: string;
              enrolmentCount: { kind: string; value: number | null };
              publishedGroupCount: number | null;
            }[];
          };
        }>(
          `query ($id: ID!) { themeProgramme(themeId: $id) { peerTracks { id enrolmentCount { kind value } publishedGroupCount } } }`,
          { id: themeId },
        )
      ).themeProgramme.peerTracks;
    // 8 and 11 of 14 municipalities lie between k = 3 and n − k = 11: shown exactly, with the 4 published groups.
    expect(await onTheme(past.themes[0]!.id)).toEqual([
      { id: past.id, enrolmentCount: { kind: 'EXACT', value: 8 }, publishedGroupCount: 4 },
    ]);
    expect(await onTheme(open.themes[0]!.id)).toEqual([
      { id: open.id, enrolmentCount: { kind: 'EXACT', value: 11 }, publishedGroupCount: null },
    ]);

    const { roadmap } = await participant.ok<{
      roadmap: {
        periods: { year: number }[];
        rows: { theme: { id: string }; trackCounts: number[]; gapYears: number[] }[];
      };
    }>(
      `query ($id: ID!) { roadmap(programmeId: $id) { periods { year } rows { theme { id } trackCounts gapYears } } }`,
      {
        id: past.programmeId,
      },
    );
    const row = roadmap.rows.find((r) => r.theme.id === past.themes[0]!.id)!;
    expect(row.trackCounts[roadmap.periods.findIndex((p) => p.year === 2024)]).toBe(1);
    expect(row.gapYears).not.toContain(2024);
  });
});
