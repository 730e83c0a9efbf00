import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../test/database';
import { createDataSource } from './data-source';
import { migrations } from './migrations';

/** Migrations are reviewed code that can be rolled back: every `down` undoes its `up`, and `up` runs again after it. */
let db: TestDatabase;
let owner: DataSource;

beforeAll(async () => {
  db = await createTestDatabase();
  owner = createDataSource({ url: db.ownerUrl, poolSize: 1 });
  await owner.initialize();
});
afterAll(() => owner.destroy());

describe('migrations', () => {
  it('roll back to the first and forward again', async () => {
    const tablesBefore = await owner.query<unknown[]>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
    );
    const policiesBefore = await owner.query<unknown[]>(`SELECT tablename, policyname FROM pg_policies ORDER BY 1, 2`);
    for (let undone = 1; undone < migrations.length; undone += 1) {
      await owner.undoLastMigration({ transaction: 'each' });
    }
    const [{ n }] = await owner.query<[{ n: number }]>('SELECT count(*)::int AS n FROM migrations');
    expect(n).toBe(1);
    const applied = await owner.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(migrations.length - 1);
    expect(await owner.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).toEqual(
      tablesBefore,
    );
    expect(await owner.query(`SELECT tablename, policyname FROM pg_policies ORDER BY 1, 2`)).toEqual(policiesBefore);
  });
});
