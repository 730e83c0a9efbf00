import { ACTIVITY_FORMATS } from '@rode-draad/shared';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Select, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchField } from '../../components/SearchField';
import { generatePath, useNavigate } from 'react-router';
import { ListPagination } from '../../components/ListPagination';
import { QueryError } from '../../components/PageState';
import { ProgrammeActivitiesDocument, type ProgrammeFieldsFragment } from '../../gql/graphql';
import { pageWindow } from '../../lib/listParams';
import { PATHS } from '../../lib/navigation';
import { useListParams } from '../../lib/useListParams';
import { ActivitiesTable } from './ActivitiesTable';
import { ActivityFormModal } from './ActivityFormModal';
import { activityListParams, toActivityFilter } from './activityListParams';
import { useThemeOptions } from './useThemeOptions';

/** The programme's activities, filtered by theme, format, year and search; the filters live in the URL. */
export function ProgrammeActivities({ programme }: { programme: ProgrammeFieldsFragment }) {
  const { t } = useTranslation('programmes');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const { params, update, searchInput, setSearchInput, clearFilters, filtered } = useListParams(activityListParams);
  const [creating, setCreating] = useState(false);
  const themes = useThemeOptions();
  const years = Array.from({ length: programme.endYear - programme.startYear + 1 }, (_, i) =>
    String(programme.startYear + i),
  );

  const { data, previousData, loading, error, refetch } = useQuery(ProgrammeActivitiesDocument, {
    variables: { filter: toActivityFilter(programme.id, params), page: pageWindow(params.page) },
  });
  const page = data?.activities ?? previousData?.activities;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="programme-activities">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3" id="programme-activities">
            {t('detail.activities')}
          </Title>
          {programme.viewerCan.edit && (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
              {t('detail.newActivity')}
            </Button>
          )}
        </Group>
        <Group align="flex-end" gap="md" role="search" aria-label={t('filters.label')}>
          <SearchField
            label={t('filters.search')}
            placeholder={t('filters.searchPlaceholder')}
            value={searchInput}
            onChange={setSearchInput}
            width={260}
          />
          <Select
            label={t('filters.theme')}
            placeholder={t('filters.allThemes')}
            data={themes.options}
            value={params.themeId}
            onChange={(themeId) => update({ themeId })}
            clearable
            searchable
            w={{ base: '100%', sm: 260 }}
          />
          <Select
            label={t('filters.format')}
            placeholder={t('filters.allFormats')}
            data={ACTIVITY_FORMATS.map((f) => ({ value: f, label: t(`format.${f}`) }))}
            value={params.format}
            onChange={(value) => update({ format: ACTIVITY_FORMATS.find((f) => f === value) ?? null })}
            clearable
            w={{ base: '100%', sm: 200 }}
          />
          <Select
            label={t('filters.year')}
            placeholder={t('filters.allYears')}
            data={years}
            value={params.year === null ? null : String(params.year)}
            onChange={(value) => update({ year: value ? Number(value) : null })}
            clearable
            w={{ base: '100%', sm: 140 }}
          />
        </Group>
        {themes.error && <QueryError error={themes.error} onRetry={() => void themes.refetch()} />}
        {error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : !page ? (
          <Stack gap="xs" aria-busy="true">
            <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
            {Array.from({ length: 5 }, (_, i) => (
              <Skeleton key={i} height={36} />
            ))}
          </Stack>
        ) : (
          <Stack gap="md" aria-busy={loading}>
            <Text size="sm" c="dimmed" role="status">
              {t('activities.total', { count: page.total })}
            </Text>
            {page.items.length === 0 ? (
              <Stack align="flex-start" gap="xs" py="lg">
                <Text>{t(filtered ? 'activities.emptyFiltered' : 'activities.empty')}</Text>
                {filtered && (
                  <Button variant="default" size="xs" onClick={clearFilters}>
                    {t('activities.clearFilters')}
                  </Button>
                )}
              </Stack>
            ) : (
              <ActivitiesTable activities={page.items} />
            )}
            <ListPagination
              total={page.total}
              page={params.page}
              onChange={(value) => update({ page: value })}
              label={t('activities.pagination')}
            />
          </Stack>
        )}
      </Stack>
      {creating && (
        <ActivityFormModal
          programme={programme}
          activity={null}
          onClose={() => setCreating(false)}
          onSaved={(saved) => void navigate(generatePath(PATHS.activity, { id: saved.id }))}
        />
      )}
    </Card>
  );
}
