import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Client, loggedIn } from '../../test/client';
import { actAs, municipalityId, sessionTokenOf, type TestUser } from '../../test/factories';
import { MailLinks, tokenIn } from '../../test/mail-links';
import { startTestApp, type TestApp } from '../../test/test-app';
import { invitationToken } from './invitation-token';

const LINK_SECRET = 'test-link-secret';
const STRONG = 'Veilig-wachtwoord-voor-Twente-2026';
let app: TestApp;
const mail = new MailLinks(() => app, LINK_SECRET);
let almelo: string;
let enschede: string;
let admin: { user: TestUser; client: Client };
let coordinator: { user: TestUser; client: Client };

const INVITE = `mutation ($input: InviteAccountInput!) {
  inviteAccount(input: $input) { id email name role municipalityId municipalityName locale status invitedByName demoLink }
}`;
const LIST = `query ($filter: AccountInvitationFilter) {
  accountInvitations(filter: $filter, page: { offset: 0, limit: 100 }) { total items { id email status role } }
}`;
const REVOKE = `mutation ($id: ID!) { revokeAccountInvitation(id: $id) { id status } }`;
const RESEND = `mutation ($id: ID!) { resendAccountInvitation(id: $id) { id status email expiresAt } }`;
const PREVIEW = `query ($token: String!) { invitation(token: $token) { purpose email name role municipalityName } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { id email role locale municipality { id } }
}`;

let counter = 0;
const address = () => `uitgenodigd.${++counter}@twente.example`;

const reasonOf = async (client: Client, query: string, variables: Record<string, unknown>) =>
  (await client.gql(query, variables)).errors?.[0]?.extensions?.reason;

async function invite(client: Client, input: Record<string, unknown>) {
  const { inviteAccount } = await client.ok<{ inviteAccount: { id: string; status: string; email: string } }>(INVITE, {
    input: { name: 'Nieuwe Collega', ...input },
  });
  return inviteAccount;
}

beforeAll(async () => {
  app = await startTestApp(
    { mail: { from: 'Rode Draad <noreply@rodedraad.test>', smtp: undefined, linkSecret: LINK_SECRET } },
    { loginThrottle: { delayStepMs: 0, delayMaxMs: 0 } },
  );
  await mail.start();
  almelo = await municipalityId(app, 'GM0141');
  enschede = await municipalityId(app, 'GM0153');
  admin = await actAs(app, 'ADMIN');
  coordinator = await actAs(app, 'MUNICIPAL_COORDINATOR');
});
afterAll(async () => {
  await mail.stop();
  await app.close();
});
afterEach(() => {
  mail.inbox.messages = [];
});

describe('who may invite whom', () => {
  it('walks the ladder: anonymous, bad input, every role, another municipality, privileged roles', async () => {
    const input = { email: address(), name: 'X', role: 'PARTICIPANT', municipalityId: almelo };
    expect(await new Client(app).errorCode(INVITE, { input })).toBe('UNAUTHENTICATED');
    expect(await admin.client.errorCode(INVITE, { input: { ...input, email: 'geen-adres' } })).toBe('BAD_USER_INPUT');
    for (const role of ['PARTICIPANT', 'PROGRAMME_STAFF', 'RIEC_ANALYST'] as const) {
      const { client } = await actAs(app, role);
      expect(await client.errorCode(INVITE, { input }), role).toBe('FORBIDDEN');
      expect(await client.errorCode(LIST, {}), role).toBe('FORBIDDEN');
    }
    const other = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' });
    expect(await other.client.errorCode(INVITE, { input }), 'into Almelo from Enschede').toBe('FORBIDDEN');
    for (const role of ['MUNICIPAL_COORDINATOR', 'RIEC_ANALYST', 'ADMIN', 'PROGRAMME_STAFF']) {
      const municipal = role === 'MUNICIPAL_COORDINATOR';
      const privileged = { ...input, role, municipalityId: municipal ? almelo : null };
      expect(await coordinator.client.errorCode(INVITE, { input: privileged }), role).toBe('FORBIDDEN');
    }
    expect(await admin.client.errorCode(INVITE, { input: { ...input, municipalityId: null } })).toBe('BAD_USER_INPUT');

    expect(await coordinator.client.ok('{ invitableRoles }')).toEqual({ invitableRoles: ['PARTICIPANT'] });
    const forAdmin = await admin.client.ok<{ invitableRoles: string[] }>('{ invitableRoles }');
    expect(forAdmin.invitableRoles).toHaveLength(5);
    // The coordinator's own municipality is the default, and the only one.
    const own = await invite(coordinator.client, { email: address(), role: 'PARTICIPANT' });
    expect(own).toMatchObject({ status: 'PENDING', municipalityId: almelo, role: 'PARTICIPANT', demoLink: null });
    const byAdmin = await invite(admin.client, { email: address(), role: 'PROGRAMME_STAFF' });
    expect(byAdmin).toMatchObject({ status: 'PENDING', municipalityId: null });

    expect(await reasonOf(admin.client, INVITE, { input: { ...input, email: own.email } })).toBe(
      'ACCOUNT_INVITATION_PENDING',
    );
    expect(await reasonOf(admin.client, INVITE, { input: { ...input, email: coordinator.user.email } })).toBe(
      'EMAIL_TAKEN',
    );
  });

  it('lists: administrators every invitation, coordinators their own municipality only (by status too)', async () => {
    const inAlmelo = await invite(admin.client, { email: address(), role: 'PARTICIPANT', municipalityId: almelo });
    const inEnschede = await invite(admin.client, { email: address(), role: 'PARTICIPANT', municipalityId: enschede });
    const staff = await invite(admin.client, { email: address(), role: 'PROGRAMME_STAFF' });
    const ids = async (client: Client, filter: Record<string, unknown> = {}) =>
      (
        await client.ok<{ accountInvitations: { items: { id: string }[] } }>(LIST, { filter })
      ).accountInvitations.items.map((i) => i.id);
    expect(await ids(admin.client)).toEqual(expect.arrayContaining([inAlmelo.id, inEnschede.id, staff.id]));
    const coordinators = await ids(coordinator.client);
    expect(coordinators).toContain(inAlmelo.id);
    expect(coordinators).not.toContain(inEnschede.id);
    expect(coordinators).not.toContain(staff.id);
    expect(await coordinator.client.errorCode(REVOKE, { id: inEnschede.id })).toBe('NOT_FOUND');
    expect(await coordinator.client.errorCode(RESEND, { id: staff.id })).toBe('NOT_FOUND');

    await admin.client.ok(REVOKE, { id: inAlmelo.id });
    expect(await ids(admin.client, { status: 'REVOKED' })).toContain(inAlmelo.id);
    expect(await ids(admin.client, { status: 'PENDING' })).not.toContain(inAlmelo.id);
    // The coordinator's reading of the municipality's invitations is in its audit log.
    const [audit] = await app.owner.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'invitation' AND action = 'LIST' AND actor_user_id = $1`,
      [coordinator.user.id],
    );
    expect(audit!.n).toBeGreaterThan(0);
  });

  it('holds in the database too: a coordinator cannot write a privileged or foreign invitation by hand', async () => {
    const token = await sessionTokenOf(app, coordinator.user.id);
    const attempt = (role: string, mId: string) =>
      app.app.transaction(async (tx) => {
        await tx.query(`SELECT set_config('app.session_token', $1, true)`, [token]);
        await tx.query(
          `INSERT INTO invitations (purpose, email, name, region_id, municipality_id, role, token_hash, invited_by, expires_at)
           VALUES ('ACCOUNT', $1, 'X', (SELECT region_id FROM municipalities WHERE id = $2), $2, $3, $4, $5, now() + interval '1 day')`,
          [address(), mId, role, 'a'.repeat(64), coordinator.user.id],
        );
      });
    await expect(attempt('MUNICIPAL_COORDINATOR', almelo)).rejects.toThrow(/row-level security/);
    await expect(attempt('PARTICIPANT', enschede)).rejects.toThrow(/row-level security/);
  });
});

describe('from the mail to a working account, against a real SMTP server', () => {
  it("invite → mail in the invitee's language → link accepts → account logs in; a second use fails", async () => {
    const email = address();
    const invitation = await invite(admin.client, {
      email,
      name: 'Anna Invited',
      role: 'PARTICIPANT',
      municipalityId: almelo,
      locale: 'en',
    });
    const [received] = await mail.deliver(email);
    expect(received!.subject).toBe('Your invitation to Rode Draad');
    expect(received!.text).toContain('as Participant of Almelo');
    const token = tokenIn(received!, 'invitation');
    expect(token).toBe(invitationToken(LINK_SECRET, invitation.id));

    const anonymous = new Client(app);
    const { invitation: preview } = await anonymous.ok<{ invitation: Record<string, unknown> }>(PREVIEW, { token });
    expect(preview).toEqual({
      purpose: 'ACCOUNT',
      email,
      name: 'Anna Invited',
      role: 'PARTICIPANT',
      municipalityName: 'Almelo',
    });
    expect(await anonymous.errorCode(ACCEPT, { input: { token, name: 'Anna', password: 'aaaaaaaaaaaa' } })).toBe(
      'BAD_USER_INPUT',
    );
    const { acceptInvitation } = await anonymous.ok<{ acceptInvitation: Record<string, unknown> }>(ACCEPT, {
      input: { token, name: 'Anna Invited', password: STRONG },
    });
    expect(acceptInvitation).toMatchObject({ email, role: 'PARTICIPANT', locale: 'en', municipality: { id: almelo } });
    await loggedIn(app, email, STRONG);

    expect(await reasonOf(new Client(app), ACCEPT, { input: { token, name: 'Again', password: STRONG } })).toBe(
      'INVITATION_USED',
    );
    const { accountInvitations } = await admin.client.ok<{
      accountInvitations: { items: { id: string; status: string }[] };
    }>(LIST, { filter: { status: 'ACCEPTED' } });
    expect(accountInvitations.items.map((i) => i.id)).toContain(invitation.id);
  });

  it('a coordinator invites a colleague in Dutch, informally; the new participant is audited in Almelo', async () => {
    const email = address();
    await invite(coordinator.client, { email, name: 'Bart Collega', role: 'PARTICIPANT', locale: 'nl' });
    const [received] = await mail.deliver(email);
    expect(received!.subject).toBe('Je uitnodiging voor Rode Draad');
    expect(received!.text).toContain('nodigt je uit');
    expect(received!.text).toContain('als Deelnemer van Almelo');
    expect(received!.text).not.toMatch(/\bu\b/);
    const token = tokenIn(received!, 'invitation');
    const { acceptInvitation } = await new Client(app).ok<{ acceptInvitation: { id: string; role: string } }>(ACCEPT, {
      input: { token, name: 'Bart Collega', password: STRONG },
    });
    expect(acceptInvitation.role).toBe('PARTICIPANT');
    const entries = await app.owner.query<{ action: string; actor_user_id: string }[]>(
      `SELECT action, actor_user_id FROM audit_log WHERE entity = 'invitation' AND municipality_id = $1
          AND actor_user_id = ANY($2::uuid[]) AND action IN ('CREATE', 'UPDATE') ORDER BY id`,
      [almelo, [coordinator.user.id, acceptInvitation.id]],
    );
    expect(entries).toEqual(
      expect.arrayContaining([
        { action: 'CREATE', actor_user_id: coordinator.user.id },
        { action: 'UPDATE', actor_user_id: acceptInvitation.id },
      ]),
    );
  });

  it('an expired link fails', async () => {
    const email = address();
    const invitation = await invite(admin.client, { email, role: 'PARTICIPANT', municipalityId: almelo });
    const token = tokenIn((await mail.deliver(email))[0]!, 'invitation');
    await app.owner.query(
      `UPDATE invitations SET created_at = now() - interval '9 days', expires_at = now() - interval '1 day' WHERE id = $1`,
      [invitation.id],
    );
    expect(await reasonOf(new Client(app), ACCEPT, { input: { token, name: 'Late', password: STRONG } })).toBe(
      'INVITATION_EXPIRED',
    );
    const { accountInvitations } = await admin.client.ok<{ accountInvitations: { items: { id: string }[] } }>(LIST, {
      filter: { status: 'EXPIRED' },
    });
    expect(accountInvitations.items.map((i) => i.id)).toContain(invitation.id);
  });

  it('revoke stops the link; resend mails a new one and the old one stays dead', async () => {
    const email = address();
    const invitation = await invite(admin.client, { email, role: 'PARTICIPANT', municipalityId: almelo });
    const first = tokenIn((await mail.deliver(email))[0]!, 'invitation');
    expect(
      (await admin.client.ok<{ revokeAccountInvitation: { status: string } }>(REVOKE, { id: invitation.id }))
        .revokeAccountInvitation.status,
    ).toBe('REVOKED');
    expect(await reasonOf(new Client(app), PREVIEW, { token: first })).toBe('INVITATION_REVOKED');

    mail.inbox.messages = [];
    const { resendAccountInvitation: renewed } = await admin.client.ok<{
      resendAccountInvitation: { id: string; status: string };
    }>(RESEND, { id: invitation.id });
    expect(renewed.status).toBe('PENDING');
    expect(renewed.id).not.toBe(invitation.id);
    const second = tokenIn((await mail.deliver(email))[0]!, 'invitation');
    expect(second).not.toBe(first);
    expect(await reasonOf(new Client(app), PREVIEW, { token: first })).toBe('INVITATION_REVOKED');
    await new Client(app).ok(ACCEPT, { input: { token: second, name: 'Resent', password: STRONG } });
    expect(await reasonOf(admin.client, RESEND, { id: renewed.id })).toBe('INVITATION_USED');
    expect(await reasonOf(admin.client, REVOKE, { id: renewed.id })).toBe('INVITATION_USED');
  });

  it('a privileged role is not granted by the invitation: the account waits for an analyst to approve', async () => {
    const email = address();
    await invite(admin.client, { email, role: 'MUNICIPAL_COORDINATOR', municipalityId: almelo, locale: 'nl' });
    const [received] = await mail.deliver(email);
    expect(received!.text).toContain('als Gemeentelijk coördinator van Almelo');
    expect(received!.text).toContain('RIEC-analist');
    const token = tokenIn(received!, 'invitation');
    const invitee = new Client(app);
    const { acceptInvitation } = await invitee.ok<{ acceptInvitation: { id: string; role: string | null } }>(ACCEPT, {
      input: { token, name: 'Nieuwe Coördinator', password: STRONG },
    });
    expect(acceptInvitation.role).toBeNull();
    const { me } = await invitee.ok<{ me: { role: string | null; pendingRoleGrant: { requestedRole: string } } }>(
      '{ me { role pendingRoleGrant { requestedRole } } }',
    );
    expect(me).toEqual({ role: null, pendingRoleGrant: { requestedRole: 'MUNICIPAL_COORDINATOR' } });
    const [grant] = await app.owner.query<{ requested_by: string; status: string }[]>(
      'SELECT requested_by, status FROM role_grants WHERE user_id = $1',
      [acceptInvitation.id],
    );
    expect(grant).toEqual({ requested_by: admin.user.id, status: 'PENDING' });
    // The analysts are told, through the outbox, as with any role request.
    const [told] = await app.owner.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notification_outbox WHERE kind = 'ROLE_GRANT_REQUESTED'`,
    );
    expect(told!.n).toBeGreaterThan(0);
  });

  it('a password reset link does not open an invitation', async () => {
    const reset = await app.owner.query<{ id: string }[]>(
      `INSERT INTO invitations (purpose, email, name, region_id, user_id, token_hash, expires_at)
       SELECT 'PASSWORD_RESET', email, name, region_id, id, $2, now() + interval '1 hour' FROM users WHERE id = $1
       RETURNING id`,
      [coordinator.user.id, 'b'.repeat(64)],
    );
    const token = invitationToken(LINK_SECRET, reset[0]!.id);
    await app.owner.query(`UPDATE invitations SET token_hash = encode(sha256($2::bytea), 'hex') WHERE id = $1`, [
      reset[0]!.id,
      token,
    ]);
    expect(await reasonOf(new Client(app), PREVIEW, { token })).toBe('INVITATION_UNKNOWN');
  });
});
