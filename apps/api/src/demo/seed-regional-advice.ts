import type { DataSource } from 'typeorm';
import { SessionService } from '../features/auth/session.service';
import { RegionalAdviceService } from '../features/regional-advice/regional-advice.service';
import { DEMO_ADVICE } from './demo-advice-content';

const DAY = 24 * 3600 * 1000;

/**
 * The programme's answers to the demo advice (published with the two snapshots by seed-scans),
 * given through the service as the demo programme staff member, linked to the demo activities and
 * the peer-learning track on the advice's theme; then dated back so the answer shows over time.
 * Some advice of the latest snapshot stays without an answer, for the builder and the roadmap.
 */
export async function seedRegionalAdvice(db: DataSource, regionId: string, staffEmail: string): Promise<void> {
  const [staff] = await db.query<{ id: string }[]>('SELECT id FROM users WHERE email = $1', [staffEmail]);
  const sessions = new SessionService(db, { idleMinutes: 60, absoluteHours: 1 });
  const viewer = await sessions.resolve(await sessions.create(staff!.id));
  if (!viewer) {
    throw new Error('The demo programme staff member could not start a session.');
  }
  try {
    const service = new RegionalAdviceService(db);
    const activities = await db.query<{ id: string; title: string }[]>(
      'SELECT id, title FROM learning_activities WHERE region_id = $1',
      [regionId],
    );
    const [track] = await db.query<{ id: string }[]>(
      'SELECT id FROM peer_tracks WHERE region_id = $1 ORDER BY starts_on LIMIT 1',
      [regionId],
    );
    const snapshots = await db.query<{ id: string; published_at: Date }[]>(
      'SELECT id, published_at FROM picture_snapshots WHERE region_id = $1 ORDER BY published_at',
      [regionId],
    );
    for (const [index, snapshot] of snapshots.entries()) {
      // Later updates carry the second year's advice again (seed-learning-effect).
      const which = index === 0 ? 'first' : 'second';
      const advice = await service.ofSnapshot(viewer, snapshot.id);
      for (const [position, demo] of DEMO_ADVICE[which].entries()) {
        const adviceId = advice[position]!.id;
        for (const [version, answer] of demo.answers.entries()) {
          await service.answer(viewer, {
            adviceId,
            status: answer.status,
            explanation: answer.explanation,
            activityIds: answer.activities.map((title) => activities.find((a) => a.title === title)!.id),
            trackIds: answer.track && track ? [track.id] : [],
            expectedVersion: version,
          });
        }
        // Each change some weeks after the last, from the snapshot's publication on.
        const published = snapshot.published_at.getTime();
        const step = Math.min(90 * DAY, (Date.now() - published) / (demo.answers.length + 1));
        await db.query(
          `UPDATE regional_advice_answer_events SET at = to_timestamp(($2::bigint + version * $3::bigint) / 1000.0)
            WHERE advice_id = $1`,
          [adviceId, published, Math.round(step)],
        );
        await db.query(
          `UPDATE regional_advice_answers a SET updated_at = e.at
             FROM regional_advice_answer_events e WHERE e.advice_id = a.advice_id AND e.version = a.version
              AND a.advice_id = $1`,
          [adviceId],
        );
      }
    }
  } finally {
    await sessions.end(viewer.sessionId);
  }
}
