import { STAFF_MESSAGES_PER_SESSION_HOUR } from '@rode-draad/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import { actAs, actAsInNewRegion, type TestUser } from '../../test/factories';
import { createSession } from '../../test/programme-factories';
import { createRegistration } from '../../test/registration-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const SEND = `mutation ($id: ID!, $input: StaffMessageInput!) {
  sendSessionMessage(sessionId: $id, input: $input) { id recipientCount }
}`;
const MY_MESSAGES = `{ myMessages { total items { kind subject text appPath } } }`;

interface MyMessages {
  myMessages: { total: number; items: { kind: string; subject: string; text: string; appPath: string }[] };
}

let app: TestApp;
let sessionId: string;
let staff: Client;
const people: Record<
  'dutch' | 'english' | 'elsewhere' | 'waitlisted' | 'cancelled',
  { user: TestUser; client: Client }
> = {} as never;

const input = (overrides: Partial<Record<'subject' | 'body' | 'audience', string>> = {}) => ({
  audience: 'REGISTRANTS',
  subject: 'Parkeren bij het stadhuis',
  body: 'Parkeer op P2 achter het stadhuis.\n\nDe koffie staat vanaf 9:00 klaar.',
  ...overrides,
});

async function messagesOf(client: Client) {
  return (await client.ok<MyMessages>(MY_MESSAGES)).myMessages.items.filter((m) => m.kind === 'STAFF_SESSION_MESSAGE');
}

beforeAll(async () => {
  app = await startTestApp();
  sessionId = await createSession(app);
  staff = (await actAs(app, 'PROGRAMME_STAFF')).client;
  people.dutch = await actAs(app, 'PARTICIPANT');
  people.english = await actAs(app, 'PARTICIPANT');
  await app.owner.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [people.english.user.id]);
  people.elsewhere = await actAs(app, 'PARTICIPANT', { municipality: 'GM0153' });
  people.waitlisted = await actAs(app, 'PARTICIPANT');
  people.cancelled = await actAs(app, 'PARTICIPANT');
  for (const key of ['dutch', 'english', 'elsewhere'] as const) {
    await createRegistration(app, sessionId, people[key].user.id);
  }
  await createRegistration(app, sessionId, people.waitlisted.user.id, { status: 'WAITLISTED' });
  await createRegistration(app, sessionId, people.cancelled.user.id, { status: 'CANCELLED' });
});
afterAll(() => app.close());

describe('a message from staff to the registrants or the waitlist of a session', () => {
  it('anonymous visitors get UNAUTHENTICATED; only programme staff may send', async () => {
    expect(await new Client(app).errorCode(SEND, { id: sessionId, input: input() })).toBe('UNAUTHENTICATED');
    for (const role of ['PARTICIPANT', 'MUNICIPAL_COORDINATOR', 'RIEC_ANALYST', 'ADMIN'] as const) {
      const { client } = await actAs(app, role);
      expect(await client.errorCode(SEND, { id: sessionId, input: input() }), role).toBe('FORBIDDEN');
    }
    const otherRegion = await actAsInNewRegion(app, 'PROGRAMME_STAFF');
    expect(await otherRegion.client.errorCode(SEND, { id: sessionId, input: input() })).toBe('NOT_FOUND');
  });

  it('refuses a blank or too long subject or text, and an empty audience; nothing is sent', async () => {
    for (const bad of [{ subject: '  ' }, { body: '' }, { subject: 'x'.repeat(201) }, { body: 'x'.repeat(5001) }]) {
      expect(await staff.errorCode(SEND, { id: sessionId, input: input(bad) })).toBe('BAD_USER_INPUT');
    }
    const empty = await createSession(app);
    const result = await staff.gql(SEND, { id: empty, input: input({ audience: 'WAITLIST' }) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NO_RECIPIENTS' });
    const [row] = await app.owner.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notification_outbox WHERE kind = 'STAFF_SESSION_MESSAGE'`,
    );
    expect(row?.n).toBe(0);
  });

  it('reaches every confirmed registrant, in their own language, in the outbox and in My messages, with an audit entry per municipality', async () => {
    const { sendSessionMessage } = await staff.ok<{ sendSessionMessage: { id: string; recipientCount: number } }>(
      SEND,
      { id: sessionId, input: input() },
    );
    expect(sendSessionMessage.recipientCount).toBe(3);
    const outbox = await app.owner.query<{ recipient_user_id: string; confidentiality: string }[]>(
      `SELECT recipient_user_id, confidentiality FROM notification_outbox WHERE kind = 'STAFF_SESSION_MESSAGE'`,
    );
    expect(outbox.map((r) => r.recipient_user_id).sort()).toEqual(
      [people.dutch.user.id, people.english.user.id, people.elsewhere.user.id].sort(),
    );
    expect(new Set(outbox.map((r) => r.confidentiality))).toEqual(new Set(['PERSONAL']));

    const [dutch] = await messagesOf(people.dutch.client);
    expect(dutch!.subject).toMatch(/: Parkeren bij het stadhuis$/);
    expect(dutch!.text).toContain('stuurt je dit bericht');
    expect(dutch!.text).toContain('Parkeer op P2 achter het stadhuis.\nDe koffie staat vanaf 9:00 klaar.');
    expect(dutch!.text).toContain('Wanneer');
    expect(dutch!.appPath).toBe(`/sessions/${sessionId}`);
    const [english] = await messagesOf(people.english.client);
    // Staff's words as written; the frame in English.
    expect(english!.subject).toMatch(/: Parkeren bij het stadhuis$/);
    expect(english!.text).toContain('sends you this message');
    expect(english!.text).toContain('Parkeer op P2 achter het stadhuis.');
    expect(english!.text).toContain('When');
    for (const key of ['waitlisted', 'cancelled'] as const) {
      expect(await messagesOf(people[key].client), key).toEqual([]);
    }
    // Never the online link: a message may go to the waitlist, who have no seat.
    expect(dutch!.text).not.toContain('meet.example');

    const audit = await app.owner.query<{ municipality_id: string; details: { recipients: number } }[]>(
      `SELECT municipality_id, details FROM audit_log WHERE entity = 'session_message' AND entity_id = $1
        ORDER BY (details->>'recipients')::int`,
      [sendSessionMessage.id],
    );
    expect(audit.map((a) => [a.municipality_id, a.details.recipients])).toEqual([
      [people.elsewhere.user.municipalityId, 1],
      [people.dutch.user.municipalityId, 2],
    ]);
  });

  it('reaches only the waitlist when asked to', async () => {
    const { sendSessionMessage } = await staff.ok<{ sendSessionMessage: { recipientCount: number } }>(SEND, {
      id: sessionId,
      input: input({ audience: 'WAITLIST', subject: 'Nog geen plek' }),
    });
    expect(sendSessionMessage.recipientCount).toBe(1);
    expect((await messagesOf(people.waitlisted.client)).map((m) => m.subject)).toEqual([
      expect.stringMatching(/: Nog geen plek$/),
    ]);
    expect((await messagesOf(people.dutch.client)).map((m) => m.subject)).not.toContainEqual(
      expect.stringMatching(/Nog geen plek/),
    );
  });

  it(`allows ${STAFF_MESSAGES_PER_SESSION_HOUR} messages per session and hour`, async () => {
    const [row] = await app.owner.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM session_messages WHERE session_id = $1`,
      [sessionId],
    );
    for (let i = row!.n; i < STAFF_MESSAGES_PER_SESSION_HOUR; i += 1) {
      await staff.ok(SEND, { id: sessionId, input: input() });
    }
    const refused = await staff.gql(SEND, { id: sessionId, input: input() });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOO_MANY_MESSAGES' });
    // An hour later the limit has passed.
    await app.owner.query(`UPDATE session_messages SET created_at = created_at - interval '61 minutes'`);
    expect(
      (await staff.ok<{ sendSessionMessage: { recipientCount: number } }>(SEND, { id: sessionId, input: input() }))
        .sendSessionMessage.recipientCount,
    ).toBe(3);
  });
});
