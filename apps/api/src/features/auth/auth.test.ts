import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { Client, LOGIN, loggedIn } from '../../test/client';
import { TEST_PASSWORD, createUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const ME = `query { me { email role municipality { code name } region { name } } }`;
const LOGOUT = `mutation { logout }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('login', () => {
  it('starts a session with an HttpOnly, SameSite=Lax cookie and shows who is logged in', async () => {
    const user = await createUser(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' });
    const client = new Client(app);
    const response = await client.post(
      JSON.stringify({ query: LOGIN, variables: { email: user.email, password: TEST_PASSWORD } }),
    );
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^rd_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    const { me } = await client.ok<{ me: unknown }>(ME);
    expect(me).toEqual({
      email: user.email,
      role: 'MUNICIPAL_COORDINATOR',
      municipality: { code: 'GM0153', name: 'Enschede' },
      region: { name: 'Twente' },
    });
  });

  it('accepts the e-mail address in any case and with surrounding spaces', async () => {
    const user = await createUser(app, 'PARTICIPANT');
    const client = await loggedIn(app, `  ${user.email.toUpperCase()} `, TEST_PASSWORD);
    expect((await client.ok<{ me: { email: string } }>(ME)).me.email).toBe(user.email);
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const user = await createUser(app, 'PARTICIPANT');
    const wrong = await new Client(app).gql(LOGIN, { email: user.email, password: 'not-the-password' });
    const unknown = await new Client(app).gql(LOGIN, { email: 'nobody@test.example', password: 'not-the-password' });
    expect(wrong.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' });
    expect(unknown.errors).toEqual(wrong.errors);
    expect(unknown.status).toBe(wrong.status);
    expect(unknown.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a disabled user, telling only someone who knows the password', async () => {
    const user = await createUser(app, 'PROGRAMME_STAFF', { disabled: true });
    const client = new Client(app);
    const result = await client.gql(LOGIN, { email: user.email, password: TEST_PASSWORD });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'ACCOUNT_DISABLED' });
    expect(client.cookie).toBeUndefined();
    const guess = await new Client(app).gql(LOGIN, { email: user.email, password: 'a-wrong-guess' });
    expect(guess.errors?.[0]?.extensions?.reason).toBe('WRONG_CREDENTIALS');
  });

  it('marks the cookie Secure in production by default, also over plain HTTP', async () => {
    const production = loadConfig({ NODE_ENV: 'production' });
    const prod = await startTestApp({ production: true, secureCookies: production.secureCookies });
    try {
      const user = await createUser(prod, 'ADMIN');
      const response = await new Client(prod).post(
        JSON.stringify({ query: LOGIN, variables: { email: user.email, password: TEST_PASSWORD } }),
      );
      expect(response.headers.get('set-cookie')).toMatch(/^rd_session=.*; Secure/);
    } finally {
      await prod.close();
    }
  });

  it('marks the cookie Secure behind an HTTPS proxy', async () => {
    const proxied = await startTestApp({ trustProxy: 1 });
    try {
      const user = await createUser(proxied, 'ADMIN');
      const client = new Client(proxied, { 'x-forwarded-proto': 'https' });
      const response = await client.post(
        JSON.stringify({ query: LOGIN, variables: { email: user.email, password: TEST_PASSWORD } }),
      );
      expect(response.headers.get('set-cookie')).toContain('Secure');
    } finally {
      await proxied.close();
    }
  });
});

describe('sessions', () => {
  it('logout ends the session on the server, not just the cookie', async () => {
    const user = await createUser(app, 'PARTICIPANT');
    const client = await loggedIn(app, user.email, TEST_PASSWORD);
    const stolen = new Client(app);
    stolen.cookie = client.cookie;
    expect((await client.ok<{ logout: boolean }>(LOGOUT)).logout).toBe(true);
    expect(client.cookie).toBeUndefined();
    expect((await stolen.ok<{ me: unknown }>(ME)).me).toBeNull();
  });

  it('ends a session that has been idle too long', async () => {
    const user = await createUser(app, 'PARTICIPANT');
    const client = await loggedIn(app, user.email, TEST_PASSWORD);
    await app.owner.query(`UPDATE user_sessions SET last_seen_at = now() - interval '121 minutes' WHERE user_id = $1`, [
      user.id,
    ]);
    expect((await client.ok<{ me: unknown }>(ME)).me).toBeNull();
  });

  it('ends a session at its absolute expiry however active it is', async () => {
    const user = await createUser(app, 'PARTICIPANT');
    const client = await loggedIn(app, user.email, TEST_PASSWORD);
    await app.owner.query(`UPDATE user_sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
      user.id,
    ]);
    expect((await client.ok<{ me: unknown }>(ME)).me).toBeNull();
  });

  it('keeps an active session alive by moving its idle clock', async () => {
    const user = await createUser(app, 'PARTICIPANT');
    const client = await loggedIn(app, user.email, TEST_PASSWORD);
    await app.owner.query(`UPDATE user_sessions SET last_seen_at = now() - interval '100 minutes' WHERE user_id = $1`, [
      user.id,
    ]);
    await client.ok(ME);
    const [row] = await app.owner.query<{ fresh: boolean }[]>(
      `SELECT last_seen_at > now() - interval '1 minute' AS fresh FROM user_sessions WHERE user_id = $1`,
      [user.id],
    );
    expect(row?.fresh).toBe(true);
  });

  it('stores only a hash of the session token', async () => {
    const user = await createUser(app, 'PARTICIPANT');
    const client = await loggedIn(app, user.email, TEST_PASSWORD);
    const token = client.cookie?.split('=')[1];
    const rows = await app.owner.query<
      {
        token_hash: string;
      }[]
    >('SELECT token_hash FROM user_sessions WHERE user_id = $1', [user.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).not.toContain(token);
    expect(rows[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('changePassword', () => {
  const CHANGE = `mutation Change($input: ChangePasswordInput!) { changePassword(input: $input) }`;

  it('needs a login', async () => {
    expect(
      await new Client(app).errorCode(CHANGE, { input: { currentPassword: 'x', newPassword: 'another-password-1' } }),
    ).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong current password and a too short new one', async () => {
    const user = await createUser(app, 'PARTICIPANT');
    const client = await loggedIn(app, user.email, TEST_PASSWORD);
    const wrong = await client.gql(CHANGE, { input: { currentPassword: 'wrong', newPassword: 'another-password-1' } });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'currentPassword', reason: 'WRONG_PASSWORD' }],
    });
    const short = await client.gql(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: 'short' } });
    expect(short.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'newPassword', reason: 'isLength' }],
    });
  });

  it('refuses a new password that is common or contains the own e-mail address', async () => {
    const user = await createUser(app, 'PARTICIPANT');
    const client = await loggedIn(app, user.email, TEST_PASSWORD);
    const common = await client.gql(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: 'password1234' } });
    expect(common.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'newPassword', reason: 'PASSWORD_TOO_WEAK' }],
    });
    const own = await client.gql(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: `${user.email}!` } });
    expect(own.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'newPassword', reason: 'PASSWORD_HAS_PERSONAL_INFO' }],
    });
    // Still the old password.
    await loggedIn(app, user.email, TEST_PASSWORD);
  });

  it('changes the password and ends every other session', async () => {
    const user = await createUser(app, 'PARTICIPANT');
    const here = await loggedIn(app, user.email, TEST_PASSWORD);
    const elsewhere = await loggedIn(app, user.email, TEST_PASSWORD);
    await here.ok(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-password' } });
    expect((await here.ok<{ me: unknown }>(ME)).me).not.toBeNull();
    expect((await elsewhere.ok<{ me: unknown }>(ME)).me).toBeNull();
    expect(await new Client(app).errorCode(LOGIN, { email: user.email, password: TEST_PASSWORD })).toBe(
      'UNAUTHENTICATED',
    );
    await loggedIn(app, user.email, 'a-brand-new-password');
  });
});
