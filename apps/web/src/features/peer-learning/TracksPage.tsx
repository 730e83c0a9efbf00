import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Select, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, useNavigate } from 'react-router';
import { ListPagination } from '../../components/ListPagination';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { SearchField } from '../../components/SearchField';
import { PeerTracksDocument } from '../../gql/graphql';
import { PATHS } from '../../lib/navigation';
import { useListParams } from '../../lib/useListParams';
import { useCan } from '../auth/useCan';
import { TrackFormModal } from './TrackFormModal';
import { nextSort, TRACK_PHASES, trackListParams, trackYears, visibleTracks } from './trackListParams';
import { TracksTable } from './TracksTable';

export function TracksPage() {
  const { t } = useTranslation('peerLearning');
  const { t: tc } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const { params, update, searchInput, setSearchInput, clearFilters, filtered } = useListParams(trackListParams);
  const [creating, setCreating] = useState(false);
  const { data, loading, error, refetch } = useQuery(PeerTracksDocument);
  const page = data ? visibleTracks(data.peerTracks, params) : null;
  const years = trackYears(data?.peerTracks ?? []);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('tracks.title')}
        description={t('tracks.intro')}
        actions={
          can('TRACK_MANAGE') && (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
              {t('tracks.create')}
            </Button>
          )
        }
      />
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Group align="flex-end" gap="md">
            <SearchField
              label={t('tracks.search')}
              placeholder={t('tracks.searchPlaceholder')}
              value={searchInput}
              onChange={setSearchInput}
              width={320}
            />
            <Select
              label={t('tracks.enrolmentFilter')}
              data={[
                { value: 'all', label: t('tracks.allTracks') },
                { value: 'open', label: t('tracks.open') },
                { value: 'closed', label: t('tracks.closed') },
              ]}
              value={params.enrolment ?? 'all'}
              onChange={(value) => update({ enrolment: value === 'open' || value === 'closed' ? value : null })}
              allowDeselect={false}
              w={{ base: '100%', sm: 200 }}
            />
            <Select
              label={t('tracks.phaseFilter')}
              data={[
                { value: 'all', label: t('tracks.allTracks') },
                ...TRACK_PHASES.map((phase) => ({ value: phase, label: t(`tracks.phase.${phase}`) })),
              ]}
              value={params.phase ?? 'all'}
              onChange={(value) => update({ phase: TRACK_PHASES.find((phase) => phase === value) ?? null })}
              allowDeselect={false}
              w={{ base: '100%', sm: 200 }}
            />
            <Select
              label={t('tracks.yearFilter')}
              data={[
                { value: 'all', label: t('tracks.allYears') },
                ...years.map((year) => ({ value: String(year), label: String(year) })),
              ]}
              value={params.year === null ? 'all' : String(params.year)}
              onChange={(value) => update({ year: value && value !== 'all' ? Number(value) : null })}
              allowDeselect={false}
              w={{ base: '100%', sm: 140 }}
            />
          </Group>
          {error ? (
            <QueryError error={error} onRetry={() => void refetch()} />
          ) : !page ? (
            <Stack gap="xs" aria-busy="true">
              <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
              {Array.from({ length: 4 }, (_, i) => (
                <Skeleton key={i} height={36} />
              ))}
            </Stack>
          ) : (
            <Stack gap="md" aria-busy={loading}>
              <Text size="sm" c="dimmed" role="status">
                {t('tracks.total', { count: page.total })}
              </Text>
              {page.items.length === 0 ? (
                <Stack align="flex-start" gap="xs" py="lg">
                  <Text>{t(filtered ? 'tracks.emptyFiltered' : 'tracks.empty')}</Text>
                  {filtered && (
                    <Button variant="default" size="xs" onClick={clearFilters}>
                      {t('tracks.clearFilters')}
                    </Button>
                  )}
                </Stack>
              ) : (
                <TracksTable tracks={page.items} sort={params} onSort={(field) => update(nextSort(params, field))} />
              )}
              <ListPagination
                total={page.total}
                page={params.page}
                onChange={(value) => update({ page: value })}
                label={t('tracks.pagination')}
              />
            </Stack>
          )}
        </Stack>
      </Card>
      {creating && (
        <TrackFormModal
          track={null}
          onClose={() => setCreating(false)}
          onSaved={(track) => void navigate(generatePath(PATHS.peerTrack, { id: track.id }))}
        />
      )}
    </Stack>
  );
}
