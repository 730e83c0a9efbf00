import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, SegmentedControl, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { PAGE_SIZE_MAX } from '@rode-draad/shared';
import { useTranslation } from 'react-i18next';
import { FilterFold } from '../../components/FilterFold';
import { ListPagination } from '../../components/ListPagination';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { ColleaguesDocument, RecommendationsDocument } from '../../gql/graphql';
import { pageWindow } from '../../lib/listParams';
import { useListParams } from '../../lib/useListParams';
import { useCan } from '../auth/useCan';
import { useViewer } from '../auth/useViewer';
import { RecommendationFilters } from './RecommendationFilters';
import { ExportMenu } from './ExportMenu';
import { RecommendationsBoard } from './RecommendationsBoard';
import { RecommendationsTable } from './RecommendationsTable';
import { VIEWS, nextSort, recommendationListParams, toRecommendationFilter } from './recommendationListParams';
import { useFilterOptions } from './useFilterOptions';

/** One list for every reader; the API decides whose recommendations it holds (region, municipality or own). */
export function RecommendationsPage() {
  const { t } = useTranslation('recommendations');
  const viewer = useViewer();
  const can = useCan();
  // Analysts see the whole region; those without follow-up rights see only what is assigned to them.
  const isAnalyst = can('RECOMMENDATION_EDIT_CONTENT');
  const isParticipant = !isAnalyst && !can('FOLLOW_UP_WRITE');
  const { params, update, searchInput, setSearchInput, clearFilters, filtered } =
    useListParams(recommendationListParams);
  const options = useFilterOptions(isAnalyst);
  // Owners to filter on: the municipality's people, for those who assign them.
  const canAssign = can('COLLEAGUE_READ');
  const colleagues = useQuery(ColleaguesDocument, { skip: !canAssign });
  const ownerOptions = canAssign
    ? (colleagues.data?.colleagues ?? []).map((c) => ({ value: c.id, label: c.name }))
    : null;
  const board = params.view === 'board';
  const filter = toRecommendationFilter(params, isAnalyst);
  const sort = { field: params.sortField, direction: params.sortDirection };

  const { data, previousData, loading, error, refetch } = useQuery(RecommendationsDocument, {
    variables: {
      filter,
      sort,
      // The board shows every card at once, up to the largest page; the table pages.
      page: board ? { offset: 0, limit: PAGE_SIZE_MAX } : pageWindow(params.page),
    },
    // Follow-up changes elsewhere should show when coming back to the list.
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.recommendations ?? previousData?.recommendations;

  const intro = isAnalyst ? 'introAnalyst' : isParticipant ? 'introParticipant' : 'introCoordinator';
  return (
    <Stack gap="lg">
      <PageHeader
        title={t(isParticipant ? 'titleParticipant' : 'title')}
        description={t(intro, { municipality: viewer.municipality?.name ?? '' })}
      />
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Group justify="space-between" align="flex-end">
            <SegmentedControl
              aria-label={t('view.label')}
              value={params.view}
              onChange={(value) => update({ view: VIEWS.find((v) => v === value) ?? 'table' })}
              data={VIEWS.map((view) => ({ value: view, label: t(`view.${view}`) }))}
            />
            <ExportMenu filter={filter} sort={sort} />
          </Group>
          <FilterFold inUse={filtered}>
            <RecommendationFilters
              search={searchInput}
              onSearchChange={setSearchInput}
              params={params}
              onChange={update}
              facetOptions={options.facetOptions}
              themeOptions={options.themeOptions}
              municipalityOptions={options.municipalityOptions}
              ownerOptions={ownerOptions}
            />
          </FilterFold>
          {options.error && <QueryError error={options.error} onRetry={options.refetch} />}
          {error ? (
            <QueryError error={error} onRetry={() => void refetch()} />
          ) : !page ? (
            <Stack gap="xs" aria-busy="true">
              <VisuallyHidden role="status">{t('loading')}</VisuallyHidden>
              {Array.from({ length: 6 }, (_, i) => (
                <Skeleton key={i} height={36} />
              ))}
            </Stack>
          ) : (
            <Stack gap="md" aria-busy={loading}>
              <Text size="sm" c="dimmed" role="status">
                {t('total', { count: page.total })}
              </Text>
              {page.items.length === 0 ? (
                <Stack align="flex-start" gap="xs" py="lg">
                  <Text>{t(filtered ? 'emptyFiltered' : isParticipant ? 'emptyParticipant' : 'empty')}</Text>
                  {filtered && (
                    <Button variant="default" size="xs" onClick={clearFilters}>
                      {t('clearFilters')}
                    </Button>
                  )}
                </Stack>
              ) : board ? (
                <>
                  {page.total > page.items.length && (
                    <Text size="sm">{t('board.truncated', { shown: page.items.length, total: page.total })}</Text>
                  )}
                  <RecommendationsBoard
                    cards={page.items}
                    canMove={can('FOLLOW_UP_WRITE')}
                    onReload={() => refetch()}
                  />
                </>
              ) : (
                <RecommendationsTable
                  recommendations={page.items}
                  sort={params}
                  onSort={(field) => update(nextSort(params, field))}
                  showMunicipality={isAnalyst}
                />
              )}
              {!board && (
                <ListPagination
                  total={page.total}
                  page={params.page}
                  onChange={(value) => update({ page: value })}
                  label={t('pagination')}
                />
              )}
            </Stack>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
