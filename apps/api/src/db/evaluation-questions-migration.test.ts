import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../test/database';
import { createDataSource } from './data-source';
import {
  DEFAULT_COMMENT_QUESTION_ID,
  DEFAULT_OVERALL_QUESTION_ID,
  EvaluationQuestions1764900014000,
} from './migrations/1764900014000-evaluation-questions';

/** Evaluations given before question sets keep their rating and comment, as answers to the default set. */
let owner: DataSource;

beforeAll(async () => {
  const db = await createTestDatabase();
  owner = createDataSource({ url: db.ownerUrl, poolSize: 1 });
  await owner.initialize();
});
afterAll(() => owner.destroy());

describe('migration EvaluationQuestions', () => {
  it('moves every rating and non-empty comment into answers, losing nothing', async () => {
    const runner = owner.createQueryRunner();
    const migration = new EvaluationQuestions1764900014000();
    try {
      await migration.down(runner);
      const [session] = (await runner.query(
        `WITH p AS (INSERT INTO programmes (region_id, name, start_year, end_year, goals, status)
                    SELECT id, 'P', 2024, 2025, '', 'ACTIVE' FROM regions WHERE name = 'Twente' RETURNING id, region_id),
              u AS (INSERT INTO users (email, name, role, region_id, password_hash)
                    SELECT 'staff-m@test.example', 'S', 'PROGRAMME_STAFF', region_id, 'x' FROM p RETURNING id),
              a AS (INSERT INTO learning_activities (region_id, programme_id, title, format, owner_user_id)
                    SELECT p.region_id, p.id, 'A', 'WORKSHOP', u.id FROM p, u RETURNING id, region_id)
         INSERT INTO sessions (region_id, activity_id, starts_at, ends_at, online_url, capacity, registration_deadline, status)
         SELECT region_id, id, now() - interval '2 days', now() - interval '2 days' + interval '2 hours', 'https://meet.example/x', 10,
                now() - interval '3 days', 'COMPLETED' FROM a RETURNING id, region_id`,
      )) as { id: string; region_id: string }[];
      const users = (await runner.query(
        `INSERT INTO users (email, name, role, region_id, password_hash)
         SELECT 'old-' || i || '@test.example', 'Old ' || i, 'PROGRAMME_STAFF', $1, 'x' FROM generate_series(1, 2) i RETURNING id`,
        [session!.region_id],
      )) as { id: string }[];
      await runner.query(
        `INSERT INTO evaluations (session_id, user_id, rating, comment) VALUES ($1, $2, 4, 'Goed'), ($1, $3, 2, '')`,
        [session!.id, users[0]!.id, users[1]!.id],
      );
      await migration.up(runner);
      const answers: unknown = await runner.query(
        `SELECT e.user_id AS "userId", a.question_id AS "questionId", a.rating, a.text
           FROM evaluation_answers a JOIN evaluations e ON e.id = a.evaluation_id ORDER BY a.rating NULLS LAST`,
      );
      expect(answers).toEqual([
        { userId: users[1]!.id, questionId: DEFAULT_OVERALL_QUESTION_ID, rating: 2, text: null },
        { userId: users[0]!.id, questionId: DEFAULT_OVERALL_QUESTION_ID, rating: 4, text: null },
        { userId: users[0]!.id, questionId: DEFAULT_COMMENT_QUESTION_ID, rating: null, text: 'Goed' },
      ]);
    } finally {
      await runner.release();
    }
  });
});
