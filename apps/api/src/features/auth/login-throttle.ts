import type { EntityManager } from 'typeorm';
import { RateLimitedError } from '../../common/errors';

interface Rule {
  /** Failures after which each further attempt is slowed down. */
  slowAfter: number;
  /** Failures after which the key is locked. */
  lockAfter: number;
}

const WINDOW_MINUTES = 15;
const LOCK_MINUTES = 15;
const DELAY_STEP_MS = 400;
const DELAY_MAX_MS = 3_000;

export const ACCOUNT_RULE: Rule = { slowAfter: 3, lockAfter: 10 };
export const ADDRESS_RULE: Rule = { slowAfter: 20, lockAfter: 100 };

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (ip: string) => `address:${ip}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Failed-login bookkeeping in PostgreSQL, so every API process sees the same counts.
 * Per key (account or client address): failures in a sliding 15-minute window slow the next
 * attempts down, and past a limit the key is refused for 15 minutes.
 */
export class LoginThrottle {
  constructor(private readonly db: EntityManager) {}

  /** Refuses while any key is locked, otherwise waits the delay their failures earned. */
  async beforeAttempt(keys: [string, Rule][]): Promise<void> {
    const rows: { key: string; failures: number; locked_seconds: number | null }[] = await this.db.query(
      `SELECT key,
              CASE WHEN window_started_at > now() - make_interval(mins => $2) THEN failures ELSE 0 END AS failures,
              CEIL(EXTRACT(EPOCH FROM (locked_until - now())))::int AS locked_seconds
         FROM login_throttle WHERE key = ANY($1)`,
      [keys.map(([key]) => key), WINDOW_MINUTES],
    );
    let delay = 0;
    for (const row of rows) {
      if (row.locked_seconds !== null && row.locked_seconds > 0) {
        throw new RateLimitedError(row.locked_seconds);
      }
      const rule = keys.find(([key]) => key === row.key)?.[1];
      if (rule && row.failures >= rule.slowAfter) {
        delay = Math.max(delay, Math.min(DELAY_MAX_MS, (row.failures - rule.slowAfter + 1) * DELAY_STEP_MS));
      }
    }
    if (delay > 0) {
      await sleep(delay);
    }
  }

  async recordFailure(keys: [string, Rule][]): Promise<void> {
    for (const [key, rule] of keys) {
      await this.db.query(
        `INSERT INTO login_throttle AS t (key, failures, window_started_at)
         VALUES ($1, 1, now())
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN t.window_started_at > now() - make_interval(mins => $2) THEN t.failures + 1 ELSE 1 END,
           window_started_at = CASE WHEN t.window_started_at > now() - make_interval(mins => $2) THEN t.window_started_at ELSE now() END,
           locked_until = CASE
             WHEN t.window_started_at > now() - make_interval(mins => $2) AND t.failures + 1 >= $3
             THEN now() + make_interval(mins => $4) ELSE t.locked_until END`,
        [key, WINDOW_MINUTES, rule.lockAfter, LOCK_MINUTES],
      );
    }
  }

  async reset(key: string): Promise<void> {
    await this.db.query('DELETE FROM login_throttle WHERE key = $1', [key]);
  }
}
