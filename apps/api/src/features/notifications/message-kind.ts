import type { EntityManager } from 'typeorm';
import type { AuditEntity } from '../audit/audit.service';
import type { MailSettings, Recipient, RenderedMail } from './mail.render';

/**
 * How sensitive a kind of message is; stored on every outbox row, so access rules (and the
 * background "system path") can tell rows apart without reading their payload.
 *
 * - OPERATIONAL: about the platform or an account, nothing about anyone's choices or data.
 * - PERSONAL: about one person, e.g. their enrolment in a session (sensitive: only the recipient
 *   reads the text; admins see delivery metadata).
 * - CONFIDENTIAL: carries a municipality's confidential data (e.g. follow-up of recommendations);
 *   rendered only through the scoped path for that data.
 */
export const CONFIDENTIALITY_CLASSES = ['OPERATIONAL', 'PERSONAL', 'CONFIDENTIAL'] as const;
export type ConfidentialityClass = (typeof CONFIDENTIALITY_CLASSES)[number];

/** What renderers may run queries on: the application pool or a transaction. */
export type Queryable = Pick<EntityManager, 'query'>;

/** One message to render: its payload (already parsed by the kind) and its recipient. */
export interface MessageToRender<P> {
  payload: P;
  recipient: Recipient;
}

/**
 * A kind of message: its confidentiality, its payload and its renderer. `P` is the payload that
 * `enqueueNotifications` accepts for the kind and stores as jsonb; the renderer loads whatever
 * else it needs by the ids in it, at render time (no hard joins in the outbox table).
 */
export interface MessageKind<P> {
  confidentiality: ConfidentialityClass;
  /** The stored payload as this kind's, or null when it is not what the kind expects. */
  parse(payload: Record<string, unknown>): P | null;
  /**
   * Renders a batch (one query per kind and batch, not per message) in each recipient's language:
   * one result per input, in order; null when the message can no longer be written (its subject is gone).
   */
  render(
    db: Queryable,
    messages: readonly MessageToRender<P>[],
    settings: MailSettings,
    now: Date,
  ): Promise<(RenderedMail | null)[]>;
  /**
   * Checked by the sender just before sending (optional): true for a message that is no longer
   * wanted (e.g. its recommendation was closed meanwhile); it is marked SKIPPED and not sent.
   */
  obsolete?(
    db: Queryable,
    messages: readonly MessageToRender<P>[],
    settings: MailSettings,
    now: Date,
  ): Promise<boolean[]>;
  /**
   * CONFIDENTIAL kinds: the municipality and record whose data rendering the message reads, for
   * the audit log (the sender renders them through the system path, a reader in their own transaction).
   */
  auditedAs?(payload: P): { municipalityId: string; entity: AuditEntity; entityId?: string };
}
