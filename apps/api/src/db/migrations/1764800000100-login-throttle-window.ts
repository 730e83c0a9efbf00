import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login throttling keeps the start times of recent attempts per key instead of a counter with a
 * fixed window, so the window slides and each attempt is reserved atomically before its password
 * is checked. Keys: one (account, client address) pair, one client address, one account.
 * The old counts are dropped: they expire within 15 minutes anyway.
 */
export class LoginThrottleWindow1764800000100 implements MigrationInterface {
  name = 'LoginThrottleWindow1764800000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_throttle`);
    await q.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        attempts timestamptz[] NOT NULL,
        last_attempt_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX login_throttle_last_attempt_idx ON login_throttle (last_attempt_at)`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON login_throttle TO rode_draad_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_throttle`);
    await q.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz
      )`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON login_throttle TO rode_draad_app`);
  }
}
