import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password';
import { SessionService } from '../features/auth/session.service';
import { TWENTE_MUNICIPALITIES } from '../db/migrations/1764300000100-twente-region';
import { DEMO_PASSWORD, demoAccounts, type DemoAccount } from './demo-accounts';
import { seedProgramme } from './seed-programme';
import { seedScans } from './seed-scans';

/** True when nobody has an account yet: the only state in which demo data may be added. */
export async function isEmpty(db: DataSource): Promise<boolean> {
  const [row] = (await db.query('SELECT NOT EXISTS (SELECT 1 FROM users) AS empty')) as { empty: boolean }[];
  return row?.empty === true;
}

/**
 * Fictional demo data for Twente. The accounts go in first, in one transaction; the scans, the
 * two published pictures and the learning programme follow (publishing runs through the picture service, in its own
 * transactions).
 */
export async function seedDemo(db: DataSource): Promise<DemoAccount[]> {
  const accounts = demoAccounts(TWENTE_MUNICIPALITIES);
  const hashes = await Promise.all(accounts.map(() => hashPassword(DEMO_PASSWORD)));
  const regionId = await db.transaction(async (tx) => {
    const [region] = (await tx.query(`SELECT id FROM regions WHERE name = 'Twente'`)) as { id: string }[];
    const municipalities = (await tx.query('SELECT id, cbs_code FROM municipalities')) as { id: string; cbs_code: string }[];
    const byCode = new Map(municipalities.map((m) => [m.cbs_code, m.id]));
    for (const [index, account] of accounts.entries()) {
      await tx.query(
        `INSERT INTO users (email, name, role, region_id, municipality_id, password_hash)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          account.email,
          account.name,
          account.role,
          region!.id,
          account.municipalityCode ? byCode.get(account.municipalityCode) : null,
          hashes[index],
        ],
      );
    }
    return region!.id;
  });
  const [analyst] = (await db.query(`SELECT id FROM users WHERE email = 'riec@rodedraad.example'`)) as { id: string }[];
  // The scans go in through the services as the demo analyst, in a real session: row-level
  // security only lets a viewer with a live session write confidential rows.
  const sessions = new SessionService(db, { idleMinutes: 60, absoluteHours: 1 });
  const analystViewer = await sessions.resolve(await sessions.create(analyst!.id));
  if (!analystViewer) {
    throw new Error('The demo analyst could not start a session.');
  }
  try {
    await seedScans(db, analystViewer);
  } finally {
    await sessions.end(analystViewer.sessionId);
  }
  await seedProgramme(db, regionId);
  return accounts;
}
