import type { Role } from '@rode-draad/shared';
import type { EntityManager } from 'typeorm';

/**
 * Role grants written with the owner connection (install, demo data, test fixtures). The
 * database accepts a privileged role only with an approved grant (migration RoleGrants); these
 * helpers write that grant as an audited row and then set the role, so the trigger checks it.
 */

/** The operator's first analyst of a region without one: an 'install' grant with neither requester nor approver. */
export async function grantInstallAnalyst(tx: EntityManager, userId: string): Promise<void> {
  await tx.query(
    `INSERT INTO role_grants (user_id, requested_role, region_id, requested_by, status, decided_at, note)
     SELECT id, 'RIEC_ANALYST', region_id, NULL, 'APPROVED', now(), 'install' FROM users WHERE id = $1`,
    [userId],
  );
  await tx.query(`UPDATE users SET role = 'RIEC_ANALYST', municipality_id = NULL, updated_at = now() WHERE id = $1`, [
    userId,
  ]);
}

/** A grant asked for by `requestedBy` and approved by `decidedBy` (an analyst of the region), then applied. */
export async function grantApprovedRole(
  tx: EntityManager,
  grant: {
    userId: string;
    role: Role;
    municipalityId: string | null;
    requestedBy: string;
    decidedBy: string;
    note: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO role_grants (user_id, requested_role, region_id, municipality_id, requested_by, status, decided_by, decided_at, note)
     SELECT id, $2, region_id, $3, $4, 'APPROVED', $5, now(), $6 FROM users WHERE id = $1`,
    [grant.userId, grant.role, grant.municipalityId, grant.requestedBy, grant.decidedBy, grant.note],
  );
  await tx.query(`UPDATE users SET role = $2, municipality_id = $3, updated_at = now() WHERE id = $1`, [
    grant.userId,
    grant.role,
    grant.municipalityId,
  ]);
}
