import { Anchor, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ResponsiveTable, type ListColumn } from '../../components/ResponsiveTable';
import { SortableTh } from '../../components/SortableTh';
import type { RecommendationListFieldsFragment, RecommendationSortField } from '../../gql/graphql';
import { recommendationPath } from '../../lib/navigation';
import { formatLocalDate } from './followUp';
import { OverdueBadge, PriorityBadge, StatusBadge } from './RecommendationBadges';
import type { RecommendationListParams } from './recommendationListParams';

type Sort = Pick<RecommendationListParams, 'sortField' | 'sortDirection'>;
type Row = RecommendationListFieldsFragment;

interface Props {
  recommendations: Row[];
  sort: Sort;
  onSort: (field: RecommendationSortField) => void;
  showMunicipality: boolean;
}

export function RecommendationsTable({ recommendations, sort, onSort, showMunicipality }: Props) {
  const { t, i18n } = useTranslation('recommendations');
  // One header per sortable column: its name, and the button's accessible name "sort by <name>".
  const sortable = (field: RecommendationSortField, cell: (rec: Row) => ReactNode): ListColumn<Row> => {
    const label = t(`columns.${field}`);
    return {
      id: field,
      label,
      header: (
        <SortableTh field={field} sort={sort} onSort={onSort} label={label} sortLabel={t('sortBy', { field: label })} />
      ),
      cell,
    };
  };
  const columns: (ListColumn<Row> | false)[] = [
    sortable('PRIORITY', (rec) => <PriorityBadge priority={rec.priority} />),
    sortable('REFERENCE', (rec) => rec.reference ?? '—'),
    sortable('TITLE', (rec) => (
      <Anchor component={Link} to={recommendationPath(rec.id)} size="sm" fw={500}>
        {rec.title}
      </Anchor>
    )),
    showMunicipality && { id: 'municipality', label: t('columns.municipality'), cell: (rec) => rec.municipality.name },
    { id: 'facet', label: t('columns.facet'), cell: (rec) => rec.facet.name },
    {
      id: 'themes',
      label: t('columns.themes'),
      cell: (rec) => (rec.themes.length > 0 ? rec.themes.map((theme) => theme.title).join(', ') : '—'),
    },
    sortable('STATUS', (rec) => <StatusBadge status={rec.status} />),
    { id: 'owner', label: t('columns.owner'), cell: (rec) => rec.owner?.name ?? '—' },
    sortable('DUE_DATE', (rec) => (
      <Group gap="xs" wrap="nowrap">
        {rec.dueDate ? formatLocalDate(rec.dueDate, i18n.language) : '—'}
        {rec.overdue && <OverdueBadge />}
      </Group>
    )),
  ];
  return (
    <ResponsiveTable
      rows={recommendations}
      columns={columns}
      rowKey={(rec) => rec.id}
      caption={t('tableCaption', {
        field: t(`columns.${sort.sortField}`),
        direction: t(sort.sortDirection === 'ASC' ? 'ascending' : 'descending'),
      })}
      titleColumn="TITLE"
      minWidth={900}
      rowProps={(rec) => ({ 'data-overdue': rec.overdue ? 'true' : undefined })}
    />
  );
}
