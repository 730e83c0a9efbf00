import type { EntityManager } from 'typeorm';
import { Permission, rolesWith } from '../../access/permissions';
import { enqueueNotifications } from '../notifications/outbox';
import type { RoleGrant } from './role-grant.types';

/**
 * A new request: told are those who may approve it (approvers of the region) and, for a role in a
 * municipality, the holders of that role there now, so a coordinator learns of a new colleague
 * before it can read their data. Never the requester or the account itself.
 */
export async function notifyRoleGrantRequested(tx: EntityManager, grant: RoleGrant): Promise<void> {
  const recipients = await tx.query<{ id: string }[]>(
    `SELECT id FROM users
      WHERE disabled_at IS NULL AND region_id = $1 AND id <> $2 AND id IS DISTINCT FROM $3
        AND (role = ANY($4::text[]) OR ($5::uuid IS NOT NULL AND municipality_id = $5 AND role = $6))
      ORDER BY id`,
    [
      grant.regionId,
      grant.user.id,
      grant.requestedBy?.id ?? null,
      rolesWith(Permission.ROLE_GRANT_APPROVE),
      grant.municipalityId,
      grant.requestedRole,
    ],
  );
  await enqueueNotifications(
    tx,
    recipients.map((r) => ({ kind: 'ROLE_GRANT_REQUESTED', recipientUserId: r.id, payload: { grantId: grant.id } })),
  );
}

/** A decision: told are the administrator who asked and the account itself. */
export async function notifyRoleGrantDecided(tx: EntityManager, grant: RoleGrant): Promise<void> {
  const recipients = [...new Set([grant.user.id, ...(grant.requestedBy ? [grant.requestedBy.id] : [])])];
  await enqueueNotifications(
    tx,
    recipients.map((id) => ({ kind: 'ROLE_GRANT_DECIDED', recipientUserId: id, payload: { grantId: grant.id } })),
  );
}
