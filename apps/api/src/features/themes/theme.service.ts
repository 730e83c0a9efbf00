import type { Viewer } from '../../access/viewer';
import { requirePermission } from '../../access/policy';
import { Permission } from '../../access/permissions';
import type { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../common/db-errors';
import { SortDirection } from '../../common/enums';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { pageWithTotal, type PageInput } from '../../common/paging';
import { requireRegionId } from '../../common/region-scope';
import { checkVersion } from '../../common/versions';
import type { Facet } from '../facets/facet.types';
import { ThemeEntity, ThemeFacetEntity } from './theme.entity';
import {
  ThemeSortField,
  type Theme,
  type ThemeFilter,
  type ThemeInput,
  type ThemePage,
  type ThemeSort,
} from './theme.types';

export const toTheme = (t: ThemeEntity): Theme => ({
  id: t.id,
  title: t.title,
  description: t.description,
  yearIdentified: t.yearIdentified,
  active: t.active,
  version: t.version,
  createdAt: t.createdAt,
  updatedAt: t.updatedAt,
});

/** What toTheme makes, as JSON built in SQL from the themes row `t`, for lists that read themes with their rows. */
export const themeJson = (t: string) =>
  `json_build_object('id', ${t}.id, 'title', ${t}.title, 'description', ${t}.description,
     'yearIdentified', ${t}.year_identified, 'active', ${t}.active, 'version', ${t}.version,
     'createdAt', ${t}.created_at, 'updatedAt', ${t}.updated_at)`;

const SORT_COLUMNS: Record<ThemeSortField, string> = {
  [ThemeSortField.TITLE]: 'lower(t.title)',
  [ThemeSortField.YEAR_IDENTIFIED]: 't.year_identified',
  [ThemeSortField.CREATED_AT]: 't.created_at',
  [ThemeSortField.UPDATED_AT]: 't.updated_at',
};

const likePattern = (search: string) =>
  `%${search
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Regional themes (rode draden). Every method takes the region first; none runs unscoped. */
export class ThemeService {
  constructor(private readonly db: DataSource) {}

  async list(regionId: string, filter: ThemeFilter, sort: ThemeSort, page: PageInput): Promise<ThemePage> {
    const qb = this.db
      .getRepository(ThemeEntity)
      .createQueryBuilder('t')
      .where('t.region_id = :regionId', { regionId: requireRegionId(regionId) });
    if (filter.search?.trim()) {
      qb.andWhere('(lower(t.title) LIKE :pattern OR lower(t.description) LIKE :pattern)', {
        pattern: likePattern(filter.search),
      });
    }
    if (filter.active !== undefined && filter.active !== null) {
      qb.andWhere('t.active = :active', { active: filter.active });
    }
    if (filter.yearIdentified !== undefined && filter.yearIdentified !== null) {
      qb.andWhere('t.year_identified = :year', { year: filter.yearIdentified });
    }
    if (filter.facetId) {
      qb.andWhere('EXISTS (SELECT 1 FROM theme_facets tf WHERE tf.theme_id = t.id AND tf.facet_id = :facetId)', {
        facetId: filter.facetId,
      });
    }
    const direction = sort.direction === SortDirection.DESC ? 'DESC' : 'ASC';
    qb.orderBy(SORT_COLUMNS[sort.field], direction).addOrderBy('t.id', direction);
    const { rows, total } = await pageWithTotal(qb, page);
    return { items: rows.map(toTheme), total };
  }

  async byId(regionId: string, id: string): Promise<Theme | null> {
    if (!isUuid(id)) {
      return null;
    }
    const theme = await this.db.getRepository(ThemeEntity).findOneBy({ id, regionId: requireRegionId(regionId) });
    return theme ? toTheme(theme) : null;
  }

  /** The related facets of each theme, by position and name; for the per-request loader. */
  async facetsOfThemes(themeIds: readonly string[]): Promise<Map<string, Facet[]>> {
    const rows = await this.db.query<(Facet & { theme_id: string })[]>(
      `SELECT tf.theme_id, f.id, f.name, f.description, f.position, f.active, f.version
       FROM theme_facets tf JOIN facets f ON f.id = tf.facet_id
       WHERE tf.theme_id = ANY($1::uuid[])
       ORDER BY f.position, lower(f.name), f.id`,
      [themeIds.filter(isUuid)],
    );
    const byTheme = new Map<string, Facet[]>();
    for (const { theme_id: themeId, ...facet } of rows) {
      byTheme.set(themeId, [...(byTheme.get(themeId) ?? []), facet]);
    }
    return byTheme;
  }

  async create(viewer: Viewer, input: ThemeInput): Promise<Theme> {
    requirePermission(viewer, Permission.THEME_MAINTAIN);
    const regionId = viewer.regionId;
    requireRegionId(regionId);
    return this.db.transaction(async (tx) => {
      await checkFacets(tx, regionId, input.facetIds, new Set());
      const entity = tx.getRepository(ThemeEntity).create({
        regionId,
        title: input.title.trim(),
        description: (input.description ?? '').trim(),
        yearIdentified: input.yearIdentified,
        active: true,
      });
      const saved = await saveUnique(tx, () => tx.getRepository(ThemeEntity).save(entity));
      await linkFacets(tx, saved.id, input.facetIds);
      return toTheme(saved);
    });
  }

  /** Replaces every field and the set of related facets, all or nothing; STALE_VERSION when someone saved in between. */
  async update(viewer: Viewer, id: string, input: ThemeInput, expectedVersion: number): Promise<Theme> {
    requirePermission(viewer, Permission.THEME_MAINTAIN);
    const regionId = viewer.regionId;
    return this.db.transaction(async (tx) => {
      const theme = await lockTheme(tx, regionId, id);
      checkVersion(theme, expectedVersion, 'theme');
      const links = tx.getRepository(ThemeFacetEntity);
      const linked = new Set((await links.findBy({ themeId: theme.id })).map((link) => link.facetId));
      await checkFacets(tx, regionId, input.facetIds, linked);
      await saveUnique(tx, () =>
        tx.getRepository(ThemeEntity).update(
          { id: theme.id, regionId },
          {
            title: input.title.trim(),
            description: (input.description ?? '').trim(),
            yearIdentified: input.yearIdentified,
            // Also when only the related facets change: that is an edit of the theme too.
            updatedAt: () => 'now()',
            version: theme.version + 1,
          },
        ),
      );
      const wanted = new Set(input.facetIds);
      const removed = [...linked].filter((facetId) => !wanted.has(facetId));
      if (removed.length) {
        await tx.query('DELETE FROM theme_facets WHERE theme_id = $1 AND facet_id = ANY($2::uuid[])', [
          theme.id,
          removed,
        ]);
      }
      await linkFacets(
        tx,
        theme.id,
        input.facetIds.filter((facetId) => !linked.has(facetId)),
      );
      return toTheme(await tx.getRepository(ThemeEntity).findOneByOrFail({ id: theme.id }));
    });
  }

  /** Retires or reactivates a theme; retired themes keep their links and stay readable. */
  async setActive(viewer: Viewer, id: string, active: boolean, expectedVersion: number): Promise<Theme> {
    requirePermission(viewer, Permission.THEME_MAINTAIN);
    const regionId = viewer.regionId;
    return this.db.transaction(async (tx) => {
      const theme = await lockTheme(tx, regionId, id);
      checkVersion(theme, expectedVersion, 'theme');
      theme.active = active;
      theme.version += 1;
      return toTheme(await tx.getRepository(ThemeEntity).save(theme));
    });
  }
}

async function lockTheme(tx: EntityManager, regionId: string, id: string): Promise<ThemeEntity> {
  const theme = isUuid(id)
    ? await tx.getRepository(ThemeEntity).findOne({
        where: { id, regionId: requireRegionId(regionId) },
        lock: { mode: 'pessimistic_write' },
      })
    : null;
  if (!theme) {
    throw new NotFoundError('Theme');
  }
  return theme;
}

/**
 * Every facet must belong to the region (else it is "unknown", whatever another region holds), and
 * a facet newly linked must be active; links that already exist may stay after the facet retires.
 */
async function checkFacets(
  tx: EntityManager,
  regionId: string,
  facetIds: string[],
  linked: Set<string>,
): Promise<void> {
  if (facetIds.length === 0) {
    return;
  }
  const rows = await tx.query<{ id: string; active: boolean }[]>(
    'SELECT id, active FROM facets WHERE region_id = $1 AND id = ANY($2::uuid[])',
    [regionId, facetIds],
  );
  const found = new Map(rows.map((row) => [row.id, row.active]));
  if (facetIds.some((facetId) => !found.has(facetId))) {
    throw new BadInputError('Some of these facets do not exist.', [{ field: 'facetIds', reason: 'UNKNOWN_FACET' }]);
  }
  if (facetIds.some((facetId) => !found.get(facetId) && !linked.has(facetId))) {
    throw new BadInputError('A retired facet cannot be linked to a theme.', [
      { field: 'facetIds', reason: 'RETIRED_FACET' },
    ]);
  }
}

async function linkFacets(tx: EntityManager, themeId: string, facetIds: string[]): Promise<void> {
  if (facetIds.length) {
    await tx.getRepository(ThemeFacetEntity).insert(facetIds.map((facetId) => ({ themeId, facetId })));
  }
}

async function saveUnique<T>(tx: EntityManager, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, 'themes_region_title_key')) {
      throw new ConflictError('THEME_TITLE_TAKEN', 'The region already has a theme with this title.');
    }
    throw error;
  }
}
