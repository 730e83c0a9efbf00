import { Anchor, Group, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SortableTh } from '../../components/SortableTh';
import type { RecommendationListFieldsFragment, RecommendationSortField } from '../../gql/graphql';
import { recommendationPath } from '../../lib/navigation';
import { formatLocalDate } from './followUp';
import { OverdueBadge, PriorityBadge, StatusBadge } from './RecommendationBadges';
import type { RecommendationListParams } from './recommendationListParams';

type Sort = Pick<RecommendationListParams, 'sortField' | 'sortDirection'>;

interface Props {
  recommendations: RecommendationListFieldsFragment[];
  sort: Sort;
  onSort: (field: RecommendationSortField) => void;
  showMunicipality: boolean;
}

export function RecommendationsTable({ recommendations, sort, onSort, showMunicipality }: Props) {
  const { t, i18n } = useTranslation('recommendations');
  // One header per sortable column: its name, and the button's accessible name "sort by <name>".
  const sortableTh = (field: RecommendationSortField) => {
    const label = t(`columns.${field}`);
    return (
      <SortableTh field={field} sort={sort} onSort={onSort} label={label} sortLabel={t('sortBy', { field: label })} />
    );
  };
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <VisuallyHidden component="caption">
          {t('tableCaption', {
            field: t(`columns.${sort.sortField}`),
            direction: t(sort.sortDirection === 'ASC' ? 'ascending' : 'descending'),
          })}
        </VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            {sortableTh('PRIORITY')}
            {sortableTh('REFERENCE')}
            {sortableTh('TITLE')}
            {showMunicipality && <Table.Th>{t('columns.municipality')}</Table.Th>}
            <Table.Th>{t('columns.facet')}</Table.Th>
            <Table.Th>{t('columns.themes')}</Table.Th>
            {sortableTh('STATUS')}
            <Table.Th>{t('columns.owner')}</Table.Th>
            {sortableTh('DUE_DATE')}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {recommendations.map((rec) => (
            <Table.Tr key={rec.id} data-overdue={rec.overdue || undefined}>
              <Table.Td>
                <PriorityBadge priority={rec.priority} />
              </Table.Td>
              <Table.Td>{rec.reference ?? '—'}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={recommendationPath(rec.id)} size="sm" fw={500}>
                  {rec.title}
                </Anchor>
              </Table.Td>
              {showMunicipality && <Table.Td>{rec.municipality.name}</Table.Td>}
              <Table.Td>{rec.facet.name}</Table.Td>
              <Table.Td>{rec.themes.length > 0 ? rec.themes.map((theme) => theme.title).join(', ') : '—'}</Table.Td>
              <Table.Td>
                <StatusBadge status={rec.status} />
              </Table.Td>
              <Table.Td>{rec.owner?.name ?? '—'}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  {rec.dueDate ? formatLocalDate(rec.dueDate, i18n.language) : '—'}
                  {rec.overdue && <OverdueBadge />}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
