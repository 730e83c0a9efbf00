import type { SendMailOptions } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../logging/logger';
import { Client } from '../../test/client';
import { createFacet, createRecommendation, createScan } from '../../test/confidential-factories';
import { actAs, sessionTokenOf, type TestUser } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { OutboxDelivery } from '../notifications/outbox.delivery';
import { hashInvitationToken, invitationToken } from './invitation-token';

const LINK_SECRET = 'test-link-secret';
let app: TestApp;
let rec: string;
let coordinator: { user: TestUser; client: Client };

const INVITE = `mutation ($input: InviteOwnerInput!) {
  inviteOwner(input: $input) { id recommendationId email name status expiresAt demoLink }
}`;
const LIST = `query ($id: ID!) { ownerInvitations(recommendationId: $id) { id email status invitedByName } }`;
const REVOKE = `mutation ($id: ID!) { revokeInvitation(id: $id) { id status } }`;
const PREVIEW = `query ($token: String!) { invitation(token: $token) { email name municipalityName expiresAt } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id email role municipality { id } } }`;
const STRONG = 'Veilig-wachtwoord-voor-Twente-2026';

let counter = 0;
const address = () => `nieuwe.collega.${++counter}@almelo.example`;

async function invite(email = address(), recommendationId = rec) {
  const { inviteOwner } = await coordinator.client.ok<{ inviteOwner: { id: string; status: string } }>(INVITE, {
    input: { recommendationId, email, name: 'Nieuwe Collega', locale: 'en' },
  });
  return { ...inviteOwner, email, token: invitationToken(LINK_SECRET, inviteOwner.id) };
}

const reasonOf = async (client: Client, query: string, variables: Record<string, unknown>) =>
  (await client.gql(query, variables)).errors?.[0]?.extensions?.reason;

beforeAll(async () => {
  app = await startTestApp(
    { mail: { from: 'Rode Draad <noreply@rodedraad.test>', smtp: undefined, linkSecret: LINK_SECRET } },
    { loginThrottle: { delayStepMs: 0, delayMaxMs: 0, pairLimit: 5 } },
  );
  rec = await createRecommendation(app, await createScan(app, 'GM0141'), await createFacet(app), {
    title: 'Vertrouwelijke aanbeveling',
  });
  coordinator = await actAs(app, 'MUNICIPAL_COORDINATOR');
});
afterAll(() => app.close());

describe('inviting an owner', () => {
  it('walks the ladder: anonymous, bad input, other roles and municipalities, success', async () => {
    const input = { recommendationId: rec, email: address(), name: 'X' };
    expect(await new Client(app).errorCode(INVITE, { input })).toBe('UNAUTHENTICATED');
    expect(await coordinator.client.errorCode(INVITE, { input: { ...input, email: 'geen-adres' } })).toBe(
      'BAD_USER_INPUT',
    );
    for (const role of ['PARTICIPANT', 'ADMIN', 'PROGRAMME_STAFF', 'RIEC_ANALYST'] as const) {
      const { client } = await actAs(app, role);
      expect(await client.errorCode(INVITE, { input }), role).toBe('FORBIDDEN');
      expect(await client.errorCode(LIST, { id: rec }), role).toBe('FORBIDDEN');
    }
    const enschede = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' });
    expect(await enschede.client.errorCode(INVITE, { input })).toBe('NOT_FOUND');
    expect(await enschede.client.errorCode(LIST, { id: rec })).toBe('NOT_FOUND');

    const invitation = await invite();
    expect(invitation.status).toBe('PENDING');
    const { ownerInvitations } = await coordinator.client.ok<{ ownerInvitations: { id: string }[] }>(LIST, { id: rec });
    expect(ownerInvitations.map((i) => i.id)).toContain(invitation.id);
    expect(await enschede.client.errorCode(REVOKE, { id: invitation.id })).toBe('NOT_FOUND');
    expect(await reasonOf(coordinator.client, INVITE, { input: { ...input, email: invitation.email } })).toBe(
      'INVITATION_PENDING',
    );
    expect(await reasonOf(coordinator.client, INVITE, { input: { ...input, email: coordinator.user.email } })).toBe(
      'EMAIL_TAKEN',
    );
  });

  it('stores only a hash of the token, and mails the link through the outbox to the address', async () => {
    const invitation = await invite();
    const [row] = await app.owner.query<{ token_hash: string; role: string }[]>(
      'SELECT token_hash, role FROM invitations WHERE id = $1',
      [invitation.id],
    );
    expect(row!.token_hash).toBe(hashInvitationToken(invitation.token));
    const [message] = await app.owner.query<{ recipient_user_id: null; recipient_email: string; payload: object }[]>(
      `SELECT recipient_user_id, recipient_email, payload FROM notification_outbox WHERE kind = 'OWNER_INVITATION'
        AND payload->>'invitationId' = $1`,
      [invitation.id],
    );
    expect(message).toEqual({
      recipient_user_id: null,
      recipient_email: invitation.email,
      payload: { invitationId: invitation.id },
    });
    expect(JSON.stringify(message)).not.toContain(invitation.token);

    const sent: SendMailOptions[] = [];
    await new OutboxDelivery(app.app, {
      transport: { sendMail: (m: SendMailOptions) => (sent.push(m), Promise.resolve({})) },
      demo: false,
      from: 'Rode Draad <noreply@rodedraad.test>',
      publicUrl: 'https://rodedraad.test',
      linkSecret: LINK_SECRET,
      log: createLogger('silent'),
    }).deliverDue();
    const mail = sent.find((m) => JSON.stringify(m.to).includes(invitation.email))!;
    expect(mail.subject).toBe('Invitation to Rode Draad from the municipality of Almelo');
    expect(mail.text).toContain(`https://rodedraad.test/invitation#${invitation.token}`);
    expect(mail.text).not.toContain('Vertrouwelijke aanbeveling');
    // The admin's view of it: delivery only.
    const { client: admin } = await actAs(app, 'ADMIN');
    const view = await admin.ok(
      `{ outbox(filter: { kind: OWNER_INVITATION }) { items { kind status recipientEmail } } }`,
    );
    expect(JSON.stringify(view)).toContain(invitation.email);
    expect(JSON.stringify(view)).not.toContain(invitation.token);
  });
});

describe('accepting an invitation', () => {
  it('creates a participant of the municipality who owns the recommendation, signed in, all in one go', async () => {
    const invitation = await invite();
    const visitor = new Client(app);
    expect((await visitor.ok<{ invitation: object }>(PREVIEW, { token: invitation.token })).invitation).toMatchObject({
      email: invitation.email,
      name: 'Nieuwe Collega',
      municipalityName: 'Almelo',
    });

    // A weak password: typed error, and nothing written.
    const weak = await visitor.gql(ACCEPT, {
      input: { token: invitation.token, name: 'Nieuwe Collega', password: 'nieuwecollega1' },
    });
    expect(weak.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await app.owner.query('SELECT 1 FROM users WHERE email = $1', [invitation.email])).toEqual([]);

    const { acceptInvitation } = await visitor.ok<{
      acceptInvitation: { id: string; role: string; municipality: { id: string } };
    }>(ACCEPT, { input: { token: invitation.token, name: 'Nieuwe Collega', password: STRONG } });
    expect(acceptInvitation.role).toBe('PARTICIPANT');
    expect(acceptInvitation.municipality.id).toBe(coordinator.user.municipalityId);
    // Signed in, and owner of exactly that recommendation.
    const seen = await visitor.ok<{ recommendation: { title: string; owner: { id: string } } }>(
      `query ($id: ID!) { recommendation(id: $id) { title owner { id } } }`,
      { id: rec },
    );
    expect(seen.recommendation).toEqual({ title: 'Vertrouwelijke aanbeveling', owner: { id: acceptInvitation.id } });
    const [event] = await app.owner.query<{ kind: string; actor_user_id: string }[]>(
      `SELECT kind, actor_user_id FROM recommendation_events WHERE recommendation_id = $1 AND to_owner_user_id = $2`,
      [rec, acceptInvitation.id],
    );
    expect(event).toEqual({ kind: 'OWNER', actor_user_id: acceptInvitation.id });
    const [audit] = await app.owner.query<{ action: string }[]>(
      `SELECT action FROM audit_log WHERE actor_user_id = $1 AND entity_id = $2`,
      [acceptInvitation.id, rec],
    );
    expect(audit).toEqual({ action: 'UPDATE' });
    const { ownerInvitations } = await coordinator.client.ok<{ ownerInvitations: { id: string; status: string }[] }>(
      LIST,
      { id: rec },
    );
    expect(ownerInvitations.find((i) => i.id === invitation.id)?.status).toBe('ACCEPTED');

    // Used once: a second try is refused, and the coordinator can no longer revoke it.
    expect(
      await reasonOf(new Client(app), ACCEPT, { input: { token: invitation.token, name: 'X', password: STRONG } }),
    ).toBe('INVITATION_USED');
    expect(await reasonOf(coordinator.client, REVOKE, { id: invitation.id })).toBe('INVITATION_USED');
  });

  it('refuses unknown, expired and revoked links with a typed error and writes nothing', async () => {
    const visitor = new Client(app);
    const accept = (token: string) => reasonOf(visitor, ACCEPT, { input: { token, name: 'Iemand', password: STRONG } });
    expect(await accept('x'.repeat(43))).toBe('INVITATION_UNKNOWN');
    expect(await reasonOf(visitor, PREVIEW, { token: 'kort' })).toBe('INVITATION_UNKNOWN');

    const expired = await invite();
    await app.owner.query(
      `UPDATE invitations SET created_at = now() - interval '9 days', expires_at = now() - interval '1 day' WHERE id = $1`,
      [expired.id],
    );
    expect(await accept(expired.token)).toBe('INVITATION_EXPIRED');

    const revoked = await invite();
    expect(
      (await coordinator.client.ok<{ revokeInvitation: { status: string } }>(REVOKE, { id: revoked.id }))
        .revokeInvitation.status,
    ).toBe('REVOKED');
    expect(await accept(revoked.token)).toBe('INVITATION_REVOKED');
    expect(
      await app.owner.query('SELECT 1 FROM users WHERE email = ANY($1)', [[expired.email, revoked.email]]),
    ).toEqual([]);
  });

  it('refuses an address that got an account meanwhile, leaving the invitation open', async () => {
    const invitation = await invite();
    await actAs(app, 'PARTICIPANT', { email: invitation.email });
    expect(
      await reasonOf(new Client(app), ACCEPT, { input: { token: invitation.token, name: 'Iemand', password: STRONG } }),
    ).toBe('EMAIL_TAKEN');
    const [row] = await app.owner.query<{ used_at: Date | null }[]>('SELECT used_at FROM invitations WHERE id = $1', [
      invitation.id,
    ]);
    expect(row!.used_at).toBeNull();
  });

  it('is throttled like a login', async () => {
    const visitor = new Client(app, { 'x-forwarded-for': '203.0.113.9' });
    const token = 'y'.repeat(43);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) {
      codes.push(await visitor.errorCode(ACCEPT, { input: { token, name: 'Iemand', password: STRONG } }));
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('CONFLICT'));
    expect(codes[5]).toBe('RATE_LIMITED');
  });
});

describe('invitations in the database', () => {
  it('can never create an administrator or other privileged role', async () => {
    await expect(
      app.owner.query(
        `INSERT INTO invitations (purpose, email, name, region_id, municipality_id, role, recommendation_id, token_hash, expires_at)
         SELECT 'RECOMMENDATION_OWNER', 'x@y.example', 'X', region_id, municipality_id, 'ADMIN', id, repeat('a', 64), now() + interval '1 day'
           FROM recommendations WHERE id = $1`,
        [rec],
      ),
    ).rejects.toThrow(/check constraint/);
  });

  it('row-level security: other municipalities, forged tokens and no session see nothing', async () => {
    await invite();
    const enschede = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' });
    const asViewer = (token: string, extra = '') =>
      app.app.transaction(async (tx) => {
        await tx.query(`SELECT set_config('app.session_token', $1, true)`, [token]);
        if (extra) {
          await tx.query(`SELECT set_config('app.invitation_token', $1, true)`, [extra]);
        }
        return tx.query<Promise<unknown[]>>('SELECT id FROM invitations');
      });
    expect(await asViewer(await sessionTokenOf(app, enschede.user.id))).toEqual([]);
    expect(await asViewer('', 'forged-token-forged-token-forged-token-xxx')).toEqual([]);
    expect((await asViewer(await sessionTokenOf(app, coordinator.user.id))).length).toBeGreaterThan(0);
    // The app role cannot rewrite what an invitation grants.
    await expect(app.app.query(`UPDATE invitations SET role = 'ADMIN'`)).rejects.toThrow(/permission denied/);
    await expect(app.app.query(`DELETE FROM invitations`)).rejects.toThrow(/permission denied/);
  });
});
