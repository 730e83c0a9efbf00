import type { ConsentStatus, FollowUpStatus } from '@rode-draad/shared';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../access/viewer';
import { inViewerTransaction } from '../../access/viewer-transaction';
import type { Person } from '../recommendations/recommendation.types';
import type { TimelineEntry, TimelineEventKind } from './follow-up.types';

export interface EventRow {
  key: string;
  id: string;
  kind: TimelineEventKind;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  from_status: FollowUpStatus | null;
  to_status: FollowUpStatus | null;
  reason: string | null;
  from_owner_id: string | null;
  from_owner_name: string | null;
  to_owner_id: string | null;
  to_owner_name: string | null;
  from_due_date: string | null;
  to_due_date: string | null;
  note: string | null;
  links: string[];
  attachment_id: string | null;
  file_name: string | null;
  content_type: string | null;
  size_bytes: number | null;
  learning_kind: 'ACTIVITY' | 'SESSION' | 'TRACK' | null;
  learning_id: string | null;
  learning_title: string | null;
  from_consent: ConsentStatus | null;
  to_consent: ConsentStatus | null;
}

/** The events of the recommendations `$1` (ids), people and files joined in, newest first. */
export const TIMELINE_SQL = `SELECT e.recommendation_id AS key, e.id, e.kind, e.at,
         actor.id AS actor_id, actor.name AS actor_name,
         e.from_status, e.to_status, e.reason,
         fo.id AS from_owner_id, fo.name AS from_owner_name,
         too.id AS to_owner_id, too.name AS to_owner_name,
         to_char(e.from_due_date, 'YYYY-MM-DD') AS from_due_date,
         to_char(e.to_due_date, 'YYYY-MM-DD') AS to_due_date,
         e.note, e.links, a.id AS attachment_id, a.file_name, a.content_type, a.size_bytes,
         e.learning_kind, e.learning_id, e.learning_title, e.from_consent, e.to_consent
    FROM recommendation_events e
    LEFT JOIN users actor ON actor.id = e.actor_user_id
    LEFT JOIN users fo ON fo.id = e.from_owner_user_id
    LEFT JOIN users too ON too.id = e.to_owner_user_id
    LEFT JOIN recommendation_attachments a ON a.id = e.attachment_id
   WHERE e.recommendation_id = ANY($1)
   ORDER BY e.at DESC, e.kind, e.id`;

const person = (id: string | null, name: string | null): Person | null => (id ? { id, name: name ?? '' } : null);

export function toTimelineEntry(r: EventRow): TimelineEntry {
  return {
    id: r.id,
    kind: r.kind,
    at: r.at,
    actor: person(r.actor_id, r.actor_name),
    fromStatus: r.from_status,
    toStatus: r.to_status,
    reason: r.reason,
    fromOwner: person(r.from_owner_id, r.from_owner_name),
    toOwner: person(r.to_owner_id, r.to_owner_name),
    fromDueDate: r.from_due_date,
    toDueDate: r.to_due_date,
    note: r.note,
    links: r.links,
    attachment:
      r.attachment_id && r.file_name && r.content_type
        ? { id: r.attachment_id, fileName: r.file_name, contentType: r.content_type, sizeBytes: r.size_bytes ?? 0 }
        : null,
    learning:
      r.learning_kind && r.learning_id
        ? { kind: r.learning_kind, id: r.learning_id, title: r.learning_title ?? '' }
        : null,
    fromConsent: r.from_consent,
    toConsent: r.to_consent,
  };
}

/**
 * The timelines of the recommendations a request resolves, in one query for all of them (people and
 * files joined in), newest first. In a viewer transaction: row-level security decides what comes back.
 */
export function createTimelineLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    timeline: new DataLoader<string, TimelineEntry[]>(async (ids) => {
      const rows: EventRow[] = viewer
        ? await inViewerTransaction(db, viewer, (tx) => tx.query<Promise<EventRow[]>>(TIMELINE_SQL, [ids]))
        : [];
      const groups = new Map<string, TimelineEntry[]>(ids.map((id) => [id, []]));
      for (const row of rows) {
        groups.get(row.key)?.push(toTimelineEntry(row));
      }
      return ids.map((id) => groups.get(id) ?? []);
    }),
  };
}
