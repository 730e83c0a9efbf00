import type { DataSource, EntityManager } from 'typeorm';
import { can } from '../../access/policy';
import { Permission } from '../../access/permissions';
import { scopeSql } from '../../access/scope';
import type { Viewer } from '../../access/viewer';
import { HOME_LIST_LIMIT, named, paramsOf } from './home-sql';
import type { HomeAccount, HomeRoleGrant } from './home.types';

/**
 * Role grant requests waiting for a decision: an approver's region (ROLE_GRANT_APPROVE), or every
 * request for administrators (USER_MANAGE), as on the role requests page. Oldest first: they have
 * waited longest.
 */
export async function pendingRoleGrants(tx: EntityManager, viewer: Viewer): Promise<HomeRoleGrant[] | null> {
  const approve = scopeSql(viewer, Permission.ROLE_GRANT_APPROVE, 'g');
  const manage = scopeSql(viewer, Permission.USER_MANAGE, 'g');
  if (!can(viewer, Permission.ROLE_GRANT_APPROVE) && !can(viewer, Permission.USER_MANAGE)) {
    return null;
  }
  return named<HomeRoleGrant[]>(
    tx,
    `SELECT g.id, u.name AS "userName", g.requested_role AS "requestedRole", m.name AS "municipalityName",
            g.requested_at AS "requestedAt"
       FROM role_grants g JOIN users u ON u.id = g.user_id LEFT JOIN municipalities m ON m.id = g.municipality_id
      WHERE g.status = 'PENDING' AND ((${approve.sql}) OR (${manage.sql}))
      ORDER BY g.requested_at, g.id
      LIMIT :limit`,
    { ...paramsOf(approve, manage), limit: HOME_LIST_LIMIT },
  );
}

/** Blocked accounts, most recently blocked first (USER_MANAGE); null for viewers who do not manage accounts. */
export async function disabledAccounts(
  tx: EntityManager,
  viewer: Viewer,
): Promise<{ items: HomeAccount[]; total: number } | null> {
  const users = scopeSql(viewer, Permission.USER_MANAGE, 'u');
  if (!can(viewer, Permission.USER_MANAGE)) {
    return null;
  }
  const rows = await named<(HomeAccount & { total: number })[]>(
    tx,
    `SELECT u.id, u.name, u.email, u.disabled_at AS "disabledAt", count(*) OVER ()::int AS total
       FROM users u WHERE ${users.sql} AND u.disabled_at IS NOT NULL
      ORDER BY u.disabled_at DESC, u.id LIMIT :limit`,
    { ...users.params, limit: HOME_LIST_LIMIT },
  );
  return { items: rows.map(({ total: _total, ...account }) => account), total: rows[0]?.total ?? 0 };
}

/**
 * Account invitations whose link still works (sent, not used, revoked or expired), for administrators
 * (USER_MANAGE), counted in the viewer transaction: row-level security lets administrators read
 * account invitations only.
 */
export async function pendingAccountInvitations(tx: EntityManager, viewer: Viewer): Promise<number | null> {
  const invite = scopeSql(viewer, Permission.ACCOUNT_INVITE, 'i');
  if (!can(viewer, Permission.USER_MANAGE)) {
    return null;
  }
  const [row] = await named<{ n: number }[]>(
    tx,
    `SELECT count(*)::int AS n FROM invitations i
      WHERE i.purpose = 'ACCOUNT' AND i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
        AND ${invite.sql}`,
    invite.params,
  );
  return row?.n ?? 0;
}

/**
 * Undeliverable e-mails (OUTBOX_MANAGE), counted on the application pool outside any viewer
 * transaction, like the administrators' outbox list: inside one, row-level security shows a viewer
 * only their own messages. A count of delivery metadata, nothing about what a message says.
 */
export async function failedMessageCount(db: DataSource, viewer: Viewer): Promise<number | null> {
  if (!can(viewer, Permission.OUTBOX_MANAGE)) {
    return null;
  }
  const [row] = await db.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM notification_outbox WHERE status = 'FAILED'`,
  );
  return row?.n ?? 0;
}
