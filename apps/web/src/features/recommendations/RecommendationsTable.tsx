import { Anchor, Group, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RecommendationListFieldsFragment, RecommendationSortField } from '../../gql/graphql';
import { recommendationPath } from '../../lib/navigation';
import { formatLocalDate } from './followUp';
import { PriorityBadge, StatusBadge } from './RecommendationBadges';
import type { RecommendationListParams } from './recommendationListParams';

type Sort = Pick<RecommendationListParams, 'sortField' | 'sortDirection'>;

interface Props {
  recommendations: RecommendationListFieldsFragment[];
  sort: Sort;
  onSort: (field: RecommendationSortField) => void;
  showMunicipality: boolean;
}

function SortableTh({ field, sort, onSort }: { field: RecommendationSortField; sort: Sort; onSort: Props['onSort'] }) {
  const { t } = useTranslation('recommendations');
  const active = sort.sortField === field;
  const Icon = !active ? IconSelector : sort.sortDirection === 'ASC' ? IconChevronUp : IconChevronDown;
  const label = t(`columns.${field}`);
  return (
    <Table.Th aria-sort={active ? (sort.sortDirection === 'ASC' ? 'ascending' : 'descending') : undefined}>
      <UnstyledButton onClick={() => onSort(field)} aria-label={t('sortBy', { field: label })}>
        <Group gap={4} wrap="nowrap">
          <Text fw={700} size="sm">
            {label}
          </Text>
          <Icon size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

export function RecommendationsTable({ recommendations, sort, onSort, showMunicipality }: Props) {
  const { t, i18n } = useTranslation('recommendations');
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
            <SortableTh field="PRIORITY" sort={sort} onSort={onSort} />
            <SortableTh field="REFERENCE" sort={sort} onSort={onSort} />
            <SortableTh field="TITLE" sort={sort} onSort={onSort} />
            {showMunicipality && <Table.Th>{t('columns.municipality')}</Table.Th>}
            <Table.Th>{t('columns.facet')}</Table.Th>
            <Table.Th>{t('columns.themes')}</Table.Th>
            <SortableTh field="STATUS" sort={sort} onSort={onSort} />
            <Table.Th>{t('columns.owner')}</Table.Th>
            <Table.Th>{t('columns.dueDate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {recommendations.map((rec) => (
            <Table.Tr key={rec.id}>
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
              <Table.Td>{rec.dueDate ? formatLocalDate(rec.dueDate, i18n.language) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
