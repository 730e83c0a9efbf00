import type { EntityManager } from 'typeorm';
import { Permission, rolesWith } from '../../access/permissions';
import { enqueueNotifications } from '../notifications/outbox';
import type { RoleGrant } from './role-grant.types';

/** What a role grant e-mail says; written into the outbox payload, so the mail reads as it was when sent. */
export type RoleGrantMailPayload = {
  grantId: string;
  userName: string;
  userEmail: string;
  role: string;
  municipalityName: string | null;
  status: string;
  note: string | null;
};

async function payloadOf(tx: EntityManager, grant: RoleGrant): Promise<RoleGrantMailPayload> {
  const [municipality] = grant.municipalityId
    ? ((await tx.query('SELECT name FROM municipalities WHERE id = $1', [grant.municipalityId])) as { name: string }[])
    : [];
  return {
    grantId: grant.id,
    userName: grant.user.name,
    userEmail: grant.user.email,
    role: grant.requestedRole,
    municipalityName: municipality?.name ?? null,
    status: grant.status,
    note: grant.note,
  };
}

/**
 * A new request: told are those who may approve it (approvers of the region) and, for a role in a
 * municipality, the holders of that role there now, so a coordinator learns of a new colleague
 * before it can read their data. Never the requester or the account itself.
 */
export async function notifyRoleGrantRequested(tx: EntityManager, grant: RoleGrant): Promise<void> {
  const recipients = (await tx.query(
    `SELECT id FROM users
      WHERE disabled_at IS NULL AND region_id = $1 AND id <> $2 AND id IS DISTINCT FROM $3
        AND (role = ANY($4::text[]) OR ($5::uuid IS NOT NULL AND municipality_id = $5 AND role = $6))
      ORDER BY id`,
    [grant.regionId, grant.user.id, grant.requestedBy?.id ?? null, rolesWith(Permission.ROLE_GRANT_APPROVE), grant.municipalityId, grant.requestedRole],
  )) as { id: string }[];
  const payload = await payloadOf(tx, grant);
  await enqueueNotifications(
    tx,
    recipients.map((r) => ({ kind: 'ROLE_GRANT_REQUESTED', recipientUserId: r.id, sessionId: null, payload })),
  );
}

/** A decision: told are the administrator who asked and the account itself. */
export async function notifyRoleGrantDecided(tx: EntityManager, grant: RoleGrant): Promise<void> {
  const payload = await payloadOf(tx, grant);
  const recipients = [...new Set([grant.user.id, ...(grant.requestedBy ? [grant.requestedBy.id] : [])])];
  await enqueueNotifications(
    tx,
    recipients.map((id) => ({ kind: 'ROLE_GRANT_DECIDED', recipientUserId: id, sessionId: null, payload })),
  );
}
