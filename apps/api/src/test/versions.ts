import { expect } from 'vitest';
import type { GraphQLResponse } from './client';
import type { TestApp } from './test-app';

/** The row every edit of the race writes. */
export interface RacedRow {
  table: string;
  id: string;
}

/**
 * Sends the edits at once, all based on the same version, and checks what optimistic versions
 * promise: exactly one saves, every other one is CONFLICT STALE_VERSION naming the version the
 * winner wrote. Returns the position of the winner, whose values must be the stored ones.
 *
 * So that the race really happens, the row is held locked (behind the app's back) until at least
 * two edits wait for it: each has then read whatever it reads before writing. An edit that checks
 * the version without locking the row would have read the old version and win as well.
 */
export async function expectOneWinner(
  app: TestApp,
  row: RacedRow,
  edits: (() => Promise<GraphQLResponse>)[],
  basedOn: number,
): Promise<number> {
  const holder = app.owner.createQueryRunner();
  await holder.connect();
  let results: GraphQLResponse[];
  try {
    await holder.startTransaction();
    await holder.query(`SELECT 1 FROM ${row.table} WHERE id = $1 FOR UPDATE`, [row.id]);
    const pending = Promise.all(edits.map((edit) => edit()));
    await waitForLockWaiters(app, Math.min(2, edits.length));
    await holder.commitTransaction();
    results = await pending;
  } finally {
    await holder.release();
  }
  const winners = results.flatMap((result, i) => (result.errors?.length ? [] : [i]));
  expect(winners, JSON.stringify(results.map((r) => r.errors?.[0]?.extensions))).toHaveLength(1);
  for (const [i, result] of results.entries()) {
    if (i !== winners[0]) {
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'STALE_VERSION',
        currentVersion: basedOn + 1,
      });
    }
  }
  return winners[0]!;
}

/** Until `count` statements of the app wait for a lock (at most 5 s: a refused edit never gets there). */
async function waitForLockWaiters(app: TestApp, count: number): Promise<void> {
  const until = Date.now() + 5000;
  while (Date.now() < until) {
    const [{ n }] = await app.owner.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (n >= count) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
