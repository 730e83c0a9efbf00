import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Client, LOGIN, loggedIn } from '../../test/client';
import { actAs, createUser, TEST_PASSWORD } from '../../test/factories';
import { MailLinks, tokenIn } from '../../test/mail-links';
import { startTestApp, type TestApp } from '../../test/test-app';
import { invitationToken } from '../invitations/invitation-token';
import { RESET_ANSWER_MS } from './password-reset.service';

const LINK_SECRET = 'test-link-secret';
const NEW_PASSWORD = 'Nieuw-en-sterk-wachtwoord-2026';
let app: TestApp;
const mail = new MailLinks(() => app, LINK_SECRET);

const REQUEST = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const PREVIEW = `query ($token: String!) { passwordReset(token: $token) { email expiresAt } }`;
const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const ME = `{ me { id } }`;

const reasonOf = async (client: Client, query: string, variables: Record<string, unknown>) =>
  (await client.gql(query, variables)).errors?.[0]?.extensions?.reason;

interface Answer {
  data?: { requestPasswordReset: boolean };
  errors?: { extensions: { code: string; reason: string } }[];
}
const parsed = (body: string) => JSON.parse(body) as Answer;

/** The answer as a client sees it: status, body and how long it took. */
async function ask(email: string, headers: Record<string, string> = {}) {
  const started = Date.now();
  const response = await new Client(app, headers).post(JSON.stringify({ query: REQUEST, variables: { email } }));
  return { status: response.status, body: (await response.text()).trim(), ms: Date.now() - started };
}

async function resetLinkFor(email: string): Promise<string> {
  expect((await ask(email)).status).toBe(200);
  const mails = await mail.deliver(email);
  return tokenIn(mails.at(-1)!, 'reset-password');
}

beforeAll(async () => {
  app = await startTestApp(
    { mail: { from: 'Rode Draad <noreply@rodedraad.test>', smtp: undefined, linkSecret: LINK_SECRET } },
    { loginThrottle: { delayStepMs: 0, delayMaxMs: 0 } },
  );
  await mail.start();
});
afterAll(async () => {
  await mail.stop();
  await app.close();
});
beforeEach(async () => {
  // Each test starts with no requests counted (all come from 127.0.0.1).
  await app.owner.query(`DELETE FROM login_throttle WHERE key LIKE 'reset-%'`);
});
afterEach(() => {
  mail.inbox.messages = [];
});

describe('forgot password', () => {
  it('mail → link → new password: every old session ends, the new password logs in, the link works once', async () => {
    const { user, client: oldSession } = await actAs(app, 'PARTICIPANT');
    await app.owner.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [user.id]);
    const otherDevice = await loggedIn(app, user.email, TEST_PASSWORD);

    expect((await ask(user.email.toUpperCase())).body).toBe('{"data":{"requestPasswordReset":true}}');
    const [received] = await mail.deliver(user.email);
    expect(received!.subject).toBe('New password for Rode Draad');
    const token = tokenIn(received!, 'reset-password');
    const [stored] = await app.owner.query<{ token_hash: string; expires_at: Date; created_at: Date }[]>(
      `SELECT token_hash, expires_at, created_at FROM invitations WHERE purpose = 'PASSWORD_RESET' AND user_id = $1`,
      [user.id],
    );
    expect(stored!.token_hash).not.toContain(token);
    expect(stored!.expires_at.getTime() - stored!.created_at.getTime()).toBe(3600_000);
    // Not an in-app message: the link goes to the mailbox only.
    const [inApp] = await app.owner.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notification_outbox WHERE recipient_user_id = $1`,
      [user.id],
    );
    expect(inApp!.n).toBe(0);

    const anonymous = new Client(app);
    const { passwordReset } = await anonymous.ok<{ passwordReset: { email: string } }>(PREVIEW, { token });
    expect(passwordReset.email).toBe(user.email);
    // Strength as everywhere else: too guessable, or built from the own address.
    expect(await anonymous.errorCode(RESET, { input: { token, password: 'wachtwoord12' } })).toBe('BAD_USER_INPUT');
    expect(await anonymous.errorCode(RESET, { input: { token, password: `${user.email}1` } })).toBe('BAD_USER_INPUT');
    await anonymous.ok(RESET, { input: { token, password: NEW_PASSWORD } });

    for (const session of [oldSession, otherDevice]) {
      expect((await session.ok<{ me: null }>(ME)).me).toBeNull();
    }
    expect(await new Client(app).errorCode(LOGIN, { email: user.email, password: TEST_PASSWORD })).toBe(
      'UNAUTHENTICATED',
    );
    const fresh = await loggedIn(app, user.email, NEW_PASSWORD);
    expect((await fresh.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
    expect(await reasonOf(new Client(app), RESET, { input: { token, password: `${NEW_PASSWORD}!` } })).toBe(
      'RESET_LINK_USED',
    );
  });

  it('answers an unknown address exactly like a known one, no sooner, and sends nothing', async () => {
    const known = await createUser(app, 'PROGRAMME_STAFF');
    const unknown = `niemand.${Date.now()}@twente.example`;
    const forKnown = await ask(known.email);
    const forUnknown = await ask(unknown);
    expect(forUnknown.status).toBe(forKnown.status);
    expect(forUnknown.body).toBe(forKnown.body);
    expect(forKnown.ms).toBeGreaterThanOrEqual(RESET_ANSWER_MS);
    expect(forUnknown.ms).toBeGreaterThanOrEqual(RESET_ANSWER_MS);
    expect(await mail.deliver(unknown)).toEqual([]);
    expect(await mail.deliver(known.email)).toHaveLength(1);
    const [rows] = await app.owner.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notification_outbox WHERE recipient_email = $1`,
      [unknown],
    );
    expect(rows!.n).toBe(0);
  });

  it('sends nothing for a disabled account, and a link does not work once the account is disabled', async () => {
    const disabled = await createUser(app, 'PARTICIPANT', { disabled: true });
    expect((await ask(disabled.email)).body).toBe('{"data":{"requestPasswordReset":true}}');
    expect(await mail.deliver(disabled.email)).toEqual([]);

    const later = await createUser(app, 'PARTICIPANT');
    const token = await resetLinkFor(later.email);
    await app.owner.query('UPDATE users SET disabled_at = now() WHERE id = $1', [later.id]);
    expect(await reasonOf(new Client(app), RESET, { input: { token, password: NEW_PASSWORD } })).toBe(
      'ACCOUNT_DISABLED',
    );
  });

  it('refuses expired and unknown links, and an invitation token', async () => {
    const user = await createUser(app, 'PARTICIPANT');
    const token = await resetLinkFor(user.email);
    await app.owner.query(
      `UPDATE invitations SET created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour'
        WHERE purpose = 'PASSWORD_RESET' AND user_id = $1`,
      [user.id],
    );
    expect(await reasonOf(new Client(app), PREVIEW, { token })).toBe('RESET_LINK_EXPIRED');
    expect(await reasonOf(new Client(app), RESET, { input: { token, password: NEW_PASSWORD } })).toBe(
      'RESET_LINK_EXPIRED',
    );
    expect(await reasonOf(new Client(app), PREVIEW, { token: 'x'.repeat(43) })).toBe('RESET_LINK_UNKNOWN');
    expect(await reasonOf(new Client(app), PREVIEW, { token: 'kort' })).toBe('RESET_LINK_UNKNOWN');

    const { client: admin } = await actAs(app, 'ADMIN');
    const { inviteAccount } = await admin.ok<{ inviteAccount: { id: string } }>(
      `mutation ($input: InviteAccountInput!) { inviteAccount(input: $input) { id } }`,
      { input: { email: `nieuw.${Date.now()}@twente.example`, name: 'Nieuw', role: 'PROGRAMME_STAFF' } },
    );
    const invitation = invitationToken(LINK_SECRET, inviteAccount.id);
    expect(await reasonOf(new Client(app), RESET, { input: { token: invitation, password: NEW_PASSWORD } })).toBe(
      'RESET_LINK_UNKNOWN',
    );
  });

  it('is rate limited per e-mail address and per client address, whether the address exists or not', async () => {
    const user = await createUser(app, 'PARTICIPANT');
    for (let i = 0; i < 3; i += 1) {
      expect(parsed((await ask(user.email)).body).data?.requestPasswordReset).toBe(true);
    }
    const limited = parsed((await ask(user.email)).body);
    expect(limited.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOO_MANY_ATTEMPTS' });
    expect(await mail.deliver(user.email)).toHaveLength(3);

    // Per client: ten requests for ten different addresses, then the eleventh is refused.
    await app.owner.query(`DELETE FROM login_throttle WHERE key LIKE 'reset-%'`);
    for (let i = 0; i < 10; i += 1) {
      expect((await ask(`adres.${i}.${Date.now()}@twente.example`)).body).toContain('true');
    }
    const fromSameClient = parsed((await ask(`nog.een.${Date.now()}@twente.example`)).body);
    expect(fromSameClient.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
  });
});
