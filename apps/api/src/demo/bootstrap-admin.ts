import { PASSWORD_MIN_LENGTH } from '@rode-draad/shared';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password';

/** Creates the first administrator of a production install, which has no demo accounts. */
export async function bootstrapAdmin(db: DataSource, email: string, password: string): Promise<void> {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw new Error(`RD_ADMIN_PASSWORD must have at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  const passwordHash = await hashPassword(password);
  await db.query(
    `INSERT INTO users (email, name, role, region_id, password_hash)
     SELECT $1, 'Administrator', 'ADMIN', (SELECT id FROM regions ORDER BY created_at LIMIT 1), $2
      WHERE NOT EXISTS (SELECT 1 FROM users)`,
    [email.trim().toLowerCase(), passwordHash],
  );
}
