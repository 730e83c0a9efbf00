import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { SmtpConfig } from '../../config';
import type { Logger } from '../../logging/logger';
import { isLocale } from '@rode-draad/shared';
import { addressOf, type MailSettings, type RenderedMail } from './mail.render';
import type { SystemAccess } from '../../access/system-access';
import { obsoleteMessages, renderMessages, renderingAudit, type StoredMessage } from './message-kinds';

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
  /** No longer wanted at send time (e.g. a reminder about a recommendation closed meanwhile). */
  skipped: number;
}

/** SMTP 5xx: the server refuses this message for good; retrying changes nothing. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/**
 * What `last_error` (and the log) keep of a failed attempt. Errors before the message was
 * transferred (connection, greeting, envelope) cannot hold its text: the server has not seen it.
 * A reply to the message itself (DATA) may quote it, so only its codes are kept. Anything that is
 * not an SMTP/network error gets a fixed text.
 */
export function deliveryErrorText(error: unknown): string {
  const e = error as {
    code?: unknown;
    responseCode?: unknown;
    command?: unknown;
    response?: unknown;
    message?: unknown;
  } | null;
  if (!(error instanceof Error) || !e || typeof e.code !== 'string') {
    return 'Delivery failed (not an SMTP error).';
  }
  if (e.command === 'DATA' || e.code === 'EMESSAGE') {
    const status = typeof e.response === 'string' ? /\b[245]\.\d{1,3}\.\d{1,3}\b/.exec(e.response)?.[0] : undefined;
    const code = typeof e.responseCode === 'number' ? e.responseCode : '';
    return (
      [`${e.code}: the server refused the message`, code, status].filter(Boolean).join(' ') +
      ' (its reply is not kept: it may quote the message).'
    );
  }
  return error.message.slice(0, 2000);
}

/** The right-hand side of Message-IDs: the sender's domain, else the host of the public URL. */
export function messageIdDomain(settings: MailSettings): string {
  const domain = addressOf(settings.from).split('@')[1]?.trim();
  if (domain && /^[A-Za-z0-9.-]+$/.test(domain)) {
    return domain;
  }
  return new URL(settings.publicUrl).hostname || 'rodedraad.invalid';
}

/** A claimed outbox row with its recipient. */
interface ClaimedRow {
  id: string;
  kind: string;
  confidentiality: string;
  user_id: string | null;
  payload: Record<string, unknown>;
  attempts: number;
  message_id: string;
  user_name: string;
  user_email: string;
  user_locale: string;
  user_disabled: boolean;
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
      /** The system path through which CONFIDENTIAL messages are rendered (audited as SYSTEM); without it they wait. */
      system?: SystemAccess;
      log: Logger;
      batchSize?: number;
    },
  ) {}

  /** Sends what is due, one batch; `hasMore` tells the caller to run again at once. */
  async deliverDue(system = this.options.system): Promise<DeliveryReport & { hasMore: boolean }> {
    const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, demo: 0, skipped: 0 };
    const batchSize = this.options.batchSize ?? 50;
    if (this.options.demo) {
      const rows = await this.db.query<[unknown[], number]>(
        `UPDATE notification_outbox SET status = 'DEMO'
          WHERE status = 'PENDING' AND available_at <= now() RETURNING id`,
      );
      report.demo = rows[1];
      return { ...report, hasMore: false };
    }
    const transport = this.options.transport;
    if (!transport) {
      return { ...report, hasMore: false };
    }
    const claimed = await this.claim(batchSize);
    const mails = await this.render(claimed, system);
    for (const [i, row] of claimed.entries()) {
      const mail = mails[i];
      if (mail === 'obsolete') {
        await this.db.query(`UPDATE notification_outbox SET status = 'SKIPPED', last_error = NULL WHERE id = $1`, [
          row.id,
        ]);
        report.skipped += 1;
        continue;
      }
      await this.deliverOne(transport, row, mail, report);
    }
    if (report.sent + report.retrying + report.failed + report.skipped > 0) {
      this.options.log.info({ ...report }, 'outbox delivered');
    }
    return { ...report, hasMore: claimed.length === batchSize };
  }

  /**
   * Claims due rows: one attempt more, a lease instead of a lock held during SMTP, and the
   * Message-ID generated on the first attempt and kept for every later one.
   */
  private async claim(limit: number): Promise<ClaimedRow[]> {
    const [claimed] = await this.db.query<[{ id: string }[], number]>(
      `UPDATE notification_outbox o
          SET attempts = o.attempts + 1, available_at = now() + make_interval(secs => $2),
              message_id = coalesce(o.message_id, '<' || gen_random_uuid() || '@' || $3 || '>')
        WHERE o.id IN (SELECT id FROM notification_outbox
                        WHERE status = 'PENDING' AND available_at <= now()
                        ORDER BY available_at, id
                        LIMIT $1
                        FOR UPDATE SKIP LOCKED)
        RETURNING o.id`,
      [limit, CLAIM_LEASE_SECONDS, messageIdDomain(this.options)],
    );
    if (!claimed.length) {
      return [];
    }
    return await this.db.query<ClaimedRow[]>(
      `SELECT o.id::text AS id, o.kind, o.confidentiality, o.payload, o.attempts, o.message_id, u.id AS user_id,
              coalesce(u.name, o.recipient_name, '') AS user_name, coalesce(u.email, o.recipient_email) AS user_email,
              coalesce(u.locale, o.recipient_locale, 'nl') AS user_locale, u.disabled_at IS NOT NULL AS user_disabled
         FROM notification_outbox o LEFT JOIN users u ON u.id = o.recipient_user_id
        WHERE o.id = ANY($1::bigint[]) ORDER BY o.available_at, o.id`,
      [claimed.map((c) => c.id)],
    );
  }

  /**
   * The batch's e-mails, or 'obsolete' for a message no longer wanted; on a renderer failure (a
   * bug), none: the rows are retried later. CONFIDENTIAL messages are checked and rendered through
   * the system path, and that read is audited as SYSTEM; the others in a plain transaction.
   */
  private async render(
    rows: ClaimedRow[],
    system: SystemAccess | undefined,
  ): Promise<(RenderedMail | null | undefined | 'obsolete')[]> {
    const results: (RenderedMail | null | undefined | 'obsolete')[] = rows.map(() => undefined);
    const stored = rows.map((r): StoredMessage => ({
      kind: r.kind,
      payload: r.payload,
      recipient: {
        userId: r.user_id,
        name: r.user_name,
        email: r.user_email,
        locale: isLocale(r.user_locale) ? r.user_locale : 'nl',
      },
    }));
    const confidential = rows.flatMap((r, i) => (r.confidentiality === 'CONFIDENTIAL' ? [i] : []));
    const other = rows.flatMap((r, i) => (r.confidentiality === 'CONFIDENTIAL' ? [] : [i]));
    const renderGroup = async (
      tx: Parameters<typeof renderMessages>[0],
      indexes: number[],
      audit?: (messages: StoredMessage[]) => Promise<void>,
    ) => {
      const messages = indexes.map((i) => stored[i]!);
      const obsolete = await obsoleteMessages(tx, messages, this.options);
      const wanted = indexes.filter((_, n) => !obsolete[n]);
      const mails = await renderMessages(
        tx,
        wanted.map((i) => stored[i]!),
        this.options,
      );
      await audit?.(wanted.map((i) => stored[i]!));
      indexes.forEach((i, n) => {
        results[i] = obsolete[n] ? 'obsolete' : mails[wanted.indexOf(i)];
      });
    };
    try {
      if (other.length) {
        await this.db.transaction((tx) => renderGroup(tx, other));
      }
      if (confidential.length && system) {
        await system.inTransaction(this.db, ({ tx, audit }) =>
          renderGroup(tx, confidential, (messages) => audit(renderingAudit(messages))),
        );
      }
      return results;
    } catch (error) {
      // Only the error's class: its message might quote what was being rendered.
      this.options.log.error(
        { outboxIds: rows.map((r) => r.id), errorType: (error as Error)?.name },
        'outbox rendering failed',
      );
      return rows.map(() => undefined);
    }
  }

  /** `mail`: null when the message cannot be written any more, undefined when rendering failed. */
  private async deliverOne(
    transport: MailTransport,
    row: ClaimedRow,
    mail: RenderedMail | null | undefined,
    report: DeliveryReport,
  ): Promise<void> {
    if (mail === undefined) {
      const permanent = row.attempts >= MAX_ATTEMPTS;
      await this.fail(row, 'The message could not be rendered.', permanent);
      report[permanent ? 'failed' : 'retrying'] += 1;
      return;
    }
    if (mail === null || row.user_disabled) {
      await this.fail(
        row,
        mail ? 'The recipient account is disabled.' : 'The message can no longer be written (its subject is gone).',
        true,
      );
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
        messageId: row.message_id,
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
      const text = deliveryErrorText(error);
      this.options.log.warn({ outboxId: row.id, attempts: row.attempts, permanent, err: text }, 'e-mail not delivered');
      await this.fail(row, text, permanent);
      report[permanent ? 'failed' : 'retrying'] += 1;
      return;
    }
    await this.db.query(
      `UPDATE notification_outbox SET status = 'SENT', sent_at = now(), last_error = NULL WHERE id = $1`,
      [row.id],
    );
    report.sent += 1;
  }

  private async fail(row: ClaimedRow, error: string, permanent: boolean): Promise<void> {
    await this.db.query(
      `UPDATE notification_outbox
          SET last_error = $2, status = CASE WHEN $3 THEN 'FAILED' ELSE 'PENDING' END,
              available_at = now() + make_interval(secs => $4)
        WHERE id = $1`,
      [row.id, error, permanent, backoffSeconds(row.attempts)],
    );
  }
}
