import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedIn } from '../test/client';
import { startTestApp, type TestApp } from '../test/test-app';
import { DEMO_PASSWORD } from './demo-accounts';
import { seedDemo } from './seed-demo';

/** The demo's regional advice and the programme's answers, read back through the API as a participant. */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await seedDemo(app.owner);
}, 120_000);
afterAll(() => app.close());

interface Snapshot {
  advice: {
    title: string;
    answer: { status: string; activities: { title: string }[]; tracks: { title: string }[] } | null;
    answerHistory: { status: string; at: string }[];
  }[];
}

describe('regional advice demo data', () => {
  it('gives each demo snapshot three or four pieces of advice, answered with demo activities and the track', async () => {
    const participant = await loggedIn(app, 'participant.almelo@rodedraad.example', DEMO_PASSWORD);
    const { pictureSnapshots } = await participant.ok<{ pictureSnapshots: { items: Snapshot[] } }>(
      `{ pictureSnapshots { items { advice { title answer { status activities { title } tracks { title } }
         answerHistory { status at } } } } }`,
    );
    // Two yearly pictures and the update that first compares learning and follow-up (seed-learning-effect).
    expect(pictureSnapshots.items).toHaveLength(3);
    for (const snapshot of pictureSnapshots.items) {
      expect(snapshot.advice.length).toBeGreaterThanOrEqual(3);
      expect(snapshot.advice.length).toBeLessThanOrEqual(4);
    }
    const all = pictureSnapshots.items.flatMap((s) => s.advice);
    expect(all.some((a) => a.answer?.status === 'ANSWERED' && a.answer.tracks.length === 1)).toBe(true);
    expect(all.some((a) => (a.answer?.activities.length ?? 0) > 0)).toBe(true);
    expect(all.some((a) => a.answer === null)).toBe(true);
    // The answer over time: dated changes, oldest first.
    const history = all.find((a) => a.answerHistory.length === 3)!.answerHistory;
    expect(history.map((e) => e.status)).toEqual(['PLANNED', 'UNDER_WAY', 'ANSWERED']);
    expect(new Date(history[0]!.at) < new Date(history[2]!.at)).toBe(true);
  });
});
