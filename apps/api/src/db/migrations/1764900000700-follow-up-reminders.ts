import type { MigrationInterface, QueryRunner } from 'typeorm';

const USER = '(SELECT rd_user_id())';
const ROLE = '(SELECT rd_role())';
const REGION = '(SELECT rd_region_id())';
const MUNICIPALITY = '(SELECT rd_municipality_id())';

/** The invitation whose raw token this transaction carries (`app.invitation_token`); never a guessable setting. */
const TOKEN_MATCH = `token_hash = encode(sha256(convert_to(nullif(current_setting('app.invitation_token', true), ''), 'UTF8')), 'hex')`;
/** A usable invitation to own recommendation `column`, opened by the transaction's token. */
const invitedTo = (column: string) => `EXISTS (SELECT 1 FROM invitations i
   WHERE i.recommendation_id = ${column} AND i.${TOKEN_MATCH}
     AND i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now())`;
const ownCoordinator = `(${ROLE} = 'MUNICIPAL_COORDINATOR' AND region_id = ${REGION} AND municipality_id = ${MUNICIPALITY})`;

/**
 * Follow-up reminders, the overdue digest and invitations.
 *
 * - `users.overdue_digest`: whether the user wants the weekly overdue digest (on by default).
 * - `notification_outbox`: a message may go to an address instead of an account (an invitation
 *   goes to someone who has none yet): `recipient_email`, `recipient_name`, `recipient_locale`, and
 *   exactly one of account or address. Status `SKIPPED`: at send time the message was no longer
 *   wanted (its recommendation was closed, its due date moved, the recipient lost access).
 * - `invitations`: one-time, expiring links, stored as a SHA-256 of the token only. `purpose` says
 *   what accepting does; this migration knows `RECOMMENDATION_OWNER` (create a participant account
 *   of the municipality and make it owner of the recommendation). Issue 11's general invitations
 *   and password reset add their purposes to the CHECK. The role an invitation creates is never a
 *   privileged one (CHECK), so an administrator cannot come out of it. FORCE row-level security:
 *   the municipality's coordinators see and write its invitations; whoever holds the raw token
 *   (`app.invitation_token`) sees and uses exactly that invitation. The link to a recommendation is
 *   confidential like the recommendation.
 * - While accepting, the token also opens the invited recommendation: it may be read, and its owner
 *   set to the new account (the acceptor's fresh session), with an OWNER entry on its timeline.
 */
export class FollowUpReminders1764900000700 implements MigrationInterface {
  name = 'FollowUpReminders1764900000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN overdue_digest boolean NOT NULL DEFAULT true`);

    await q.query(`
      ALTER TABLE notification_outbox
        ALTER COLUMN recipient_user_id DROP NOT NULL,
        ADD COLUMN recipient_email text CHECK (recipient_email IS NULL OR length(recipient_email) <= 254),
        ADD COLUMN recipient_name text CHECK (recipient_name IS NULL OR length(recipient_name) <= 200),
        ADD COLUMN recipient_locale text CHECK (recipient_locale IS NULL OR recipient_locale IN ('nl','en')),
        ADD CONSTRAINT notification_outbox_one_recipient
          CHECK ((recipient_user_id IS NULL) <> (recipient_email IS NULL))`);
    await q.query(`ALTER TABLE notification_outbox DROP CONSTRAINT notification_outbox_status_check`);
    await q.query(`
      ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_status_check
        CHECK (status IN ('PENDING','SENT','FAILED','DEMO','SKIPPED'))`);

    await q.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        purpose text NOT NULL CHECK (purpose IN ('RECOMMENDATION_OWNER')),
        email text NOT NULL CHECK (email = lower(btrim(email)) AND length(email) BETWEEN 3 AND 254),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        locale text NOT NULL DEFAULT 'nl' CHECK (locale IN ('nl','en')),
        region_id uuid NOT NULL REFERENCES regions(id),
        municipality_id uuid REFERENCES municipalities(id),
        role text CHECK (role IS NULL OR role = 'PARTICIPANT'),
        recommendation_id uuid REFERENCES recommendations(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        invited_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        accepted_user_id uuid REFERENCES users(id),
        revoked_at timestamptz,
        CHECK (expires_at > created_at),
        CHECK (used_at IS NULL OR revoked_at IS NULL),
        CHECK ((used_at IS NULL) = (accepted_user_id IS NULL) OR purpose <> 'RECOMMENDATION_OWNER'),
        CONSTRAINT invitations_owner_shape CHECK (purpose <> 'RECOMMENDATION_OWNER'
          OR (municipality_id IS NOT NULL AND role IS NOT NULL AND recommendation_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX invitations_scope_idx ON invitations (region_id, municipality_id, created_at DESC)`);
    await q.query(`CREATE INDEX invitations_recommendation_idx ON invitations (recommendation_id)`);
    // At most one open invitation per address and recommendation: a second one replaces nothing silently.
    await q.query(`
      CREATE UNIQUE INDEX invitations_one_open ON invitations (recommendation_id, email)
       WHERE used_at IS NULL AND revoked_at IS NULL`);
    await q.query(`ALTER TABLE invitations ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE invitations FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY invitations_read ON invitations FOR SELECT USING (${ownCoordinator} OR ${TOKEN_MATCH})`,
    );
    await q.query(
      `CREATE POLICY invitations_insert ON invitations FOR INSERT WITH CHECK (${ownCoordinator} AND invited_by = ${USER})`,
    );
    await q.query(`
      CREATE POLICY invitations_update ON invitations FOR UPDATE
        USING (${ownCoordinator} OR ${TOKEN_MATCH}) WITH CHECK (${ownCoordinator} OR ${TOKEN_MATCH})`);
    await q.query(`GRANT SELECT, INSERT ON invitations TO rode_draad_app`);
    await q.query(`GRANT UPDATE (used_at, accepted_user_id, revoked_at) ON invitations TO rode_draad_app`);

    await q.query(
      `CREATE POLICY recommendations_invited_read ON recommendations FOR SELECT USING (${invitedTo('recommendations.id')})`,
    );
    await q.query(`
      CREATE POLICY recommendations_invited_owner ON recommendations FOR UPDATE
        USING (${invitedTo('recommendations.id')}) WITH CHECK (owner_user_id = ${USER})`);
    await q.query(`
      CREATE POLICY recommendation_events_invited_owner ON recommendation_events FOR INSERT WITH CHECK (
        kind = 'OWNER' AND actor_user_id = ${USER} AND to_owner_user_id = ${USER}
        AND ${invitedTo('recommendation_events.recommendation_id')})`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY recommendation_events_invited_owner ON recommendation_events`);
    await q.query(`DROP POLICY recommendations_invited_owner ON recommendations`);
    await q.query(`DROP POLICY recommendations_invited_read ON recommendations`);
    await q.query(`DROP TABLE invitations`);
    await q.query(`DELETE FROM notification_outbox WHERE recipient_user_id IS NULL`);
    await q.query(`UPDATE notification_outbox SET status = 'FAILED' WHERE status = 'SKIPPED'`);
    await q.query(`ALTER TABLE notification_outbox DROP CONSTRAINT notification_outbox_status_check`);
    await q.query(`
      ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_status_check
        CHECK (status IN ('PENDING','SENT','FAILED','DEMO'))`);
    await q.query(`
      ALTER TABLE notification_outbox
        DROP CONSTRAINT notification_outbox_one_recipient,
        DROP COLUMN recipient_locale,
        DROP COLUMN recipient_name,
        DROP COLUMN recipient_email,
        ALTER COLUMN recipient_user_id SET NOT NULL`);
    await q.query(`ALTER TABLE users DROP COLUMN overdue_digest`);
  }
}
