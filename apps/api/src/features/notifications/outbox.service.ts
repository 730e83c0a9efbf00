import { isLocale } from '@rode-draad/shared';
import type { DataSource } from 'typeorm';
import { runConfidential } from '../../access/confidential';
import { Permission } from '../../access/permissions';
import { can } from '../../access/policy';
import type { Acting } from '../../access/viewer';
import { inViewerTransaction } from '../../access/viewer-transaction';
import { NotFoundError } from '../../common/errors';
import type { PageInput } from '../../common/paging';
import type { MailSettings, RenderedMail } from './mail.render';
import type { ConfidentialityClass, Queryable } from './message-kind';
import { renderMessages, renderingAudit, type NotificationKind, type StoredMessage } from './message-kinds';
import type { MyMessage, MyMessagePage, OutboxFilter, OutboxMessage, OutboxPage, OutboxStatus } from './outbox.types';

interface MetadataRow {
  id: string;
  kind: NotificationKind;
  confidentiality: ConfidentialityClass;
  status: OutboxStatus;
  recipient_email: string;
  created_at: Date;
  available_at: Date;
  sent_at: Date | null;
  attempts: number;
  last_error: string | null;
}

/** Delivery metadata only: what admins may see of a message. No payload is read here. */
const METADATA_SQL = `
  SELECT o.id::text AS id, o.kind, o.confidentiality, o.status, coalesce(u.email, o.recipient_email) AS recipient_email,
         o.created_at, o.available_at, o.sent_at, o.attempts, o.last_error
    FROM notification_outbox o
    LEFT JOIN users u ON u.id = o.recipient_user_id`;

/**
 * The outbox as people see it: admins read how delivery is doing (metadata only, never what a
 * message says or is about); each user reads the messages addressed to them.
 */
export class OutboxService {
  constructor(
    private readonly db: DataSource,
    private readonly settings: MailSettings,
  ) {}

  async list(filter: OutboxFilter, page: PageInput): Promise<OutboxPage> {
    const where = `WHERE ($1::text IS NULL OR o.status = $1) AND ($2::text IS NULL OR o.kind = $2)`;
    const params = [filter.status ?? null, filter.kind ?? null];
    const [rows, [count]] = await Promise.all([
      this.db.query<Promise<MetadataRow[]>>(
        `${METADATA_SQL} ${where} ORDER BY o.created_at DESC, o.id DESC OFFSET $3 LIMIT $4`,
        [...params, page.offset, page.limit],
      ),
      this.db.query<Promise<{ total: number }[]>>(
        `SELECT count(*)::int AS total FROM notification_outbox o ${where}`,
        params,
      ),
    ]);
    return { items: rows.map(toMetadata), total: count?.total ?? 0 };
  }

  /** Puts a FAILED message back in line, with a fresh count of attempts (e.g. after fixing an address). */
  async retry(id: string): Promise<OutboxMessage> {
    const [, count] = /^\d{1,18}$/.test(id)
      ? await this.db.query<[unknown[], number]>(
          `UPDATE notification_outbox SET status = 'PENDING', attempts = 0, available_at = now() WHERE id = $1 AND status = 'FAILED'`,
          [id],
        )
      : [[], 0];
    if (!count) {
      throw new NotFoundError('Failed message');
    }
    const [row] = await this.db.query<MetadataRow[]>(`${METADATA_SQL} WHERE o.id = $1`, [id]);
    return toMetadata(row!);
  }

  /**
   * The viewer's own messages, newest first, rendered now in the viewer's language. Messages
   * scheduled for later (never attempted, not yet due) are not shown before their time. Read in the
   * viewer's transaction, so row-level security (OutboxRecipientPolicy) limits the rows to the
   * viewer's own whatever the filter says.
   */
  async mine(acting: Acting, page: PageInput): Promise<MyMessagePage> {
    const { viewer } = acting;
    // SKIPPED messages were never sent: no longer wanted by the time they were due.
    const where = `WHERE o.recipient_user_id = $1 AND o.status <> 'SKIPPED'
      AND (o.status <> 'PENDING' OR o.attempts > 0 OR o.available_at <= now())`;
    const { rows, count, user } = await inViewerTransaction(this.db, viewer, async (tx) => ({
      rows: await tx.query<
        {
          id: string;
          kind: NotificationKind;
          confidentiality: ConfidentialityClass;
          payload: Record<string, unknown>;
          created_at: Date;
        }[]
      >(
        `SELECT o.id::text AS id, o.kind, o.confidentiality, o.payload, o.created_at FROM notification_outbox o ${where}
          ORDER BY o.created_at DESC, o.id DESC OFFSET $2 LIMIT $3`,
        [viewer.userId, page.offset, page.limit],
      ),
      count: (
        await tx.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM notification_outbox o ${where}`, [
          viewer.userId,
        ])
      )[0],
      user: (
        await tx.query<{ name: string; email: string; locale: string }[]>(
          `SELECT name, email, locale FROM users WHERE id = $1`,
          [viewer.userId],
        )
      )[0],
    }));
    if (!user) {
      return { items: [], total: 0 };
    }
    const recipient = {
      userId: viewer.userId,
      name: user.name,
      email: user.email,
      locale: isLocale(user.locale) ? user.locale : 'nl',
    } as const;
    const stored = rows.map((r): StoredMessage => ({ kind: r.kind, payload: r.payload, recipient }));
    const mails: (RenderedMail | null)[] = rows.map(() => null);
    const render = async (db: Queryable, confidential: boolean, audit?: (m: StoredMessage[]) => Promise<void>) => {
      const indexes = rows.flatMap((r, i) => ((r.confidentiality === 'CONFIDENTIAL') === confidential ? [i] : []));
      if (!indexes.length) {
        return;
      }
      const group = indexes.map((i) => stored[i]!);
      const rendered = await renderMessages(db, group, this.settings);
      await audit?.(group.filter((_, n) => rendered[n]));
      indexes.forEach((i, n) => {
        mails[i] = rendered[n] ?? null;
      });
    };
    await render(this.db, false);
    // Confidential messages are rendered as the viewer (row-level security on) and the read is
    // audited: what the viewer may no longer see is not shown.
    if (can(viewer, Permission.RECOMMENDATION_READ)) {
      await runConfidential(this.db, acting, Permission.RECOMMENDATION_READ, ({ tx, audit }) =>
        render(tx, true, (messages) => audit(renderingAudit(messages))),
      );
    }
    const items: MyMessage[] = rows.map((r, i) => ({
      id: r.id,
      kind: r.kind,
      createdAt: r.created_at,
      subject: mails[i]?.subject ?? null,
      text: mails[i]?.text ?? null,
      appPath: mails[i]?.appPath ?? null,
    }));
    return { items, total: count?.total ?? 0 };
  }
}

function toMetadata(row: MetadataRow): OutboxMessage {
  return {
    id: row.id,
    kind: row.kind,
    confidentiality: row.confidentiality,
    status: row.status,
    recipientEmail: row.recipient_email,
    createdAt: row.created_at,
    availableAt: row.available_at,
    sentAt: row.sent_at,
    attempts: row.attempts,
    lastError: row.last_error,
  };
}
