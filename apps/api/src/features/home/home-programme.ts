import type { EntityManager } from 'typeorm';
import { Permission } from '../../access/permissions';
import { can } from '../../access/policy';
import { scopeSql } from '../../access/scope';
import type { Viewer } from '../../access/viewer';
import { HOME_LIST_LIMIT, named, SESSION_COLUMNS, SESSION_JOINS, toSession } from './home-sql';
import type { HomeProgramme, HomeSession } from './home.types';

type Kind = 'UPCOMING' | 'DRAFT' | 'DEADLINE' | 'WAITLIST';

interface Row extends HomeSession {
  kind: Kind;
  total: number;
}

/**
 * The programme team's agenda in two statements: upcoming sessions of the region in four
 * overlapping lists (the next published ones, drafts, registration closing within seven days,
 * waitlists), each limited in SQL; and active themes without any upcoming published session.
 */
export async function programmeItems(tx: EntityManager, viewer: Viewer): Promise<HomeProgramme | null> {
  const scope = scopeSql(viewer, Permission.PROGRAMME_PLAN, 's');
  if (!can(viewer, Permission.PROGRAMME_PLAN)) {
    return null;
  }
  const themeScope = scopeSql(viewer, Permission.PROGRAMME_PLAN, 't');
  const rows = await named<Row[]>(
    tx,
    `WITH upcoming AS (
       SELECT ${SESSION_COLUMNS} FROM sessions s ${SESSION_JOINS}
        WHERE ${scope.sql} AND s.starts_at > now() AND s.status <> 'CANCELLED'),
     kinds AS (
       SELECT 'UPCOMING' AS kind, u.* FROM upcoming u WHERE u.status <> 'DRAFT'
       UNION ALL SELECT 'DRAFT', u.* FROM upcoming u WHERE u.status = 'DRAFT'
       UNION ALL SELECT 'DEADLINE', u.* FROM upcoming u
        WHERE u.status = 'OPEN' AND u."registrationDeadline" > now() AND u."registrationDeadline" <= now() + interval '7 days'
       UNION ALL SELECT 'WAITLIST', u.* FROM upcoming u WHERE u.waitlisted > 0 AND u.status <> 'DRAFT'),
     ranked AS (
       SELECT k.*, count(*) OVER (PARTITION BY k.kind)::int AS total,
              row_number() OVER (PARTITION BY k.kind ORDER BY k."startsAt", k.id) AS n FROM kinds k)
     SELECT * FROM ranked WHERE n <= :limit ORDER BY kind, "startsAt", id`,
    { ...scope.params, limit: HOME_LIST_LIMIT },
  );
  const themes = await named<{ id: string; title: string }[]>(
    tx,
    `SELECT t.id, t.title FROM themes t
      WHERE ${themeScope.sql} AND t.active
        AND NOT EXISTS (
          SELECT 1 FROM activity_themes at JOIN sessions s ON s.activity_id = at.activity_id
           WHERE at.theme_id = t.id AND s.starts_at > now() AND s.status NOT IN ('DRAFT','CANCELLED'))
      ORDER BY lower(t.title), t.id`,
    themeScope.params,
  );
  const of = (kind: Kind) => rows.filter((row) => row.kind === kind);
  return {
    upcoming: of('UPCOMING').map(toSession),
    drafts: of('DRAFT').map(toSession),
    draftTotal: of('DRAFT')[0]?.total ?? 0,
    deadlinesThisWeek: of('DEADLINE').map(toSession),
    withWaitlist: of('WAITLIST').map(toSession),
    themesWithoutOffer: themes,
  };
}
