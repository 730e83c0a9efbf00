import type { EntityManager } from 'typeorm';
import type { ErrorReason } from '@rode-draad/shared';
import { ConflictError } from '../../common/errors';
import { hashInvitationToken, isInvitationTokenShape } from './invitation-token';
import type { InvitationStatus } from './invitation.types';

/** What a link is for (`invitations.purpose`). */
export type InvitationPurpose = 'RECOMMENDATION_OWNER' | 'ACCOUNT' | 'PASSWORD_RESET';

export interface InvitationRow {
  id: string;
  purpose: InvitationPurpose;
  recommendation_id: string | null;
  user_id: string | null;
  email: string;
  name: string;
  locale: string;
  role: string | null;
  region_id: string;
  municipality_id: string | null;
  municipality_name: string | null;
  invited_by: string | null;
  invited_by_name: string | null;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
  status: InvitationStatus;
}

export const SELECT_INVITATION = `
  SELECT i.id, i.purpose, i.recommendation_id, i.user_id, i.email, i.name, i.locale, i.role, i.region_id,
         i.municipality_id, m.name AS municipality_name, i.invited_by, u.name AS invited_by_name, i.created_at,
         i.expires_at, i.used_at,
         CASE WHEN i.used_at IS NOT NULL THEN 'ACCEPTED' WHEN i.revoked_at IS NOT NULL THEN 'REVOKED'
              WHEN i.expires_at <= now() THEN 'EXPIRED' ELSE 'PENDING' END AS status
    FROM invitations i
    LEFT JOIN municipalities m ON m.id = i.municipality_id
    LEFT JOIN users u ON u.id = i.invited_by`;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** Runs SQL with a scope filter's named parameters (`:name`). */
export function named<T>(tx: EntityManager, sql: string, params: Record<string, unknown>): Promise<T> {
  const [text, values] = tx.connection.driver.escapeQueryWithParameters(sql, params);
  return tx.query<T>(text, values);
}

/** The throttle's "account" for a link: its token's hash (attempts per link and address). */
export const throttleKey = (token: string) => `invitation:${hashInvitationToken(token).slice(0, 32)}`;

/** The refusals of a link that cannot be used, per state: invitations and password resets say it in their own words. */
export interface LinkRefusals {
  unknown: ErrorReason;
  used: ErrorReason;
  revoked: ErrorReason;
  expired: ErrorReason;
}

export const INVITATION_REFUSALS: LinkRefusals = {
  unknown: 'INVITATION_UNKNOWN',
  used: 'INVITATION_USED',
  revoked: 'INVITATION_REVOKED',
  expired: 'INVITATION_EXPIRED',
};

/**
 * The open link a token opens, inside the caller's transaction (which then carries it in
 * `app.invitation_token`, so row-level security shows that invitation and what it leads to), for
 * one of `purposes`; otherwise a typed CONFLICT: unknown (also a token of another purpose), used,
 * revoked or expired.
 */
export async function openByToken(
  tx: EntityManager,
  token: string,
  purposes: readonly InvitationPurpose[],
  refusals: LinkRefusals = INVITATION_REFUSALS,
  forUpdate = false,
): Promise<InvitationRow> {
  if (!isInvitationTokenShape(token)) {
    throw new ConflictError(refusals.unknown, 'This link is not valid.');
  }
  await tx.query(`SELECT set_config('app.invitation_token', $1, true)`, [token]);
  const [row] = await tx.query<InvitationRow[]>(
    `${SELECT_INVITATION} WHERE i.token_hash = $1 ${forUpdate ? 'FOR UPDATE OF i' : ''}`,
    [hashInvitationToken(token)],
  );
  if (!row || !purposes.includes(row.purpose)) {
    throw new ConflictError(refusals.unknown, 'This link is not valid.');
  }
  switch (row.status) {
    case 'ACCEPTED':
      throw new ConflictError(refusals.used, 'This link has been used already.');
    case 'REVOKED':
      throw new ConflictError(refusals.revoked, 'This link has been withdrawn.');
    case 'EXPIRED':
      throw new ConflictError(refusals.expired, 'This link has expired.');
    case 'PENDING':
      return row;
  }
}
