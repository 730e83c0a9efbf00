import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { isLocale, type Role } from '@rode-draad/shared';
import type { Viewer } from '../../access/viewer';

export interface SessionSettings {
  idleMinutes: number;
  absoluteHours: number;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

interface SessionRow {
  session_id: string;
  user_id: string;
  role: Role | null;
  region_id: string;
  municipality_id: string | null;
  locale: string;
  stale: boolean;
}

/**
 * Sessions live in PostgreSQL so any API process can serve any user. A session ends when it has
 * been idle too long, passes its absolute expiry, is logged out, or its user is disabled.
 */
export class SessionService {
  constructor(
    // Only queries: also a bare connection (the bench's raw endpoint resolves sessions with this too).
    private readonly db: Pick<DataSource, 'query'>,
    private readonly settings: SessionSettings,
  ) {}

  get maxAgeSeconds(): number {
    return this.settings.absoluteHours * 3600;
  }

  /** A new session's token; `tx`: inside the caller's transaction (e.g. the account it creates). */
  async create(userId: string, tx: Pick<DataSource, 'query'> = this.db): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await tx.query(
      `INSERT INTO user_sessions (token_hash, user_id, expires_at)
       VALUES ($1, $2, now() + make_interval(hours => $3))`,
      [hashToken(token), userId, this.settings.absoluteHours],
    );
    return token;
  }

  /** The viewer behind a cookie token, or null when the session is unknown, expired or its user disabled. */
  async resolve(token: string): Promise<Viewer | null> {
    const rows: SessionRow[] = await this.db.query(
      `SELECT s.id AS session_id, u.id AS user_id, u.role, u.region_id, u.municipality_id, u.locale,
              s.last_seen_at < now() - interval '1 minute' AS stale
         FROM user_sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1
          AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2)
          AND u.disabled_at IS NULL`,
      [hashToken(token), this.settings.idleMinutes],
    );
    const row = rows[0];
    if (!row) {
      return null;
    }
    // Touch at most once a minute: keeps the idle clock right without a write per request.
    if (row.stale) {
      await this.db.query('UPDATE user_sessions SET last_seen_at = now() WHERE id = $1', [row.session_id]);
    }
    return {
      sessionId: row.session_id,
      sessionToken: token,
      userId: row.user_id,
      role: row.role,
      regionId: row.region_id,
      municipalityId: row.municipality_id,
      locale: isLocale(row.locale) ? row.locale : 'nl',
    };
  }

  async end(sessionId: string): Promise<void> {
    await this.db.query('DELETE FROM user_sessions WHERE id = $1', [sessionId]);
  }
}
