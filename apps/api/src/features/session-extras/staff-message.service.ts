import { STAFF_MESSAGES_PER_SESSION_HOUR } from '@rode-draad/shared';
import type { DataSource } from 'typeorm';
import { Permission } from '../../access/permissions';
import { requirePermission } from '../../access/policy';
import type { Acting } from '../../access/viewer';
import { inViewerTransaction } from '../../access/viewer-transaction';
import { BadInputError, RateLimitedError } from '../../common/errors';
import { recordAudit } from '../audit/audit.service';
import { enqueueNotifications } from '../notifications/outbox';
import { sessionStanding } from '../registrations/session-standing';
import type { StaffMessageInput, StaffMessageResult } from './session-extras.types';

const STATUS_OF_AUDIENCE = { REGISTRANTS: 'CONFIRMED', WAITLIST: 'WAITLISTED' } as const;

/**
 * Programme staff write to everyone with a confirmed seat, or everyone on the waitlist, of one
 * session. One transaction: the stored message, one outbox message per recipient (each rendered
 * in the recipient's language, and shown in their "My messages") and an audit entry per
 * municipality reached. At most a few per session and hour, so a slip of the finger cannot flood
 * people's inboxes.
 */
export class StaffMessageService {
  constructor(private readonly db: DataSource) {}

  async send(acting: Acting, sessionId: string, input: StaffMessageInput): Promise<StaffMessageResult> {
    const { viewer } = acting;
    requirePermission(viewer, Permission.REGISTRATION_MANAGE);
    return inViewerTransaction(this.db, viewer, async (tx) => {
      const standing = await sessionStanding(tx, viewer, sessionId);
      // The session's row lock makes the count and the insert one step for concurrent senders.
      await tx.query('SELECT 1 FROM sessions WHERE id = $1 FOR UPDATE', [standing.sessionId]);
      const [{ recent } = { recent: 0 }] = await tx.query<{ recent: number }[]>(
        `SELECT count(*)::int AS recent FROM session_messages
          WHERE session_id = $1 AND created_at > now() - interval '1 hour'`,
        [standing.sessionId],
      );
      if (recent >= STAFF_MESSAGES_PER_SESSION_HOUR) {
        throw new RateLimitedError(
          3600,
          'TOO_MANY_MESSAGES',
          `At most ${STAFF_MESSAGES_PER_SESSION_HOUR} messages per session and hour.`,
        );
      }
      const recipients = await tx.query<{ user_id: string; municipality_id: string }[]>(
        `SELECT r.user_id, r.municipality_id FROM registrations r JOIN users u ON u.id = r.user_id AND u.disabled_at IS NULL
          WHERE r.session_id = $1 AND r.status = $2 ORDER BY r.arrival`,
        [standing.sessionId, STATUS_OF_AUDIENCE[input.audience]],
      );
      if (!recipients.length) {
        throw new BadInputError(
          'Nobody would receive this message.',
          [{ field: 'audience', reason: 'NO_RECIPIENTS' }],
          'NO_RECIPIENTS',
        );
      }
      const [message] = await tx.query<{ id: string }[]>(
        `INSERT INTO session_messages (session_id, region_id, audience, subject, body, recipient_count, sent_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          standing.sessionId,
          standing.regionId,
          input.audience,
          input.subject.trim(),
          input.body.trim(),
          recipients.length,
          viewer.userId,
        ],
      );
      await enqueueNotifications(
        tx,
        recipients.map((r) => ({
          kind: 'STAFF_SESSION_MESSAGE' as const,
          recipientUserId: r.user_id,
          payload: { sessionId: standing.sessionId, messageId: message!.id },
        })),
      );
      const perMunicipality = new Map<string, number>();
      for (const r of recipients) {
        perMunicipality.set(r.municipality_id, (perMunicipality.get(r.municipality_id) ?? 0) + 1);
      }
      await recordAudit(
        tx,
        viewer,
        acting.requestId,
        [...perMunicipality].map(([municipalityId, count]) => ({
          municipalityId,
          action: 'CREATE' as const,
          entity: 'session_message' as const,
          entityId: message!.id,
          details: { sessionId: standing.sessionId, audience: input.audience, recipients: count },
        })),
      );
      return { id: message!.id, recipientCount: recipients.length };
    });
  }
}
