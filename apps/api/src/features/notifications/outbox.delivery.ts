import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { SmtpConfig } from '../../config';
import type { Logger } from '../../logging/logger';
import { OUTBOX_ROW_SQL, renderOutboxRow, type OutboxRow } from './mail-context';
import type { MailSettings } from './mail.render';

/** What the sender needs of nodemailer; tests may pass any transport. */
export interface MailTransport {
  sendMail(message: SendMailOptions): Promise<unknown>;
  close?(): void;
}

export function createMailTransport(smtp: SmtpConfig): MailTransport {
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
    // Bounded, so one hanging server never stalls the queue (and the claim lease stays ahead).
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}

/** After this many failed attempts (about three days with the backoff below) a message is FAILED. */
export const MAX_ATTEMPTS = 20;
const BACKOFF_CAP_SECONDS = 6 * 3600;
/** A claimed row is not picked up again for this long, so a crash mid-send only delays it. */
const CLAIM_LEASE_SECONDS = 300;

/** Seconds to wait before the next attempt: 1 min, 2, 4, … capped at 6 hours. */
export const backoffSeconds = (attempts: number) => Math.min(60 * 2 ** Math.max(0, attempts - 1), BACKOFF_CAP_SECONDS);

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
  demo: number;
}

/** SMTP 5xx: the server refuses this message for good; retrying changes nothing. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 2000);
}

/**
 * Delivers due rows of `notification_outbox` (the source of truth; graphile-worker only calls
 * `deliverDue` on a schedule). Each batch is claimed in one statement with FOR UPDATE SKIP LOCKED
 * and a short lease, so concurrent senders never take the same row and no transaction stays open
 * during SMTP. A failure keeps the row PENDING with attempts, last_error and a later available_at;
 * nothing is dropped when SMTP is down. In demo mode rows are marked DEMO and nothing is sent.
 */
export class OutboxDelivery {
  constructor(
    private readonly db: DataSource,
    private readonly options: MailSettings & {
      /** null: no SMTP configured; rows stay PENDING. */
      transport: MailTransport | null;
      demo: boolean;
      log: Logger;
      batchSize?: number;
    },
  ) {}

  /** Sends what is due, one batch; `hasMore` tells the caller to run again at once. */
  async deliverDue(): Promise<DeliveryReport & { hasMore: boolean }> {
    const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, demo: 0 };
    const batchSize = this.options.batchSize ?? 50;
    if (this.options.demo) {
      const rows = (await this.db.query(
        `UPDATE notification_outbox SET status = 'DEMO'
          WHERE status = 'PENDING' AND available_at <= now() RETURNING id`,
      )) as [unknown[], number];
      report.demo = rows[1];
      return { ...report, hasMore: false };
    }
    const transport = this.options.transport;
    if (!transport) {
      return { ...report, hasMore: false };
    }
    const claimed = await this.claim(batchSize);
    for (const row of claimed) {
      await this.deliverOne(transport, row, report);
    }
    if (report.sent + report.retrying + report.failed > 0) {
      this.options.log.info({ ...report }, 'outbox delivered');
    }
    return { ...report, hasMore: claimed.length === batchSize };
  }

  private async claim(limit: number): Promise<OutboxRow[]> {
    const [claimed] = (await this.db.query(
      `UPDATE notification_outbox o
          SET attempts = o.attempts + 1, available_at = now() + make_interval(secs => $2)
        WHERE o.id IN (SELECT id FROM notification_outbox
                        WHERE status = 'PENDING' AND available_at <= now()
                        ORDER BY available_at, id
                        LIMIT $1
                        FOR UPDATE SKIP LOCKED)
        RETURNING o.id`,
      [limit, CLAIM_LEASE_SECONDS],
    )) as [{ id: string }[], number];
    if (!claimed.length) {
      return [];
    }
    return (await this.db.query(`${OUTBOX_ROW_SQL} WHERE o.id = ANY($1::bigint[]) ORDER BY o.available_at, o.id`, [
      claimed.map((c) => c.id),
    ])) as OutboxRow[];
  }

  private async deliverOne(transport: MailTransport, row: OutboxRow, report: DeliveryReport): Promise<void> {
    const mail = row.user_disabled ? null : renderOutboxRow(row, this.options);
    if (!mail) {
      await this.fail(row, row.user_disabled ? 'The recipient account is disabled.' : 'The message has no session.', true);
      report.failed += 1;
      return;
    }
    try {
      await transport.sendMail({
        from: this.options.from,
        to: { name: row.user_name, address: row.user_email },
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: { 'X-Rode-Draad-Message': row.id, 'Auto-Submitted': 'auto-generated' },
        ...(mail.calendar
          ? {
              attachments: [
                {
                  filename: mail.calendar.method === 'CANCEL' ? 'geannuleerd.ics' : 'uitnodiging.ics',
                  content: mail.calendar.content,
                  contentType: `text/calendar; charset=utf-8; method=${mail.calendar.method}`,
                },
              ],
            }
          : {}),
      });
    } catch (error) {
      const permanent = isPermanent(error) || row.attempts >= MAX_ATTEMPTS;
      this.options.log.warn({ outboxId: row.id, attempts: row.attempts, permanent, err: messageOf(error) }, 'e-mail not delivered');
      await this.fail(row, messageOf(error), permanent);
      report[permanent ? 'failed' : 'retrying'] += 1;
      return;
    }
    await this.db.query(`UPDATE notification_outbox SET status = 'SENT', sent_at = now(), last_error = NULL WHERE id = $1`, [row.id]);
    report.sent += 1;
  }

  private async fail(row: OutboxRow, error: string, permanent: boolean): Promise<void> {
    await this.db.query(
      `UPDATE notification_outbox
          SET last_error = $2, status = CASE WHEN $3 THEN 'FAILED' ELSE 'PENDING' END,
              available_at = now() + make_interval(secs => $4)
        WHERE id = $1`,
      [row.id, error, permanent, backoffSeconds(row.attempts)],
    );
  }
}
