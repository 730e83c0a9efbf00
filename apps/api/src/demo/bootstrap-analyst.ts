import { PASSWORD_MIN_LENGTH } from '@rode-draad/shared';
import type { DataSource } from 'typeorm';
import { Permission, rolesWith } from '../access/permissions';
import { hashPassword } from '../auth/password';
import { passwordWeakness } from '../auth/password-strength';
import { grantInstallAnalyst } from './owner-grants';

export interface FirstAnalyst {
  email: string;
  password: string;
  name: string;
  /** The region's name; the first region when absent. */
  region?: string;
}

export type FirstAnalystResult = 'created' | 'region-has-analyst' | 'email-taken';

/**
 * Throws a message for the operator when the first analyst's name is empty or the password
 * (RD_FIRST_ANALYST_PASSWORD, for the start and the CLI alike) is too short or too easy to guess.
 */
export function checkFirstAnalyst(analyst: FirstAnalyst): void {
  if (!analyst.name.trim()) {
    throw new Error("The first analyst's name is empty");
  }
  if (analyst.password.length < PASSWORD_MIN_LENGTH) {
    throw new Error(`RD_FIRST_ANALYST_PASSWORD must have at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  const weakness = passwordWeakness(analyst.password, analyst);
  if (weakness) {
    throw new Error(
      weakness === 'PASSWORD_HAS_PERSONAL_INFO'
        ? "RD_FIRST_ANALYST_PASSWORD must not contain the analyst's name or e-mail address"
        : 'RD_FIRST_ANALYST_PASSWORD is too easy to guess (a common password or pattern): choose a longer, random one',
    );
  }
}

/**
 * Gives a region its first RIEC analyst, with the owner connection: every later analyst or
 * coordinator needs an existing analyst's approval, so the first one comes from the operator.
 * Writes a new account and an audited 'install' grant; does nothing when the region already has
 * an active analyst (the database refuses an install grant then too), and never takes over an
 * existing account.
 */
export async function bootstrapFirstAnalyst(owner: DataSource, analyst: FirstAnalyst): Promise<FirstAnalystResult> {
  checkFirstAnalyst(analyst);
  const passwordHash = await hashPassword(analyst.password);
  return owner.transaction(async (tx) => {
    const [region] = await tx.query<{ id: string }[]>(
      `SELECT id FROM regions WHERE ($1::text IS NULL OR name = $1) ORDER BY created_at, id LIMIT 1 FOR UPDATE`,
      [analyst.region ?? null],
    );
    if (!region) {
      throw new Error(analyst.region ? `No region named ${analyst.region}` : 'The database has no region');
    }
    // The region's approvers: while it has one, new analysts go through an approval instead.
    const analysts = await tx.query<unknown[]>(
      `SELECT 1 FROM users WHERE role = ANY($2::text[]) AND region_id = $1 AND disabled_at IS NULL`,
      [region.id, rolesWith(Permission.ROLE_GRANT_APPROVE)],
    );
    if (analysts.length > 0) {
      return 'region-has-analyst';
    }
    const email = analyst.email.trim().toLowerCase();
    if ((await tx.query<unknown[]>('SELECT 1 FROM users WHERE email = $1', [email])).length > 0) {
      return 'email-taken';
    }
    const [user] = await tx.query<{ id: string }[]>(
      `INSERT INTO users (email, name, role, region_id, password_hash) VALUES ($1, $2, NULL, $3, $4) RETURNING id`,
      [email, analyst.name.trim(), region.id, passwordHash],
    );
    await grantInstallAnalyst(tx, user!.id);
    return 'created';
  });
}
