import { randomBytes } from 'node:crypto';
import { hashToken } from '../features/auth/session.service';
import { SESSION_COOKIE } from '../features/auth/session-cookie';
import { Client } from './client';
import type { TestApp } from './test-app';

export interface BulkParticipant {
  id: string;
  municipalityId: string;
  client: Client;
}

/**
 * Many logged-in participants at once: users inserted with one statement and their login sessions
 * written directly (as the login would store them), so a test can run hundreds of separate clients
 * without going through argon2 and the login throttle. Municipalities are dealt round-robin.
 */
export async function bulkParticipants(
  app: TestApp,
  count: number,
  cbsCodes: string[] = ['GM0141'],
): Promise<BulkParticipant[]> {
  const batch = randomBytes(4).toString('hex');
  const users = await app.owner.query<{ id: string; municipality_id: string }[]>(
    `WITH m AS (SELECT id, array_position($3::text[], cbs_code) - 1 AS k FROM municipalities WHERE cbs_code = ANY($3::text[]))
     INSERT INTO users (email, name, role, region_id, municipality_id, password_hash)
     SELECT 'bulk-' || $1 || '-' || i || '@test.example', 'Deelnemer ' || $1 || ' ' || lpad(i::text, 4, '0'), 'PARTICIPANT',
            (SELECT id FROM regions WHERE name = 'Twente'), m.id, 'not-a-hash'
       FROM generate_series(1, $2::int) i JOIN m ON m.k = (i - 1) % cardinality($3::text[])
      ORDER BY i
     RETURNING id, municipality_id`,
    [batch, count, cbsCodes],
  );
  const tokens = users.map(() => randomBytes(32).toString('base64url'));
  await app.owner.query(
    `INSERT INTO user_sessions (token_hash, user_id, expires_at)
     SELECT unnest($1::text[]), unnest($2::uuid[]), now() + interval '1 hour'`,
    [tokens.map(hashToken), users.map((u) => u.id)],
  );
  return users.map((u, i) => {
    const client = new Client(app);
    client.cookie = `${SESSION_COOKIE}=${tokens[i]}`;
    return { id: u.id, municipalityId: u.municipality_id, client };
  });
}

/** A registration written behind the app's back (e.g. for a past session), with its status and attendance. */
export async function createRegistration(
  app: TestApp,
  sessionId: string,
  userId: string,
  options: { status?: 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED'; attended?: boolean | null } = {},
): Promise<string> {
  const status = options.status ?? 'CONFIRMED';
  const [row] = await app.owner.query<{ id: string }[]>(
    `INSERT INTO registrations (session_id, user_id, municipality_id, status, registered_by, attended, cancelled_at)
     SELECT $1, u.id, u.municipality_id, $3, u.id, $4, CASE WHEN $3 = 'CANCELLED' THEN now() END FROM users u WHERE u.id = $2
     RETURNING id`,
    [sessionId, userId, status, options.attended ?? null],
  );
  return row!.id;
}
