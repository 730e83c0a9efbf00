import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logging/logger';
import { createMailTransport, OutboxDelivery, type MailTransport } from '../features/notifications/outbox.delivery';
import { createSession } from '../test/programme-factories';
import { bulkParticipants } from '../test/registration-factories';
import { Inbox } from '../test/smtp-inbox';
import { startTestApp, type TestApp } from '../test/test-app';
import { figure } from './figures';

const REGISTER = `mutation ($sessionId: ID!) { registerForSession(sessionId: $sessionId) { id } }`;
const MAILS = 60;
const DROPPED_CONFIRMATIONS = 15;

let app: TestApp;
const inbox = new Inbox();
let transport: MailTransport;
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

const delivery = () =>
  new OutboxDelivery(app.app, {
    transport,
    demo: false,
    from: 'Rode Draad <noreply@rodedraad.test>',
    publicUrl: 'https://rodedraad.test',
    log: createLogger('silent'),
  });

/** Every due message, batch after batch (bounded), then the backoff skipped as if time had passed. */
async function deliverAll(): Promise<{ sent: number; retrying: number }> {
  const total = { sent: 0, retrying: 0 };
  for (let batch = 0; batch < 20; batch += 1) {
    const result = await delivery().deliverDue();
    total.sent += result.sent;
    total.retrying += result.retrying;
    if (!result.hasMore) {
      break;
    }
  }
  await app.owner.query(`UPDATE notification_outbox SET available_at = now() WHERE status = 'PENDING'`);
  return total;
}

describe('drill: SMTP down, and a confirmation lost', () => {
  it(`${MAILS} confirmations: SMTP down, then back with ${DROPPED_CONFIRMATIONS} confirmations lost: all delivered, Message-IDs stable`, async () => {
    const sessionId = await createSession(app, { capacity: MAILS });
    const participants = await bulkParticipants(app, MAILS);
    await Promise.all(participants.map((p) => p.client.ok(REGISTER, { sessionId })));

    const port = inbox.port;
    await inbox.stop();
    const down = await deliverAll();
    figure('smtp: sent while SMTP was down', down.sent);

    await inbox.start(port);
    inbox.refuseData = { code: 451, reply: () => 'Temporary local problem', times: DROPPED_CONFIRMATIONS };
    for (let round = 0; round < 5; round += 1) {
      const { retrying } = await deliverAll();
      if (retrying === 0) {
        break;
      }
    }
    const rows = await app.owner.query<{ status: string; message_id: string }[]>(
      `SELECT status, message_id FROM notification_outbox WHERE payload->>'sessionId' = $1`,
      [sessionId],
    );
    const received = new Map<string, number>();
    for (const mail of inbox.messages) {
      received.set(mail.messageId ?? '', (received.get(mail.messageId ?? '') ?? 0) + 1);
    }
    const lost = rows.filter((r) => !received.has(r.message_id)).length;
    const strangers = [...received.keys()].filter((id) => !rows.some((r) => r.message_id === id)).length;
    const sameIdCopies = [...received.values()].filter((n) => n > 1).length;
    figure('smtp: messages in the outbox', rows.length);
    figure('smtp: marked SENT', rows.filter((r) => r.status === 'SENT').length);
    figure('smtp: lost (never received)', lost);
    figure('smtp: duplicated under a new Message-ID', strangers);
    figure('smtp: received twice under the same Message-ID (lost confirmations)', sameIdCopies);
    expect(down.sent).toBe(0);
    expect(rows).toHaveLength(MAILS);
    expect(rows.every((r) => r.status === 'SENT')).toBe(true);
    expect({ lost, strangers, sameIdCopies }).toEqual({ lost: 0, strangers: 0, sameIdCopies: DROPPED_CONFIRMATIONS });
  });
});
