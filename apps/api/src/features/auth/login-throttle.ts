import type { DataSource, EntityManager } from 'typeorm';
import { RateLimitedError } from '../../common/errors';

export interface LoginThrottleRules {
  /** Attempts older than this no longer count: the window slides with every attempt. */
  windowMinutes: number;
  /** Attempts per (account, client address) before that pair is refused. */
  pairLimit: number;
  /** Attempts per client address, over all accounts, before that address is refused. */
  addressLimit: number;
  /** Attempts per account, from anywhere, after which each further attempt waits. Never a lock. */
  accountSlowAfter: number;
  delayStepMs: number;
  /** Upper bound of the per-account wait, so an attacker can slow the real user down but not lock them out. */
  delayMaxMs: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleRules = {
  windowMinutes: 15,
  pairLimit: 10,
  addressLimit: 100,
  accountSlowAfter: 3,
  delayStepMs: 400,
  delayMaxMs: 3_000,
};

/** Enough history to reach the largest delay; older attempts of a busy account are dropped. */
const ACCOUNT_HISTORY = 100;
/** Stale rows removed per attempt, so the table stays as small as the recent traffic. */
const CLEANUP_BATCH = 20;

const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** One reserved attempt: counted as a failure until `succeeded` gives it back. */
export interface LoginAttempt {
  keys: { pair: string; address: string; account: string };
  /** The attempt's timestamp as PostgreSQL wrote it (text keeps the microseconds a Date loses). */
  slot: string;
  /** How long to wait before checking the password: the account's slowdown. */
  delayMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Login bookkeeping in PostgreSQL, so every API process sees the same counts. Each key holds the
 * times of its attempts in the sliding window. An attempt is reserved on all its keys in one
 * transaction BEFORE the password is checked: the upsert's row lock serialises parallel attempts,
 * so no more than the limit are ever checked, and a right password past the limit is refused too.
 *
 * Locks are per (account, address) and per address only, so nobody can lock a user out from
 * elsewhere; per account there is only a bounded delay.
 */
export class LoginThrottle {
  private readonly rules: LoginThrottleRules;

  constructor(
    private readonly db: DataSource,
    rules: Partial<LoginThrottleRules> = {},
  ) {
    this.rules = { ...DEFAULT_LOGIN_THROTTLE, ...rules };
  }

  static keys(email: string, clientAddress: string): LoginAttempt['keys'] {
    const account = normaliseEmail(email);
    return {
      pair: `pair:${clientAddress}/${account}`,
      address: `address:${clientAddress}`,
      account: `account:${account}`,
    };
  }

  /** Reserves an attempt, or refuses with RATE_LIMITED; then waits the account's delay. */
  async reserve(email: string, clientAddress: string): Promise<LoginAttempt> {
    const keys = LoginThrottle.keys(email, clientAddress);
    const attempt = await this.db.transaction(async (tx) => {
      // Always pair, then address, then account: one lock order, so parallel logins cannot deadlock.
      const slot = await this.reserveLimited(tx, keys.pair, this.rules.pairLimit);
      await this.reserveLimited(tx, keys.address, this.rules.addressLimit);
      const earlier = await this.recordOnAccount(tx, keys.account);
      return { keys, slot, delayMs: this.delayFor(earlier) };
    });
    await this.removeStaleRows();
    if (attempt.delayMs > 0) {
      await sleep(attempt.delayMs);
    }
    return attempt;
  }

  /**
   * A successful login clears its own (account, address) pair and gives its slot back on the
   * address and the account. Other addresses' attempts on the account keep counting: success
   * here says nothing about them.
   */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query('DELETE FROM login_throttle WHERE key = $1', [attempt.keys.pair]);
      await tx.query(
        `UPDATE login_throttle
            SET attempts = attempts[:array_position(attempts, $2::timestamptz) - 1]
                        || attempts[array_position(attempts, $2::timestamptz) + 1:]
          WHERE key = ANY($1) AND array_position(attempts, $2::timestamptz) IS NOT NULL`,
        [[attempt.keys.address, attempt.keys.account], attempt.slot],
      );
    });
  }

  private reserveLimited(tx: EntityManager, key: string, limit: number): Promise<string> {
    return reserveSlot(tx, key, this.rules.windowMinutes, limit);
  }

  /** Appends an attempt on the account (never refused); returns how many were in the window before it. */
  private async recordOnAccount(tx: EntityManager, key: string): Promise<number> {
    const [row] = await tx.query<{ earlier: number }[]>(
      `INSERT INTO login_throttle AS t (key, attempts, last_attempt_at)
       VALUES ($1, ARRAY[now()], now())
       ON CONFLICT (key) DO UPDATE SET
         attempts = ARRAY(SELECT a FROM unnest(t.attempts) AS a WHERE a > now() - make_interval(mins => $2)
                           ORDER BY a DESC LIMIT $3 - 1) || now(),
         last_attempt_at = now()
       RETURNING cardinality(attempts) - 1 AS earlier`,
      [key, this.rules.windowMinutes, ACCOUNT_HISTORY],
    );
    return row?.earlier ?? 0;
  }

  private delayFor(earlier: number): number {
    const { accountSlowAfter, delayStepMs, delayMaxMs } = this.rules;
    return earlier < accountSlowAfter ? 0 : Math.min(delayMaxMs, (earlier - accountSlowAfter + 1) * delayStepMs);
  }

  private async removeStaleRows(): Promise<void> {
    // The repeated condition makes PostgreSQL re-check a row another login touched meanwhile.
    await this.db.query(
      `DELETE FROM login_throttle
        WHERE last_attempt_at < now() - make_interval(mins => $1)
          AND key IN (SELECT key FROM login_throttle WHERE last_attempt_at < now() - make_interval(mins => $1)
                       ORDER BY last_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED)`,
      [this.rules.windowMinutes, CLEANUP_BATCH],
    );
  }
}

/**
 * Appends an attempt to `key` unless it already holds `limit` in the sliding window of
 * `windowMinutes`; returns the slot, or refuses with RATE_LIMITED (retry after the oldest counted
 * attempt leaves the window). The upsert's row lock serialises parallel attempts on one key.
 */
export async function reserveSlot(
  tx: EntityManager,
  key: string,
  windowMinutes: number,
  limit: number,
): Promise<string> {
  const rows = await tx.query<{ slot: string }[]>(
    `INSERT INTO login_throttle AS t (key, attempts, last_attempt_at)
     VALUES ($1, ARRAY[now()], now())
     ON CONFLICT (key) DO UPDATE SET
       attempts = ARRAY(SELECT a FROM unnest(t.attempts) AS a WHERE a > now() - make_interval(mins => $2)) || now(),
       last_attempt_at = now()
     WHERE (SELECT count(*) FROM unnest(t.attempts) AS a WHERE a > now() - make_interval(mins => $2)) < $3
     RETURNING now()::text AS slot`,
    [key, windowMinutes, limit],
  );
  if (rows[0]) {
    return rows[0].slot;
  }
  // A slot frees up when the limit-th most recent attempt leaves the window.
  const [wait] = await tx.query<{ seconds: number }[]>(
    `SELECT CEIL(EXTRACT(EPOCH FROM a + make_interval(mins => $2) - now()))::int AS seconds
       FROM login_throttle, unnest(attempts) AS a
      WHERE key = $1 AND a > now() - make_interval(mins => $2)
      ORDER BY a DESC OFFSET $3 - 1 LIMIT 1`,
    [key, windowMinutes, limit],
  );
  throw new RateLimitedError(Math.max(1, wait?.seconds ?? 1));
}
