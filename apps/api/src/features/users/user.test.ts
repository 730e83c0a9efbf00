import { ROLES, type Role } from '@rode-draad/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, LOGIN, loggedIn } from '../../test/client';
import { TEST_PASSWORD, actAs, createUser, municipalityId } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { expectOneWinner } from '../../test/versions';

const USERS = `query Users($filter: UserFilter, $sort: UserSort, $page: PageInput) {
  users(filter: $filter, sort: $sort, page: $page) { total items { id email name role disabled municipality { code name } } }
}`;
const USER = `query User($id: ID!) { user(id: $id) { id email } }`;
const CREATE = `mutation Create($input: CreateUserInput!) { createUser(input: $input) { id email name role locale disabled municipality { code } } }`;
const UPDATE = `mutation Update($id: ID!, $input: UpdateUserInput!, $expectedVersion: Int!) {
  updateUser(id: $id, input: $input, expectedVersion: $expectedVersion) { id email name role version municipality { code } }
}`;
const DISABLE = `mutation Disable($id: ID!, $disabled: Boolean!, $expectedVersion: Int!) {
  setUserDisabled(id: $id, disabled: $disabled, expectedVersion: $expectedVersion) { id disabled version }
}`;
const ME = `query { me { email locale } }`;
const SET_LOCALE = `mutation { setLocale(locale: en) { locale } }`;

let app: TestApp;
let admin: Client;
let adminId: string;
let almelo: string;

beforeAll(async () => {
  app = await startTestApp();
  const acting = await actAs(app, 'ADMIN');
  admin = acting.client;
  adminId = acting.user.id;
  almelo = await municipalityId(app, 'GM0141');
});
afterAll(() => app.close());

const newUser = (overrides: Record<string, unknown> = {}) => ({
  email: `new-${Math.random().toString(36).slice(2)}@test.example`,
  name: 'Nieuwe Gebruiker',
  role: 'PARTICIPANT',
  municipalityId: almelo,
  password: 'initial-password-1',
  ...overrides,
});

describe('admin-only operations', () => {
  const others = ROLES.filter((r): r is Exclude<Role, 'ADMIN'> => r !== 'ADMIN');

  it('are refused for anonymous visitors', async () => {
    const anonymous = new Client(app);
    const target = await createUser(app, 'PARTICIPANT');
    expect(await anonymous.errorCode(USERS)).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(USER, { id: target.id })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(CREATE, { input: newUser() })).toBe('UNAUTHENTICATED');
    expect(
      await anonymous.errorCode(UPDATE, {
        id: target.id,
        input: { email: target.email, name: 'X', role: 'ADMIN' },
        expectedVersion: 1,
      }),
    ).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(DISABLE, { id: target.id, disabled: true, expectedVersion: 1 })).toBe(
      'UNAUTHENTICATED',
    );
  });

  it.each(others)('are refused for %s, and nothing changes', async (role) => {
    const { client } = await actAs(app, role);
    const target = await createUser(app, 'PARTICIPANT');
    const input = newUser();
    expect(await client.errorCode(USERS)).toBe('FORBIDDEN');
    expect(await client.errorCode(USER, { id: target.id })).toBe('FORBIDDEN');
    expect(await client.errorCode(CREATE, { input })).toBe('FORBIDDEN');
    expect(
      await client.errorCode(UPDATE, {
        id: target.id,
        input: { email: target.email, name: 'X', role: 'ADMIN' },
        expectedVersion: 1,
      }),
    ).toBe('FORBIDDEN');
    expect(await client.errorCode(DISABLE, { id: target.id, disabled: true, expectedVersion: 1 })).toBe('FORBIDDEN');
    const rows = await app.owner.query<{ role: string; disabled_at: Date | null }[]>(
      'SELECT role, disabled_at FROM users WHERE id = $1 OR email = $2',
      [target.id, input.email],
    );
    expect(rows).toEqual([{ role: 'PARTICIPANT', disabled_at: null }]);
  });
});

describe('createUser', () => {
  it('creates a participant who can log in with the initial password', async () => {
    const input = newUser({ email: 'Nieuw.Lid@Test.Example' });
    const { createUser: created } = await admin.ok<{ createUser: Record<string, unknown> }>(CREATE, { input });
    expect(created).toMatchObject({
      email: 'nieuw.lid@test.example',
      name: 'Nieuwe Gebruiker',
      role: 'PARTICIPANT',
      locale: 'nl',
      disabled: false,
      municipality: { code: 'GM0141' },
    });
    await loggedIn(app, 'nieuw.lid@test.example', 'initial-password-1');
  });

  it('stores an argon2id hash, never the password', async () => {
    const input = newUser();
    await admin.ok(CREATE, { input });
    const [row] = await app.owner.query<
      {
        password_hash: string;
      }[]
    >('SELECT password_hash FROM users WHERE email = $1', [input.email]);
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('answers invalid fields with BAD_USER_INPUT per field and writes nothing', async () => {
    const input = newUser({ email: 'not-an-email', name: '', password: 'short' });
    const result = await admin.gql(CREATE, { input });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (result.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['email', 'name', 'password']);
    expect(await app.owner.query('SELECT 1 FROM users WHERE email = $1', ['not-an-email'])).toEqual([]);
  });

  it('refuses an initial password that is easy to guess or built from the name or e-mail, and writes nothing', async () => {
    const weak = newUser({ password: 'aaaaaaaaaaaa' });
    expect((await admin.gql(CREATE, { input: weak })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'password', reason: 'PASSWORD_TOO_WEAK' }],
    });
    const personal = newUser({ name: 'Gerrit Dijkstra', password: 'dijkstra-gerrit-7' });
    expect((await admin.gql(CREATE, { input: personal })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'password', reason: 'PASSWORD_HAS_PERSONAL_INFO' }],
    });
    expect(await app.owner.query('SELECT 1 FROM users WHERE email IN ($1, $2)', [weak.email, personal.email])).toEqual(
      [],
    );
  });

  it('requires a municipality exactly for municipal roles', async () => {
    const missing = await admin.gql(CREATE, { input: newUser({ municipalityId: null }) });
    expect(missing.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'municipalityId', reason: 'REQUIRED_FOR_ROLE' }],
    });
    const extra = await admin.gql(CREATE, { input: newUser({ role: 'RIEC_ANALYST' }) });
    expect(extra.errors?.[0]?.extensions).toMatchObject({
      fields: [{ field: 'municipalityId', reason: 'NOT_ALLOWED_FOR_ROLE' }],
    });
    const unknown = await admin.gql(CREATE, {
      input: newUser({ municipalityId: '00000000-0000-4000-8000-000000000000' }),
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      fields: [{ field: 'municipalityId', reason: 'UNKNOWN_MUNICIPALITY' }],
    });
  });

  it('refuses a second account with the same e-mail address, in any case', async () => {
    const input = newUser();
    await admin.ok(CREATE, { input });
    const again = await admin.gql(CREATE, { input: { ...input, email: input.email.toUpperCase() } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
  });
});

describe('users list', () => {
  it('searches, filters, sorts and pages', async () => {
    const marker = `zoek${Date.now()}`;
    for (const name of ['Bram', 'Anna', 'Cees']) {
      await admin.ok(CREATE, { input: newUser({ name: `${name} ${marker}` }) });
    }
    const page1 = await admin.ok<{ users: { total: number; items: { name: string }[] } }>(USERS, {
      filter: { search: marker.toUpperCase() },
      sort: { field: 'NAME', direction: 'DESC' },
      page: { offset: 0, limit: 2 },
    });
    expect(page1.users.total).toBe(3);
    expect(page1.users.items.map((u) => u.name)).toEqual([`Cees ${marker}`, `Bram ${marker}`]);
    const page2 = await admin.ok<{ users: { items: { name: string }[] } }>(USERS, {
      filter: { search: marker },
      sort: { field: 'NAME', direction: 'DESC' },
      page: { offset: 2, limit: 2 },
    });
    expect(page2.users.items.map((u) => u.name)).toEqual([`Anna ${marker}`]);
    const byRole = await admin.ok<{ users: { items: { role: string }[] } }>(USERS, { filter: { role: 'ADMIN' } });
    expect(new Set(byRole.users.items.map((u) => u.role))).toEqual(new Set(['ADMIN']));
  });

  it('treats LIKE wildcards in the search as plain text', async () => {
    const result = await admin.ok<{ users: { total: number } }>(USERS, { filter: { search: '%_%' } });
    expect(result.users.total).toBe(0);
  });

  it('caps the page size', async () => {
    const result = await admin.gql(USERS, { page: { offset: 0, limit: 1000 } });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'limit', reason: 'max' }],
    });
  });

  it('runs the same number of SQL statements for 5 and for 60 users (no N+1)', async () => {
    const count = async (limit: number) => {
      app.statements.reset();
      const result = await admin.ok<{ users: { items: unknown[] } }>(USERS, { page: { offset: 0, limit } });
      expect(result.users.items).toHaveLength(limit);
      return app.statements.count;
    };
    for (let i = 0; i < 60; i += 1) {
      await createUser(app, i % 2 ? 'PARTICIPANT' : 'MUNICIPAL_COORDINATOR', {
        municipality: i % 3 ? 'GM0153' : 'GM0141',
      });
    }
    expect(await count(60)).toBe(await count(5));
  });
});

describe('updateUser and setUserDisabled', () => {
  it('changes role and municipality and ends the sessions of the changed user', async () => {
    const target = await createUser(app, 'PARTICIPANT');
    const session = await loggedIn(app, target.email, TEST_PASSWORD);
    const enschede = await municipalityId(app, 'GM0153');
    const { updateUser } = await admin.ok<{ updateUser: Record<string, unknown> }>(UPDATE, {
      id: target.id,
      input: { email: target.email, name: 'Gewijzigd', role: 'PARTICIPANT', municipalityId: enschede },
      expectedVersion: 1,
    });
    expect(updateUser).toMatchObject({
      name: 'Gewijzigd',
      role: 'PARTICIPANT',
      municipality: { code: 'GM0153' },
      version: 2,
    });
    expect((await session.ok<{ me: unknown }>(ME)).me).toBeNull();
    // Roles that open confidential data wait for an analyst: see role-grant.test.ts.
  });

  it('answers an unknown id with NOT_FOUND', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect(await admin.errorCode(USER, { id })).toBe('NOT_FOUND');
    expect(await admin.errorCode(DISABLE, { id, disabled: true, expectedVersion: 1 })).toBe('NOT_FOUND');
    expect(
      await admin.errorCode(UPDATE, {
        id,
        input: { email: 'x@test.example', name: 'X', role: 'ADMIN' },
        expectedVersion: 1,
      }),
    ).toBe('NOT_FOUND');
  });

  it('disabling ends the sessions at once; re-enabling lets the user log in again', async () => {
    const target = await createUser(app, 'PROGRAMME_STAFF');
    const session = await loggedIn(app, target.email, TEST_PASSWORD);
    expect(
      (
        await admin.ok<{ setUserDisabled: { disabled: boolean } }>(DISABLE, {
          id: target.id,
          disabled: true,
          expectedVersion: 1,
        })
      ).setUserDisabled.disabled,
    ).toBe(true);
    expect((await session.ok<{ me: unknown }>(ME)).me).toBeNull();
    expect(await new Client(app).errorCode(LOGIN, { email: target.email, password: TEST_PASSWORD })).toBe(
      'UNAUTHENTICATED',
    );
    await admin.ok(DISABLE, { id: target.id, disabled: false, expectedVersion: 2 });
    await loggedIn(app, target.email, TEST_PASSWORD);
  });

  it('does not let an admin lock themselves out', async () => {
    const self = await admin.gql(DISABLE, { id: adminId, disabled: true, expectedVersion: 1 });
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CANNOT_DISABLE_SELF' });
    const [me] = await app.owner.query<{ email: string }[]>('SELECT email FROM users WHERE id = $1', [adminId]);
    const demote = await admin.gql(UPDATE, {
      id: adminId,
      input: { email: me!.email, name: 'Admin', role: 'PARTICIPANT', municipalityId: almelo },
      expectedVersion: 1,
    });
    expect(demote.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CANNOT_CHANGE_OWN_ROLE' });
  });
});

describe('optimistic versions', () => {
  interface Stored {
    name: string;
    role: string;
    municipality_id: string | null;
    disabled: boolean;
    version: number;
    sessions: number;
    grants: number;
  }
  /** The account as stored, with everything an edit of it may write besides the row. */
  const stored = async (id: string) =>
    (
      await app.owner.query<Stored[]>(
        `SELECT name, role, municipality_id, disabled_at IS NOT NULL AS disabled, version,
              (SELECT count(*)::int FROM user_sessions s WHERE s.user_id = u.id) AS sessions,
              (SELECT count(*)::int FROM role_grants g WHERE g.user_id = u.id) AS grants
         FROM users u WHERE id = $1`,
        [id],
      )
    )[0]!;
  const staleVersion = (currentVersion: number) => ({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion });

  it('of two admins editing the same account at once one saves, the other gets STALE_VERSION, and only the winner is written', async () => {
    const target = await createUser(app, 'PARTICIPANT');
    await loggedIn(app, target.email, TEST_PASSWORD);
    const colleague = (await actAs(app, 'ADMIN')).client;
    const enschede = await municipalityId(app, 'GM0153');
    // One moves the participant (ends their sessions), the other asks for a role that waits for approval.
    const edits = [
      { email: target.email, name: 'Verhuisd', role: 'PARTICIPANT', municipalityId: enschede },
      { email: target.email, name: 'Gepromoveerd', role: 'MUNICIPAL_COORDINATOR', municipalityId: almelo },
    ];
    const winner = await expectOneWinner(
      app,
      { table: 'users', id: target.id },
      [admin, colleague].map(
        (client, i) => () => client.gql(UPDATE, { id: target.id, input: edits[i], expectedVersion: 1 }),
      ),
      1,
    );
    expect(await stored(target.id)).toEqual(
      winner === 0
        ? {
            name: 'Verhuisd',
            role: 'PARTICIPANT',
            municipality_id: enschede,
            disabled: false,
            version: 2,
            sessions: 0,
            grants: 0,
          }
        : {
            name: 'Gepromoveerd',
            role: 'PARTICIPANT',
            municipality_id: almelo,
            disabled: false,
            version: 2,
            sessions: 1,
            grants: 1,
          },
    );
  });

  it('disabling with a stale version is refused and changes nothing; disable and edit race like two edits', async () => {
    const target = await createUser(app, 'PARTICIPANT');
    const session = await loggedIn(app, target.email, TEST_PASSWORD);
    await admin.ok(UPDATE, {
      id: target.id,
      input: { email: target.email, name: 'Eerst Gewijzigd', role: 'PARTICIPANT', municipalityId: almelo },
      expectedVersion: 1,
    });
    const refused = await admin.gql(DISABLE, { id: target.id, disabled: true, expectedVersion: 1 });
    expect(refused.errors?.[0]?.extensions).toMatchObject(staleVersion(2));
    expect(await stored(target.id)).toMatchObject({ disabled: false, version: 2, sessions: 1 });
    expect((await session.ok<{ me: unknown }>(ME)).me).not.toBeNull();

    const colleague = (await actAs(app, 'ADMIN')).client;
    const winner = await expectOneWinner(
      app,
      { table: 'users', id: target.id },
      [
        () => admin.gql(DISABLE, { id: target.id, disabled: true, expectedVersion: 2 }),
        () =>
          colleague.gql(UPDATE, {
            id: target.id,
            input: { email: target.email, name: 'Tweede Wijziging', role: 'PARTICIPANT', municipalityId: almelo },
            expectedVersion: 2,
          }),
      ],
      2,
    );
    expect(await stored(target.id)).toMatchObject(
      winner === 0
        ? { name: 'Eerst Gewijzigd', disabled: true, version: 3, sessions: 0 }
        : { name: 'Tweede Wijziging', disabled: false, version: 3, sessions: 1 },
    );
  });

  it('every accepted edit raises the version, also one that changes nothing', async () => {
    const target = await createUser(app, 'PARTICIPANT');
    const input = { email: target.email, name: 'Zelfde', role: 'PARTICIPANT', municipalityId: almelo };
    const first = await admin.ok<{ updateUser: { version: number } }>(UPDATE, {
      id: target.id,
      input,
      expectedVersion: 1,
    });
    const same = await admin.ok<{ updateUser: { version: number } }>(UPDATE, {
      id: target.id,
      input,
      expectedVersion: 2,
    });
    const enabled = await admin.ok<{ setUserDisabled: { version: number } }>(DISABLE, {
      id: target.id,
      disabled: false,
      expectedVersion: 3,
    });
    expect([first.updateUser.version, same.updateUser.version, enabled.setUserDisabled.version]).toEqual([2, 3, 4]);
    const { users } = await admin.ok<{ users: { items: { id: string; version: number }[] } }>(
      `query ($search: String) { users(filter: { search: $search }) { items { id version } } }`,
      { search: target.email },
    );
    expect(users.items).toEqual([{ id: target.id, version: 4 }]);
  });
});

describe('setLocale', () => {
  it('remembers the language per user', async () => {
    const { client } = await actAs(app, 'PARTICIPANT');
    expect((await client.ok<{ me: { locale: string } }>(ME)).me.locale).toBe('nl');
    await client.ok(SET_LOCALE);
    expect((await client.ok<{ me: { locale: string } }>(ME)).me.locale).toBe('en');
    expect(await new Client(app).errorCode(SET_LOCALE)).toBe('UNAUTHENTICATED');
  });
});

describe('colleagues', () => {
  const COLLEAGUES = `query { colleagues { id name } }`;

  it('lists the active coordinators and participants of the own municipality only, for coordinators', async () => {
    expect(await new Client(app).errorCode(COLLEAGUES)).toBe('UNAUTHENTICATED');
    for (const role of ROLES.filter((r) => r !== 'MUNICIPAL_COORDINATOR')) {
      const { client } = await actAs(app, role, role === 'PARTICIPANT' ? { municipality: 'GM0168' } : {});
      expect(await client.errorCode(COLLEAGUES)).toBe('FORBIDDEN');
    }

    const { client, user: coordinator } = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0168' });
    const participant = await createUser(app, 'PARTICIPANT', { municipality: 'GM0168' });
    const disabled = await createUser(app, 'PARTICIPANT', { municipality: 'GM0168', disabled: true });
    const elsewhere = await createUser(app, 'PARTICIPANT', { municipality: 'GM0173' });
    const { colleagues } = await client.ok<{ colleagues: { id: string; name: string }[] }>(COLLEAGUES);
    const listed = colleagues.map((c) => c.id);
    expect(listed).toEqual(expect.arrayContaining([coordinator.id, participant.id]));
    expect(listed).not.toContain(disabled.id);
    expect(listed).not.toContain(elsewhere.id);
    expect(Object.keys(colleagues[0]!).sort()).toEqual(['id', 'name']);
  });
});
