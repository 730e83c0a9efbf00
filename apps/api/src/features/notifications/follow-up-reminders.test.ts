import type { SendMailOptions } from 'nodemailer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SystemAccess } from '../../access/system-access';
import { createLogger } from '../../logging/logger';
import { createFacet, createRecommendation, createScan } from '../../test/confidential-factories';
import { actAs, createUser, type TestUser } from '../../test/factories';
import type { Client } from '../../test/client';
import { startTestApp, type TestApp } from '../../test/test-app';
import { todayInAmsterdam } from '../follow-up/today';
import { enqueueDueSoonReminders, enqueueOverdueDigests, isoWeek } from './follow-up-reminders';
import { OutboxDelivery } from './outbox.delivery';

let app: TestApp;
let system: SystemAccess;
let facet: string;
let almeloScan: string;
let coordinator: { user: TestUser; client: Client };
let owner: { user: TestUser; client: Client };
let otherParticipant: { user: TestUser; client: Client };
let enschede: { user: TestUser; client: Client };
let admin: { user: TestUser; client: Client };
const sent: SendMailOptions[] = [];

const delivery = () =>
  new OutboxDelivery(app.app, {
    transport: {
      sendMail: (message: SendMailOptions) => {
        sent.push(message);
        return Promise.resolve({});
      },
    },
    demo: false,
    from: 'Rode Draad <noreply@rodedraad.test>',
    publicUrl: 'https://rodedraad.test',
    log: createLogger('silent'),
    system,
  });

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const TODAY = todayInAmsterdam();
/** Noon in Amsterdam (give or take an hour of summer time) `days` from today: the jobs' clock. */
const at = (days: number) => new Date(`${addDays(TODAY, days)}T11:00:00Z`);
/** The next Monday at `hour` o'clock Amsterdam winter time, or summer time: both sides of the digest hour. */
function monday(hourUtc: number): Date {
  const d = new Date(`${TODAY}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7));
  d.setUTCHours(hourUtc);
  return d;
}

async function recommendation(options: { title: string; due: string | null; ownerId?: string | null; scan?: string }) {
  const id = await createRecommendation(app, options.scan ?? almeloScan, facet, {
    title: options.title,
    ownerUserId: options.ownerId ?? null,
  });
  await app.owner.query('UPDATE recommendations SET due_date = $2 WHERE id = $1', [id, options.due]);
  return id;
}

const outbox = (kind: string) =>
  app.owner.query<{ recipient_user_id: string; status: string; payload: Record<string, string>; dedupe_key: string }[]>(
    `SELECT recipient_user_id, status, payload, dedupe_key FROM notification_outbox WHERE kind = $1 ORDER BY id`,
    [kind],
  );

beforeAll(async () => {
  app = await startTestApp();
  system = await SystemAccess.register(app.owner, 'follow-up-reminders');
  facet = await createFacet(app);
  almeloScan = await createScan(app, 'GM0141');
  coordinator = await actAs(app, 'MUNICIPAL_COORDINATOR');
  owner = await actAs(app, 'PARTICIPANT');
  otherParticipant = await actAs(app, 'PARTICIPANT');
  enschede = await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' });
  admin = await actAs(app, 'ADMIN');
  await app.owner.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [coordinator.user.id]);
});
afterAll(() => app.close());

beforeEach(async () => {
  sent.length = 0;
  await app.owner.query('DELETE FROM notification_outbox');
  await app.owner.query(`UPDATE recommendations SET due_date = NULL`);
  await app.owner.query(`UPDATE users SET overdue_digest = true`);
});

describe('due-date reminders', () => {
  it('go a week ahead to the owner and the municipality coordinators, once per due date and person, also after a restart', async () => {
    const rec = await recommendation({
      title: 'Bibob-beleid actualiseren',
      due: addDays(TODAY, 10),
      ownerId: owner.user.id,
    });
    // Ten days ahead: not yet. Four days later (the clock is a parameter): due in six days.
    expect(await enqueueDueSoonReminders(app.app, system, at(0))).toBe(0);
    expect(await enqueueDueSoonReminders(app.app, system, at(4))).toBe(2);
    const rows = await outbox('FOLLOW_UP_DUE_SOON');
    expect(rows.map((r) => r.recipient_user_id).sort()).toEqual([coordinator.user.id, owner.user.id].sort());
    expect(rows[0]!.payload).toMatchObject({ recommendationId: rec, dueDate: addDays(TODAY, 10) });

    // A second run, and a "restarted" process with a fresh system token: nothing new.
    expect(await enqueueDueSoonReminders(app.app, system, at(5))).toBe(0);
    const restarted = await SystemAccess.register(app.owner, 'follow-up-reminders');
    expect(await enqueueDueSoonReminders(app.app, restarted, at(6))).toBe(0);
    expect(await outbox('FOLLOW_UP_DUE_SOON')).toHaveLength(2);

    // A new due date is a new reminder.
    await app.owner.query('UPDATE recommendations SET due_date = $2 WHERE id = $1', [rec, addDays(TODAY, 12)]);
    expect(await enqueueDueSoonReminders(app.app, system, at(6))).toBe(2);

    // The read went through the system path and is in Almelo's audit log as SYSTEM.
    const [audit] = await app.owner.query<{ actor_role: string; request_id: string; action: string }[]>(
      `SELECT actor_role, request_id, action FROM audit_log WHERE actor_role = 'SYSTEM' ORDER BY at DESC LIMIT 1`,
    );
    expect(audit).toEqual({ actor_role: 'SYSTEM', request_id: 'system:follow-up-reminders', action: 'LIST' });
  });

  it('never go to another municipality, a disabled coordinator, or for closed recommendations', async () => {
    const disabled = await createUser(app, 'MUNICIPAL_COORDINATOR', { disabled: true });
    await recommendation({ title: 'Afgerond', due: addDays(TODAY, 3) });
    await app.owner.query(`UPDATE recommendations SET status = 'DONE' WHERE title = 'Afgerond'`);
    await recommendation({
      title: 'Enschede',
      due: addDays(TODAY, 3),
      scan: await createScan(app, 'GM0153'),
    });
    expect(await enqueueDueSoonReminders(app.app, system, at(0))).toBe(1);
    const recipients = (await outbox('FOLLOW_UP_DUE_SOON')).map((r) => r.recipient_user_id);
    expect(recipients).toEqual([enschede.user.id]);
    expect(recipients).not.toContain(disabled.id);
    await app.owner.query(`UPDATE recommendations SET status = 'OPEN'`);
  });

  it('are sent in each recipient language, with the title only in the body, and skipped when closed or moved meanwhile', async () => {
    const kept = await recommendation({ title: 'Integriteitsbeleid', due: addDays(TODAY, 5), ownerId: owner.user.id });
    const closed = await recommendation({ title: 'Vastgoedregister', due: addDays(TODAY, 5) });
    const moved = await recommendation({ title: 'Meldpunt', due: addDays(TODAY, 5) });
    expect(await enqueueDueSoonReminders(app.app, system, at(0))).toBe(4);
    await app.owner.query(`UPDATE recommendations SET status = 'NOT_ADOPTED', status_reason = 'x' WHERE id = $1`, [
      closed,
    ]);
    await app.owner.query(`UPDATE recommendations SET due_date = $2 WHERE id = $1`, [moved, addDays(TODAY, 40)]);

    const report = await delivery().deliverDue();
    expect(report).toMatchObject({ sent: 2, skipped: 2, failed: 0 });
    const toOwner = sent.find((m) => JSON.stringify(m.to).includes(owner.user.email))!;
    const toCoordinator = sent.find((m) => JSON.stringify(m.to).includes(coordinator.user.email))!;
    expect(toOwner.subject).toBe('Herinnering: een aanbeveling moet over een week af zijn');
    expect(toOwner.text).toContain('Integriteitsbeleid');
    expect(toOwner.text).toContain(`https://rodedraad.test/recommendations/${kept}`);
    expect(toCoordinator.subject).toBe('Reminder: a recommendation is due in a week');
    expect(toCoordinator.text).toContain('Integriteitsbeleid');
    for (const mail of sent) {
      expect(mail.subject).not.toMatch(/Integriteitsbeleid|Vastgoedregister|Meldpunt/);
      expect(mail.text).not.toMatch(/Vastgoedregister|Meldpunt/);
    }
    const statuses = (await outbox('FOLLOW_UP_DUE_SOON')).map((r) => r.status).sort();
    expect(statuses).toEqual(['SENT', 'SENT', 'SKIPPED', 'SKIPPED']);
  });

  it('are not rendered for a recipient who lost access meanwhile (the owner replaced)', async () => {
    const rec = await recommendation({ title: 'Cameratoezicht', due: addDays(TODAY, 5), ownerId: owner.user.id });
    await enqueueDueSoonReminders(app.app, system, at(0));
    await app.owner.query('UPDATE recommendations SET owner_user_id = $2 WHERE id = $1', [
      rec,
      otherParticipant.user.id,
    ]);
    await delivery().deliverDue();
    expect(sent.map((m) => JSON.stringify(m.to))).toEqual([expect.stringContaining(coordinator.user.email)]);
  });
});

describe('the weekly overdue digest', () => {
  it('goes from Monday morning on, once a week per person; coordinators get the municipality, owners their own', async () => {
    await recommendation({ title: 'Eigen achterstand', due: addDays(TODAY, -3), ownerId: owner.user.id });
    await recommendation({ title: 'Andermans achterstand', due: addDays(TODAY, -9) });
    await recommendation({ title: 'Nog niet verlopen', due: addDays(TODAY, 30) });
    expect(await enqueueOverdueDigests(app.app, system, monday(4))).toBe(0); // 05:00 or 06:00 in Amsterdam
    expect(await enqueueOverdueDigests(app.app, system, monday(8))).toBe(2);
    expect(await enqueueOverdueDigests(app.app, system, monday(9))).toBe(0);
    const restarted = await SystemAccess.register(app.owner, 'follow-up-reminders');
    expect(await enqueueOverdueDigests(app.app, restarted, monday(30))).toBe(0); // Tuesday, same week
    const rows = await outbox('FOLLOW_UP_OVERDUE_DIGEST');
    expect(rows.map((r) => r.recipient_user_id).sort()).toEqual([coordinator.user.id, owner.user.id].sort());
    expect(rows[0]!.payload.week).toBe(isoWeek(monday(8).toISOString().slice(0, 10)));

    await delivery().deliverDue();
    const toOwner = sent.find((m) => JSON.stringify(m.to).includes(owner.user.email))!;
    const toCoordinator = sent.find((m) => JSON.stringify(m.to).includes(coordinator.user.email))!;
    expect(toOwner.subject).toBe('Weekoverzicht: 1 aanbeveling over de datum');
    expect(toOwner.text).toContain('Eigen achterstand');
    expect(toOwner.text).not.toContain('Andermans achterstand');
    expect(toCoordinator.subject).toBe('Weekly overview: 2 recommendations overdue');
    expect(toCoordinator.text).toContain('Andermans achterstand');
    expect(toCoordinator.text).not.toContain('Nog niet verlopen');

    // Next week: a new one.
    expect(await enqueueOverdueDigests(app.app, system, new Date(monday(8).getTime() + 7 * 86_400_000))).toBe(2);
  });

  it('respects the opt-out, when enqueuing and again when sending', async () => {
    await recommendation({ title: 'Achterstand', due: addDays(TODAY, -3), ownerId: owner.user.id });
    await owner.client.ok(`mutation { setOverdueDigest(enabled: false) { id overdueDigest } }`);
    expect(await enqueueOverdueDigests(app.app, system, monday(8))).toBe(1);
    expect((await outbox('FOLLOW_UP_OVERDUE_DIGEST')).map((r) => r.recipient_user_id)).toEqual([coordinator.user.id]);
    await coordinator.client.ok(`mutation { setOverdueDigest(enabled: false) { id } }`);
    expect(await delivery().deliverDue()).toMatchObject({ sent: 0, skipped: 1 });
    const me = await coordinator.client.ok<{ me: { overdueDigest: boolean } }>(`{ me { overdueDigest } }`);
    expect(me.me.overdueDigest).toBe(false);
  });
});

describe('confidentiality of reminders', () => {
  const OUTBOX = `{ outbox { total items { kind confidentiality status recipientEmail lastError } } }`;
  const MINE = `{ myMessages { total items { kind subject text appPath } } }`;

  it('the admin sees delivery only; each recipient reads their own; nobody else reads anything', async () => {
    const rec = await recommendation({ title: 'Geheime aanbeveling', due: addDays(TODAY, 5), ownerId: owner.user.id });
    await enqueueDueSoonReminders(app.app, system, at(0));
    await delivery().deliverDue();

    const adminView = await admin.client.ok<{ outbox: { items: Record<string, unknown>[] } }>(OUTBOX);
    expect(adminView.outbox.items).toHaveLength(2);
    expect(adminView.outbox.items[0]).toMatchObject({ kind: 'FOLLOW_UP_DUE_SOON', confidentiality: 'CONFIDENTIAL' });
    expect(JSON.stringify(adminView)).not.toContain('Geheime');
    expect(JSON.stringify(adminView)).not.toContain(rec);
    for (const other of [owner, coordinator, enschede, otherParticipant]) {
      expect(await other.client.errorCode(OUTBOX)).toBe('FORBIDDEN');
    }

    type Mine = { myMessages: { items: { subject: string | null; text: string | null; appPath: string | null }[] } };
    const mine = await owner.client.ok<Mine>(MINE);
    expect(mine.myMessages.items[0]!.text).toContain('Geheime aanbeveling');
    expect((await coordinator.client.ok<Mine>(MINE)).myMessages.items[0]!.text).toContain('Geheime aanbeveling');
    for (const other of [enschede, otherParticipant, admin]) {
      expect(JSON.stringify(await other.client.ok(MINE))).not.toContain('Geheime');
    }
    // Rendering in the app is audited as the reader.
    const [read] = await app.owner.query<{ actor_user_id: string }[]>(
      `SELECT actor_user_id FROM audit_log WHERE action = 'READ' AND entity_id = $1 AND actor_user_id = $2`,
      [rec, owner.user.id],
    );
    expect(read).toBeDefined();

    // Once someone else owns it, the former owner's copy no longer shows it.
    await app.owner.query('UPDATE recommendations SET owner_user_id = $2 WHERE id = $1', [
      rec,
      otherParticipant.user.id,
    ]);
    const after = await owner.client.ok<Mine>(MINE);
    expect(after.myMessages.items[0]).toMatchObject({ subject: null, text: null });
  });
});
