import { randomUUID } from 'node:crypto';
import { isLocale, type Locale, type Role } from '@rode-draad/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { runConfidential } from '../../access/confidential';
import { grantNeedsApproval, INVITED_OWNER_ROLE, Permission } from '../../access/permissions';
import { canOn, requirePermission } from '../../access/policy';
import type { Acting, Viewer } from '../../access/viewer';
import { hashPassword } from '../../auth/password';
import { requireStrongPassword } from '../../auth/password-strength';
import { isUniqueViolation } from '../../common/db-errors';
import { ConflictError, NotFoundError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { recordAudit } from '../audit/audit.service';
import { LoginThrottle, type LoginThrottleRules } from '../auth/login-throttle';
import type { SessionService } from '../auth/session.service';
import { appendTimeline } from '../follow-up/follow-up.service';
import { enqueueNotifications } from '../notifications/outbox';
import type { RecommendationService } from '../recommendations/recommendation.service';
import type { RoleGrantService } from '../role-grants/role-grant.service';
import { hashInvitationToken, invitationLink, requireLinkToken } from './invitation-token';
import {
  named,
  normaliseEmail,
  openByToken,
  SELECT_INVITATION,
  throttleKey,
  type InvitationRow,
} from './invitation-store';
import type { AcceptInvitationInput, InvitationPreview, InviteOwnerInput, OwnerInvitation } from './invitation.types';

/** The links `invitation` and `acceptInvitation` open; a password reset link is not one of them. */
const ACCEPTABLE = ['RECOMMENDATION_OWNER', 'ACCOUNT'] as const;

/** How long an invitation's link works. */
export const INVITATION_DAYS = 7;

export interface InvitationSettings {
  publicUrl: string;
  linkSecret: string | undefined;
  /** Demo mode sends no e-mail: the inviting coordinator then sees the link (`demoLink`). */
  demo: boolean;
}

/**
 * One-time, expiring invitation links (table `invitations`, only a hash of each token stored). The
 * link is mailed through the outbox in the transaction that creates the invitation. This service
 * makes invitations to own a recommendation and accepts them and account invitations
 * (account-invitation.service.ts makes those); the token handling (`openByToken` in
 * invitation-store.ts, the throttle, the state checks) is shared with password reset.
 */
export class InvitationService {
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly db: DataSource,
    private readonly recommendations: RecommendationService,
    private readonly sessions: SessionService,
    private readonly roleGrants: RoleGrantService,
    private readonly settings: InvitationSettings,
    throttleRules: Partial<LoginThrottleRules> = {},
  ) {
    this.throttle = new LoginThrottle(db, throttleRules);
  }

  /**
   * A coordinator invites a colleague by e-mail to own a recommendation of the municipality:
   * NOT_FOUND for a recommendation outside the reach, CONFLICT EMAIL_TAKEN when the address has an
   * account already (choose that colleague as owner instead), INVITATION_PENDING when an open
   * invitation to the same address and recommendation exists.
   */
  async inviteOwner(acting: Acting, input: InviteOwnerInput): Promise<OwnerInvitation> {
    requirePermission(acting.viewer, Permission.COLLEAGUE_INVITE);
    return runConfidential(this.db, acting, Permission.FOLLOW_UP_WRITE, async ({ tx, audit }) => {
      const rec = await this.recommendations.findVisible(
        tx,
        acting,
        input.recommendationId,
        Permission.FOLLOW_UP_WRITE,
      );
      if (!canOn(acting.viewer, Permission.COLLEAGUE_INVITE, rec)) {
        throw new NotFoundError('Recommendation', { entity: 'recommendation', id: rec.id });
      }
      const email = normaliseEmail(input.email);
      const [account] = await tx.query<unknown[]>('SELECT 1 FROM users WHERE email = $1', [email]);
      if (account) {
        throw new ConflictError('EMAIL_TAKEN', 'This address has an account already: choose that colleague as owner.');
      }
      const id = randomUUID();
      try {
        await tx.query(
          `INSERT INTO invitations (id, purpose, email, name, locale, region_id, municipality_id, role, recommendation_id,
                                    token_hash, invited_by, expires_at)
           VALUES ($1, 'RECOMMENDATION_OWNER', $2, $3, $4, $5, $6, $7, $8, $9, $10, now() + make_interval(days => $11))`,
          [
            id,
            email,
            input.name.trim(),
            input.locale ?? 'nl',
            rec.regionId,
            rec.municipalityId,
            INVITED_OWNER_ROLE,
            rec.id,
            hashInvitationToken(this.token(id)),
            acting.viewer.userId,
            INVITATION_DAYS,
          ],
        );
      } catch (error) {
        if (isUniqueViolation(error, 'invitations_one_open')) {
          throw new ConflictError(
            'INVITATION_PENDING',
            'This colleague has an open invitation for this recommendation.',
          );
        }
        throw error;
      }
      await enqueueNotifications(tx, [
        {
          kind: 'OWNER_INVITATION',
          recipientAddress: { email, name: input.name.trim(), locale: input.locale ?? 'nl' },
          payload: { invitationId: id },
        },
      ]);
      await audit([
        {
          municipalityId: rec.municipalityId,
          action: 'CREATE',
          entity: 'invitation',
          entityId: id,
          details: { recommendationId: rec.id },
        },
      ]);
      return this.toInvitation((await tx.query<InvitationRow[]>(`${SELECT_INVITATION} WHERE i.id = $1`, [id]))[0]!);
    });
  }

  /** The invitations to own a recommendation, newest first (its coordinators). */
  async forRecommendation(acting: Acting, recommendationId: string): Promise<OwnerInvitation[]> {
    requirePermission(acting.viewer, Permission.COLLEAGUE_INVITE);
    return runConfidential(this.db, acting, Permission.FOLLOW_UP_WRITE, async ({ tx, audit, scope }) => {
      const rec = await this.recommendations.findVisible(tx, acting, recommendationId, Permission.FOLLOW_UP_WRITE);
      const filter = scope('i');
      const rows = await named<InvitationRow[]>(
        tx,
        `${SELECT_INVITATION} WHERE i.recommendation_id = :recommendationId AND ${filter.sql}
          ORDER BY i.created_at DESC, i.id`,
        { ...filter.params, recommendationId: rec.id },
      );
      await audit([
        { municipalityId: rec.municipalityId, action: 'LIST', entity: 'invitation', details: { count: rows.length } },
      ]);
      return rows.map((row) => this.toInvitation(row));
    });
  }

  /** Withdraws an open invitation: its link stops working. CONFLICT INVITATION_USED once accepted. */
  async revoke(acting: Acting, id: string): Promise<OwnerInvitation> {
    requirePermission(acting.viewer, Permission.COLLEAGUE_INVITE);
    return runConfidential(this.db, acting, Permission.FOLLOW_UP_WRITE, async ({ tx, audit, scope }) => {
      const filter = scope('i');
      const [row] = isUuid(id)
        ? await named<{ id: string; municipality_id: string; used: boolean; revoked: boolean }[]>(
            tx,
            `SELECT i.id, i.municipality_id, i.used_at IS NOT NULL AS used, i.revoked_at IS NOT NULL AS revoked
               FROM invitations i WHERE i.id = :invitationId AND ${filter.sql} FOR UPDATE`,
            { ...filter.params, invitationId: id },
          )
        : [];
      if (!row) {
        throw new NotFoundError('Invitation');
      }
      if (row.used) {
        throw new ConflictError('INVITATION_USED', 'This invitation has been accepted already.');
      }
      if (!row.revoked) {
        await tx.query('UPDATE invitations SET revoked_at = now() WHERE id = $1', [id]);
        await audit([{ municipalityId: row.municipality_id, action: 'UPDATE', entity: 'invitation', entityId: id }]);
      }
      return this.toInvitation((await tx.query<InvitationRow[]>(`${SELECT_INVITATION} WHERE i.id = $1`, [id]))[0]!);
    });
  }

  /** What the accept page shows; the same typed errors as accepting. Throttled like a login. */
  async preview(token: string, clientAddress: string): Promise<InvitationPreview> {
    const attempt = await this.throttle.reserve(throttleKey(token), clientAddress);
    const invitation = await this.db.transaction((tx) => openByToken(tx, token, ACCEPTABLE));
    await this.throttle.succeeded(attempt);
    return {
      purpose: invitation.purpose === 'ACCOUNT' ? 'ACCOUNT' : 'RECOMMENDATION_OWNER',
      email: invitation.email,
      name: invitation.name,
      role: invitation.role as Role,
      municipalityName: invitation.municipality_name,
      expiresAt: invitation.expires_at,
    };
  }

  /**
   * Accepts an invitation, all or nothing: creates the account (with the chosen name and a
   * password that passes the strength rules), signs it in and uses the invitation up. An owner
   * invitation also makes the new participant owner of the recommendation (its version raised
   * under a row lock, an OWNER entry on the timeline, audited as the new account). An account
   * invitation gives the invited role, except a privileged one: the account starts without a role
   * and the inviting administrator's request for it waits for an analyst's approval. Throttled
   * like a login.
   */
  async accept(input: AcceptInvitationInput, clientAddress: string): Promise<{ userId: string; token: string }> {
    const attempt = await this.throttle.reserve(throttleKey(input.token), clientAddress);
    const result = await this.db.transaction(async (tx) => {
      const invitation = await openByToken(tx, input.token, ACCEPTABLE, undefined, true);
      const name = input.name.trim();
      requireStrongPassword(input.password, { email: invitation.email, name }, 'password');
      const invitedRole = (invitation.role ?? INVITED_OWNER_ROLE) as Role;
      const pending = grantNeedsApproval(invitedRole);
      const role = pending ? null : invitedRole;
      const municipalityId = pending ? null : invitation.municipality_id;
      let userId: string;
      try {
        [{ id: userId }] = (await tx.query<{ id: string }[]>(
          `INSERT INTO users (email, name, role, region_id, municipality_id, password_hash, locale)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [
            invitation.email,
            name,
            role,
            invitation.region_id,
            municipalityId,
            await hashPassword(input.password),
            invitation.locale,
          ],
        )) as [{ id: string }];
      } catch (error) {
        if (isUniqueViolation(error, 'users_email_key')) {
          throw new ConflictError('EMAIL_TAKEN', 'An account with this e-mail address already exists.');
        }
        throw error;
      }
      const token = await this.sessions.create(userId, tx);
      // From here on the transaction acts as the new account: row-level security and the audit log see it.
      await tx.query(`SELECT set_config('app.session_token', $1, true)`, [token]);
      const viewer: Viewer = {
        userId,
        sessionId: '',
        sessionToken: token,
        role,
        regionId: invitation.region_id,
        municipalityId,
        locale: isLocale(invitation.locale) ? invitation.locale : ('nl' satisfies Locale),
      };
      if (invitation.purpose === 'RECOMMENDATION_OWNER') {
        await this.takeOwnership(tx, invitation, viewer);
      } else if (pending) {
        await this.roleGrants.requestOnInvitation(tx, invitation.invited_by!, userId, {
          role: invitedRole,
          regionId: invitation.region_id,
          municipalityId: invitation.municipality_id,
        });
      } else if (municipalityId) {
        await recordAudit(tx, viewer, `invitation:${invitation.id}`, [
          {
            municipalityId,
            action: 'UPDATE',
            entity: 'invitation',
            entityId: invitation.id,
            details: { accepted: true },
          },
        ]);
      }
      await tx.query('UPDATE invitations SET used_at = now(), accepted_user_id = $2 WHERE id = $1', [
        invitation.id,
        userId,
      ]);
      return { userId, token };
    });
    await this.throttle.succeeded(attempt);
    return result;
  }

  /** The owner change, compare-and-set on the version read under the lock. */
  private async takeOwnership(tx: EntityManager, invitation: InvitationRow, viewer: Viewer): Promise<void> {
    const [rec] = await tx.query<{ id: string; owner_user_id: string | null; version: number }[]>(
      `SELECT id, owner_user_id, version FROM recommendations WHERE id = $1 FOR UPDATE`,
      [invitation.recommendation_id],
    );
    if (!rec) {
      throw new ConflictError('INVITATION_UNKNOWN', 'This invitation link is not valid.');
    }
    const [, updated] = await tx.query<[unknown, number]>(
      `UPDATE recommendations SET owner_user_id = $2, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $3`,
      [rec.id, viewer.userId, rec.version],
    );
    if (updated !== 1) {
      throw new ConflictError('STALE_VERSION', 'The recommendation changed meanwhile; try again.');
    }
    const municipalityId = invitation.municipality_id!;
    const scope = { id: rec.id, regionId: invitation.region_id, municipalityId };
    await appendTimeline(tx, scope, viewer.userId, [
      { kind: 'OWNER', from_owner_user_id: rec.owner_user_id, to_owner_user_id: viewer.userId },
    ]);
    await recordAudit(tx, viewer, `invitation:${invitation.id}`, [
      {
        municipalityId,
        action: 'UPDATE',
        entity: 'recommendation',
        entityId: rec.id,
        details: { followUp: ['OWNER'], invitationId: invitation.id },
      },
    ]);
  }

  private token(id: string): string {
    return requireLinkToken(this.settings.linkSecret, id);
  }

  private toInvitation(row: InvitationRow): OwnerInvitation {
    return {
      id: row.id,
      recommendationId: row.recommendation_id!,
      email: row.email,
      name: row.name,
      status: row.status,
      invitedByName: row.invited_by_name,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      demoLink:
        this.settings.demo && row.status === 'PENDING'
          ? invitationLink(this.settings.publicUrl, this.token(row.id))
          : null,
    };
  }
}
