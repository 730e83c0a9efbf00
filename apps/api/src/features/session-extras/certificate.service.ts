import type { ActivityFormat } from '@rode-draad/shared';
import type { DataSource } from 'typeorm';
import { Permission } from '../../access/permissions';
import { can } from '../../access/policy';
import type { Viewer } from '../../access/viewer';
import { NotFoundError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { requireRegionId } from '../../common/region-scope';
import { describePlace } from '../notifications/mail.render';
import { renderCertificatePdf } from './certificate.pdf';

interface AttendanceRow {
  name: string;
  municipality: string;
  title: string;
  format: ActivityFormat;
  starts_at: Date;
  ends_at: Date;
  venue_name: string | null;
  venue_room: string | null;
  venue_address: string | null;
}

/**
 * Certificates of attendance: a PDF for a registration whose attendance was recorded as present,
 * for the attendee themselves and for programme staff (who read every registration of the
 * region). Anyone else, any other person, session or region, and anyone not recorded as present
 * gets the same NOT_FOUND, so a refusal says nothing about who attended.
 */
export class CertificateService {
  constructor(private readonly db: DataSource) {}

  async pdf(
    viewer: Viewer,
    sessionId: string,
    attendeeId: string | null,
    now = new Date(),
  ): Promise<{ fileName: string; content: Buffer }> {
    const userId = attendeeId ?? viewer.userId;
    const allowed = userId === viewer.userId || can(viewer, Permission.REGISTRATION_READ);
    const [row] =
      allowed && isUuid(sessionId) && isUuid(userId)
        ? await this.db.query<AttendanceRow[]>(
            `SELECT u.name, m.name AS municipality, a.title, a.format, s.starts_at, s.ends_at,
                    v.name AS venue_name, v.room AS venue_room, v.address AS venue_address
               FROM registrations r
               JOIN sessions s ON s.id = r.session_id
               JOIN learning_activities a ON a.id = s.activity_id
               JOIN users u ON u.id = r.user_id
               JOIN municipalities m ON m.id = r.municipality_id
               LEFT JOIN venues v ON v.id = s.venue_id
              WHERE r.session_id = $1 AND r.user_id = $2 AND s.region_id = $3
                AND r.status = 'CONFIRMED' AND r.attended`,
            [sessionId, userId, requireRegionId(viewer.regionId)],
          )
        : [];
    if (!row) {
      throw new NotFoundError('Certificate');
    }
    const venue =
      row.venue_name !== null
        ? { name: row.venue_name, room: row.venue_room ?? '', address: row.venue_address ?? '' }
        : null;
    const content = await renderCertificatePdf(
      {
        name: row.name,
        municipality: row.municipality,
        activity: row.title,
        format: row.format,
        startsAt: row.starts_at,
        endsAt: row.ends_at,
        // The place, never the online link: a certificate is shown to others.
        place: describePlace(venue, null) || null,
        issuedAt: now,
      },
      viewer.locale,
    );
    const day = row.starts_at.toISOString().slice(0, 10);
    const prefix = viewer.locale === 'nl' ? 'bewijs-van-deelname' : 'certificate-of-attendance';
    return { fileName: `${prefix}-${day}.pdf`, content };
  }
}
