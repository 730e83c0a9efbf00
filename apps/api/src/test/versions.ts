import { expect } from 'vitest';
import type { GraphQLResponse } from './client';

/**
 * Sends the edits at once, all based on the same version, and checks what optimistic versions
 * promise: exactly one saves, every other one is CONFLICT STALE_VERSION naming the version the
 * winner wrote. Returns the position of the winner, whose values must be the stored ones.
 */
export async function expectOneWinner(edits: (() => Promise<GraphQLResponse>)[], basedOn: number): Promise<number> {
  const results = await Promise.all(edits.map((edit) => edit()));
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
