import { PASSWORD_MIN_LENGTH } from '@rode-draad/shared';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password';
import { passwordWeakness } from '../auth/password-strength';

const ADMIN_NAME = 'Administrator';

/** Throws a message for the operator when RD_ADMIN_PASSWORD is too short or too easy to guess. */
export function checkAdminPassword(email: string, password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw new Error(`RD_ADMIN_PASSWORD must have at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  const weakness = passwordWeakness(password, { email, name: ADMIN_NAME });
  if (weakness) {
    throw new Error(
      weakness === 'PASSWORD_HAS_PERSONAL_INFO'
        ? 'RD_ADMIN_PASSWORD must not contain the e-mail address (RD_ADMIN_EMAIL)'
        : 'RD_ADMIN_PASSWORD is too easy to guess (a common password or pattern): choose a longer, random one',
    );
  }
}

/** Creates the first administrator of a production install, which has no demo accounts. */
export async function bootstrapAdmin(db: DataSource, email: string, password: string): Promise<void> {
  checkAdminPassword(email, password);
  const passwordHash = await hashPassword(password);
  await db.query(
    `INSERT INTO users (email, name, role, region_id, password_hash)
     SELECT $1, $3, 'ADMIN', (SELECT id FROM regions ORDER BY created_at LIMIT 1), $2
      WHERE NOT EXISTS (SELECT 1 FROM users)`,
    [email.trim().toLowerCase(), passwordHash, ADMIN_NAME],
  );
}
