import type { DataSource, EntityManager } from 'typeorm';
import { Permission, rolesWith } from '../../access/permissions';
import type { SystemAccess } from '../../access/system-access';
import type { AuditEntry } from '../audit/audit.service';
import { todayInAmsterdam } from '../follow-up/today';
import { maySee, OPEN_FOLLOW_UP, type RecipientAccount, type RecommendationFacts } from './follow-up-messages';
import { enqueueNotifications, type NotificationEvent } from './outbox';

/**
 * The follow-up reminders, scheduled hourly by graphile-worker (worker.ts). Both read confidential
 * rows through the system path (audited as SYSTEM, one LIST entry per municipality) and enqueue in
 * that same transaction. Each message has a dedupe key (a unique index in the outbox), so a second
 * run, a restart or two workers enqueue nothing twice; what was closed or moved meanwhile is
 * checked again when the message is sent (follow-up-messages.ts). `now` is a parameter so tests
 * control the clock.
 */

/** Days before the due date that the reminder goes out. */
export const DUE_SOON_DAYS = 7;
/** The digest goes out from Monday this hour (Amsterdam) on; a run later in the week catches up. */
export const DIGEST_HOUR = 7;

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** ISO 8601 week of a calendar date, e.g. "2026-W10". */
export function isoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - weekday + 3);
  const year = d.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((d.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

const amsterdamClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'short',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** Whether this week's digest may go out: not on Monday before DIGEST_HOUR in Amsterdam. */
function digestTime(now: Date): boolean {
  const parts = Object.fromEntries(amsterdamClock.formatToParts(now).map((p) => [p.type, p.value]));
  return !(parts.weekday === 'Mon' && Number(parts.hour) < DIGEST_HOUR);
}

/** The roles whose holders follow up all of their municipality's recommendations: they get its reminders. */
const followUpRoles = () => rolesWith(Permission.FOLLOW_UP_WRITE);

type Row = RecommendationFacts & { recipients: RecipientAccount[] };

/** Open recommendations matching `where`, each with its owner and its municipality's follow-up holders. */
async function withRecipients(tx: EntityManager, where: string, params: unknown[]): Promise<Row[]> {
  const n = params.length;
  return tx.query<Row[]>(
    `SELECT r.id, r.title, r.reference, r.status, to_char(r.due_date, 'YYYY-MM-DD') AS due_date,
            r.region_id, r.municipality_id, r.owner_user_id,
            coalesce((SELECT jsonb_agg(jsonb_build_object('id', u.id, 'role', u.role, 'region_id', u.region_id,
                        'municipality_id', u.municipality_id, 'disabled', false, 'overdue_digest', u.overdue_digest))
                        FROM users u
                       WHERE u.disabled_at IS NULL
                         AND (u.id = r.owner_user_id
                              OR (u.municipality_id = r.municipality_id AND u.role = ANY($${n + 1}::text[])))),
                     '[]') AS recipients
       FROM recommendations r
      WHERE r.status = ANY($${n + 2}::text[]) AND ${where}`,
    [...params, followUpRoles(), OPEN_FOLLOW_UP],
  );
}

/** One LIST entry per municipality whose recommendations the run read. */
function listAudit(rows: Row[]): AuditEntry[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    counts.set(row.municipality_id, (counts.get(row.municipality_id) ?? 0) + 1);
  }
  return [...counts].map(([municipalityId, count]) => ({
    municipalityId,
    action: 'LIST',
    entity: 'recommendation',
    details: { purpose: 'reminders', count },
  }));
}

/**
 * A FOLLOW_UP_DUE_SOON for each open recommendation due within the next week (a day the run
 * missed is caught up), to its owner and its municipality's coordinators who may see it; one per
 * recommendation, due date and person (dedupe key).
 */
export async function enqueueDueSoonReminders(db: DataSource, system: SystemAccess, now = new Date()): Promise<number> {
  const today = todayInAmsterdam(now);
  return system.inTransaction(db, async ({ tx, audit }) => {
    const rows = await withRecipients(tx, `r.due_date > $1::date AND r.due_date <= $2::date`, [
      today,
      addDays(today, DUE_SOON_DAYS),
    ]);
    await audit(listAudit(rows));
    const events: NotificationEvent[] = rows.flatMap((rec) =>
      rec.recipients
        .filter((account) => maySee(account, rec))
        .map((account): NotificationEvent => ({
          kind: 'FOLLOW_UP_DUE_SOON',
          recipientUserId: account.id,
          payload: { recommendationId: rec.id, municipalityId: rec.municipality_id, dueDate: rec.due_date! },
          dedupeKey: `follow-up-due:${rec.id}:${rec.due_date}:${account.id}`,
        })),
    );
    return enqueueNew(tx, events);
  });
}

/**
 * This week's FOLLOW_UP_OVERDUE_DIGEST, from Monday DIGEST_HOUR on: one per person and
 * municipality with overdue recommendations they may see (coordinators: all of the
 * municipality's; owners: their own), unless they switched the digest off.
 */
export async function enqueueOverdueDigests(db: DataSource, system: SystemAccess, now = new Date()): Promise<number> {
  if (!digestTime(now)) {
    return 0;
  }
  const today = todayInAmsterdam(now);
  const week = isoWeek(today);
  return system.inTransaction(db, async ({ tx, audit }) => {
    const rows = await withRecipients(tx, `r.due_date < $1::date`, [today]);
    await audit(listAudit(rows));
    const recipients = new Map<string, { userId: string; municipalityId: string }>();
    for (const rec of rows) {
      for (const account of rec.recipients) {
        if (account.overdue_digest && maySee(account, rec)) {
          recipients.set(`${account.id}:${rec.municipality_id}`, {
            userId: account.id,
            municipalityId: rec.municipality_id,
          });
        }
      }
    }
    const events: NotificationEvent[] = [...recipients.values()].map((r) => ({
      kind: 'FOLLOW_UP_OVERDUE_DIGEST',
      recipientUserId: r.userId,
      payload: { municipalityId: r.municipalityId, week },
      dedupeKey: `follow-up-digest:${week}:${r.municipalityId}:${r.userId}`,
    }));
    return enqueueNew(tx, events);
  });
}

/** Enqueues the events whose dedupe key is not taken yet; returns how many were new. */
async function enqueueNew(tx: EntityManager, events: NotificationEvent[]): Promise<number> {
  if (!events.length) {
    return 0;
  }
  const taken = new Set(
    (
      await tx.query<{ dedupe_key: string }[]>(
        `SELECT dedupe_key FROM notification_outbox WHERE dedupe_key = ANY($1::text[])`,
        [events.map((e) => e.dedupeKey)],
      )
    ).map((r) => r.dedupe_key),
  );
  const fresh = events.filter((e) => !taken.has(e.dedupeKey!));
  await enqueueNotifications(tx, fresh);
  return fresh.length;
}
