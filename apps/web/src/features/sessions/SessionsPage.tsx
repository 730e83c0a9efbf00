import { useQuery } from '@apollo/client/react';
import { Card, SegmentedControl, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterFold } from '../../components/FilterFold';
import { ListPagination } from '../../components/ListPagination';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { SessionsDocument } from '../../gql/graphql';
import { pageWindow } from '../../lib/listParams';
import { useListParams } from '../../lib/useListParams';
import { useCan } from '../auth/useCan';
import { todayKey } from './calendarDays';
import { SessionCalendar } from './SessionCalendar';
import { SessionFilters } from './SessionFilters';
import { sessionListParams, toSessionFilter } from './sessionListParams';
import { SessionsTable } from './SessionsTable';
import { useSessionFilterOptions } from './useSessionFilterOptions';

/** The API's largest page: a month of the programme fits comfortably. */
const CALENDAR_LIMIT = 100;

export function SessionsPage() {
  const { t } = useTranslation('sessions');
  const { t: tc } = useTranslation();
  const can = useCan();
  const { params, update, searchInput, setSearchInput, clearFilters, filtered } = useListParams(sessionListParams);
  const options = useSessionFilterOptions();
  const today = useMemo(() => todayKey(), []);
  const isList = params.view === 'list';

  const { data, previousData, loading, error, refetch } = useQuery(SessionsDocument, {
    variables: {
      filter: toSessionFilter(params, today),
      page: isList ? pageWindow(params.page) : { offset: 0, limit: CALENDAR_LIMIT },
    },
  });
  const page = data?.sessions ?? previousData?.sessions;
  const canRegister = can('REGISTRATION_SELF');

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          <SegmentedControl
            aria-label={t('views.label')}
            value={params.view}
            onChange={(view) => update({ view: view })}
            data={(['list', 'month', 'week'] as const).map((view) => ({ value: view, label: t(`views.${view}`) }))}
          />
        }
      />
      <Card withBorder padding="lg">
        <Stack gap="md">
          <FilterFold inUse={filtered}>
            <SessionFilters
              params={params}
              search={searchInput}
              onSearchChange={setSearchInput}
              onChange={update}
              onClear={filtered ? clearFilters : undefined}
              themeOptions={options.themes}
              municipalityOptions={options.municipalities}
            />
          </FilterFold>
          {isList && !params.from && !params.to && (
            <Text size="sm" c="dimmed">
              {t('filters.periodHint')}
            </Text>
          )}
          {options.error && <QueryError error={options.error} onRetry={() => void options.refetch()} />}
          {error ? (
            <QueryError error={error} onRetry={() => void refetch()} />
          ) : !page ? (
            <Stack gap="xs" aria-busy="true">
              <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
              {Array.from({ length: 6 }, (_, i) => (
                <Skeleton key={i} height={36} />
              ))}
            </Stack>
          ) : (
            <Stack gap="md" aria-busy={loading}>
              <Text size="sm" c="dimmed" role="status">
                {t('total', { count: page.total })}
              </Text>
              {!isList ? (
                <SessionCalendar
                  view={params.view === 'week' ? 'week' : 'month'}
                  anchor={params.date ?? today}
                  today={today}
                  sessions={page.items}
                  truncated={page.total > page.items.length}
                  onNavigate={(date) => update({ date })}
                />
              ) : page.items.length === 0 ? (
                <Text py="lg">{t(filtered ? 'emptyFiltered' : 'empty')}</Text>
              ) : (
                <SessionsTable sessions={page.items} showOwn={canRegister} />
              )}
              {isList && (
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
