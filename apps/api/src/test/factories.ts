import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@rode-draad/shared';
import { grantNeedsApproval } from '../access/permissions';
import { hashPassword } from '../auth/password';
import { grantApprovedRole, grantInstallAnalyst } from '../demo/owner-grants';
import { loggedIn, type Client } from './client';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'correct-horse-battery';

let passwordHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  municipalityId: string | null;
  regionId: string;
}

export async function municipalityId(app: TestApp, cbsCode: string): Promise<string> {
  const [row] = await app.owner.query<
    {
      id: string;
    }[]
  >('SELECT id FROM municipalities WHERE cbs_code = $1', [cbsCode]);
  if (!row) {
    throw new Error(`no municipality ${cbsCode}`);
  }
  return row.id;
}

/**
 * A user with TEST_PASSWORD, written behind the app's back. Municipal roles default to Almelo
 * (GM0141); pass another CBS code for "another municipality". Roles that open confidential data
 * come with an approved role grant (fixtureRoleGrant), as the database demands.
 */
export async function createUser(
  app: TestApp,
  role: Role,
  options: { municipality?: string; email?: string; disabled?: boolean; regionId?: string } = {},
): Promise<TestUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const municipal = role === 'MUNICIPAL_COORDINATOR' || role === 'PARTICIPANT';
  const mId = municipal ? await municipalityId(app, options.municipality ?? 'GM0141') : null;
  const privileged = grantNeedsApproval(role);
  const email = options.email ?? `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@test.example`;
  const [row] = await app.owner.query<{ id: string; region_id: string }[]>(
    `INSERT INTO users (email, name, role, region_id, municipality_id, password_hash, disabled_at)
     VALUES ($1, $2, $3, coalesce($7::uuid, (SELECT id FROM regions WHERE name = 'Twente')), $4, $5, $6)
     RETURNING id, region_id`,
    [
      email,
      `Test ${role}`,
      privileged ? null : role,
      privileged ? null : mId,
      await passwordHash,
      options.disabled ? new Date() : null,
      options.regionId ?? null,
    ],
  );
  if (privileged) {
    await fixtureRoleGrant(app, row!.id, role, mId);
  }
  return { id: row!.id, email, role, municipalityId: mId, regionId: row!.region_id };
}

/**
 * Gives a user a privileged role the way the database accepts it: asked for by a fixture
 * administrator and approved by an active analyst of the user's region. A region without one gets
 * its first analyst through an install grant (the user itself, when it is to be an analyst).
 */
export async function fixtureRoleGrant(app: TestApp, userId: string, role: Role, mId: string | null): Promise<void> {
  await app.owner.transaction(async (tx) => {
    const [{ region_id: regionId } = { region_id: '' }] = await tx.query<{ region_id: string }[]>(
      'SELECT r.id AS region_id FROM users u JOIN regions r ON r.id = u.region_id WHERE u.id = $1 FOR UPDATE OF r',
      [userId],
    );
    const findApprover = async () =>
      (
        await tx.query<{ id: string }[]>(
          `SELECT id FROM users WHERE role = 'RIEC_ANALYST' AND region_id = $1 AND disabled_at IS NULL AND id <> $2 ORDER BY created_at, id LIMIT 1`,
          [regionId, userId],
        )
      )[0]?.id;
    let approver = await findApprover();
    if (!approver) {
      if (role === 'RIEC_ANALYST') {
        await grantInstallAnalyst(tx, userId);
        return;
      }
      const [fixture] = await tx.query<{ id: string }[]>(
        `INSERT INTO users (email, name, region_id, password_hash) VALUES ($1, 'Fixture analyst', $2, 'not-a-hash') RETURNING id`,
        [`fixture-analyst-${randomBytes(4).toString('hex')}@test.example`, regionId],
      );
      await grantInstallAnalyst(tx, fixture!.id);
      approver = fixture!.id;
    }
    await tx.query(
      `INSERT INTO users (email, name, role, region_id, password_hash)
       VALUES ('fixture-admin@test.example', 'Fixture admin', 'ADMIN', $1, 'not-a-hash') ON CONFLICT (email) DO NOTHING`,
      [regionId],
    );
    const [requester] = await tx.query<
      {
        id: string;
      }[]
    >(`SELECT id FROM users WHERE email = 'fixture-admin@test.example'`);
    await grantApprovedRole(tx, {
      userId,
      role,
      municipalityId: mId,
      requestedBy: requester!.id,
      decidedBy: approver,
      note: 'test fixture',
    });
  });
}

/** A logged-in client for a new user of the given role. */
export async function actAs(
  app: TestApp,
  role: Role,
  options: Parameters<typeof createUser>[2] = {},
): Promise<{ user: TestUser; client: Client }> {
  const user = await createUser(app, role, options);
  return { user, client: await loggedIn(app, user.email, TEST_PASSWORD) };
}

/**
 * A logged-in user of a new, empty region (no municipalities, no facets): for "another region"
 * tests. Regional roles only, since municipal roles would need a municipality of that region.
 */
export async function actAsInNewRegion(
  app: TestApp,
  role: Exclude<Role, 'MUNICIPAL_COORDINATOR' | 'PARTICIPANT'>,
): Promise<{ user: TestUser; client: Client; regionId: string }> {
  const [region] = await app.owner.query<{ id: string }[]>(`INSERT INTO regions (name) VALUES ($1) RETURNING id`, [
    `Regio ${randomBytes(4).toString('hex')}`,
  ]);
  const user = await createUser(app, role, { regionId: region!.id });
  return {
    user: { ...user, regionId: region!.id },
    client: await loggedIn(app, user.email, TEST_PASSWORD),
    regionId: region!.id,
  };
}

/** A live session for the user, written behind the app's back: the raw token, as the cookie carries it. */
export async function sessionTokenOf(app: TestApp, userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await app.owner.query(
    `INSERT INTO user_sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 hour')`,
    [createHash('sha256').update(token).digest('hex'), userId],
  );
  return token;
}
