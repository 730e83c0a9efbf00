import { ACTIVITY_FORMATS } from '@rode-draad/shared';
import type { ActivityFilter } from '../../gql/graphql';
import { defineListParams, idField, intField, oneOfField, textField } from '../../lib/listParams';

export const activityListParams = defineListParams({
  filters: {
    search: textField('q'),
    themeId: idField('theme'),
    format: oneOfField('format', ACTIVITY_FORMATS),
    year: intField('year', 2000, 2100),
  },
});

export type ActivityListParams = typeof activityListParams.defaults;

export function toActivityFilter(programmeId: string, params: ActivityListParams): ActivityFilter {
  return {
    programmeId,
    search: params.search.trim() || undefined,
    themeId: params.themeId,
    format: params.format,
    year: params.year,
  };
}
