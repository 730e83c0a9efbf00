import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapFirstAnalyst } from '../../demo/bootstrap-analyst';
import { grantInstallAnalyst } from '../../demo/owner-grants';
import { renderMessages } from '../notifications/message-kinds';
import { Client, loggedIn } from '../../test/client';
import { createFacet, createRecommendation, createScan } from '../../test/confidential-factories';
import { TEST_PASSWORD, actAs, actAsInNewRegion, createUser, municipalityId } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const CREATE = `mutation Create($input: CreateUserInput!) {
  createUser(input: $input) { id role municipality { code } pendingRoleGrant { id status requestedRole municipality { code } } }
}`;
const UPDATE = `mutation Update($id: ID!, $input: UpdateUserInput!, $expectedVersion: Int!) {
  updateUser(id: $id, input: $input, expectedVersion: $expectedVersion) { id role municipality { code } pendingRoleGrant { id requestedRole municipality { code } } }
}`;
const GRANTS = `query Grants($status: RoleGrantStatus) {
  roleGrants(status: $status) {
    id status requestedRole note municipality { code } user { id name email } requestedBy { id email } decidedBy { id } viewerCan { decide }
  }
}`;
const APPROVE = `mutation Approve($id: ID!) { approveRoleGrant(id: $id) { id status decidedBy { id } } }`;
const REJECT = `mutation Reject($id: ID!, $note: String) { rejectRoleGrant(id: $id, note: $note) { id status note } }`;
const RECOMMENDATIONS = `query { recommendations { total items { id } } }`;
const ME = `query { me { id role permissions pendingRoleGrant { requestedRole status } } }`;
const MY_MESSAGES = `query { myMessages { items { kind subject text appPath } } }`;

interface MyMessage {
  kind: string;
  subject: string | null;
  text: string | null;
  appPath: string | null;
}

let app: TestApp;
let admin: Client;
let adminId: string;
let analyst: Client;
let analystId: string;
let almelo: string;

interface Created {
  createUser: {
    id: string;
    role: string | null;
    municipality: { code: string } | null;
    pendingRoleGrant: {
      id: string;
      status: string;
      requestedRole: string;
      municipality: { code: string } | null;
    } | null;
  };
}

const newUser = (overrides: Record<string, unknown> = {}) => ({
  email: `grant-${randomBytes(4).toString('hex')}@test.example`,
  name: 'Nieuwe Analist',
  role: 'RIEC_ANALYST',
  municipalityId: null,
  password: TEST_PASSWORD,
  ...overrides,
});

/** A new account whose requested role waits for approval. */
async function pending(overrides: Record<string, unknown> = {}) {
  const input = newUser(overrides);
  const { createUser: created } = await admin.ok<Created>(CREATE, { input });
  return { userId: created.id, grantId: created.pendingRoleGrant!.id, email: input.email };
}

beforeAll(async () => {
  app = await startTestApp();
  ({
    client: admin,
    user: { id: adminId },
  } = await actAs(app, 'ADMIN'));
  ({
    client: analyst,
    user: { id: analystId },
  } = await actAs(app, 'RIEC_ANALYST'));
  almelo = await municipalityId(app, 'GM0141');
  const facet = await createFacet(app);
  for (const code of ['GM0141', 'GM0153']) {
    await createRecommendation(app, await createScan(app, code), facet);
  }
});
afterAll(() => app.close());

/** Raw SQL as the application role, in a transaction carrying the user's live session (as a request would). */
async function asAppRole<T>(userId: string | null, sql: string, params: unknown[] = []): Promise<T> {
  return app.app.transaction(async (tx) => {
    if (userId) {
      const token = randomBytes(32).toString('base64url');
      await app.owner.query(
        `INSERT INTO user_sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 hour')`,
        [createHash('sha256').update(token).digest('hex'), userId],
      );
      await tx.query(`SELECT set_config('app.session_token', $1, true)`, [token]);
    }
    return tx.query<Promise<T>>(sql, params);
  });
}

async function sqlError(run: Promise<unknown>): Promise<string | undefined> {
  try {
    await run;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('an administrator creating a privileged account (the attack)', () => {
  it('gets an account without a role and without access; the grant waits for an analyst', async () => {
    const input = newUser();
    const { createUser: created } = await admin.ok<Created>(CREATE, { input });
    expect(created.role).toBeNull();
    expect(created.pendingRoleGrant).toMatchObject({
      status: 'PENDING',
      requestedRole: 'RIEC_ANALYST',
      municipality: null,
    });

    const newcomer = await loggedIn(app, input.email, TEST_PASSWORD);
    expect(await newcomer.errorCode(RECOMMENDATIONS)).toBe('FORBIDDEN');
    const { me } = await newcomer.ok<{ me: { role: string | null; permissions: string[]; pendingRoleGrant: unknown } }>(
      ME,
    );
    expect(me).toMatchObject({
      role: null,
      permissions: [],
      pendingRoleGrant: { requestedRole: 'RIEC_ANALYST', status: 'PENDING' },
    });
    // Row-level security: a live session of a role-less account reads nothing.
    expect(await asAppRole(created.id, 'SELECT id FROM recommendations')).toEqual([]);
    expect(await asAppRole(created.id, 'SELECT id FROM scans')).toEqual([]);
  });

  it('a second coordinator of Almelo waits too, and the existing coordinator is told', async () => {
    const { user: coordinator, client: coordinatorClient } = await actAs(app, 'MUNICIPAL_COORDINATOR');
    const input = newUser({ role: 'MUNICIPAL_COORDINATOR', municipalityId: almelo, name: 'Tweede Coördinator' });
    const { createUser: created } = await admin.ok<Created>(CREATE, { input });
    expect(created).toMatchObject({
      role: null,
      municipality: null,
      pendingRoleGrant: { requestedRole: 'MUNICIPAL_COORDINATOR', municipality: { code: 'GM0141' } },
    });
    const newcomer = await loggedIn(app, input.email, TEST_PASSWORD);
    expect(await newcomer.errorCode(RECOMMENDATIONS)).toBe('FORBIDDEN');
    expect(await asAppRole(created.id, 'SELECT id FROM recommendations')).toEqual([]);

    const told = await app.owner.query<{ id: string; payload: Record<string, unknown> }[]>(
      `SELECT recipient_user_id AS id, payload FROM notification_outbox WHERE kind = 'ROLE_GRANT_REQUESTED' AND payload->>'grantId' = $1`,
      [created.pendingRoleGrant!.id],
    );
    const recipients = told.map((t) => t.id);
    expect(recipients).toContain(analystId);
    expect(recipients).toContain(coordinator.id);
    expect(recipients).not.toContain(adminId);
    expect(recipients).not.toContain(created.id);
    // The payload names the grant only; the coordinator reads who and what in My messages.
    expect(told[0]!.payload).toEqual({ grantId: created.pendingRoleGrant!.id });
    const { myMessages } = await coordinatorClient.ok<{ myMessages: { items: MyMessage[] } }>(MY_MESSAGES);
    expect(myMessages.items).toContainEqual({
      kind: 'ROLE_GRANT_REQUESTED',
      subject: 'Rolaanvraag: Tweede Coördinator als Gemeentelijk coördinator van Almelo',
      text: expect.stringContaining(
        `Een beheerder vraagt de rol Gemeentelijk coördinator van Almelo aan voor Tweede Coördinator (${input.email}).`,
      ),
      appPath: '/role-requests',
    });
  });

  it('a role change of an existing account, and a coordinator moving municipality, keep the current role until approved', async () => {
    const participant = await createUser(app, 'PARTICIPANT');
    const { updateUser } = await admin.ok<{ updateUser: Record<string, unknown> }>(UPDATE, {
      id: participant.id,
      input: { email: participant.email, name: 'Deelnemer', role: 'MUNICIPAL_COORDINATOR', municipalityId: almelo },
      expectedVersion: 1,
    });
    expect(updateUser).toMatchObject({
      role: 'PARTICIPANT',
      municipality: { code: 'GM0141' },
      pendingRoleGrant: { requestedRole: 'MUNICIPAL_COORDINATOR' },
    });

    const coordinator = await createUser(app, 'MUNICIPAL_COORDINATOR');
    const session = await loggedIn(app, coordinator.email, TEST_PASSWORD);
    const enschede = await municipalityId(app, 'GM0153');
    const moved = await admin.ok<{ updateUser: Record<string, unknown> }>(UPDATE, {
      id: coordinator.id,
      input: { email: coordinator.email, name: 'Coördinator', role: 'MUNICIPAL_COORDINATOR', municipalityId: enschede },
      expectedVersion: 1,
    });
    expect(moved.updateUser).toMatchObject({
      role: 'MUNICIPAL_COORDINATOR',
      municipality: { code: 'GM0141' },
      pendingRoleGrant: { municipality: { code: 'GM0153' } },
    });
    // Still Almelo's coordinator, still logged in: nothing of Enschede.
    const { recommendations } = await session.ok<{ recommendations: { total: number } }>(RECOMMENDATIONS);
    expect(recommendations.total).toBe(1);

    // Back to a role that needs no approval: the request is withdrawn and the role applies at once.
    const settled = await admin.ok<{ updateUser: Record<string, unknown> }>(UPDATE, {
      id: coordinator.id,
      input: { email: coordinator.email, name: 'Coördinator', role: 'PARTICIPANT', municipalityId: almelo },
      expectedVersion: 2,
    });
    expect(settled.updateUser).toMatchObject({ role: 'PARTICIPANT', pendingRoleGrant: null });
  });
});

describe('deciding on a request', () => {
  it('an analyst of the region approves: the role applies, sessions end, the requester and the user are told', async () => {
    const request = await pending();
    const newcomer = await loggedIn(app, request.email, TEST_PASSWORD);
    const { roleGrants } = await analyst.ok<{
      roleGrants: { id: string; viewerCan: { decide: boolean }; requestedBy: { id: string } }[];
    }>(GRANTS, { status: 'PENDING' });
    expect(roleGrants.find((g) => g.id === request.grantId)).toMatchObject({
      viewerCan: { decide: true },
      requestedBy: { id: adminId },
    });

    const { approveRoleGrant } = await analyst.ok<{ approveRoleGrant: Record<string, unknown> }>(APPROVE, {
      id: request.grantId,
    });
    expect(approveRoleGrant).toMatchObject({ status: 'APPROVED', decidedBy: { id: analystId } });
    expect((await newcomer.ok<{ me: unknown }>(ME)).me).toBeNull();

    const again = await loggedIn(app, request.email, TEST_PASSWORD);
    const { recommendations } = await again.ok<{ recommendations: { total: number } }>(RECOMMENDATIONS);
    expect(recommendations.total).toBe(2);

    const told = await app.owner.query<{ id: string }[]>(
      `SELECT recipient_user_id AS id FROM notification_outbox WHERE kind = 'ROLE_GRANT_DECIDED' AND payload->>'grantId' = $1 ORDER BY 1`,
      [request.grantId],
    );
    expect(told.map((t) => t.id).sort()).toEqual([adminId, request.userId].sort());
    expect(await analyst.errorCode(APPROVE, { id: request.grantId })).toBe('CONFLICT');

    // The role changed under any edit form opened before: its save is refused, with the version to merge against.
    const stale = await admin.gql(UPDATE, {
      id: request.userId,
      input: { email: request.email, name: 'Nieuw', role: 'PARTICIPANT', municipalityId: almelo },
      expectedVersion: 1,
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      currentVersion: 2,
    });
  });

  it('a rejection keeps the account without a role and records the note', async () => {
    const request = await pending();
    const { rejectRoleGrant } = await analyst.ok<{ rejectRoleGrant: Record<string, unknown> }>(REJECT, {
      id: request.grantId,
      note: 'Onbekende medewerker',
    });
    expect(rejectRoleGrant).toMatchObject({ status: 'REJECTED', note: 'Onbekende medewerker' });
    const [user] = await app.owner.query<
      {
        role: string | null;
      }[]
    >('SELECT role FROM users WHERE id = $1', [request.userId]);
    expect(user!.role).toBeNull();
  });

  it('is refused to admins, to the account itself, to the analyst who asked, and to analysts of another region', async () => {
    const request = await pending();
    expect(await admin.errorCode(APPROVE, { id: request.grantId })).toBe('FORBIDDEN');
    expect(await admin.errorCode(REJECT, { id: request.grantId })).toBe('FORBIDDEN');
    expect(await new Client(app).errorCode(APPROVE, { id: request.grantId })).toBe('UNAUTHENTICATED');
    const { client: foreign } = await actAsInNewRegion(app, 'RIEC_ANALYST');
    expect(await foreign.errorCode(APPROVE, { id: request.grantId })).toBe('NOT_FOUND');
    const { roleGrants } = await foreign.ok<{ roleGrants: { id: string }[] }>(GRANTS);
    expect(roleGrants.map((g) => g.id)).not.toContain(request.grantId);
    expect(await analyst.errorCode(APPROVE, { id: 'not-an-id' })).toBe('BAD_USER_INPUT');

    // An analyst whose own role change is pending cannot approve it (an existing analyst moved to coordinator).
    const self = await createUser(app, 'RIEC_ANALYST');
    const selfClient = await loggedIn(app, self.email, TEST_PASSWORD);
    const { updateUser } = await admin.ok<{ updateUser: { pendingRoleGrant: { id: string } } }>(UPDATE, {
      id: self.id,
      input: { email: self.email, name: 'Analist', role: 'MUNICIPAL_COORDINATOR', municipalityId: almelo },
      expectedVersion: 1,
    });
    const own = await selfClient.gql(APPROVE, { id: updateUser.pendingRoleGrant.id });
    expect(own.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'OWN_ROLE_GRANT' });

    const [{ status } = { status: '' }] = await app.owner.query<
      {
        status: string;
      }[]
    >('SELECT status FROM role_grants WHERE id = $1', [request.grantId]);
    expect(status).toBe('PENDING');
  });

  it('the one who asked cannot decide, even as an analyst (the database checks it too)', async () => {
    const target = await createUser(app, 'PARTICIPANT');
    // A request the analyst made (raw SQL under the analyst's session: the app only lets admins ask).
    const [{ id: grantId } = { id: '' }] = await asAppRole<{ id: string }[]>(
      analystId,
      `INSERT INTO role_grants (user_id, requested_role, region_id, municipality_id, requested_by)
       SELECT id, 'MUNICIPAL_COORDINATOR', region_id, municipality_id, $2 FROM users WHERE id = $1 RETURNING id`,
      [target.id, analystId],
    );
    const refused = await analyst.gql(APPROVE, { id: grantId });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'OWN_ROLE_GRANT' });
    const raw = asAppRole(
      analystId,
      `UPDATE role_grants SET status = 'APPROVED', decided_by = $2, decided_at = now() WHERE id = $1`,
      [grantId, analystId],
    );
    expect(await sqlError(raw)).toBe('42501');
    // Nor may anyone write a request in someone else's name.
    const other = await createUser(app, 'PARTICIPANT');
    const forged = asAppRole(
      analystId,
      `INSERT INTO role_grants (user_id, requested_role, region_id, municipality_id, requested_by)
       SELECT id, 'MUNICIPAL_COORDINATOR', region_id, municipality_id, $2 FROM users WHERE id = $1`,
      [other.id, adminId],
    );
    expect(await sqlError(forged)).toBe('42501');
  });
});

describe('the database holds the rule', () => {
  it('refuses a raw UPDATE of the role by the application role, with any session or none', async () => {
    const target = await createUser(app, 'PARTICIPANT');
    for (const sessionOf of [null, adminId, analystId]) {
      expect(
        await sqlError(
          asAppRole(sessionOf, `UPDATE users SET role = 'RIEC_ANALYST', municipality_id = NULL WHERE id = $1`, [
            target.id,
          ]),
        ),
      ).toBe('42501');
      expect(
        await sqlError(
          asAppRole(sessionOf, `UPDATE users SET role = 'MUNICIPAL_COORDINATOR' WHERE id = $1`, [target.id]),
        ),
      ).toBe('42501');
    }
    const coordinator = await createUser(app, 'MUNICIPAL_COORDINATOR');
    expect(
      await sqlError(
        asAppRole(adminId, `UPDATE users SET municipality_id = $2 WHERE id = $1`, [
          coordinator.id,
          await municipalityId(app, 'GM0153'),
        ]),
      ),
    ).toBe('42501');
    const [row] = await app.owner.query<{ role: string }[]>('SELECT role FROM users WHERE id = $1', [target.id]);
    expect(row!.role).toBe('PARTICIPANT');
  });

  it('refuses forged grants: no approved row from the app role, no approval by an admin session, no reuse of a used grant', async () => {
    const request = await pending();
    // Column grants: the app role cannot write a decision into a new row.
    expect(
      await sqlError(
        asAppRole(
          adminId,
          `INSERT INTO role_grants (user_id, requested_role, region_id, requested_by, status, decided_by, decided_at)
           SELECT $1, 'RIEC_ANALYST', region_id, $2, 'APPROVED', $3, now() FROM users WHERE id = $1`,
          [request.userId, adminId, analystId],
        ),
      ),
    ).toBe('42501');
    // An admin's session cannot approve, not even naming an analyst as decider.
    expect(
      await sqlError(
        asAppRole(
          adminId,
          `UPDATE role_grants SET status = 'APPROVED', decided_by = $2, decided_at = now() WHERE id = $1`,
          [request.grantId, analystId],
        ),
      ),
    ).toBe('42501');

    // A used grant grants once: approved coordinator of Almelo, moved to participant, cannot be put back by raw SQL.
    const coordinator = await pending({ role: 'MUNICIPAL_COORDINATOR', municipalityId: almelo });
    await analyst.ok(APPROVE, { id: coordinator.grantId });
    await app.owner.query(`UPDATE users SET role = 'PARTICIPANT' WHERE id = $1`, [coordinator.userId]);
    expect(
      await sqlError(
        asAppRole(adminId, `UPDATE users SET role = 'MUNICIPAL_COORDINATOR' WHERE id = $1`, [coordinator.userId]),
      ),
    ).toBe('42501');
    // A decision is history: the app role cannot even reach a decided row to change it.
    const [, changed] = await asAppRole<[unknown, number]>(
      analystId,
      `UPDATE role_grants SET status = 'REJECTED', decided_by = $2 WHERE id = $1`,
      [coordinator.grantId, analystId],
    );
    expect(changed).toBe(0);
    const [{ status } = { status: '' }] = await app.owner.query<
      {
        status: string;
      }[]
    >('SELECT status FROM role_grants WHERE id = $1', [coordinator.grantId]);
    expect(status).toBe('APPROVED');
  });

  async function pending(overrides: Record<string, unknown> = {}) {
    const input = newUser(overrides);
    const { createUser: created } = await admin.ok<Created>(CREATE, { input });
    return { userId: created.id, grantId: created.pendingRoleGrant!.id };
  }
});

describe('the list of requests', () => {
  it('shows administrators the requests without confidential data, and is closed to others', async () => {
    const { roleGrants } = await admin.ok<{ roleGrants: { viewerCan: { decide: boolean } }[] }>(GRANTS, {
      status: 'PENDING',
    });
    expect(roleGrants.length).toBeGreaterThan(0);
    expect(roleGrants.every((g) => !g.viewerCan.decide)).toBe(true);
    for (const role of ['MUNICIPAL_COORDINATOR', 'PARTICIPANT', 'PROGRAMME_STAFF'] as const) {
      const { client } = await actAs(app, role);
      expect(await client.errorCode(GRANTS)).toBe('FORBIDDEN');
    }
    expect(await new Client(app).errorCode(GRANTS)).toBe('UNAUTHENTICATED');
  });

  it('the messages read in the recipient language; admins see their delivery metadata only', async () => {
    const request = await pending({ name: 'Nieuwe Collega', locale: 'en' });
    await analyst.ok(REJECT, { id: request.grantId, note: 'Onbekende medewerker' });

    // The account, still without a role, reads the decision in its own language.
    const account = await loggedIn(app, request.email, TEST_PASSWORD);
    const { myMessages } = await account.ok<{ myMessages: { items: MyMessage[] } }>(MY_MESSAGES);
    expect(myMessages.items).toEqual([
      {
        kind: 'ROLE_GRANT_DECIDED',
        subject: 'Role request rejected: Nieuwe Collega as RIEC analyst',
        text: expect.stringContaining('Note: Onbekende medewerker'),
        appPath: '/',
      },
    ]);
    expect(myMessages.items[0]!.text).toContain('Dear Nieuwe Collega,');
    expect(myMessages.items[0]!.text).toContain('http://rodedraad.test/');

    const mine = await analyst.ok<{ myMessages: { items: MyMessage[] } }>(MY_MESSAGES);
    expect(mine.myMessages.items).toContainEqual({
      kind: 'ROLE_GRANT_REQUESTED',
      subject: 'Rolaanvraag: Nieuwe Collega als RIEC-analist',
      text: expect.stringContaining('Open Rode Draad: http://rodedraad.test/role-requests'),
      appPath: '/role-requests',
    });

    const { outbox } = await admin.ok<{ outbox: { items: Record<string, unknown>[] } }>(
      `query { outbox(filter: { kind: ROLE_GRANT_DECIDED }) { items { kind confidentiality recipientEmail } } }`,
    );
    expect(outbox.items).toContainEqual({
      kind: 'ROLE_GRANT_DECIDED',
      confidentiality: 'OPERATIONAL',
      recipientEmail: request.email,
    });
  });

  it('renders nothing for a grant that does not exist or a payload that is not a grant', async () => {
    const recipient = { userId: null, name: 'Anne', email: 'anne@test.example', locale: 'nl' } as const;
    const mails = await renderMessages(
      app.app,
      [
        { kind: 'ROLE_GRANT_REQUESTED', payload: { grantId: '00000000-0000-4000-8000-00000000abcd' }, recipient },
        { kind: 'ROLE_GRANT_DECIDED', payload: { grantId: 'not-a-uuid' }, recipient },
        { kind: 'ROLE_GRANT_DECIDED', payload: {}, recipient },
      ],
      { publicUrl: 'http://rodedraad.test', from: 'Rode Draad <noreply@rodedraad.test>' },
    );
    expect(mails).toEqual([null, null, null]);
  });
});

describe('the first analyst comes from the install', () => {
  it('creates the first analyst of a region without one, with an audited install grant, and only then', async () => {
    const region = `Regio ${randomBytes(4).toString('hex')}`;
    await app.owner.query('INSERT INTO regions (name) VALUES ($1)', [region]);
    const email = `eerste-${randomBytes(4).toString('hex')}@test.example`;
    expect(
      await bootstrapFirstAnalyst(app.owner, { email, password: TEST_PASSWORD, name: 'Eerste Analist', region }),
    ).toBe('created');
    const first = await loggedIn(app, email, TEST_PASSWORD);
    expect((await first.ok<{ me: { role: string } }>(ME)).me.role).toBe('RIEC_ANALYST');
    const grants = await app.owner.query<Record<string, unknown>[]>(
      `SELECT g.status, g.note, g.requested_by, g.decided_by, g.applied_at IS NOT NULL AS applied FROM role_grants g JOIN users u ON u.id = g.user_id WHERE u.email = $1`,
      [email],
    );
    expect(grants).toEqual([
      { status: 'APPROVED', note: 'install', requested_by: null, decided_by: null, applied: true },
    ]);

    const second = {
      email: `tweede-${randomBytes(4).toString('hex')}@test.example`,
      password: TEST_PASSWORD,
      name: 'Tweede',
      region,
    };
    expect(await bootstrapFirstAnalyst(app.owner, second)).toBe('region-has-analyst');
    expect(await app.owner.query('SELECT 1 FROM users WHERE email = $1', [second.email])).toEqual([]);
  });

  it.each([
    ['too short', 'kort-1', /at least 12 characters/],
    ['common', 'password1234', /RD_FIRST_ANALYST_PASSWORD is too easy to guess/],
    ['built from the name', 'eerste-analist-77', /must not contain the analyst's name or e-mail address/],
  ])('refuses a first analyst whose password is %s, creating nobody', async (_what, password, message) => {
    const region = `Regio ${randomBytes(4).toString('hex')}`;
    await app.owner.query('INSERT INTO regions (name) VALUES ($1)', [region]);
    const email = `zwak-${randomBytes(4).toString('hex')}@test.example`;
    await expect(bootstrapFirstAnalyst(app.owner, { email, password, name: 'Eerste Analist', region })).rejects.toThrow(
      message,
    );
    expect(await app.owner.query('SELECT 1 FROM users WHERE email = $1', [email])).toEqual([]);
  });

  it('the command refuses a weak password before it connects to the database', () => {
    const cli = spawnSync(
      process.execPath,
      [
        path.resolve(__dirname, '../../../dist/cli/grant-first-analyst.js'),
        '--email',
        'a@riec.example',
        '--name',
        'Analist',
      ],
      {
        // A database nobody listens on: the command must stop before it tries.
        env: {
          ...process.env,
          DATABASE_OWNER_URL: 'postgres://nobody@127.0.0.1:1/none',
          RD_FIRST_ANALYST_PASSWORD: 'password1234',
        },
        encoding: 'utf8',
      },
    );
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('RD_FIRST_ANALYST_PASSWORD is too easy to guess');
  });

  it('the database refuses an install grant in a region that has an analyst, even from the owner', async () => {
    const [user] = await app.owner.query<{ id: string }[]>(
      `INSERT INTO users (email, name, region_id, password_hash) SELECT $1, 'Tweede', region_id, 'x' FROM users WHERE id = $2 RETURNING id`,
      [`install-${randomBytes(4).toString('hex')}@test.example`, analystId],
    );
    const install = app.owner.transaction((tx) => grantInstallAnalyst(tx, user!.id));
    expect(await sqlError(install)).toBe('42501');
  });
});

describe('roleGrants list', () => {
  it('runs the same number of SQL statements for few and many requests (no N+1)', async () => {
    const count = async (client: Client) => {
      app.statements.reset();
      const { roleGrants } = await client.ok<{ roleGrants: unknown[] }>(GRANTS);
      return { statements: app.statements.count, grants: roleGrants.length };
    };
    const hengelo = await municipalityId(app, 'GM0164');
    const few = { admin: await count(admin), analyst: await count(analyst) };
    for (let i = 0; i < 12; i += 1) {
      // Analysts and coordinators of two municipalities, so the municipality loader has work.
      await pending(i % 2 ? { role: 'MUNICIPAL_COORDINATOR', municipalityId: i % 4 === 1 ? almelo : hengelo } : {});
    }
    const many = { admin: await count(admin), analyst: await count(analyst) };
    expect(many.admin.grants).toBe(few.admin.grants + 12);
    expect(many.analyst.grants).toBe(few.analyst.grants + 12);
    expect(many.admin.statements).toBe(few.admin.statements);
    expect(many.analyst.statements).toBe(few.analyst.statements);
  });
});
