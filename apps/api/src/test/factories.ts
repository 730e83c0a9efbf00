import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@rode-draad/shared';
import { hashPassword } from '../auth/password';
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
  const [row] = (await app.owner.query('SELECT id FROM municipalities WHERE cbs_code = $1', [cbsCode])) as { id: string }[];
  if (!row) {
    throw new Error(`no municipality ${cbsCode}`);
  }
  return row.id;
}

/**
 * A user with TEST_PASSWORD, written behind the app's back. Municipal roles default to Almelo
 * (GM0141); pass another CBS code for "another municipality".
 */
export async function createUser(
  app: TestApp,
  role: Role,
  options: { municipality?: string; email?: string; disabled?: boolean } = {},
): Promise<TestUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const municipal = role === 'MUNICIPAL_COORDINATOR' || role === 'PARTICIPANT';
  const mId = municipal ? await municipalityId(app, options.municipality ?? 'GM0141') : null;
  const email = options.email ?? `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@test.example`;
  const [row] = (await app.owner.query(
    `INSERT INTO users (email, name, role, region_id, municipality_id, password_hash, disabled_at)
     VALUES ($1, $2, $3, (SELECT id FROM regions WHERE name = 'Twente'), $4, $5, $6)
     RETURNING id, region_id`,
    [email, `Test ${role}`, role, mId, await passwordHash, options.disabled ? new Date() : null],
  )) as { id: string; region_id: string }[];
  return { id: row!.id, email, role, municipalityId: mId, regionId: row!.region_id };
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
  const [region] = (await app.owner.query(`INSERT INTO regions (name) VALUES ($1) RETURNING id`, [
    `Regio ${randomBytes(4).toString('hex')}`,
  ])) as { id: string }[];
  const user = await createUser(app, role);
  await app.owner.query('UPDATE users SET region_id = $2 WHERE id = $1', [user.id, region!.id]);
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
