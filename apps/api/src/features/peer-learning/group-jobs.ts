import type { DataSource, EntityManager } from 'typeorm';
import { Permission, rolesWith } from '../../access/permissions';
import type { SystemAccess } from '../../access/system-access';
import { memberAuditEntries } from '../audit/audit.service';
import { describePlace } from '../notifications/mail.render';
import { enqueueNotifications, type NotificationEvent } from '../notifications/outbox';
import { IDLE_AFTER } from './group-overview.service';

/**
 * Background jobs of groups at work. Both read groups, members, meetings and contact persons of
 * every municipality, so they run on the access layer's system path (purpose `peer-groups`,
 * audited as SYSTEM for each member municipality) and write only to the outbox; their dedupe keys
 * make a second run, or a run after a restart, add nothing.
 */

/** The group's members to write to: coordinators of the member municipalities and the enrolments' contact persons. */
async function recipients(tx: EntityManager, groupIds: string[]): Promise<{ group_id: string; user_id: string }[]> {
  return tx.query(
    `SELECT m.group_id, u.id AS user_id FROM peer_group_members m
       JOIN users u ON u.municipality_id = m.municipality_id AND u.disabled_at IS NULL AND u.role = ANY($2::text[])
      WHERE m.group_id = ANY($1::uuid[])
     UNION
     SELECT m.group_id, c.user_id FROM peer_group_members m
       JOIN peer_enrolment_contacts c ON c.enrolment_id = m.enrolment_id
       JOIN users u ON u.id = c.user_id AND u.disabled_at IS NULL
      WHERE m.group_id = ANY($1::uuid[])
     ORDER BY 1, 2`,
    [groupIds, rolesWith(Permission.PEER_GROUP_EVALUATE)],
  );
}

async function auditRead(
  tx: EntityManager,
  audit: (entries: ReturnType<typeof memberAuditEntries>) => Promise<void>,
  groupIds: string[],
  job: string,
): Promise<void> {
  const members = await tx.query<{ group_id: string; municipality_id: string }[]>(
    'SELECT group_id, municipality_id FROM peer_group_members WHERE group_id = ANY($1::uuid[])',
    [groupIds],
  );
  await audit(
    groupIds.flatMap((id) =>
      memberAuditEntries(
        members.filter((m) => m.group_id === id).map((m) => m.municipality_id),
        { action: 'READ', entity: 'peer_group', entityId: id, details: { job } },
      ),
    ),
  );
}

/**
 * Weekly: each published group of a running track with no meeting (held or planned, not cancelled)
 * in the two months before `now`, and published at least two months ago, gets one nudge per gap.
 * A gap is named by where it began (the last meeting before it, else the publication or the
 * track's start): the dedupe key holds it, so a gap is nudged once however often the job runs, and
 * the next gap (after a meeting) once again.
 */
export async function enqueuePeerGroupNudges(db: DataSource, system: SystemAccess, now = new Date()): Promise<number> {
  return system.inTransaction(db, async ({ tx, audit }) => {
    const idle = await tx.query<{ id: string; track_id: string; gap_from: Date }[]>(
      `SELECT g.id, g.track_id,
              greatest(p.published_at, t.starts_on::timestamptz,
                       (SELECT max(mt.starts_at) FROM peer_group_meetings mt
                         WHERE mt.group_id = g.id AND mt.status <> 'CANCELLED' AND mt.starts_at <= $1)) AS gap_from
         FROM peer_groups g
         JOIN peer_proposals p ON p.id = g.proposal_id AND p.status = 'PUBLISHED'
         JOIN peer_tracks t ON t.id = g.track_id
        WHERE t.starts_on <= $1::timestamptz::date AND t.ends_on >= $1::timestamptz::date
          AND greatest(p.published_at, t.starts_on::timestamptz) <= $1::timestamptz - ${IDLE_AFTER}
          AND NOT EXISTS (SELECT 1 FROM peer_group_meetings mt WHERE mt.group_id = g.id AND mt.status <> 'CANCELLED'
                             AND mt.starts_at > $1::timestamptz - ${IDLE_AFTER})
        ORDER BY g.id`,
      [now],
    );
    if (!idle.length) {
      return 0;
    }
    await auditRead(
      tx,
      audit,
      idle.map((g) => g.id),
      'nudge',
    );
    const byId = new Map(idle.map((g) => [g.id, g]));
    const to = await recipients(
      tx,
      idle.map((g) => g.id),
    );
    const events: NotificationEvent[] = to.map((r) => {
      const group = byId.get(r.group_id)!;
      return {
        kind: 'PEER_GROUP_NUDGE',
        recipientUserId: r.user_id,
        payload: { trackId: group.track_id, groupId: group.id },
        dedupeKey: `peer-nudge:${group.id}:${group.gap_from.getTime()}:${r.user_id}`,
      };
    });
    await enqueueNotifications(tx, events);
    // Staff's overview shows that a group was nudged; the outbox is for its recipients only.
    const nudged = [...new Set(to.map((r) => r.group_id))];
    await tx.query(
      `INSERT INTO peer_group_nudges (group_id, region_id, gap_from)
       SELECT g.id, g.region_id, gap.gap_from FROM unnest($1::uuid[], $2::timestamptz[]) AS gap(group_id, gap_from)
         JOIN peer_groups g ON g.id = gap.group_id
       ON CONFLICT (group_id, gap_from) DO NOTHING`,
      [nudged, nudged.map((id) => byId.get(id)!.gap_from)],
    );
    return events.length;
  });
}

/**
 * Hourly: a reminder for each planned meeting of a published group that starts in one to two days,
 * to each member; once per meeting and start time (a meeting moved into the window again is
 * reminded again, at its new time).
 */
export async function enqueuePeerMeetingReminders(
  db: DataSource,
  system: SystemAccess,
  now = new Date(),
): Promise<number> {
  return system.inTransaction(db, async ({ tx, audit }) => {
    const meetings = await tx.query<
      {
        id: string;
        group_id: string;
        track_id: string;
        starts_at: Date;
        ends_at: Date;
        location: string;
        online_url: string | null;
      }[]
    >(
      `SELECT mt.id, mt.group_id, g.track_id, mt.starts_at, mt.ends_at, mt.location, mt.online_url
         FROM peer_group_meetings mt
         JOIN peer_groups g ON g.id = mt.group_id
         JOIN peer_proposals p ON p.id = g.proposal_id AND p.status = 'PUBLISHED'
        WHERE mt.status = 'PLANNED'
          AND mt.starts_at > $1::timestamptz + interval '1 day' AND mt.starts_at <= $1::timestamptz + interval '2 days'
        ORDER BY mt.starts_at, mt.id`,
      [now],
    );
    if (!meetings.length) {
      return 0;
    }
    const groupIds = [...new Set(meetings.map((m) => m.group_id))];
    await auditRead(tx, audit, groupIds, 'meeting-reminder');
    const members = await recipients(tx, groupIds);
    const events: NotificationEvent[] = meetings.flatMap((m) =>
      members
        .filter((r) => r.group_id === m.group_id)
        .map((r): NotificationEvent => ({
          kind: 'PEER_MEETING_REMINDER',
          recipientUserId: r.user_id,
          payload: {
            trackId: m.track_id,
            groupId: m.group_id,
            startsAt: m.starts_at.toISOString(),
            endsAt: m.ends_at.toISOString(),
            place: describePlace(m.location ? { name: m.location, room: '', address: '' } : null, m.online_url),
          },
          dedupeKey: `peer-meeting-reminder:${m.id}:${m.starts_at.getTime()}:${r.user_id}`,
        })),
    );
    await enqueueNotifications(tx, events);
    return events.length;
  });
}
