import {
  bandTrend,
  countChangeBelowK,
  FOLLOW_UP_STATUSES,
  maxDisclosureThreshold,
  SHARE_BAND_WIDTH,
  shareChangeBelowK,
  shareDistribution,
  type CountBand,
  type FollowUpCounts,
  type FollowUpStatus,
  type LearningEffect,
  type ShareBand,
  type ShareDistribution,
} from '@rode-draad/shared';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { Permission } from '../../access/permissions';
import { requirePermission } from '../../access/policy';
import type { Viewer } from '../../access/viewer';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors';
import type { PageInput } from '../../common/paging';
import { inViewerTransaction } from '../../access/viewer-transaction';
import { recordAudit } from '../audit/audit.service';
import {
  bandLearningEffect,
  learningEffectRisk,
  learningFigures,
  toLearningEffectView,
  type LearningFigures,
} from './learning-effect';
import { storeRegionalAdvice } from '../regional-advice/regional-advice.service';
import type { RegionalAdviceInput } from '../regional-advice/regional-advice.types';
import {
  bandAmongContributing,
  contributes,
  contributingBand,
  contributingMunicipalities,
  disclosureBase,
  shownContributingCount,
  type ContributingMunicipality,
} from './picture-consent';
import type {
  CountBand as CountBandView,
  DifferencingCellInput,
  DifferencingRisk,
  DisclosureSettings,
  FollowUpShares,
  PictureLine,
  PicturePreview,
  PictureSnapshot,
  PictureSnapshotPage,
} from './picture.types';

export const PICTURE_NOTE_MAX_LENGTH = 2000;

/** A line as stored in picture_snapshots.lines: disclosure-controlled already, never exact counts outside the band. */
interface StoredLine {
  themeId: string;
  /** The title at publication time, so a later rename does not rewrite history. */
  title: string;
  municipalities: CountBand;
  followUp: ShareDistribution | LegacyShares;
  /** Absent in snapshots published before learning → follow-up was computed. */
  learningEffect?: LearningEffect;
}

/** Snapshots published before shares were banded stored whole percentages; they are banded on reading. */
interface LegacyShares {
  suppressed: false;
  percentages: Record<FollowUpStatus, number>;
}

/** A theme's exact figures next to its line, for the differencing check; never stored or returned. */
interface ComputedLine {
  line: StoredLine;
  municipalities: number;
  counts: FollowUpCounts;
  learning: LearningFigures | undefined;
}

/** Exact figures per theme. Private to this file: they are banded before anything leaves it. */
interface ExactThemeFigures {
  theme_id: string;
  title: string;
  municipalities: number;
  open: number;
  in_progress: number;
  done: number;
  not_adopted: number;
}

interface SnapshotRow {
  id: string;
  published_at: Date;
  publisher_name: string | null;
  note: string;
  threshold: number;
  municipality_count: number;
  lines: StoredLine[];
  /** How many municipalities contributed, banded; null for snapshots from before consent. */
  contributing: CountBand | null;
  /** Each theme's municipalities band in the snapshot published before; null when there is none. */
  previous_bands: Record<string, CountBand> | null;
  previous_published_at: Date | null;
}

/** Only analysts compute the picture from confidential data; everybody in the region reads snapshots. */
function requireAnalyst(viewer: Viewer): void {
  requirePermission(viewer, Permission.PICTURE_PUBLISH);
}

const toBandView = (band: CountBand): CountBandView =>
  band.kind === 'EXACT'
    ? { kind: band.kind, value: band.value, bound: null }
    : { kind: band.kind, value: null, bound: band.bound };

/**
 * The stored shares as bands. A legacy whole percentage p goes to the band holding p; where p was
 * rounded up onto a band's lower edge (24.6 → 25) that is the band above, a harmless coarsening.
 */
function storedShares(shares: ShareDistribution | LegacyShares): ShareDistribution {
  if (shares.suppressed || 'bands' in shares) {
    return shares;
  }
  const toBand = (p: number): ShareBand => {
    const from = Math.min(100 - SHARE_BAND_WIDTH, Math.floor(p / SHARE_BAND_WIDTH) * SHARE_BAND_WIDTH);
    return { from, to: from + SHARE_BAND_WIDTH };
  };
  const bands = Object.fromEntries(FOLLOW_UP_STATUSES.map((s) => [s, toBand(shares.percentages[s])])) as Record<
    FollowUpStatus,
    ShareBand
  >;
  return { suppressed: false, bands };
}

const toSharesView = (stored: ShareDistribution | LegacyShares): FollowUpShares => {
  const shares = storedShares(stored);
  return shares.suppressed
    ? { suppressed: true, open: null, inProgress: null, done: null, notAdopted: null }
    : {
        suppressed: false,
        open: shares.bands.OPEN,
        inProgress: shares.bands.IN_PROGRESS,
        done: shares.bands.DONE,
        notAdopted: shares.bands.NOT_ADOPTED,
      };
};

/**
 * The differencing check: per theme of the new picture that was in the previous snapshot, the
 * published figures whose change could be the work of fewer than k municipalities or
 * recommendations (see the shared disclosure rules). New themes compare with nothing.
 */
function differencingRisks(computed: ComputedLine[], previous: StoredLine[] | null, k: number): DifferencingRisk[] {
  const before = new Map((previous ?? []).map((line) => [line.themeId, line]));
  return computed.flatMap(({ line, municipalities, counts, learning }): DifferencingRisk[] => {
    const earlier = before.get(line.themeId);
    if (!earlier) {
      return [];
    }
    const theme = { id: line.themeId, title: line.title };
    const countChange = countChangeBelowK(earlier.municipalities, municipalities, k);
    // Shares shown now only: a share that became suppressed discloses nothing to compare.
    const shareChange = line.followUp.suppressed ? null : shareChangeBelowK(storedShares(earlier.followUp), counts, k);
    const learningChange = learningEffectRisk(earlier.learningEffect, learning, k);
    return [
      ...(countChange === null ? [] : [{ theme, cell: 'MUNICIPALITIES' as const, smallestChange: countChange }]),
      ...(shareChange === null ? [] : [{ theme, cell: 'FOLLOW_UP' as const, smallestChange: shareChange }]),
      ...(learningChange === null ? [] : [{ theme, cell: 'LEARNING_EFFECT' as const, smallestChange: learningChange }]),
    ];
  });
}

/** Each theme's municipalities band: all a trend compares with. */
const bandsByTheme = (lines: StoredLine[]): Map<string, CountBand> =>
  new Map(lines.map((line) => [line.themeId, line.municipalities]));

/** Lines as shown, with the trend of each theme against the previous snapshot's bands (null: none). */
function toLineViews(lines: StoredLine[], previous: Map<string, CountBand> | null): PictureLine[] {
  return lines.map((line) => ({
    theme: { id: line.themeId, title: line.title },
    municipalities: toBandView(line.municipalities),
    followUp: toSharesView(line.followUp),
    trend: previous ? bandTrend(previous.get(line.themeId) ?? null, line.municipalities) : null,
    learningEffect: toLearningEffectView(line.learningEffect),
  }));
}

function toSnapshotView(row: SnapshotRow): PictureSnapshot {
  return {
    id: row.id,
    publishedAt: row.published_at,
    publishedByName: row.publisher_name,
    note: row.note,
    threshold: row.threshold,
    municipalityCount: row.municipality_count,
    contributingCount: shownContributingCount(row.contributing),
    lines: toLineViews(row.lines, row.previous_bands ? new Map(Object.entries(row.previous_bands)) : null),
    comparedWithPublishedAt: row.previous_published_at,
  };
}

/**
 * Snapshots of one region, each with what its trends compare with: the municipalities band per
 * theme of the snapshot published before it (found through the region's index on publication
 * time, one row per snapshot shown), not that snapshot's whole lines.
 */
const SNAPSHOTS_WITH_PREVIOUS = `
  SELECT s.id, s.published_at, u.name AS publisher_name, s.note, s.threshold, s.municipality_count, s.lines,
         s.contributing, previous.bands AS previous_bands, previous.published_at AS previous_published_at
    FROM (SELECT * FROM picture_snapshots WHERE region_id = $1) s
    LEFT JOIN LATERAL (
         SELECT ps.published_at,
                (SELECT coalesce(jsonb_object_agg(line->>'themeId', line->'municipalities'), '{}')
                   FROM jsonb_array_elements(ps.lines) line) AS bands
           FROM picture_snapshots ps
          WHERE ps.region_id = s.region_id AND (ps.published_at, ps.id) < (s.published_at, s.id)
          ORDER BY ps.published_at DESC, ps.id DESC
          LIMIT 1) previous ON true
    LEFT JOIN users u ON u.id = s.published_by`;

export class PictureService {
  constructor(private readonly db: DataSource) {}

  /** The picture from live data, for analysts to review before publishing, with the differencing check; not stored. */
  async preview(viewer: Viewer, requestId: string): Promise<PicturePreview> {
    requireAnalyst(viewer);
    return inViewerTransaction(this.db, viewer, async (tx) => {
      const computed = await this.compute(tx, viewer, requestId, 'picture_preview');
      const latest = await this.latestStored(tx, viewer.regionId);
      const lines = computed.lines.map((c) => c.line);
      return {
        threshold: computed.threshold,
        municipalityCount: computed.municipalityCount,
        contributingCount: shownContributingCount(computed.contributing),
        contributingMunicipalities: computed.contributingMunicipalities,
        lines: toLineViews(lines, latest ? bandsByTheme(latest.lines) : null),
        comparedWithPublishedAt: latest?.publishedAt ?? null,
        differencingRisks: differencingRisks(computed.lines, latest?.lines ?? null, computed.threshold),
      };
    });
  }

  /**
   * Computes the picture from live data and stores it as an immutable, dated snapshot. Refused
   * (CONFLICT DIFFERENCING_UNCONFIRMED, listing the cells) while the differencing check finds a
   * figure the analyst did not acknowledge: the data may have changed since the preview they saw.
   * The regional advice drafted with it is stored in the same transaction.
   */
  async publish(
    viewer: Viewer,
    requestId: string,
    note: string,
    acknowledged: DifferencingCellInput[] = [],
    advice: RegionalAdviceInput[] = [],
  ): Promise<PictureSnapshot> {
    requireAnalyst(viewer);
    const trimmed = note.trim();
    if (trimmed.length > PICTURE_NOTE_MAX_LENGTH) {
      throw new BadInputError(`The note can be at most ${PICTURE_NOTE_MAX_LENGTH} characters.`, [
        { field: 'note', reason: 'TOO_LONG' },
      ]);
    }
    return inViewerTransaction(this.db, viewer, async (tx) => {
      // One publication at a time per region, so the check compares with the snapshot this one follows.
      await tx.query('SELECT 1 FROM regions WHERE id = $1 FOR UPDATE', [viewer.regionId]);
      const computed = await this.compute(tx, viewer, requestId, 'picture_publish');
      const latest = await this.latestStored(tx, viewer.regionId);
      const accepted = new Set(acknowledged.map((a) => `${a.themeId}:${a.cell}`));
      const unconfirmed = differencingRisks(computed.lines, latest?.lines ?? null, computed.threshold).filter(
        (risk) => !accepted.has(`${risk.theme.id}:${risk.cell}`),
      );
      if (unconfirmed.length) {
        throw new ConflictError(
          'DIFFERENCING_UNCONFIRMED',
          'Some figures changed by less than the threshold since the last snapshot: review them and confirm, or hold.',
          { risks: unconfirmed.map((risk) => ({ themeId: risk.theme.id, cell: risk.cell })) },
        );
      }
      const lines = computed.lines.map((c) => c.line);
      const [inserted] = await tx.query<{ id: string }[]>(
        `INSERT INTO picture_snapshots (region_id, published_by, note, threshold, municipality_count, lines, contributing)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb) RETURNING id`,
        [
          viewer.regionId,
          viewer.userId,
          trimmed,
          computed.threshold,
          computed.municipalityCount,
          JSON.stringify(lines),
          JSON.stringify(computed.contributing),
        ],
      );
      // The advice is published with the snapshot, in this transaction, and immutable with it.
      await storeRegionalAdvice(tx, viewer.regionId, inserted!.id, advice);
      const [row] = await tx.query<SnapshotRow[]>(`${SNAPSHOTS_WITH_PREVIOUS} WHERE s.id = $2`, [
        viewer.regionId,
        inserted!.id,
      ]);
      return toSnapshotView(row!);
    });
  }

  async snapshots(viewer: Viewer, page: PageInput): Promise<PictureSnapshotPage> {
    const rows = await this.db.query<SnapshotRow[]>(
      `${SNAPSHOTS_WITH_PREVIOUS} ORDER BY s.published_at DESC, s.id DESC LIMIT $2 OFFSET $3`,
      [viewer.regionId, page.limit, page.offset],
    );
    const [count] = await this.db.query<{ total: number }[]>(
      'SELECT count(*)::int AS total FROM picture_snapshots WHERE region_id = $1',
      [viewer.regionId],
    );
    return { items: rows.map(toSnapshotView), total: count?.total ?? 0 };
  }

  /** A snapshot of the viewer's region; another region's answers as a missing one. */
  async snapshot(viewer: Viewer, id: string): Promise<PictureSnapshot> {
    const [row] = isUUID(id)
      ? await this.db.query<SnapshotRow[]>(`${SNAPSHOTS_WITH_PREVIOUS} WHERE s.id = $2`, [viewer.regionId, id])
      : [];
    if (!row) {
      throw new NotFoundError('Picture snapshot');
    }
    return toSnapshotView(row);
  }

  latest(viewer: Viewer): Promise<PictureSnapshot | null> {
    return this.latestOfRegion(viewer.regionId);
  }

  /**
   * Each theme's line in the latest published snapshot of the region (absent: not in it), for
   * theme pages. Published data only, so every role of the region may read it.
   */
  async latestLinesByTheme(regionId: string, themeIds: readonly string[]): Promise<Map<string, PictureLine>> {
    const view = await this.latestOfRegion(regionId);
    const wanted = new Set(themeIds);
    return new Map(
      (view?.lines ?? []).filter((line) => wanted.has(line.theme.id)).map((line) => [line.theme.id, line]),
    );
  }

  /** A theme's line in the latest snapshot; null when not published yet. Unknown themes are NOT_FOUND. */
  async themeLine(viewer: Viewer, themeId: string): Promise<PictureLine | null> {
    const exists =
      isUUID(themeId) &&
      (
        await this.db.query<unknown[]>('SELECT 1 FROM themes WHERE id = $1 AND region_id = $2', [
          themeId,
          viewer.regionId,
        ])
      ).length > 0;
    if (!exists) {
      throw new NotFoundError('Theme');
    }
    return (await this.latestLinesByTheme(viewer.regionId, [themeId])).get(themeId) ?? null;
  }

  async disclosureSettings(viewer: Viewer): Promise<DisclosureSettings> {
    requireAnalyst(viewer);
    return this.settings(this.db.manager, viewer.regionId);
  }

  /** Sets k for future previews and snapshots; published snapshots keep the k they were made with. */
  async setThreshold(viewer: Viewer, k: number): Promise<DisclosureSettings> {
    requireAnalyst(viewer);
    return this.db.transaction(async (tx) => {
      // Lock the region row so k and n are judged together.
      await tx.query('SELECT 1 FROM regions WHERE id = $1 FOR UPDATE', [viewer.regionId]);
      const { municipalityCount } = await this.settings(tx, viewer.regionId);
      const max = maxDisclosureThreshold(municipalityCount);
      if (!Number.isInteger(k) || k < 1 || k > max) {
        throw new BadInputError(
          `The threshold must be between 1 and ${max} (half the ${municipalityCount} municipalities).`,
          [{ field: 'k', reason: 'OUT_OF_RANGE' }],
        );
      }
      await tx.query('UPDATE regions SET disclosure_threshold = $2 WHERE id = $1', [viewer.regionId, k]);
      return this.settings(tx, viewer.regionId);
    });
  }

  private async settings(db: EntityManager, regionId: string): Promise<DisclosureSettings> {
    const [row] = await db.query<{ threshold: number; municipality_count: number }[]>(
      `SELECT r.disclosure_threshold AS threshold,
              (SELECT count(*)::int FROM municipalities m WHERE m.region_id = r.id) AS municipality_count
         FROM regions r WHERE r.id = $1`,
      [regionId],
    );
    if (!row) {
      throw new NotFoundError('Region');
    }
    return {
      threshold: row.threshold,
      municipalityCount: row.municipality_count,
      maxThreshold: maxDisclosureThreshold(row.municipality_count),
    };
  }

  /**
   * The picture from live data, aggregated in SQL and banded here, from what municipalities agreed
   * to share only (see picture-consent.ts). Runs in the analyst's viewer transaction (row-level
   * security applies) and audits the read for every municipality of the region, since each one's
   * consent, links and follow-up went into it.
   */
  private async compute(
    tx: EntityManager,
    viewer: Viewer,
    requestId: string,
    purpose: 'picture_preview' | 'picture_publish',
  ): Promise<{
    threshold: number;
    municipalityCount: number;
    contributing: CountBand;
    contributingMunicipalities: ContributingMunicipality[];
    lines: ComputedLine[];
  }> {
    const { threshold: k } = await this.settings(tx, viewer.regionId);
    const municipalities = await tx.query<
      {
        id: string;
      }[]
    >('SELECT id FROM municipalities WHERE region_id = $1', [viewer.regionId]);
    const contributors = await contributingMunicipalities(tx, viewer.regionId);
    const contributing = contributingBand(contributors.length, municipalities.length, k);
    const n = disclosureBase(contributing);
    // Per active theme: municipalities with ≥ 1 linked recommendation, and the follow-up of those recommendations.
    const figures = await tx.query<ExactThemeFigures[]>(
      `WITH linked AS (
         SELECT rt.theme_id, r.municipality_id, r.status
           FROM recommendation_themes rt
           JOIN recommendations r ON r.id = rt.recommendation_id AND r.region_id = $1
           JOIN municipalities m ON m.id = r.municipality_id AND m.region_id = $1
          WHERE rt.region_id = $1 AND ${contributes('r')})
       SELECT t.id AS theme_id, t.title,
              count(DISTINCT l.municipality_id)::int AS municipalities,
              count(*) FILTER (WHERE l.status = 'OPEN')::int AS open,
              count(*) FILTER (WHERE l.status = 'IN_PROGRESS')::int AS in_progress,
              count(*) FILTER (WHERE l.status = 'DONE')::int AS done,
              count(*) FILTER (WHERE l.status = 'NOT_ADOPTED')::int AS not_adopted
         FROM themes t
         LEFT JOIN linked l ON l.theme_id = t.id
        WHERE t.region_id = $1 AND t.active
        GROUP BY t.id, t.title
        ORDER BY lower(t.title), t.id`,
      [viewer.regionId],
    );
    const learning = await learningFigures(
      tx,
      viewer.regionId,
      contributors.map((m) => m.id),
    );
    const lines = figures.map((f): ComputedLine => {
      const counts = { OPEN: f.open, IN_PROGRESS: f.in_progress, DONE: f.done, NOT_ADOPTED: f.not_adopted };
      return {
        line: {
          themeId: f.theme_id,
          title: f.title,
          municipalities: bandAmongContributing(f.municipalities, n, k),
          followUp: shareDistribution(counts, f.municipalities, k),
          learningEffect: bandLearningEffect(learning.get(f.theme_id), n, k),
        },
        municipalities: f.municipalities,
        counts,
        learning: learning.get(f.theme_id),
      };
    });
    await recordAudit(
      tx,
      viewer,
      requestId,
      municipalities.map((m) => ({
        municipalityId: m.id,
        action: 'LIST',
        entity: 'recommendation_theme',
        details: { purpose },
      })),
    );
    return {
      threshold: k,
      municipalityCount: n,
      contributing,
      contributingMunicipalities: contributors,
      lines,
    };
  }

  private async latestOfRegion(regionId: string): Promise<PictureSnapshot | null> {
    const [row] = await this.db.query<SnapshotRow[]>(
      `${SNAPSHOTS_WITH_PREVIOUS} ORDER BY s.published_at DESC, s.id DESC LIMIT 1`,
      [regionId],
    );
    return row ? toSnapshotView(row) : null;
  }

  private async latestStored(
    tx: EntityManager,
    regionId: string,
  ): Promise<{ lines: StoredLine[]; publishedAt: Date } | null> {
    const [row] = await tx.query<{ lines: StoredLine[]; published_at: Date }[]>(
      `SELECT lines, published_at FROM picture_snapshots WHERE region_id = $1
        ORDER BY published_at DESC, id DESC LIMIT 1`,
      [regionId],
    );
    return row ? { lines: row.lines, publishedAt: row.published_at } : null;
  }
}
