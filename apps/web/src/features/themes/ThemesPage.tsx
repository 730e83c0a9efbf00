import { useQuery } from '@apollo/client/react';
import { Button, Card, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPagination } from '../../components/ListPagination';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { ThemesDocument, type ThemeFieldsFragment } from '../../gql/graphql';
import { pageWindow } from '../../lib/listParams';
import { useListParams } from '../../lib/useListParams';
import { useCan } from '../auth/useCan';
import { ThemeFilters } from './ThemeFilters';
import { ThemeFormModal } from './ThemeFormModal';
import { nextSort, themeListParams, toThemeFilter } from './themeListParams';
import { ThemesTable } from './ThemesTable';
import { useFacetOptions } from './useFacetOptions';
import { useToggleThemeActive } from './useToggleThemeActive';

export function ThemesPage() {
  const { t } = useTranslation('themes');
  const { t: tc } = useTranslation();
  const can = useCan();
  const { params, update, searchInput, setSearchInput, clearFilters, filtered } = useListParams(themeListParams);
  const [editing, setEditing] = useState<ThemeFieldsFragment | 'new' | null>(null);
  const facets = useFacetOptions();

  const { data, previousData, loading, error, refetch } = useQuery(ThemesDocument, {
    variables: {
      filter: toThemeFilter(params),
      sort: { field: params.sortField, direction: params.sortDirection },
      page: pageWindow(params.page),
    },
  });
  const toggleActive = useToggleThemeActive(() => void refetch());
  // Keep showing the previous page while the next one loads, instead of flashing skeletons.
  const page = data?.themes ?? previousData?.themes;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          can('THEME_MAINTAIN') && (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing('new')}>
              {t('create')}
            </Button>
          )
        }
      />
      <Card withBorder padding="lg">
        <Stack gap="md">
          <ThemeFilters
            search={searchInput}
            onSearchChange={setSearchInput}
            active={params.active}
            onActiveChange={(active) => update({ active })}
            facetId={params.facetId}
            onFacetChange={(facetId) => update({ facetId })}
            facetOptions={facets.options}
          />
          {facets.error && <QueryError error={facets.error} onRetry={() => void facets.refetch()} />}
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
              {page.items.length === 0 ? (
                <Stack align="flex-start" gap="xs" py="lg">
                  <Text>{t(filtered ? 'emptyFiltered' : 'empty')}</Text>
                  {filtered && (
                    <Button variant="default" size="xs" onClick={clearFilters}>
                      {t('clearFilters')}
                    </Button>
                  )}
                </Stack>
              ) : (
                <ThemesTable
                  themes={page.items}
                  sort={params}
                  onSort={(field) => update(nextSort(params, field))}
                  onEdit={setEditing}
                  onToggleActive={toggleActive}
                />
              )}
              <ListPagination
                total={page.total}
                page={params.page}
                onChange={(value) => update({ page: value })}
                label={t('pagination')}
              />
            </Stack>
          )}
        </Stack>
      </Card>
      {editing !== null && (
        <ThemeFormModal
          theme={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => void refetch()}
        />
      )}
    </Stack>
  );
}
