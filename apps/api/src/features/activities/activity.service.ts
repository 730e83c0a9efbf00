import { requirePermission } from '../../access/policy';
import { Permission } from '../../access/permissions';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../access/viewer';
import { BadInputError, NotFoundError, type FieldProblem } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { pageWithTotal, type PageInput } from '../../common/paging';
import { requireRegionId } from '../../common/region-scope';
import { checkVersion } from '../../common/versions';
import { findProgramme } from '../programmes/programme.service';
import type { Theme } from '../themes/theme.types';
import { LearningActivityEntity } from './activity.entity';
import type { ActivityFilter, ActivityInput, LearningActivity, LearningActivityPage } from './activity.types';

export const toActivity = (a: LearningActivityEntity): LearningActivity => ({
  id: a.id,
  title: a.title,
  description: a.description,
  format: a.format,
  learningGoals: a.learningGoals,
  targetAudiences: a.targetAudiences,
  plannedYear: a.plannedYear,
  plannedQuarter: a.plannedQuarter,
  version: a.version,
  createdAt: a.createdAt,
  updatedAt: a.updatedAt,
  programmeId: a.programmeId,
  ownerUserId: a.ownerUserId,
});

/** What toActivity makes, as JSON built in SQL from the learning_activities row `a`. */
export const activityJson = (a: string) =>
  `json_build_object('id', ${a}.id, 'title', ${a}.title, 'description', ${a}.description, 'format', ${a}.format,
     'learningGoals', ${a}.learning_goals, 'targetAudiences', ${a}.target_audiences,
     'plannedYear', ${a}.planned_year, 'plannedQuarter', ${a}.planned_quarter, 'version', ${a}.version,
     'createdAt', ${a}.created_at, 'updatedAt', ${a}.updated_at, 'programmeId', ${a}.programme_id,
     'ownerUserId', ${a}.owner_user_id)`;

export const likePattern = (search: string) =>
  `%${search
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The year of a session as the region sees it. */
export const AMSTERDAM_YEAR = (column: string) => `extract(year FROM ${column} AT TIME ZONE 'Europe/Amsterdam')::int`;

/** Learning activities. Every method takes the region first; none runs unscoped. */
export class ActivityService {
  constructor(private readonly db: DataSource) {}

  async list(regionId: string, filter: ActivityFilter, page: PageInput): Promise<LearningActivityPage> {
    const qb = this.db
      .getRepository(LearningActivityEntity)
      .createQueryBuilder('a')
      .where('a.region_id = :regionId', { regionId: requireRegionId(regionId) });
    if (filter.programmeId) {
      qb.andWhere('a.programme_id = :programmeId', { programmeId: filter.programmeId });
    }
    if (filter.themeId) {
      qb.andWhere('EXISTS (SELECT 1 FROM activity_themes at WHERE at.activity_id = a.id AND at.theme_id = :themeId)', {
        themeId: filter.themeId,
      });
    }
    if (filter.format) {
      qb.andWhere('a.format = :format', { format: filter.format });
    }
    if (filter.targetAudience) {
      qb.andWhere(':audience = ANY(a.target_audiences)', { audience: filter.targetAudience });
    }
    if (filter.year !== undefined && filter.year !== null) {
      qb.andWhere(
        `(a.planned_year = :year OR EXISTS (SELECT 1 FROM sessions s WHERE s.activity_id = a.id
            AND s.status <> 'CANCELLED' AND ${AMSTERDAM_YEAR('s.starts_at')} = :year))`,
        { year: filter.year },
      );
    }
    if (filter.search?.trim()) {
      qb.andWhere(
        '(lower(a.title) LIKE :pattern OR lower(a.description) LIKE :pattern OR lower(a.learning_goals) LIKE :pattern)',
        {
          pattern: likePattern(filter.search),
        },
      );
    }
    qb.orderBy('a.planned_year', 'ASC', 'NULLS LAST')
      .addOrderBy('a.planned_quarter', 'ASC', 'NULLS LAST')
      .addOrderBy('lower(a.title)', 'ASC')
      .addOrderBy('a.id', 'ASC');
    const { rows, total } = await pageWithTotal(qb, page);
    return { items: rows.map(toActivity), total };
  }

  async byId(regionId: string, id: string): Promise<LearningActivity> {
    return toActivity(await findActivity(this.db.manager, regionId, id));
  }

  async byIds(regionId: string, ids: readonly string[]): Promise<LearningActivity[]> {
    const rows = await this.db
      .getRepository(LearningActivityEntity)
      .createQueryBuilder('a')
      .where('a.region_id = :regionId AND a.id = ANY(:ids)', {
        regionId: requireRegionId(regionId),
        ids: ids.filter(isUuid),
      })
      .getMany();
    return rows.map(toActivity);
  }

  /** The themes of each activity, by title; for the per-request loader. */
  async themesOfActivities(activityIds: readonly string[]): Promise<Map<string, Theme[]>> {
    const rows = await this.db.query<(Theme & { activity_id: string })[]>(
      `SELECT at.activity_id, t.id, t.title, t.description, t.year_identified AS "yearIdentified", t.active, t.version,
              t.created_at AS "createdAt", t.updated_at AS "updatedAt"
         FROM activity_themes at JOIN themes t ON t.id = at.theme_id
        WHERE at.activity_id = ANY($1::uuid[])
        ORDER BY lower(t.title), t.id`,
      [activityIds.filter(isUuid)],
    );
    const byActivity = new Map<string, Theme[]>();
    for (const { activity_id: activityId, ...theme } of rows) {
      byActivity.set(activityId, [...(byActivity.get(activityId) ?? []), theme]);
    }
    return byActivity;
  }

  async create(viewer: Viewer, input: ActivityInput): Promise<LearningActivity> {
    requirePermission(viewer, Permission.PROGRAMME_PLAN);
    const regionId = requireRegionId(viewer.regionId);
    return this.db.transaction(async (tx) => {
      const values = await checkInput(tx, regionId, input, viewer.userId);
      const repo = tx.getRepository(LearningActivityEntity);
      const saved = await repo.save(repo.create({ regionId, ...values }));
      await linkThemes(tx, saved.id, input.themeIds);
      return toActivity(saved);
    });
  }

  /** Replaces every field and the set of themes, all or nothing; STALE_VERSION when someone saved in between. */
  async update(viewer: Viewer, id: string, input: ActivityInput, expectedVersion: number): Promise<LearningActivity> {
    requirePermission(viewer, Permission.PROGRAMME_PLAN);
    const regionId = requireRegionId(viewer.regionId);
    return this.db.transaction(async (tx) => {
      const activity = await findActivity(tx, regionId, id, true);
      checkVersion(activity, expectedVersion, 'learning activity');
      const values = await checkInput(tx, regionId, input, activity.ownerUserId);
      if (values.programmeId !== activity.programmeId) {
        // Sessions, and later registrations, hang under the activity: moving it is not an edit.
        throw new BadInputError('An activity cannot move to another programme.', [
          { field: 'programmeId', reason: 'CANNOT_CHANGE_PROGRAMME' },
        ]);
      }
      // Raised also when only the themes change: that is an edit of the activity too.
      Object.assign(activity, values, { version: activity.version + 1 });
      const saved = await tx.getRepository(LearningActivityEntity).save(activity);
      // Only the links that change: an unchanged link keeps the roadmap's kept counts (RoadmapCountCache).
      await tx.query('DELETE FROM activity_themes WHERE activity_id = $1 AND NOT (theme_id = ANY($2::uuid[]))', [
        activity.id,
        input.themeIds,
      ]);
      await linkThemes(tx, activity.id, input.themeIds);
      return toActivity(saved);
    });
  }
}

/** The activity in the region, else NOT_FOUND (also for another region's id). */
export async function findActivity(
  tx: EntityManager,
  regionId: string,
  id: string,
  forEdit = false,
): Promise<LearningActivityEntity> {
  const activity = isUuid(id)
    ? await tx.getRepository(LearningActivityEntity).findOne({
        where: { id, regionId: requireRegionId(regionId) },
        ...(forEdit ? { lock: { mode: 'pessimistic_write' as const } } : {}),
      })
    : null;
  if (!activity) {
    throw new NotFoundError('Learning activity');
  }
  return activity;
}

/** Checks what the database cannot see (region of themes, owner, period) and returns the column values. */
async function checkInput(tx: EntityManager, regionId: string, input: ActivityInput, defaultOwner: string) {
  const programme = await findProgramme(tx, regionId, input.programmeId).catch(() => {
    throw new BadInputError('This programme does not exist.', [{ field: 'programmeId', reason: 'UNKNOWN_PROGRAMME' }]);
  });
  const problems: FieldProblem[] = [];
  const themeIds = [...new Set(input.themeIds)];
  const themes = await tx.query<unknown[]>('SELECT id FROM themes WHERE region_id = $1 AND id = ANY($2::uuid[])', [
    regionId,
    themeIds,
  ]);
  if (themeIds.length === 0) {
    problems.push({ field: 'themeIds', reason: 'THEME_REQUIRED' });
  } else if (themes.length !== themeIds.length) {
    problems.push({ field: 'themeIds', reason: 'UNKNOWN_THEME' });
  }
  const year = input.plannedYear ?? null;
  if (year !== null && (year < programme.startYear || year > programme.endYear)) {
    problems.push({ field: 'plannedYear', reason: 'OUTSIDE_PROGRAMME_PERIOD' });
  }
  if (input.plannedQuarter && year === null) {
    problems.push({ field: 'plannedQuarter', reason: 'YEAR_REQUIRED' });
  }
  const ownerUserId = input.ownerUserId ?? defaultOwner;
  const owners = await tx.query<unknown[]>(
    'SELECT 1 FROM users WHERE id = $1 AND region_id = $2 AND disabled_at IS NULL',
    [ownerUserId, regionId],
  );
  if (owners.length === 0) {
    problems.push({ field: 'ownerUserId', reason: 'UNKNOWN_OWNER' });
  }
  if (problems.length) {
    throw new BadInputError('Some fields are not valid.', problems);
  }
  return {
    programmeId: programme.id,
    title: input.title.trim(),
    description: (input.description ?? '').trim(),
    format: input.format,
    learningGoals: (input.learningGoals ?? '').trim(),
    targetAudiences: [...new Set(input.targetAudiences ?? [])],
    plannedYear: year,
    plannedQuarter: input.plannedQuarter ?? null,
    ownerUserId,
  };
}

/** Links the themes the activity does not have yet. */
async function linkThemes(tx: EntityManager, activityId: string, themeIds: string[]): Promise<void> {
  await tx.query(
    `INSERT INTO activity_themes (activity_id, theme_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
    [activityId, [...new Set(themeIds)]],
  );
}
