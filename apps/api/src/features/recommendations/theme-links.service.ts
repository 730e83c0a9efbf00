import type { DataSource, EntityManager } from 'typeorm';
import { runConfidential } from '../../access/confidential';
import { Permission } from '../../access/permissions';
import { scopeSql } from '../../access/scope';
import type { Acting } from '../../access/viewer';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { listAuditEntries } from '../audit/audit.service';
import { RecommendationEntity } from './recommendation.entity';
import { toRecommendation } from './recommendation.service';
import type { Recommendation } from './recommendation.types';
import { matchingWords } from './theme-words';
import type { RecommendationThemeSuggestions } from './theme-links.types';

/** At most this many recommendations per bulk link or suggestion request. */
export const BULK_MAX = 200;

/** The recommendations the analyst may edit, all of them or NOT_FOUND for the first that is out of reach. */
async function editable(tx: EntityManager, acting: Acting, ids: string[], lock: boolean) {
  const unique = [...new Set(ids)];
  const bad = unique.find((id) => !isUuid(id));
  if (bad !== undefined) {
    throw new NotFoundError('Recommendation');
  }
  const scope = scopeSql(acting.viewer, Permission.RECOMMENDATION_EDIT_CONTENT, 'r', { user: 'owner_user_id' });
  const qb = tx
    .getRepository(RecommendationEntity)
    .createQueryBuilder('r')
    .where(scope.sql, scope.params)
    .andWhere('r.id IN (:...ids)', { ids: unique })
    .orderBy('r.id');
  if (lock) {
    qb.setLock('pessimistic_write');
  }
  const found = await qb.getMany();
  const missing = unique.find((id) => !found.some((r) => r.id === id));
  if (missing !== undefined) {
    throw new NotFoundError('Recommendation', { entity: 'recommendation', id: missing });
  }
  return found;
}

async function checkThemes(tx: EntityManager, acting: Acting, themeIds: string[]): Promise<string[]> {
  const unique = [...new Set(themeIds)];
  const problem = [{ field: 'themeIds', reason: 'UNKNOWN_THEME' as const }];
  if (unique.length === 0) {
    throw new BadInputError('Choose at least one theme.', [{ field: 'themeIds', reason: 'THEME_REQUIRED' }]);
  }
  if (unique.some((id) => !isUuid(id))) {
    throw new BadInputError('Unknown theme.', problem);
  }
  const found = await tx.query<{ id: string }[]>(
    'SELECT id FROM themes WHERE id = ANY($1) AND region_id = $2 AND active',
    [unique, acting.viewer.regionId],
  );
  if (found.length !== unique.length) {
    throw new BadInputError('Unknown theme.', problem);
  }
  return unique;
}

/**
 * Adds the themes to every recommendation, all or nothing, in one transaction: each must be in reach
 * and at the version the analyst saw (else CONFLICT STALE_VERSION listing every stale one, nothing
 * written). Existing links stay; every recommendation's version goes up; one LINK entry per
 * recommendation in its municipality's log. The follow-up timeline does not record theme links.
 */
export async function linkRecommendationsToThemes(
  db: DataSource,
  acting: Acting,
  ids: string[],
  themeIds: string[],
  expectedVersions: number[],
): Promise<Recommendation[]> {
  if (ids.length === 0 || ids.length > BULK_MAX || ids.length !== expectedVersions.length) {
    throw new BadInputError('Give one expected version per recommendation.', [
      { field: 'expectedVersions', reason: 'SIZE' },
    ]);
  }
  if (new Set(ids).size !== ids.length) {
    throw new BadInputError('Each recommendation once.', [{ field: 'ids', reason: 'DUPLICATE' }]);
  }
  return runConfidential(db, acting, Permission.RECOMMENDATION_EDIT_CONTENT, async ({ tx, audit }) => {
    // Reach first: a record out of reach answers NOT_FOUND like a missing one, whatever the themes.
    const recs = await editable(tx, acting, ids, true);
    const themes = await checkThemes(tx, acting, themeIds);
    const expected = new Map(ids.map((id, i) => [id, expectedVersions[i]!]));
    const stale = recs.filter((r) => r.version !== expected.get(r.id));
    if (stale.length > 0) {
      throw new ConflictError('STALE_VERSION', 'Some recommendations changed in the meantime. Reload and try again.', {
        stale: stale.map((r) => ({ id: r.id, currentVersion: r.version })),
      });
    }
    await tx.query(
      `INSERT INTO recommendation_themes (recommendation_id, theme_id, region_id, municipality_id)
       SELECT r.id, t.id, r.region_id, r.municipality_id
         FROM recommendations r CROSS JOIN unnest($2::uuid[]) AS t(id)
        WHERE r.id = ANY($1::uuid[])
       ON CONFLICT (recommendation_id, theme_id) DO NOTHING`,
      [recs.map((r) => r.id), themes],
    );
    // TypeORM answers an UPDATE with [rows, affected].
    const [saved] = await tx.query<[{ id: string; version: number }[], number]>(
      `UPDATE recommendations SET version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[])
       RETURNING id, version`,
      [recs.map((r) => r.id)],
    );
    const versions = new Map(saved.map((r) => [r.id, r.version]));
    await audit(
      recs.map((r) => ({
        municipalityId: r.municipalityId,
        action: 'LINK' as const,
        entity: 'recommendation_theme' as const,
        entityId: r.id,
        details: { themes: themes.length, bulk: recs.length },
      })),
    );
    const byId = new Map(recs.map((r) => [r.id, r]));
    return ids.map((id) => toRecommendation(acting.viewer)({ ...byId.get(id)!, version: versions.get(id)! }));
  });
}

interface ThemeRow {
  id: string;
  title: string;
  description: string;
  facet_ids: string[];
}

/**
 * For each recommendation, the active themes of the region it is not yet linked to that share its
 * facet or a word of its title, best first (facet and more words first). Reading titles is audited
 * as a LIST per municipality.
 */
export async function suggestThemes(
  db: DataSource,
  acting: Acting,
  ids: string[],
): Promise<RecommendationThemeSuggestions[]> {
  if (ids.length === 0 || ids.length > BULK_MAX) {
    throw new BadInputError('Too many recommendations.', [{ field: 'recommendationIds', reason: 'SIZE' }]);
  }
  return runConfidential(db, acting, Permission.RECOMMENDATION_EDIT_CONTENT, async ({ tx, audit }) => {
    const recs = await editable(tx, acting, ids, false);
    const themes = await tx.query<ThemeRow[]>(
      `SELECT t.id, t.title, t.description,
              coalesce(array_agg(tf.facet_id::text) FILTER (WHERE tf.facet_id IS NOT NULL), '{}') AS facet_ids
         FROM themes t LEFT JOIN theme_facets tf ON tf.theme_id = t.id
        WHERE t.region_id = $1 AND t.active
        GROUP BY t.id ORDER BY t.title`,
      [acting.viewer.regionId],
    );
    const linked = await tx.query<{ recommendation_id: string; theme_id: string }[]>(
      'SELECT recommendation_id, theme_id FROM recommendation_themes WHERE recommendation_id = ANY($1::uuid[])',
      [recs.map((r) => r.id)],
    );
    const has = new Set(linked.map((l) => `${l.recommendation_id}/${l.theme_id}`));
    await audit(listAuditEntries('recommendation', recs));
    const byId = new Map(recs.map((r) => [r.id, r]));
    return [...new Set(ids)].map((id) => {
      const rec = byId.get(id)!;
      const suggestions = themes
        .filter((t) => !has.has(`${rec.id}/${t.id}`))
        .map((t) => ({
          theme: { id: t.id, title: t.title },
          fromFacet: t.facet_ids.includes(rec.facetId),
          words: matchingWords(rec.title, `${t.title} ${t.description}`),
        }))
        .filter((s) => s.fromFacet || s.words.length > 0)
        .sort(
          (a, b) =>
            Number(b.fromFacet) - Number(a.fromFacet) ||
            b.words.length - a.words.length ||
            a.theme.title.localeCompare(b.theme.title, 'nl'),
        );
      return { recommendationId: id, suggestions };
    });
  });
}
