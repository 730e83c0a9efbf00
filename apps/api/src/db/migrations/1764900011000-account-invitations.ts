import type { MigrationInterface, QueryRunner } from 'typeorm';

const USER = '(SELECT rd_user_id())';
const ROLE = '(SELECT rd_role())';
const REGION = '(SELECT rd_region_id())';
const MUNICIPALITY = '(SELECT rd_municipality_id())';

const TOKEN_MATCH = `token_hash = encode(sha256(convert_to(nullif(current_setting('app.invitation_token', true), ''), 'UTF8')), 'hex')`;
const ownCoordinator = `(${ROLE} = 'MUNICIPAL_COORDINATOR' AND region_id = ${REGION} AND municipality_id = ${MUNICIPALITY})`;
const ADMIN = `(${ROLE} = 'ADMIN')`;

/**
 * Accounts without typed passwords (issue 11): two more purposes of `invitations`.
 *
 * - `ACCOUNT`: an invitation to a new account with a role. Administrators invite with any role
 *   (a privileged one becomes a role grant request from the inviting administrator when the
 *   account is made, waiting for an analyst's approval as always); a municipality's coordinators
 *   invite participants of their own municipality only. Both rules hold here, not only in the
 *   service. At most one open account invitation per address.
 * - `PASSWORD_RESET`: a short-lived link (at most two hours by CHECK) to set the password of an
 *   active account (`user_id`), requested without logging in. Anyone may ask (the link goes to the
 *   account's own address only); only the token's holder reads or uses it.
 *
 * While an account invitation for a privileged role is being accepted (its token in the
 * transaction, the new account's session as the viewer), the new account may file the grant
 * request the invitation stands for: exactly that role and place, requested by the inviter.
 */
export class AccountInvitations1764900011000 implements MigrationInterface {
  name = 'AccountInvitations1764900011000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE invitations ADD COLUMN user_id uuid REFERENCES users(id) ON DELETE CASCADE`);
    await q.query(`ALTER TABLE invitations DROP CONSTRAINT invitations_purpose_check`);
    await q.query(`
      ALTER TABLE invitations ADD CONSTRAINT invitations_purpose_check
        CHECK (purpose IN ('RECOMMENDATION_OWNER', 'ACCOUNT', 'PASSWORD_RESET'))`);
    await q.query(`ALTER TABLE invitations DROP CONSTRAINT invitations_role_check`);
    // A link makes an account of any role only when an administrator sent it; privileged roles
    // still wait for an approval (users_require_role_grant).
    await q.query(`
      ALTER TABLE invitations ADD CONSTRAINT invitations_role_check CHECK (
        role IS NULL OR role = 'PARTICIPANT'
        OR (purpose = 'ACCOUNT' AND role IN ('ADMIN', 'PROGRAMME_STAFF', 'RIEC_ANALYST', 'MUNICIPAL_COORDINATOR')))`);
    await q.query(`
      ALTER TABLE invitations ADD CONSTRAINT invitations_account_shape CHECK (purpose <> 'ACCOUNT' OR (
        role IS NOT NULL AND recommendation_id IS NULL AND user_id IS NULL AND invited_by IS NOT NULL
        AND (municipality_id IS NOT NULL) = (role IN ('MUNICIPAL_COORDINATOR', 'PARTICIPANT'))))`);
    await q.query(`
      ALTER TABLE invitations ADD CONSTRAINT invitations_reset_shape CHECK (purpose <> 'PASSWORD_RESET' OR (
        user_id IS NOT NULL AND role IS NULL AND municipality_id IS NULL AND recommendation_id IS NULL
        AND invited_by IS NULL AND expires_at <= created_at + interval '2 hours'))`);
    await q.query(`
      CREATE UNIQUE INDEX invitations_one_open_account ON invitations (email)
       WHERE purpose = 'ACCOUNT' AND used_at IS NULL AND revoked_at IS NULL`);
    await q.query(`CREATE INDEX invitations_user_idx ON invitations (user_id) WHERE user_id IS NOT NULL`);
    await q.query(`CREATE INDEX invitations_purpose_idx ON invitations (purpose, created_at DESC)`);

    // Coordinators: invitations to own a recommendation, or participant accounts, of their municipality.
    await q.query(`DROP POLICY invitations_insert ON invitations`);
    await q.query(`
      CREATE POLICY invitations_insert ON invitations FOR INSERT WITH CHECK (
        ${ownCoordinator} AND invited_by = ${USER}
        AND (purpose = 'RECOMMENDATION_OWNER' OR (purpose = 'ACCOUNT' AND role = 'PARTICIPANT')))`);
    await q.query(
      `CREATE POLICY invitations_admin_read ON invitations FOR SELECT USING (purpose = 'ACCOUNT' AND ${ADMIN})`,
    );
    await q.query(`
      CREATE POLICY invitations_admin_insert ON invitations FOR INSERT
        WITH CHECK (purpose = 'ACCOUNT' AND ${ADMIN} AND invited_by = ${USER})`);
    await q.query(`
      CREATE POLICY invitations_admin_update ON invitations FOR UPDATE
        USING (purpose = 'ACCOUNT' AND ${ADMIN}) WITH CHECK (purpose = 'ACCOUNT' AND ${ADMIN})`);
    await q.query(`
      CREATE POLICY invitations_reset_request ON invitations FOR INSERT WITH CHECK (
        purpose = 'PASSWORD_RESET' AND used_at IS NULL AND revoked_at IS NULL
        AND EXISTS (SELECT 1 FROM users u WHERE u.id = invitations.user_id AND u.email = invitations.email
                                          AND u.disabled_at IS NULL))`);

    await q.query(`
      CREATE POLICY role_grants_invited_request ON role_grants FOR INSERT WITH CHECK (
        status = 'PENDING' AND applied_at IS NULL AND user_id = ${USER}
        AND EXISTS (SELECT 1 FROM invitations i
                     WHERE i.${TOKEN_MATCH} AND i.purpose = 'ACCOUNT'
                       AND i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
                       AND i.invited_by = role_grants.requested_by AND i.role = role_grants.requested_role
                       AND i.region_id = role_grants.region_id
                       AND i.municipality_id IS NOT DISTINCT FROM role_grants.municipality_id))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY role_grants_invited_request ON role_grants`);
    for (const policy of ['reset_request', 'admin_update', 'admin_insert', 'admin_read', 'insert']) {
      await q.query(`DROP POLICY invitations_${policy} ON invitations`);
    }
    await q.query(
      `CREATE POLICY invitations_insert ON invitations FOR INSERT WITH CHECK (${ownCoordinator} AND invited_by = ${USER})`,
    );
    await q.query(`DELETE FROM invitations WHERE purpose <> 'RECOMMENDATION_OWNER'`);
    await q.query(`DROP INDEX invitations_purpose_idx`);
    await q.query(`DROP INDEX invitations_user_idx`);
    await q.query(`DROP INDEX invitations_one_open_account`);
    await q.query(`ALTER TABLE invitations DROP CONSTRAINT invitations_reset_shape`);
    await q.query(`ALTER TABLE invitations DROP CONSTRAINT invitations_account_shape`);
    await q.query(`ALTER TABLE invitations DROP CONSTRAINT invitations_role_check`);
    await q.query(
      `ALTER TABLE invitations ADD CONSTRAINT invitations_role_check CHECK (role IS NULL OR role = 'PARTICIPANT')`,
    );
    await q.query(`ALTER TABLE invitations DROP CONSTRAINT invitations_purpose_check`);
    await q.query(
      `ALTER TABLE invitations ADD CONSTRAINT invitations_purpose_check CHECK (purpose IN ('RECOMMENDATION_OWNER'))`,
    );
    await q.query(`ALTER TABLE invitations DROP COLUMN user_id`);
  }
}
