import type { Role } from '@rode-draad/shared';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Permission } from '../../access/permissions';
import { canOn } from '../../access/policy';
import { scopeSql } from '../../access/scope';
import { inViewerTransaction } from '../../access/viewer-transaction';
import type { Acting, Viewer } from '../../access/viewer';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { notifyRoleGrantDecided, notifyRoleGrantRequested } from './role-grant.notifications';
import { ROLE_GRANT_NOTE_MAX_LENGTH, type RoleGrant, type RoleGrantStatus } from './role-grant.types';

interface GrantRow {
  id: string;
  region_id: string;
  municipality_id: string | null;
  requested_role: Role;
  status: RoleGrantStatus;
  requested_at: Date;
  decided_at: Date | null;
  note: string | null;
  user_id: string;
  user_name: string;
  user_email: string;
  requester_id: string | null;
  requester_name: string | null;
  requester_email: string | null;
  decider_id: string | null;
  decider_name: string | null;
  decider_email: string | null;
}

const person = (id: string | null, name: string | null, email: string | null) =>
  id !== null ? { id, name: name ?? '', email: email ?? '' } : null;

const toGrant = (r: GrantRow): RoleGrant => ({
  id: r.id,
  user: { id: r.user_id, name: r.user_name, email: r.user_email },
  requestedRole: r.requested_role,
  requestedBy: person(r.requester_id, r.requester_name, r.requester_email),
  requestedAt: r.requested_at,
  status: r.status,
  decidedBy: person(r.decider_id, r.decider_name, r.decider_email),
  decidedAt: r.decided_at,
  note: r.note,
  regionId: r.region_id,
  municipalityId: r.municipality_id,
});

function grantQuery(tx: EntityManager): SelectQueryBuilder<object> {
  return tx
    .createQueryBuilder()
    .select([
      'g.id AS id',
      'g.region_id AS region_id',
      'g.municipality_id AS municipality_id',
      'g.requested_role AS requested_role',
      'g.status AS status',
      'g.requested_at AS requested_at',
      'g.decided_at AS decided_at',
      'g.note AS note',
      'u.id AS user_id',
      'u.name AS user_name',
      'u.email AS user_email',
      'r.id AS requester_id',
      'r.name AS requester_name',
      'r.email AS requester_email',
      'd.id AS decider_id',
      'd.name AS decider_name',
      'd.email AS decider_email',
    ])
    .from('role_grants', 'g')
    .innerJoin('users', 'u', 'u.id = g.user_id')
    .leftJoin('users', 'r', 'r.id = g.requested_by')
    .leftJoin('users', 'd', 'd.id = g.decided_by');
}

/** Whether the viewer may approve or reject this request: an approver of its region, never on their own account or request. */
export function mayDecide(viewer: Viewer, grant: RoleGrant): boolean {
  return (
    grant.status === 'PENDING' &&
    canOn(viewer, Permission.ROLE_GRANT_APPROVE, { regionId: grant.regionId }) &&
    grant.user.id !== viewer.userId &&
    grant.requestedBy?.id !== viewer.userId
  );
}

/**
 * Role grant requests: the second person behind every role that opens confidential data.
 * Administrators ask (through UserService); approvers of the region decide. Every write runs in
 * the viewer's transaction, because the database checks the decider against the session too
 * (migration RoleGrants), and tells the people concerned through the outbox in that transaction.
 */
export class RoleGrantService {
  constructor(private readonly db: DataSource) {}

  /**
   * Requests of the approver's region, or, for administrators, every request (they manage every
   * account; a request holds no confidential data). Newest first; optionally one status.
   */
  async list(viewer: Viewer, status: RoleGrantStatus | null): Promise<RoleGrant[]> {
    const approve = scopeSql(viewer, Permission.ROLE_GRANT_APPROVE, 'g');
    const manage = scopeSql(viewer, Permission.USER_MANAGE, 'g');
    const qb = grantQuery(this.db.manager)
      .where(`((${approve.sql}) OR (${manage.sql}))`, { ...approve.params, ...manage.params })
      .orderBy('g.requested_at', 'DESC')
      .addOrderBy('g.id', 'DESC')
      .limit(500);
    if (status) {
      qb.andWhere('g.status = :status', { status });
    }
    return (await qb.getRawMany<GrantRow>()).map(toGrant);
  }

  /** The pending request of each account, for the administrators' user list and the account itself. */
  async pendingByUserIds(userIds: readonly string[]): Promise<RoleGrant[]> {
    const rows = await grantQuery(this.db.manager)
      .where('g.user_id IN (:...userIds)', { userIds: [...userIds] })
      .andWhere(`g.status = 'PENDING'`)
      .getRawMany<GrantRow>();
    return rows.map(toGrant);
  }

  /**
   * Asks for `role` (in `municipalityId`) for an account, inside the administrator's viewer
   * transaction. A pending request for the same role and place stays as it is; a different one
   * is withdrawn first (the latest request counts). Returns null when nothing changed.
   */
  async request(
    tx: EntityManager,
    admin: Viewer,
    userId: string,
    target: { role: Role; regionId: string; municipalityId: string | null },
  ): Promise<RoleGrant | null> {
    const [pending] = await tx.query<{ requested_role: Role; region_id: string; municipality_id: string | null }[]>(
      `SELECT requested_role, region_id, municipality_id FROM role_grants WHERE user_id = $1 AND status = 'PENDING' FOR UPDATE`,
      [userId],
    );
    if (
      pending &&
      pending.requested_role === target.role &&
      pending.region_id === target.regionId &&
      pending.municipality_id === target.municipalityId
    ) {
      return null;
    }
    await this.withdrawPending(tx, admin, userId);
    const [{ id } = { id: '' }] = await tx.query<{ id: string }[]>(
      `INSERT INTO role_grants (user_id, requested_role, region_id, municipality_id, requested_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [userId, target.role, target.regionId, target.municipalityId, admin.userId],
    );
    const grant = await this.load(tx, id);
    await notifyRoleGrantRequested(tx, grant);
    return grant;
  }

  /**
   * The request an accepted account invitation stands for, filed in the accepting transaction (the
   * new account's session, the invitation's token): requested by the administrator who invited,
   * allowed by the database only for exactly the invited role and place (migration AccountInvitations).
   */
  async requestOnInvitation(
    tx: EntityManager,
    invitedBy: string,
    userId: string,
    target: { role: Role; regionId: string; municipalityId: string | null },
  ): Promise<RoleGrant> {
    const [{ id } = { id: '' }] = await tx.query<{ id: string }[]>(
      `INSERT INTO role_grants (user_id, requested_role, region_id, municipality_id, requested_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [userId, target.role, target.regionId, target.municipalityId, invitedBy],
    );
    const grant = await this.load(tx, id);
    await notifyRoleGrantRequested(tx, grant);
    return grant;
  }

  /** Cancels the account's pending request, if any (the administrator chose another role, or the current one). */
  async withdrawPending(tx: EntityManager, admin: Viewer, userId: string): Promise<void> {
    await tx.query(
      `UPDATE role_grants SET status = 'WITHDRAWN', decided_by = $2, decided_at = now() WHERE user_id = $1 AND status = 'PENDING'`,
      [userId, admin.userId],
    );
  }

  /**
   * Approves a pending request: the role takes effect at once (the database trigger checks the
   * approval and uses it up) and the account's sessions end, so its next login carries the role.
   */
  async approve(acting: Acting, id: string): Promise<RoleGrant> {
    return this.decide(acting, id, 'APPROVED', null, async (tx, grant) => {
      // A new version: an administrator's edit form loaded before the approval is stale.
      await tx.query(
        `UPDATE users SET role = $2, region_id = $3, municipality_id = $4, updated_at = now(), version = version + 1
          WHERE id = $1`,
        [grant.user.id, grant.requestedRole, grant.regionId, grant.municipalityId],
      );
      await tx.query('DELETE FROM user_sessions WHERE user_id = $1', [grant.user.id]);
    });
  }

  /** Rejects a pending request; the account keeps the role it had (or none). */
  async reject(acting: Acting, id: string, note: string | null): Promise<RoleGrant> {
    const trimmed = note?.trim() || null;
    if (trimmed && trimmed.length > ROLE_GRANT_NOTE_MAX_LENGTH) {
      throw new BadInputError('The note is too long.', [{ field: 'note', reason: 'maxLength' }]);
    }
    return this.decide(acting, id, 'REJECTED', trimmed, async () => {});
  }

  private async decide(
    acting: Acting,
    id: string,
    status: 'APPROVED' | 'REJECTED',
    note: string | null,
    apply: (tx: EntityManager, grant: RoleGrant) => Promise<void>,
  ): Promise<RoleGrant> {
    const { viewer } = acting;
    return inViewerTransaction(this.db, viewer, async (tx) => {
      if (!isUuid(id)) {
        throw new NotFoundError('Role grant');
      }
      const grant = await this.find(tx, id);
      // Another region's requests answer as if they did not exist.
      if (!grant || !canOn(viewer, Permission.ROLE_GRANT_APPROVE, { regionId: grant.regionId })) {
        throw new NotFoundError('Role grant');
      }
      if (grant.user.id === viewer.userId || grant.requestedBy?.id === viewer.userId) {
        throw new ConflictError(
          'OWN_ROLE_GRANT',
          'Someone else decides on a request for your own account or one you made.',
        );
      }
      // Conditional on PENDING: of two deciders at once, the second waits for the first and changes nothing.
      const [, decidedNow] = await tx.query<[unknown, number]>(
        `UPDATE role_grants SET status = $2, decided_by = $3, decided_at = now(), note = $4 WHERE id = $1 AND status = 'PENDING'`,
        [id, status, viewer.userId, note],
      );
      if (grant.status !== 'PENDING' || decidedNow !== 1) {
        throw new ConflictError('ROLE_GRANT_DECIDED', 'This request has already been decided or withdrawn.');
      }
      const decided = await this.load(tx, id);
      await apply(tx, decided);
      await notifyRoleGrantDecided(tx, decided);
      return decided;
    });
  }

  private async find(tx: EntityManager, id: string): Promise<RoleGrant | null> {
    const row = await grantQuery(tx).where('g.id = :id', { id }).getRawOne<GrantRow>();
    return row ? toGrant(row) : null;
  }

  private async load(tx: EntityManager, id: string): Promise<RoleGrant> {
    const grant = await this.find(tx, id);
    if (!grant) {
      throw new NotFoundError('Role grant');
    }
    return grant;
  }
}
