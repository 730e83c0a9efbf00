import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Around a session (issue 11): materials and staff messages.
 *
 * - `session_materials`: links and files programme staff add to a session, for its confirmed
 *   registrants and staff. Files are kept like follow-up evidence (bytea, at most 10 MB, the type
 *   detected from the bytes); the shape CHECK keeps a link a link and a file a file. Not confidential
 *   (like registrations): the service decides who reads them, in SQL.
 * - `session_messages`: what staff wrote to a session's registrants or waitlist, and how many it
 *   reached. The mails themselves are outbox rows (kind STAFF_SESSION_MESSAGE) naming a row here; the
 *   count per session and hour is the rate limit. Append-only for the app.
 */
export class SessionExtras1764900013000 implements MigrationInterface {
  name = 'SessionExtras1764900013000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE session_materials (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES regions(id),
        kind text NOT NULL CHECK (kind IN ('LINK','FILE')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        url text CHECK (url IS NULL OR (length(url) <= 2000 AND url ~ '^https?://')),
        file_name text CHECK (file_name IS NULL OR length(file_name) BETWEEN 1 AND 200),
        content_type text,
        size_bytes integer CHECK (size_bytes IS NULL OR size_bytes BETWEEN 1 AND 10485760),
        sha256 text,
        content bytea,
        added_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT session_materials_shape CHECK (
          (kind = 'LINK' AND url IS NOT NULL AND content IS NULL AND file_name IS NULL)
          OR (kind = 'FILE' AND url IS NULL AND content IS NOT NULL AND file_name IS NOT NULL
              AND content_type IS NOT NULL AND size_bytes IS NOT NULL AND sha256 IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX session_materials_session_idx ON session_materials (session_id, created_at)`);
    await q.query(`
      CREATE TABLE session_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        region_id uuid NOT NULL REFERENCES regions(id),
        audience text NOT NULL CHECK (audience IN ('REGISTRANTS','WAITLIST')),
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        recipient_count integer NOT NULL CHECK (recipient_count >= 0),
        sent_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX session_messages_session_idx ON session_messages (session_id, created_at)`);
    await q.query(`GRANT SELECT, INSERT, DELETE ON session_materials TO rode_draad_app`);
    await q.query(`GRANT SELECT, INSERT ON session_messages TO rode_draad_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE session_messages, session_materials`);
  }
}
