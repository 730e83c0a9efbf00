import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { Permission } from '../../access/permissions';
import { can, requirePermission } from '../../access/policy';
import type { Viewer } from '../../access/viewer';
import { inViewerTransaction } from '../../access/viewer-transaction';
import { BadInputError, NotFoundError } from '../../common/errors';
import { checkVersion } from '../../common/versions';
import { ADVICE_PER_SNAPSHOT_MAX } from './regional-advice.rules';
import type {
  AdviceAnswerInput,
  AdviceAnswerLink,
  AdvicePriority,
  AnswerStatus,
  RegionalAdvice,
  RegionalAdviceInput,
} from './regional-advice.types';

interface StoredLink {
  kind: 'ACTIVITY' | 'TRACK';
  id: string;
  title: string;
}

interface AdviceRow {
  id: string;
  snapshot_id: string;
  snapshot_published_at: Date;
  position: number;
  title: string;
  body: string;
  priority: AdvicePriority;
  themes: { id: string; title: string }[];
  status: AnswerStatus | null;
  explanation: string | null;
  version: number | null;
  updated_at: Date | null;
  updated_by_name: string | null;
}

interface LinkRow extends StoredLink {
  advice_id: string;
}

interface EventRow {
  advice_id: string;
  version: number;
  status: AnswerStatus;
  explanation: string;
  links: StoredLink[];
  at: Date;
  by_name: string | null;
}

const byKind = (links: StoredLink[], kind: StoredLink['kind']): AdviceAnswerLink[] =>
  links.filter((l) => l.kind === kind).map(({ id, title }) => ({ id, title }));

/**
 * Stores the advice of a snapshot in the transaction that publishes it (the picture service calls
 * this right after inserting the snapshot). The database accepts advice in that transaction only,
 * so advice can never be added to, changed in or removed from a published snapshot.
 */
export async function storeRegionalAdvice(
  tx: EntityManager,
  regionId: string,
  snapshotId: string,
  advice: RegionalAdviceInput[],
): Promise<void> {
  if (advice.length > ADVICE_PER_SNAPSHOT_MAX) {
    throw new BadInputError(`A snapshot carries at most ${ADVICE_PER_SNAPSHOT_MAX} pieces of advice.`, [
      { field: 'advice', reason: 'arrayMaxSize' },
    ]);
  }
  const themeIds = [...new Set(advice.flatMap((a) => a.themeIds))];
  const themes = await tx.query<{ id: string; title: string }[]>(
    'SELECT id, title FROM themes WHERE region_id = $1 AND id = ANY($2::uuid[])',
    [regionId, themeIds.filter((id) => isUUID(id))],
  );
  const titles = new Map(themes.map((t) => [t.id, t.title]));
  const problems = advice.flatMap((a, index) => [
    ...(a.title.trim() ? [] : [{ field: `advice.${index}.title`, reason: 'REQUIRED' as const }]),
    ...(a.body.trim() ? [] : [{ field: `advice.${index}.body`, reason: 'REQUIRED' as const }]),
    ...(a.themeIds.every((id) => titles.has(id))
      ? []
      : [{ field: `advice.${index}.themeIds`, reason: 'UNKNOWN_THEME' as const }]),
  ]);
  if (problems.length) {
    throw new BadInputError('Some advice is incomplete or names an unknown theme.', problems);
  }
  for (const [position, a] of advice.entries()) {
    await tx.query(
      `INSERT INTO regional_advice (region_id, snapshot_id, position, title, body, priority, themes)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
      [
        regionId,
        snapshotId,
        position,
        a.title.trim(),
        a.body.trim(),
        a.priority,
        JSON.stringify(a.themeIds.map((id) => ({ id, title: titles.get(id)! }))),
      ],
    );
  }
}

/** Advice with its answer, of the viewer's region; reads run under row-level security. */
export class RegionalAdviceService {
  constructor(private readonly db: DataSource) {}

  /** The advice of the given snapshots (of the viewer's region), in a fixed number of statements. */
  async forSnapshots(viewer: Viewer, snapshotIds: readonly string[]): Promise<Map<string, RegionalAdvice[]>> {
    const ids = snapshotIds.filter((id) => isUUID(id));
    const advice = await inViewerTransaction(this.db, viewer, (tx) => this.read(tx, viewer, { snapshotIds: ids }));
    const bySnapshot = new Map<string, RegionalAdvice[]>(snapshotIds.map((id) => [id, []]));
    for (const a of advice) {
      bySnapshot.get(a.snapshotId)?.push(a);
    }
    return bySnapshot;
  }

  /** The advice of one snapshot, or of the latest when none is named (empty before the first). */
  async ofSnapshot(viewer: Viewer, snapshotId: string | null): Promise<RegionalAdvice[]> {
    return inViewerTransaction(this.db, viewer, async (tx) => {
      if (snapshotId === null) {
        const [latest] = await tx.query<{ id: string }[]>(
          `SELECT id FROM picture_snapshots WHERE region_id = $1 ORDER BY published_at DESC, id DESC LIMIT 1`,
          [viewer.regionId],
        );
        return latest ? this.read(tx, viewer, { snapshotIds: [latest.id] }) : [];
      }
      const [exists] = isUUID(snapshotId)
        ? await tx.query<unknown[]>('SELECT 1 FROM picture_snapshots WHERE id = $1 AND region_id = $2', [
            snapshotId,
            viewer.regionId,
          ])
        : [];
      if (!exists) {
        throw new NotFoundError('Picture snapshot');
      }
      return this.read(tx, viewer, { snapshotIds: [snapshotId] });
    });
  }

  /**
   * Replaces the programme's answer (status, explanation, linked activities and tracks) on the
   * version the form loaded, and appends the change to the answer's history, in one transaction.
   */
  async answer(viewer: Viewer, input: AdviceAnswerInput): Promise<RegionalAdvice> {
    requirePermission(viewer, Permission.ADVICE_ANSWER);
    const explanation = input.explanation.trim();
    if (!explanation) {
      throw new BadInputError('Explain the status.', [{ field: 'explanation', reason: 'REQUIRED' }]);
    }
    return inViewerTransaction(this.db, viewer, async (tx) => {
      const [advice] = isUUID(input.adviceId)
        ? await tx.query<{ id: string }[]>('SELECT id FROM regional_advice WHERE id = $1 AND region_id = $2', [
            input.adviceId,
            viewer.regionId,
          ])
        : [];
      if (!advice) {
        throw new NotFoundError('Regional advice');
      }
      const links = await this.targets(tx, viewer.regionId, input);
      const version = await this.nextVersion(tx, viewer, input, explanation);
      await tx.query('DELETE FROM regional_advice_answer_links WHERE advice_id = $1', [input.adviceId]);
      await tx.query(
        `INSERT INTO regional_advice_answer_links (advice_id, region_id, activity_id, track_id)
         SELECT $1, $2, CASE WHEN l.kind = 'ACTIVITY' THEN l.id END, CASE WHEN l.kind = 'TRACK' THEN l.id END
           FROM jsonb_to_recordset($3::jsonb) AS l(kind text, id uuid)`,
        [input.adviceId, viewer.regionId, JSON.stringify(links)],
      );
      await tx.query(
        `INSERT INTO regional_advice_answer_events (advice_id, region_id, version, status, explanation, links, actor_user_id)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)`,
        [input.adviceId, viewer.regionId, version, input.status, explanation, JSON.stringify(links), viewer.userId],
      );
      const [view] = await this.read(tx, viewer, { adviceId: input.adviceId });
      return view!;
    });
  }

  /** The linked activities and tracks with their titles; any not of the region is refused by name of field. */
  private async targets(tx: EntityManager, regionId: string, input: AdviceAnswerInput): Promise<StoredLink[]> {
    const activities = await tx.query<{ id: string; title: string }[]>(
      'SELECT id, title FROM learning_activities WHERE region_id = $1 AND id = ANY($2::uuid[]) ORDER BY lower(title), id',
      [regionId, input.activityIds],
    );
    const tracks = await tx.query<{ id: string; title: string }[]>(
      'SELECT id, title FROM peer_tracks WHERE region_id = $1 AND id = ANY($2::uuid[]) ORDER BY lower(title), id',
      [regionId, input.trackIds],
    );
    const problems = [
      ...(activities.length === input.activityIds.length
        ? []
        : [{ field: 'activityIds', reason: 'UNKNOWN_LEARNING' as const }]),
      ...(tracks.length === input.trackIds.length ? [] : [{ field: 'trackIds', reason: 'UNKNOWN_LEARNING' as const }]),
    ];
    if (problems.length) {
      throw new BadInputError('An activity or track does not exist.', problems);
    }
    return [
      ...activities.map((a) => ({ kind: 'ACTIVITY' as const, ...a })),
      ...tracks.map((t) => ({ kind: 'TRACK' as const, ...t })),
    ];
  }

  /** Writes the answer row on the expected version (0: the first answer) and returns its new version. */
  private async nextVersion(
    tx: EntityManager,
    viewer: Viewer,
    input: AdviceAnswerInput,
    explanation: string,
  ): Promise<number> {
    const [current] = await tx.query<{ version: number }[]>(
      'SELECT version FROM regional_advice_answers WHERE advice_id = $1 FOR UPDATE',
      [input.adviceId],
    );
    checkVersion({ version: current?.version ?? 0 }, input.expectedVersion, 'answer');
    if (!current) {
      // Of two first answers, the second finds the row the first inserted and is stale.
      const inserted = await tx.query<{ version: number }[]>(
        `INSERT INTO regional_advice_answers (advice_id, region_id, status, explanation, updated_by)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (advice_id) DO NOTHING RETURNING version`,
        [input.adviceId, viewer.regionId, input.status, explanation, viewer.userId],
      );
      if (!inserted.length) {
        checkVersion({ version: 1 }, input.expectedVersion, 'answer');
      }
      return 1;
    }
    await tx.query(
      `UPDATE regional_advice_answers SET status = $2, explanation = $3, updated_by = $4, updated_at = now(),
              version = version + 1
        WHERE advice_id = $1`,
      [input.adviceId, input.status, explanation, viewer.userId],
    );
    return current.version + 1;
  }

  /** Three statements whatever the number of advice: the advice with answers, current links, history. */
  private async read(
    tx: EntityManager,
    viewer: Viewer,
    which: { snapshotIds: readonly string[] } | { adviceId: string },
  ): Promise<RegionalAdvice[]> {
    const filter = 'snapshotIds' in which ? 'a.snapshot_id = ANY($2::uuid[])' : 'a.id = $2';
    const rows = await tx.query<AdviceRow[]>(
      `SELECT a.id, a.snapshot_id, s.published_at AS snapshot_published_at, a.position, a.title, a.body,
              a.priority, a.themes, ans.status, ans.explanation, ans.version, ans.updated_at,
              u.name AS updated_by_name
         FROM regional_advice a
         JOIN picture_snapshots s ON s.id = a.snapshot_id
         LEFT JOIN regional_advice_answers ans ON ans.advice_id = a.id
         LEFT JOIN users u ON u.id = ans.updated_by
        WHERE a.region_id = $1 AND ${filter}
        ORDER BY s.published_at DESC, a.snapshot_id, a.position`,
      [viewer.regionId, 'snapshotIds' in which ? which.snapshotIds : which.adviceId],
    );
    if (!rows.length) {
      return [];
    }
    const ids = rows.map((r) => r.id);
    const links = await tx.query<LinkRow[]>(
      `SELECT l.advice_id, CASE WHEN l.activity_id IS NULL THEN 'TRACK' ELSE 'ACTIVITY' END AS kind,
              coalesce(l.activity_id, l.track_id) AS id, coalesce(la.title, t.title) AS title
         FROM regional_advice_answer_links l
         LEFT JOIN learning_activities la ON la.id = l.activity_id
         LEFT JOIN peer_tracks t ON t.id = l.track_id
        WHERE l.advice_id = ANY($1::uuid[])
        ORDER BY lower(coalesce(la.title, t.title)), l.id`,
      [ids],
    );
    const events = await tx.query<EventRow[]>(
      `SELECT e.advice_id, e.version, e.status, e.explanation, e.links, e.at, u.name AS by_name
         FROM regional_advice_answer_events e LEFT JOIN users u ON u.id = e.actor_user_id
        WHERE e.advice_id = ANY($1::uuid[])
        ORDER BY e.version`,
      [ids],
    );
    const mayAnswer = can(viewer, Permission.ADVICE_ANSWER);
    return rows.map((r) => {
      const current = links.filter((l) => l.advice_id === r.id);
      return {
        id: r.id,
        snapshotId: r.snapshot_id,
        snapshotPublishedAt: r.snapshot_published_at,
        position: r.position,
        title: r.title,
        body: r.body,
        priority: r.priority,
        themes: r.themes,
        answer:
          r.status === null
            ? null
            : {
                status: r.status,
                explanation: r.explanation ?? '',
                activities: byKind(current, 'ACTIVITY'),
                tracks: byKind(current, 'TRACK'),
                updatedAt: r.updated_at!,
                updatedByName: r.updated_by_name,
              },
        answerVersion: r.version ?? 0,
        answerHistory: events
          .filter((e) => e.advice_id === r.id)
          .map((e) => ({
            version: e.version,
            status: e.status,
            explanation: e.explanation,
            activities: byKind(e.links, 'ACTIVITY'),
            tracks: byKind(e.links, 'TRACK'),
            at: e.at,
            byName: e.by_name,
          })),
        viewerCan: { answer: mayAnswer },
      };
    });
  }
}
