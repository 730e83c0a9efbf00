import type { DataSource } from 'typeorm';
import { NotFoundError } from '../../common/errors';
import type { PageInput } from '../../common/paging';
import { OUTBOX_ROW_SQL, renderOutboxRow, type OutboxRow } from './mail-context';
import type { MailSettings } from './mail.render';
import type { OutboxFilter, OutboxMessage, OutboxPage } from './outbox.types';

/** The admins' view of the notification outbox: how mail is doing, and demo mail to read. */
export class OutboxService {
  constructor(
    private readonly db: DataSource,
    private readonly settings: MailSettings,
  ) {}

  async list(filter: OutboxFilter, page: PageInput): Promise<OutboxPage> {
    const where = `WHERE ($1::text IS NULL OR o.status = $1) AND ($2::text IS NULL OR o.kind = $2)`;
    const params = [filter.status ?? null, filter.kind ?? null];
    const [rows, [count]] = await Promise.all([
      this.db.query(`${OUTBOX_ROW_SQL} ${where} ORDER BY o.created_at DESC, o.id DESC OFFSET $3 LIMIT $4`, [
        ...params,
        page.offset,
        page.limit,
      ]) as Promise<OutboxRow[]>,
      this.db.query(`SELECT count(*)::int AS total FROM notification_outbox o ${where}`, params) as Promise<{ total: number }[]>,
    ]);
    return { items: rows.map((r) => this.toMessage(r)), total: count?.total ?? 0 };
  }

  /** Puts a FAILED message back in line, with a fresh count of attempts (e.g. after fixing an address). */
  async retry(id: string): Promise<OutboxMessage> {
    const [, count] = /^\d{1,18}$/.test(id)
      ? ((await this.db.query(
          `UPDATE notification_outbox SET status = 'PENDING', attempts = 0, available_at = now() WHERE id = $1 AND status = 'FAILED'`,
          [id],
        )) as [unknown[], number])
      : [[], 0];
    if (!count) {
      throw new NotFoundError('Failed message');
    }
    const [row] = (await this.db.query(`${OUTBOX_ROW_SQL} WHERE o.id = $1`, [id])) as OutboxRow[];
    return this.toMessage(row!);
  }

  private toMessage(row: OutboxRow): OutboxMessage {
    const mail = renderOutboxRow(row, this.settings);
    return {
      id: row.id,
      kind: row.kind,
      status: row.status,
      recipient: { id: row.user_id, name: row.user_name, email: row.user_email },
      sessionId: row.session_id,
      sessionTitle: row.session_title,
      subject: mail?.subject ?? null,
      text: mail?.text ?? null,
      hasCalendarAttachment: Boolean(mail?.calendar),
      createdAt: row.created_at,
      availableAt: row.available_at,
      sentAt: row.sent_at,
      attempts: row.attempts,
      lastError: row.last_error,
    };
  }
}
