import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password';
import { SessionService } from '../features/auth/session.service';
import { TWENTE_MUNICIPALITIES } from '../db/migrations/1764300000100-twente-region';
import { grantNeedsApproval } from '../access/permissions';
import {
  DEMO_ADMIN_EMAIL,
  DEMO_ANALYST_EMAIL,
  DEMO_PASSWORD,
  DEMO_STAFF_EMAIL,
  demoAccounts,
  type DemoAccount,
} from './demo-accounts';
import { grantApprovedRole, grantInstallAnalyst } from './owner-grants';
import { seedHomeItems } from './seed-home-items';
import { seedLearningEffect } from './seed-learning-effect';
import { seedLearningLinks } from './seed-learning-links';
import { seedPeerLearning } from './seed-peer-learning';
import { seedProgramme } from './seed-programme';
import { seedRegionalAdvice } from './seed-regional-advice';
import { seedScans } from './seed-scans';
import { seedSessionExtras } from './seed-session-extras';

/** True when nobody has an account yet: the only state in which demo data may be added. */
export async function isEmpty(db: DataSource): Promise<boolean> {
  const [row] = await db.query<{ empty: boolean }[]>('SELECT NOT EXISTS (SELECT 1 FROM users) AS empty');
  return row?.empty === true;
}

/**
 * Fictional demo data for Twente. The accounts go in first, in one transaction; the scans, the
 * two published pictures (a third, with learning → follow-up, comes last), the learning programme and the peer-learning tracks follow (publishing runs through the picture service, in its own
 * transactions).
 */
export async function seedDemo(db: DataSource): Promise<DemoAccount[]> {
  const accounts = demoAccounts(TWENTE_MUNICIPALITIES);
  // Every demo account has the same password, so one argon2 hash (tenths of a second of CPU each) serves them all.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const regionId = await db.transaction(async (tx) => {
    const [region] = await tx.query<{ id: string }[]>(`SELECT id FROM regions WHERE name = 'Twente'`);
    const municipalities = await tx.query<
      {
        id: string;
        cbs_code: string;
      }[]
    >('SELECT id, cbs_code FROM municipalities');
    const byCode = new Map(municipalities.map((m) => [m.cbs_code, m.id]));
    // Privileged roles go in without a role first: the database grants them only with an approved grant.
    const rows = accounts.map((account) => {
      const privileged = grantNeedsApproval(account.role);
      return {
        email: account.email,
        name: account.name,
        role: privileged ? null : account.role,
        municipalityId: account.municipalityCode && !privileged ? (byCode.get(account.municipalityCode) ?? null) : null,
      };
    });
    // All accounts in one statement, in the order of the list.
    const inserted = await tx.query<{ id: string; email: string }[]>(
      `INSERT INTO users (email, name, role, region_id, municipality_id, password_hash)
       SELECT a.email, a.name, a.role, $5, a.municipality_id, $6
         FROM unnest($1::text[], $2::text[], $3::text[], $4::uuid[]) WITH ORDINALITY AS a(email, name, role, municipality_id, n)
        ORDER BY a.n
       RETURNING id, email`,
      [
        rows.map((r) => r.email),
        rows.map((r) => r.name),
        rows.map((r) => r.role),
        rows.map((r) => r.municipalityId),
        region!.id,
        passwordHash,
      ],
    );
    const ids = new Map(inserted.map((user) => [user.email, user.id]));
    // The demo analyst is the install's first analyst; the admin asked for every other privileged
    // role and that analyst approved it, as it would go in the app.
    const analystId = ids.get(DEMO_ANALYST_EMAIL)!;
    await grantInstallAnalyst(tx, analystId);
    for (const account of accounts) {
      const userId = ids.get(account.email)!;
      if (grantNeedsApproval(account.role) && userId !== analystId) {
        await grantApprovedRole(tx, {
          userId,
          role: account.role,
          municipalityId: account.municipalityCode ? (byCode.get(account.municipalityCode) ?? null) : null,
          requestedBy: ids.get(DEMO_ADMIN_EMAIL)!,
          decidedBy: analystId,
          note: 'demo',
        });
      }
    }
    return region!.id;
  });
  const [analyst] = await db.query<{ id: string }[]>(`SELECT id FROM users WHERE email = $1`, [DEMO_ANALYST_EMAIL]);
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
  await seedPeerLearning(db, regionId);
  await seedLearningLinks(db);
  await seedLearningEffect(db, analyst!.id);
  await seedRegionalAdvice(db, regionId, DEMO_STAFF_EMAIL);
  await seedSessionExtras(db, regionId);
  await seedHomeItems(db, regionId);
  return accounts;
}
