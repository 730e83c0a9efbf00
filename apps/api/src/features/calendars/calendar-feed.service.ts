import { randomBytes } from 'node:crypto';
import { can } from '../../access/policy';
import { Permission, reachOf } from '../../access/permissions';
import type { Locale, Role } from '@rode-draad/shared';
import { isLocale } from '@rode-draad/shared';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../access/viewer';
import { isUniqueViolation } from '../../common/db-errors';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { hashToken } from '../auth/session.service';
import { describePlace } from '../notifications/mail.render';
import { buildCalendar, peerMeetingUid, type CalendarEvent } from './ical';
import { SESSION_EVENT_FROM, sessionEvent, sessionEventColumns, type SessionEventRow } from './session-event';
import type { CalendarFeed, CalendarFeedScope, CalendarFeedUrl } from './calendar-feed.types';

interface FeedRow {
  id: string;
  scope: CalendarFeedScope;
  created_at: Date;
  programme_id: string | null;
  municipality_id: string | null;
}

interface FeedOwnerRow extends FeedRow {
  user_id: string;
  role: Role | null;
  region_id: string;
  owner_municipality_id: string | null;
  locale: string;
  municipality_name: string | null;
  programme_name: string | null;
  programme_region_id: string | null;
}

const toFeed = (r: FeedRow): CalendarFeed => ({
  id: r.id,
  scope: r.scope,
  createdAt: r.created_at,
  programmeId: r.programme_id,
  municipalityId: r.municipality_id,
});

/** Tokens are 32 random bytes, base64url: 43 characters. Anything else is not looked up. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Feeds show what is coming and the past year, so a programme of many years stays small. */
const FEED_HISTORY = `interval '1 year'`;

export const NAMES: Record<
  Locale,
  { mine: string; waitlist: string; link: string; meeting: Record<'SITE_VISIT' | 'INTERVISIE' | 'OTHER', string> }
> = {
  nl: {
    mine: 'Rode Draad – mijn bijeenkomsten',
    waitlist: 'Wachtlijst',
    link: 'In Rode Draad',
    meeting: { SITE_VISIT: 'Werkbezoek', INTERVISIE: 'Intervisie', OTHER: 'Bijeenkomst leergroep' },
  },
  en: {
    mine: 'Rode Draad – my sessions',
    waitlist: 'Waitlist',
    link: 'In Rode Draad',
    meeting: { SITE_VISIT: 'Site visit', INTERVISIE: 'Peer consultation', OTHER: 'Peer group meeting' },
  },
};

interface PeerMeetingRow {
  id: string;
  kind: 'SITE_VISIT' | 'INTERVISIE' | 'OTHER';
  starts_at: Date;
  ends_at: Date;
  location: string;
  online_url: string | null;
  status: string;
  sequence: number;
  updated_at: Date;
  track_title: string;
  host_name: string | null;
}

/**
 * iCalendar subscription feeds at secret-token URLs (the token is the credential; only its hash is
 * stored, like login sessions). Each request re-checks the owner: a disabled user, a coordinator who
 * changed municipality or role, or a programme outside the owner's region gets nothing.
 */
export class CalendarFeedService {
  constructor(
    private readonly db: DataSource,
    private readonly settings: { publicUrl: string },
  ) {}

  async mine(viewer: Viewer): Promise<CalendarFeed[]> {
    const rows = await this.db.query<FeedRow[]>(
      `SELECT id, scope, created_at, programme_id, municipality_id FROM calendar_feeds
        WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at, id`,
      [viewer.userId],
    );
    return rows.map(toFeed);
  }

  async create(viewer: Viewer, scope: CalendarFeedScope, programmeId: string | null): Promise<CalendarFeedUrl> {
    let municipalityId: string | null = null;
    if (scope === 'PROGRAMME') {
      if (!programmeId) {
        throw new BadInputError('A programme feed needs a programme.', [{ field: 'programmeId', reason: 'REQUIRED' }]);
      }
      const [programme] = isUuid(programmeId)
        ? await this.db.query<unknown[]>('SELECT id FROM programmes WHERE id = $1 AND region_id = $2', [
            programmeId,
            viewer.regionId,
          ])
        : [];
      if (!programme) {
        throw new NotFoundError('Programme');
      }
    } else if (programmeId) {
      throw new BadInputError('Only a programme feed takes a programme.', [
        { field: 'programmeId', reason: 'NOT_ALLOWED' },
      ]);
    }
    if (scope === 'MUNICIPALITY') {
      if (!viewer.municipalityId || !can(viewer, Permission.CALENDAR_FEED_MUNICIPALITY)) {
        throw new ForbiddenError('Only municipal coordinators have a municipality feed.');
      }
      municipalityId = viewer.municipalityId;
    }
    const token = randomBytes(32).toString('base64url');
    try {
      const [row] = await this.db.query<FeedRow[]>(
        `INSERT INTO calendar_feeds (token_hash, user_id, scope, municipality_id, programme_id) VALUES ($1, $2, $3, $4, $5)
         RETURNING id, scope, created_at, programme_id, municipality_id`,
        [hashToken(token), viewer.userId, scope, municipalityId, scope === 'PROGRAMME' ? programmeId : null],
      );
      return { feed: toFeed(row!), url: this.urlOf(token) };
    } catch (error) {
      if (isUniqueViolation(error, 'calendar_feeds_active_key')) {
        throw new ConflictError('CALENDAR_FEED_EXISTS', 'You have this feed already; regenerate it for a new URL.');
      }
      throw error;
    }
  }

  /** A new secret URL for one of the viewer's feeds; the old URL stops working at once. */
  async regenerate(viewer: Viewer, id: string): Promise<CalendarFeedUrl> {
    const token = randomBytes(32).toString('base64url');
    const row = await this.db.transaction(async (tx) => {
      const [old] = isUuid(id)
        ? (
            await tx.query<[FeedRow[], number]>(
              `UPDATE calendar_feeds SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL
             RETURNING scope, municipality_id, programme_id`,
              [id, viewer.userId],
            )
          )[0]
        : [];
      if (!old) {
        throw new NotFoundError('Calendar feed');
      }
      const [created] = await tx.query<FeedRow[]>(
        `INSERT INTO calendar_feeds (token_hash, user_id, scope, municipality_id, programme_id) VALUES ($1, $2, $3, $4, $5)
         RETURNING id, scope, created_at, programme_id, municipality_id`,
        [hashToken(token), viewer.userId, old.scope, old.municipality_id, old.programme_id],
      );
      return created!;
    });
    return { feed: toFeed(row), url: this.urlOf(token) };
  }

  async revoke(viewer: Viewer, id: string): Promise<boolean> {
    const [, count] = isUuid(id)
      ? await this.db.query<[unknown[], number]>(
          `UPDATE calendar_feeds SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL`,
          [id, viewer.userId],
        )
      : [[], 0];
    if (!count) {
      throw new NotFoundError('Calendar feed');
    }
    return true;
  }

  /** The feed behind a token as iCalendar text, or null (unknown, revoked, or no longer allowed). */
  async render(token: string, now = new Date()): Promise<string | null> {
    if (!TOKEN.test(token)) {
      return null;
    }
    const [feed] = await this.db.query<FeedOwnerRow[]>(
      `SELECT f.id, f.scope, f.created_at, f.programme_id, f.municipality_id,
              u.id AS user_id, u.role, u.region_id, u.municipality_id AS owner_municipality_id, u.locale,
              m.name AS municipality_name, p.name AS programme_name, p.region_id AS programme_region_id
         FROM calendar_feeds f
         JOIN users u ON u.id = f.user_id AND u.disabled_at IS NULL
         LEFT JOIN municipalities m ON m.id = f.municipality_id
         LEFT JOIN programmes p ON p.id = f.programme_id
        WHERE f.token_hash = $1 AND f.revoked_at IS NULL`,
      [hashToken(token)],
    );
    if (!feed) {
      return null;
    }
    const locale: Locale = isLocale(feed.locale) ? feed.locale : 'nl';
    const scoped = this.scopeOf(feed, locale);
    if (!scoped) {
      return null;
    }
    const rows = await this.db.query<SessionEventRow[]>(
      `SELECT ${sessionEventColumns(scoped.onlineUrl)}, ${scoped.waitlisted} AS waitlisted
         FROM ${SESSION_EVENT_FROM}
        WHERE s.region_id = $1 AND s.status <> 'DRAFT' AND s.ends_at > now() - ${FEED_HISTORY} AND ${scoped.where}
        ORDER BY s.starts_at, s.id`,
      [feed.region_id, scoped.param],
    );
    const names = NAMES[locale];
    const events = rows.map((r) =>
      sessionEvent(r, { publicUrl: this.settings.publicUrl, linkLabel: names.link, waitlistLabel: names.waitlist }),
    );
    if (feed.scope !== 'PROGRAMME') {
      events.push(...(await this.peerMeetings(token, locale)));
    }
    return buildCalendar(events, { name: scoped.name, now });
  }

  /**
   * The meetings of the owner's municipality's peer groups: only for members (the database decides,
   * from the feed's own token: see `rd_peer_feed_meetings`), never in a programme feed.
   */
  private async peerMeetings(token: string, locale: Locale): Promise<CalendarEvent[]> {
    const rows = await this.db.query<PeerMeetingRow[]>('SELECT * FROM rd_peer_feed_meetings($1)', [token]);
    const names = NAMES[locale];
    return rows.map((r) => ({
      sessionId: r.id,
      uid: peerMeetingUid(r.id),
      sequence: r.sequence,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      summary: `${names.meeting[r.kind]}: ${r.track_title}`,
      description: r.host_name ?? undefined,
      location: describePlace(r.location ? { name: r.location, room: '', address: '' } : null, r.online_url),
      status: r.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED',
      updatedAt: r.updated_at,
    }));
  }

  /** The WHERE condition (on sessions `s`, with the owner's region as $1 and the scope's id as $2). */
  private scopeOf(
    feed: FeedOwnerRow,
    locale: Locale,
  ): { where: string; param: string; waitlisted: string; onlineUrl: string; name: string } | null {
    // The online meeting link goes to confirmed registrants and programme staff only, as in the app.
    const staff = reachOf(feed.role, Permission.PROGRAMME_PLAN) !== null;
    switch (feed.scope) {
      case 'USER':
        return {
          where: `EXISTS (SELECT 1 FROM registrations r WHERE r.session_id = s.id AND r.user_id = $2 AND r.status IN ('CONFIRMED','WAITLISTED'))`,
          param: feed.user_id,
          waitlisted: `EXISTS (SELECT 1 FROM registrations r WHERE r.session_id = s.id AND r.user_id = $2 AND r.status = 'WAITLISTED')`,
          onlineUrl: staff
            ? 's.online_url'
            : `CASE WHEN EXISTS (SELECT 1 FROM registrations r WHERE r.session_id = s.id AND r.user_id = $2 AND r.status = 'CONFIRMED') THEN s.online_url END`,
          name: NAMES[locale].mine,
        };
      case 'MUNICIPALITY':
        // Only while the owner is still a coordinator of that municipality; no names, no counts.
        if (
          !feed.municipality_id ||
          reachOf(feed.role, Permission.CALENDAR_FEED_MUNICIPALITY) !== 'municipality' ||
          feed.owner_municipality_id !== feed.municipality_id
        ) {
          return null;
        }
        return {
          where: `EXISTS (SELECT 1 FROM registrations r WHERE r.session_id = s.id AND r.municipality_id = $2 AND r.status IN ('CONFIRMED','WAITLISTED'))`,
          param: feed.municipality_id,
          waitlisted: 'false',
          // Colleagues' sessions: the coordinator has no seat of their own there.
          onlineUrl: staff ? 's.online_url' : 'NULL',
          name: `Rode Draad – ${feed.municipality_name ?? ''}`,
        };
      case 'PROGRAMME':
        if (!feed.programme_id || feed.programme_region_id !== feed.region_id) {
          return null;
        }
        return {
          where: `a.programme_id = $2`,
          param: feed.programme_id,
          waitlisted: 'false',
          onlineUrl: staff ? 's.online_url' : 'NULL',
          name: `Rode Draad – ${feed.programme_name ?? ''}`,
        };
    }
  }

  private urlOf(token: string): string {
    return `${this.settings.publicUrl}/calendar/${token}.ics`;
  }
}
