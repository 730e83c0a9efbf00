import { Anchor, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import { SortableTh } from '../../components/SortableTh';
import type { PeerTrackFieldsFragment } from '../../gql/graphql';
import { formatAmsterdamDate } from '../../lib/amsterdamTime';
import { PATHS } from '../../lib/navigation';
import { bandText, formatPeriod } from './labels';
import { localToday, trackPhase, type TrackListParams, type TrackSortField } from './trackListParams';
import { AppBadge } from '../../components/AppBadge';

interface Props {
  tracks: PeerTrackFieldsFragment[];
  sort: Pick<TrackListParams, 'sortField' | 'sortDirection'>;
  onSort: (field: TrackSortField) => void;
}

export function TracksTable({ tracks, sort, onSort }: Props) {
  const { t, i18n } = useTranslation('peerLearning');
  const today = localToday();
  const sortableTh = (field: TrackSortField) => {
    const label = t(`tracks.columns.${field}`);
    return (
      <SortableTh
        field={field}
        sort={sort}
        onSort={onSort}
        label={label}
        sortLabel={t('tracks.sortBy', { field: label })}
      />
    );
  };
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <VisuallyHidden component="caption">
          {t('tracks.tableCaption', {
            field: t(`tracks.columns.${sort.sortField}`),
            direction: t(sort.sortDirection === 'ASC' ? 'tracks.ascending' : 'tracks.descending'),
          })}
        </VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            {sortableTh('TITLE')}
            <Table.Th>{t('tracks.columns.themes')}</Table.Th>
            {sortableTh('STARTS_ON')}
            {sortableTh('ENROLMENT_CLOSES_AT')}
            <Table.Th>{t('tracks.columns.enrolled')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tracks.map((track) => (
            <Table.Tr key={track.id}>
              <Table.Td>
                <Anchor component={Link} to={generatePath(PATHS.peerTrack, { id: track.id })} fw={500} size="sm">
                  {track.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {track.themes.map((theme) => (
                    <AppBadge key={theme.id} variant="outline" tone="neutral" tt="none" fw={500}>
                      {theme.title}
                    </AppBadge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Stack gap={2} align="flex-start">
                  <Text size="sm">{formatPeriod(track.startsOn, track.endsOn, i18n.language)}</Text>
                  <AppBadge variant="outline" tone="neutral" tt="none" fw={500}>
                    {t(`tracks.phase.${trackPhase(track, today)}`)}
                  </AppBadge>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={2} align="flex-start">
                  <Text size="sm">{formatAmsterdamDate(track.enrolmentClosesAt, i18n.language)}</Text>
                  <AppBadge tone={track.enrolmentOpen ? 'success' : 'neutral'} variant="light">
                    {t(track.enrolmentOpen ? 'tracks.open' : 'tracks.closed')}
                  </AppBadge>
                </Stack>
              </Table.Td>
              <Table.Td>{bandText(track.enrolmentCount, t)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
