import { CLOSED_FOLLOW_UP_STATUSES } from '@rode-draad/shared';
import type { SelectQueryBuilder } from 'typeorm';
import { SortDirection } from '../../common/enums';
import { BadInputError } from '../../common/errors';
import type { RecommendationEntity } from './recommendation.entity';
import { RecommendationSortField, type RecommendationFilter, type RecommendationSort } from './recommendation.types';

const SORT_COLUMNS: Record<RecommendationSortField, string> = {
  [RecommendationSortField.PRIORITY]: 'r.priority',
  [RecommendationSortField.TITLE]: 'lower(r.title)',
  [RecommendationSortField.STATUS]: `array_position(ARRAY['OPEN','IN_PROGRESS','DONE','NOT_ADOPTED'], r.status)`,
  [RecommendationSortField.REFERENCE]: 'r.reference',
  [RecommendationSortField.CREATED_AT]: 'r.created_at',
  [RecommendationSortField.DUE_DATE]: 'r.due_date',
};

const likePattern = (search: string) =>
  `%${search
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Narrows a query on recommendations `r` (already limited to the viewer's scope) by the list's
 * filters, all in SQL. `today` is the Europe/Amsterdam calendar day that "overdue" is measured
 * against, the same rule as `isOverdue` in the shared package. A due-date range that ends before
 * it starts is refused rather than answered with an empty list.
 */
export function applyRecommendationFilter(
  qb: SelectQueryBuilder<RecommendationEntity>,
  filter: RecommendationFilter,
  today: string,
): SelectQueryBuilder<RecommendationEntity> {
  if (filter.dueFrom && filter.dueTo && filter.dueTo < filter.dueFrom) {
    throw new BadInputError('The due-date range ends before it starts.', [
      { field: 'dueTo', reason: 'DUE_RANGE_REVERSED' },
    ]);
  }
  if (filter.municipalityId) {
    qb.andWhere('r.municipality_id = :municipalityId', { municipalityId: filter.municipalityId });
  }
  if (filter.scanId) {
    qb.andWhere('r.scan_id = :scanId', { scanId: filter.scanId });
  }
  if (filter.facetId) {
    qb.andWhere('r.facet_id = :facetId', { facetId: filter.facetId });
  }
  if (filter.priority) {
    qb.andWhere('r.priority = :priority', { priority: filter.priority });
  }
  if (filter.status) {
    qb.andWhere('r.status = :status', { status: filter.status });
  }
  if (filter.ownerUserId) {
    qb.andWhere('r.owner_user_id = :ownerUserId', { ownerUserId: filter.ownerUserId });
  }
  if (filter.dueFrom) {
    qb.andWhere('r.due_date >= :dueFrom', { dueFrom: filter.dueFrom });
  }
  if (filter.dueTo) {
    qb.andWhere('r.due_date <= :dueTo', { dueTo: filter.dueTo });
  }
  if (filter.overdue === true) {
    qb.andWhere('r.due_date < :today AND r.status NOT IN (:...closed)', {
      today,
      closed: CLOSED_FOLLOW_UP_STATUSES,
    });
  } else if (filter.overdue === false) {
    qb.andWhere('NOT (r.due_date IS NOT NULL AND r.due_date < :today AND r.status NOT IN (:...closed))', {
      today,
      closed: CLOSED_FOLLOW_UP_STATUSES,
    });
  }
  if (filter.themeId) {
    qb.andWhere(
      'EXISTS (SELECT 1 FROM recommendation_themes rt WHERE rt.recommendation_id = r.id AND rt.theme_id = :themeId)',
      { themeId: filter.themeId },
    );
  }
  if (filter.search?.trim()) {
    qb.andWhere(
      `(lower(r.title) LIKE :pattern OR lower(r.body) LIKE :pattern OR lower(coalesce(r.reference, '')) LIKE :pattern)`,
      { pattern: likePattern(filter.search) },
    );
  }
  return qb;
}

type OrderTerm = [expression: string, direction: 'ASC' | 'DESC'];

/**
 * The chosen column, then title and id, so the order is total and paging stable. Sorting by title
 * needs no title after it: a second `lower(r.title)` term would also replace the first in the query
 * builder (its order terms are keyed by expression) and turn a descending title sort ascending.
 */
function orderTerms(sort: RecommendationSort): OrderTerm[] {
  const direction = sort.direction === SortDirection.DESC ? 'DESC' : 'ASC';
  const byTitle: OrderTerm[] = sort.field === RecommendationSortField.TITLE ? [] : [['lower(r.title)', 'ASC']];
  return [[SORT_COLUMNS[sort.field], direction], ...byTitle, ['r.id', 'ASC']];
}

/** The list's order as an SQL `ORDER BY` list, for a statement around the page's rows. */
export const recommendationOrderSql = (sort: RecommendationSort): string =>
  orderTerms(sort)
    .map(([expression, direction]) => `${expression} ${direction} NULLS LAST`)
    .join(', ');

/** Orders by the chosen column, then title and id, so the order is total and paging stable. */
export function orderRecommendations(
  qb: SelectQueryBuilder<RecommendationEntity>,
  sort: RecommendationSort,
): SelectQueryBuilder<RecommendationEntity> {
  qb.orderBy();
  for (const [expression, direction] of orderTerms(sort)) {
    qb.addOrderBy(expression, direction, 'NULLS LAST');
  }
  return qb;
}
