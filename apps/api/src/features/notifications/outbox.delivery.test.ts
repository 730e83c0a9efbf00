import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseAvailability } from '../../db/availability';
import { createLogger } from '../../logging/logger';
import { Client } from '../../test/client';
import { actAs, createUser } from '../../test/factories';
import { createActivity, createSession } from '../../test/programme-factories';
import { createRegistration } from '../../test/registration-factories';
import { Inbox } from '../../test/smtp-inbox';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createMailTransport, OutboxDelivery, type MailTransport } from './outbox.delivery';
import { enqueueReminders } from './reminders';
import { startBackgroundWorker } from './worker';

let app: TestApp;
const inbox = new Inbox();
let transport: MailTransport;
const log = createLogger('silent');

const delivery = (options: { demo?: boolean; transport?: MailTransport | null } = {}) =>
  new OutboxDelivery(app.app, {
    transport: options.transport === undefined ? transport : options.transport,
    demo: options.demo ?? false,
    from: 'Rode Draad <noreply@rodedraad.test>',
    publicUrl: 'https://rodedraad.test',
    log,
  });

const REGISTER = `mutation ($sessionId: ID!) { registerForSession(sessionId: $sessionId) { id status } }`;

async function outboxRows(sessionId: string) {
  return await app.owner.query<
    {
      id: string;
      kind: string;
      status: string;
      attempts: number;
      last_error: string | null;
      sent_at: Date | null;
      available_at: Date;
      message_id: string | null;
    }[]
  >(
    `SELECT id::text, kind, status, attempts, last_error, sent_at, available_at, message_id
       FROM notification_outbox WHERE payload->>'sessionId' = $1 ORDER BY id`,
    [sessionId],
  );
}

/** Makes a row due now, as if its backoff were over. */
const dueNow = (id: string) =>
  app.owner.query(`UPDATE notification_outbox SET available_at = now() WHERE id = $1`, [id]);

function calendarOf(mail: ParsedMail) {
  const attachment = mail.attachments.find((a) => a.filename?.endsWith('.ics'));
  expect(attachment, 'an .ics attachment').toBeDefined();
  expect(attachment!.contentType).toBe('text/calendar');
  return ICAL.Component.fromString(attachment!.content.toString('utf8'));
}

beforeAll(async () => {
  app = await startTestApp();
  await inbox.start();
  transport = createMailTransport({
    host: '127.0.0.1',
    port: inbox.port,
    secure: false,
    user: undefined,
    password: undefined,
  });
});
afterAll(async () => {
  transport.close?.();
  await inbox.stop();
  await app.close();
});
afterEach(() => {
  inbox.messages = [];
  inbox.rejectRcpt = false;
  inbox.refuseData = null;
});

describe('e-mail delivery from the outbox', () => {
  it('sends a registration as a Dutch e-mail with an .ics invitation, and marks it sent', async () => {
    const activityId = await createActivity(app, { title: 'Masterclass Bibob' });
    const sessionId = await createSession(app, {
      activityId,
      startsAt: new Date('2030-07-01T07:30:00Z'),
      endsAt: new Date('2030-07-01T10:00:00Z'),
    });
    const { user, client } = await actAs(app, 'PARTICIPANT');
    await client.ok(REGISTER, { sessionId });

    const report = await delivery().deliverDue();
    expect(report.sent).toBeGreaterThanOrEqual(1);
    const mail = inbox.messages.find((m) => m.subject?.includes('Masterclass Bibob'));
    expect(mail).toBeDefined();
    expect(mail!.subject).toBe('Ingeschreven: Masterclass Bibob');
    expect(mail!.to && !Array.isArray(mail!.to) ? mail!.to.value[0]!.address : undefined).toBe(user.email);
    expect(mail!.text).toContain('maandag 1 juli 2030, 09:30–12:00');
    expect(mail!.text).toContain(`https://rodedraad.test/sessions/${sessionId}`);
    expect(mail!.html).toContain('<a href="https://rodedraad.test/sessions/');

    const calendar = calendarOf(mail!);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('uid')).toBe(`session-${sessionId}@rodedraad`);
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Amsterdam');

    const [row] = await outboxRows(sessionId);
    expect(row).toMatchObject({ kind: 'REGISTERED', status: 'SENT', attempts: 1, last_error: null });
    expect(row!.sent_at).not.toBeNull();
  });

  it("writes in the recipient's language and attaches a cancellation when staff cancel the session", async () => {
    const activityId = await createActivity(app, { title: 'Intervisie vastgoed' });
    const sessionId = await createSession(app, { activityId });
    const user = await createUser(app, 'PARTICIPANT');
    await app.owner.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [user.id]);
    await createRegistration(app, sessionId, user.id);
    const { client: staff } = await actAs(app, 'PROGRAMME_STAFF');
    await staff.ok(`mutation ($id: ID!) { cancelSession(id: $id, expectedVersion: 1) { id status } }`, {
      id: sessionId,
    });

    await delivery().deliverDue();
    const mail = inbox.messages.find((m) => m.subject?.includes('Intervisie vastgoed'));
    expect(mail!.subject).toBe('Cancelled: Intervisie vastgoed');
    const calendar = calendarOf(mail!);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(1);
  });

  it('keeps a message when SMTP is down, records the failure, and delivers it once SMTP is back', async () => {
    const activityId = await createActivity(app, { title: 'Werkbezoek haven' });
    const sessionId = await createSession(app, { activityId });
    const { client } = await actAs(app, 'PARTICIPANT');
    // Older rows out of the way, so only this one is due.
    await delivery().deliverDue();
    inbox.messages = [];
    await client.ok(REGISTER, { sessionId });

    const port = inbox.port;
    await inbox.stop();
    const down = await delivery().deliverDue();
    expect(down).toMatchObject({ sent: 0, retrying: 1, failed: 0 });
    const [failed] = await outboxRows(sessionId);
    expect(failed).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(failed!.last_error).toMatch(/ECONNREFUSED|connect/i);
    expect(failed!.available_at.getTime()).toBeGreaterThan(Date.now() + 30_000);

    // Not due yet: nothing happens, even with SMTP back.
    await inbox.start(port);
    expect((await delivery().deliverDue()).sent).toBe(0);

    // Time passes (the backoff is over).
    await app.owner.query(`UPDATE notification_outbox SET available_at = now() WHERE id = $1`, [failed!.id]);
    expect((await delivery().deliverDue()).sent).toBe(1);
    const [sent] = await outboxRows(sessionId);
    expect(sent).toMatchObject({ status: 'SENT', attempts: 2, last_error: null });
    expect(inbox.messages.map((m) => m.subject)).toEqual(['Ingeschreven: Werkbezoek haven']);
  });

  it('gives up on a message the server refuses for good (5xx), keeping it as FAILED', async () => {
    const sessionId = await createSession(app);
    const { client } = await actAs(app, 'PARTICIPANT');
    await delivery().deliverDue();
    await client.ok(REGISTER, { sessionId });
    inbox.rejectRcpt = true;
    expect((await delivery().deliverDue()).failed).toBe(1);
    const [row] = await outboxRows(sessionId);
    expect(row).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(row!.last_error).toContain('No such user');

    // An admin puts it back in line once the address is fixed; only FAILED messages can be retried.
    const RETRY = `mutation ($id: ID!) { retryOutboxMessage(id: $id) { id status attempts } }`;
    expect(await client.errorCode(RETRY, { id: row!.id })).toBe('FORBIDDEN');
    const { client: admin } = await actAs(app, 'ADMIN');
    expect(await admin.ok(RETRY, { id: row!.id })).toEqual({
      retryOutboxMessage: { id: row!.id, status: 'PENDING', attempts: 0 },
    });
    expect(await admin.errorCode(RETRY, { id: row!.id })).toBe('NOT_FOUND');
    expect(await admin.errorCode(RETRY, { id: 'x' })).toBe('BAD_USER_INPUT');
    inbox.rejectRcpt = false;
    expect((await delivery().deliverDue()).sent).toBe(1);
    // The resend carries the Message-ID given at the first attempt.
    expect(row!.message_id).toMatch(/^<[0-9a-f-]{36}@rodedraad\.test>$/);
    expect(inbox.messages.map((m) => m.messageId)).toEqual([row!.message_id]);
  });

  it('keeps one Message-ID per message: a resend after a lost confirmation carries the same one', async () => {
    const activityId = await createActivity(app, { title: 'Intervisie Message-ID' });
    const sessionId = await createSession(app, { activityId });
    const { client } = await actAs(app, 'PARTICIPANT');
    await delivery().deliverDue();
    inbox.messages = [];
    await client.ok(REGISTER, { sessionId });
    // The server takes the message, but the sender never hears that it did.
    inbox.refuseData = { code: 451, reply: () => 'Temporary local problem', times: 1 };
    expect(await delivery().deliverDue()).toMatchObject({ sent: 0, retrying: 1 });
    const [first] = await outboxRows(sessionId);
    expect(first).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(first!.message_id).toMatch(/^<[0-9a-f-]{36}@rodedraad\.test>$/);

    await dueNow(first!.id);
    expect((await delivery().deliverDue()).sent).toBe(1);
    const [sent] = await outboxRows(sessionId);
    expect(sent).toMatchObject({ status: 'SENT', attempts: 2, message_id: first!.message_id });
    // Two copies arrived; the receiver can tell they are one message.
    expect(inbox.messages.map((m) => [m.subject, m.messageId])).toEqual([
      ['Ingeschreven: Intervisie Message-ID', first!.message_id],
      ['Ingeschreven: Intervisie Message-ID', first!.message_id],
    ]);
  });

  it("keeps the server's reply to the message itself out of last_error and the log, as it may quote the text", async () => {
    const marker = 'QUOTED-9c1e';
    const activityId = await createActivity(app, { title: `Masterclass ${marker}` });
    const sessionId = await createSession(app, { activityId });
    const { client } = await actAs(app, 'PARTICIPANT');
    await delivery().deliverDue();
    await client.ok(REGISTER, { sessionId });
    inbox.refuseData = {
      code: 554,
      reply: (mail) => `5.7.1 Message rejected as spam: "${mail.subject}" ${mail.text}`,
      times: 1,
    };
    const lines: string[] = [];
    const recording = new OutboxDelivery(app.app, {
      transport,
      demo: false,
      from: 'Rode Draad <noreply@rodedraad.test>',
      publicUrl: 'https://rodedraad.test',
      log: pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) }),
    });
    expect((await recording.deliverDue()).failed).toBe(1);
    const [row] = await outboxRows(sessionId);
    expect(row!.status).toBe('FAILED');
    expect(row!.last_error).toContain('554');
    expect(row!.last_error).toContain('5.7.1');
    expect(row!.last_error).not.toContain(marker);
    expect(lines.join('\n')).toContain('e-mail not delivered');
    expect(lines.join('\n')).not.toContain(marker);
  });

  it('sends nothing in demo mode: messages stay in the outbox, marked DEMO', async () => {
    const sessionId = await createSession(app);
    const { client } = await actAs(app, 'PARTICIPANT');
    await client.ok(REGISTER, { sessionId });
    inbox.messages = [];
    const report = await delivery({ demo: true }).deliverDue();
    expect(report.demo).toBeGreaterThanOrEqual(1);
    expect(inbox.messages).toEqual([]);
    expect((await outboxRows(sessionId)).map((r) => r.status)).toEqual(['DEMO']);
  });

  it('leaves messages pending when no SMTP server is configured', async () => {
    const sessionId = await createSession(app);
    const { client } = await actAs(app, 'PARTICIPANT');
    await client.ok(REGISTER, { sessionId });
    await delivery({ transport: null }).deliverDue();
    expect((await outboxRows(sessionId)).map((r) => [r.status, r.attempts])).toEqual([['PENDING', 0]]);
  });
});

describe('reminders', () => {
  it('enqueues one reminder per confirmed registration two days ahead, idempotently', async () => {
    const soon = new Date(Date.now() + 36 * 3600_000);
    const sessionId = await createSession(app, { startsAt: soon });
    const later = await createSession(app, { startsAt: new Date(Date.now() + 5 * 24 * 3600_000) });
    const confirmed = await createUser(app, 'PARTICIPANT');
    const waitlisted = await createUser(app, 'PARTICIPANT');
    const justRegistered = await createUser(app, 'PARTICIPANT');
    await createRegistration(app, sessionId, confirmed.id);
    await createRegistration(app, sessionId, waitlisted.id, { status: 'WAITLISTED' });
    await createRegistration(app, later, confirmed.id);
    await app.owner.query(
      `UPDATE registrations SET created_at = now() - interval '10 days' WHERE session_id = ANY($1::uuid[])`,
      [[sessionId, later]],
    );
    await createRegistration(app, sessionId, justRegistered.id);

    expect(await enqueueReminders(app.app)).toBe(1);
    expect(await enqueueReminders(app.app)).toBe(0);
    const rows = await app.owner.query<
      { recipient_user_id: string; session_id: string; confidentiality: string; dedupe_key: string }[]
    >(
      `SELECT recipient_user_id, payload->>'sessionId' AS session_id, confidentiality, dedupe_key FROM notification_outbox WHERE kind = 'REMINDER'`,
    );
    expect(rows).toEqual([
      {
        recipient_user_id: confirmed.id,
        session_id: sessionId,
        confidentiality: 'PERSONAL',
        dedupe_key: `reminder:${sessionId}:${confirmed.id}`,
      },
    ]);

    await delivery().deliverDue();
    expect(inbox.messages.some((m) => m.subject?.startsWith('Herinnering: '))).toBe(true);
  });
});

describe('the background worker (graphile-worker)', () => {
  it('migrates its schema as the owner, delivers at start, and stops cleanly', async () => {
    const sessionId = await createSession(app);
    const user = await createUser(app, 'PARTICIPANT');
    await app.owner.query(
      `INSERT INTO notification_outbox (kind, confidentiality, recipient_user_id, payload)
       VALUES ('REGISTERED', 'PERSONAL', $1, jsonb_build_object('sessionId', $2::text, 'registrationId', gen_random_uuid()))`,
      [user.id, sessionId],
    );
    const worker = await startBackgroundWorker({
      ownerUrl: app.db.ownerUrl,
      dataSource: app.app,
      config: {
        demo: true,
        publicUrl: 'https://rodedraad.test',
        mail: { from: 'noreply@rodedraad.test', smtp: undefined },
      },
      log,
      availability: new DatabaseAvailability(() => app.app.query('SELECT 1'), log),
    });
    try {
      const deadline = Date.now() + 15_000;
      while ((await outboxRows(sessionId))[0]?.status !== 'DEMO' && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
      }
      expect((await outboxRows(sessionId))[0]?.status).toBe('DEMO');
    } finally {
      await worker.stop();
    }
  });
});

describe("the admins' outbox", () => {
  const OUTBOX = `query ($filter: OutboxFilter, $page: PageInput) {
    outbox(filter: $filter, page: $page) {
      total
      items { id kind confidentiality status recipientEmail attempts lastError createdAt availableAt sentAt }
    }
  }`;

  it('walks the ladder: anonymous, bad input, other roles, admin', async () => {
    expect(await new Client(app).errorCode(OUTBOX)).toBe('UNAUTHENTICATED');
    const { client: admin } = await actAs(app, 'ADMIN');
    expect(await admin.errorCode(OUTBOX, { page: { offset: 0, limit: 100000 } })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(OUTBOX, { filter: { status: 'LOST' } })).toBe('BAD_USER_INPUT');
    for (const role of ['PROGRAMME_STAFF', 'RIEC_ANALYST', 'MUNICIPAL_COORDINATOR', 'PARTICIPANT'] as const) {
      const { client } = await actAs(app, role);
      expect(await client.errorCode(OUTBOX), role).toBe('FORBIDDEN');
    }

    const sessionId = await createSession(app);
    const { user, client } = await actAs(app, 'PARTICIPANT');
    await client.ok(REGISTER, { sessionId });
    await delivery({ demo: true }).deliverDue();
    const [row] = await outboxRows(sessionId);

    const data = await admin.ok<{ outbox: { total: number; items: Record<string, unknown>[] } }>(OUTBOX, {
      filter: { status: 'DEMO', kind: 'REGISTERED' },
      page: { offset: 0, limit: 5 },
    });
    expect(data.outbox.total).toBeGreaterThanOrEqual(1);
    expect(data.outbox.items.find((i) => i.id === row!.id)).toMatchObject({
      kind: 'REGISTERED',
      confidentiality: 'PERSONAL',
      status: 'DEMO',
      recipientEmail: user.email,
      attempts: 0,
      lastError: null,
      sentAt: null,
    });
    const sent = await admin.ok<{ outbox: { items: { status: string }[] } }>(OUTBOX, { filter: { status: 'SENT' } });
    expect(sent.outbox.items.every((i) => i.status === 'SENT')).toBe(true);
  });

  it('shows delivery metadata only: never the session, subject, text or recipient name', async () => {
    const marker = 'ENROLMENT-MARKER-4f2a';
    const activityId = await createActivity(app, { title: `Werkbezoek ${marker}` });
    const sessionId = await createSession(app, { activityId });
    const { user, client } = await actAs(app, 'PARTICIPANT');
    await client.ok(REGISTER, { sessionId });
    const other = await createUser(app, 'PARTICIPANT');
    await createRegistration(app, sessionId, other.id, { status: 'WAITLISTED' });
    const name = `Deelnemer ${marker}-name`;
    await app.owner.query(`UPDATE users SET name = $2 WHERE id = ANY($1::uuid[])`, [[user.id, other.id], name]);
    const { client: staff } = await actAs(app, 'PROGRAMME_STAFF');
    await staff.ok(`mutation ($id: ID!) { cancelSession(id: $id, expectedVersion: 1) { id } }`, { id: sessionId });
    // One failed delivery too, so last_error is filled.
    inbox.rejectRcpt = true;
    await delivery().deliverDue();
    expect((await outboxRows(sessionId)).map((r) => r.status)).toContain('FAILED');

    const { client: admin } = await actAs(app, 'ADMIN');
    const response = await admin.gql(OUTBOX, { page: { offset: 0, limit: 100 } });
    expect(response.errors).toBeUndefined();
    const body = JSON.stringify(response.data);
    expect(body).toContain(user.email);
    for (const secret of [marker, 'Werkbezoek', 'Ingeschreven', 'Geannuleerd', sessionId, 'Deelnemer']) {
      expect(body, secret).not.toContain(secret);
    }
    // The fields that used to carry the message are gone from the type.
    for (const field of ['subject', 'text', 'sessionTitle', 'sessionId', 'recipient { name }']) {
      expect(await admin.errorCode(`{ outbox { items { ${field} } } }`), field).toBe('BAD_USER_INPUT');
    }
  });
});
