import {
  learningEffect,
  learningEffectChangeBelowK,
  type CountBand,
  type LearningEffect,
  type LearningSideFigures,
} from '@rode-draad/shared';
import type { EntityManager } from 'typeorm';
import { contributes } from './picture-consent';
import type { LearningEffectView } from './learning-effect.types';

/*
 * Learning → follow-up: per theme, the follow-up of municipalities that took part in the theme's
 * learning against the others (definitions and disclosure rules in
 * packages/shared/src/learning-effect.ts). Computed in SQL when an analyst previews or publishes the
 * picture and stored with the snapshot's line; readers only ever see what was stored.
 */

/** A theme's two sides, exact. Private to the picture service, like the other exact figures. */
export interface LearningFigures {
  tookPart: LearningSideFigures;
  didNot: LearningSideFigures;
}

const EMPTY_SIDE: LearningSideFigures = { municipalities: 0, recommendations: 0, meanProgress: 0 };

interface SideRow {
  theme_id: string;
  took_part: boolean;
  municipalities: number;
  recommendations: number;
  mean_progress: number;
}

/**
 * Exact figures per theme over the contributing municipalities (today: every municipality of the
 * region; the consent work narrows the set). One statement: which municipality took part never
 * leaves the database, only per-theme, per-side aggregates do. Themes without any linked
 * recommendation of a contributing municipality are absent (both sides empty).
 */
export async function learningFigures(
  tx: EntityManager,
  regionId: string,
  contributing: readonly string[],
): Promise<Map<string, LearningFigures>> {
  const rows = await tx.query<SideRow[]>(
    `WITH took_part AS (
       -- At least one of its people attended a session of an activity on the theme, up to now.
       SELECT at.theme_id, reg.municipality_id
         FROM registrations reg
         JOIN sessions s ON s.id = reg.session_id AND s.region_id = $1
         JOIN activity_themes at ON at.activity_id = s.activity_id
        WHERE reg.attended AND s.starts_at <= now()
       UNION
       -- Or it is a member of a published group of a peer-learning track on the theme.
       SELECT ptt.theme_id, pm.municipality_id
         FROM rd_published_peer_members() pm
         JOIN peer_track_themes ptt ON ptt.track_id = pm.track_id),
     per_municipality AS (
       SELECT rt.theme_id, r.municipality_id, count(*)::int AS recommendations,
              count(*) FILTER (WHERE r.status IN ('DONE', 'IN_PROGRESS'))::float8 / count(*) AS progress
         FROM recommendation_themes rt
         JOIN recommendations r ON r.id = rt.recommendation_id AND r.region_id = $1
        -- What the municipalities agreed to share, as in the rest of the picture.
        WHERE rt.region_id = $1 AND r.municipality_id = ANY($2::uuid[]) AND ${contributes('r')}
        GROUP BY rt.theme_id, r.municipality_id)
     SELECT pm.theme_id, tp.municipality_id IS NOT NULL AS took_part,
            count(*)::int AS municipalities, sum(pm.recommendations)::int AS recommendations,
            avg(pm.progress)::float8 AS mean_progress
       FROM per_municipality pm
       LEFT JOIN took_part tp ON tp.theme_id = pm.theme_id AND tp.municipality_id = pm.municipality_id
      GROUP BY pm.theme_id, tp.municipality_id IS NOT NULL`,
    [regionId, contributing],
  );
  const figures = new Map<string, LearningFigures>();
  for (const row of rows) {
    const theme = figures.get(row.theme_id) ?? { tookPart: EMPTY_SIDE, didNot: EMPTY_SIDE };
    const side = {
      municipalities: row.municipalities,
      recommendations: row.recommendations,
      meanProgress: row.mean_progress,
    };
    figures.set(row.theme_id, row.took_part ? { ...theme, tookPart: side } : { ...theme, didNot: side });
  }
  return figures;
}

/** A theme's comparison as it is stored and shown; a theme absent from the figures has two empty sides. */
export function bandLearningEffect(figures: LearningFigures | undefined, n: number, k: number): LearningEffect {
  return learningEffect(figures?.tookPart ?? EMPTY_SIDE, figures?.didNot ?? EMPTY_SIDE, n, k);
}

/** The differencing check's smallest change for a theme's comparison; null when none below k or none before. */
export function learningEffectRisk(
  previous: LearningEffect | undefined,
  figures: LearningFigures | undefined,
  k: number,
): number | null {
  // Snapshots published before this comparison existed published nothing to compare with.
  if (!previous) {
    return null;
  }
  return learningEffectChangeBelowK(previous, figures?.tookPart ?? EMPTY_SIDE, figures?.didNot ?? EMPTY_SIDE, k);
}

const toBandView = (band: CountBand): LearningEffectView['tookPartMunicipalities'] =>
  band.kind === 'EXACT'
    ? { kind: 'EXACT', value: band.value, bound: null }
    : { kind: band.kind, value: null, bound: band.bound };

/** The stored comparison as the API shows it; null for lines of snapshots published before it existed. */
export function toLearningEffectView(stored: LearningEffect | undefined): LearningEffectView | null {
  if (!stored) {
    return null;
  }
  return stored.suppressed
    ? {
        suppressed: true,
        tookPartMunicipalities: null,
        tookPartProgress: null,
        didNotMunicipalities: null,
        didNotProgress: null,
      }
    : {
        suppressed: false,
        tookPartMunicipalities: toBandView(stored.tookPart.municipalities),
        tookPartProgress: stored.tookPart.progress,
        didNotMunicipalities: toBandView(stored.didNot.municipalities),
        didNotProgress: stored.didNot.progress,
      };
}
