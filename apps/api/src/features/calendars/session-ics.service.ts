import type { DataSource } from 'typeorm';
import type { Viewer } from '../../access/viewer';
import { NotFoundError } from '../../common/errors';
import { sessionStanding } from '../registrations/session-standing';
import { NAMES } from './calendar-feed.service';
import { buildCalendar } from './ical';
import { SESSION_EVENT_FROM, sessionEvent, sessionEventColumns, type SessionEventRow } from './session-event';

/**
 * "Add to my calendar": one session as an .ics download, built exactly like the feeds' events
 * (same UID, SEQUENCE, VTIMEZONE, words in the viewer's language), with the online link only for
 * programme staff and confirmed registrants, as `Session.onlineUrl`.
 */
export class SessionIcsService {
  constructor(
    private readonly db: DataSource,
    private readonly settings: { publicUrl: string },
  ) {}

  async ics(viewer: Viewer, sessionId: string, now = new Date()): Promise<{ fileName: string; content: Buffer }> {
    const standing = await sessionStanding(this.db.manager, viewer, sessionId);
    const [row] = await this.db.query<SessionEventRow[]>(
      `SELECT ${sessionEventColumns(standing.staff || standing.confirmed ? 's.online_url' : 'NULL')},
              EXISTS (SELECT 1 FROM registrations r WHERE r.session_id = s.id AND r.user_id = $2 AND r.status = 'WAITLISTED')
                AS waitlisted
         FROM ${SESSION_EVENT_FROM}
        WHERE s.id = $1 AND (s.status <> 'DRAFT' OR $3)`,
      [standing.sessionId, viewer.userId, standing.staff],
    );
    if (!row) {
      // A draft is not in anyone's calendar but the planners'.
      throw new NotFoundError('Session');
    }
    const names = NAMES[viewer.locale];
    const event = sessionEvent(row, {
      publicUrl: this.settings.publicUrl,
      linkLabel: names.link,
      waitlistLabel: names.waitlist,
    });
    const day = row.starts_at.toISOString().slice(0, 10);
    return {
      fileName: `rode-draad-${day}.ics`,
      content: Buffer.from(buildCalendar([event], { method: 'PUBLISH', now }), 'utf8'),
    };
  }
}
