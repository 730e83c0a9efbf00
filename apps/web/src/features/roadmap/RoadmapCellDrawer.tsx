import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Drawer, List, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import { QueryError } from '../../components/PageState';
import { RoadmapCellDocument } from '../../gql/graphql';
import { PATHS } from '../../lib/navigation';
import type { OpenedCell } from './RoadmapTable';

const CELL_PAGE = 50;

/**
 * The activities and tracks of one roadmap cell, loaded when the cell is opened: the roadmap itself
 * only carries counts. A drawer is a dialog, so focus moves into it and returns to the cell on close.
 */
export function RoadmapCellDrawer({
  programmeId,
  byQuarter,
  cell,
  onClose,
}: {
  programmeId: string;
  byQuarter: boolean;
  cell: OpenedCell | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('roadmap');
  const { t: tc } = useTranslation();
  return (
    <Drawer
      opened={cell !== null}
      onClose={onClose}
      position="right"
      size="md"
      title={cell ? t('cell.title', { theme: cell.theme.title, period: cell.periodLabel }) : ''}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      {cell && <CellContent programmeId={programmeId} byQuarter={byQuarter} cell={cell} />}
    </Drawer>
  );
}

function CellContent({ programmeId, byQuarter, cell }: { programmeId: string; byQuarter: boolean; cell: OpenedCell }) {
  const { t } = useTranslation('roadmap');
  const { t: tc } = useTranslation();
  const { data, error, loading, refetch, fetchMore } = useQuery(RoadmapCellDocument, {
    variables: {
      programmeId,
      themeId: cell.theme.id,
      year: cell.year,
      quarter: cell.quarter,
      byQuarter,
      page: { offset: 0, limit: CELL_PAGE },
    },
  });
  const content = data?.roadmapCell;

  const showMore = () =>
    void fetchMore({
      variables: { page: { offset: content?.activities.items.length ?? 0, limit: CELL_PAGE } },
      updateQuery: (previous, { fetchMoreResult }) => ({
        roadmapCell: {
          ...fetchMoreResult.roadmapCell,
          activities: {
            ...fetchMoreResult.roadmapCell.activities,
            items: [...previous.roadmapCell.activities.items, ...fetchMoreResult.roadmapCell.activities.items],
          },
        },
      }),
    });

  if (error) {
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }
  if (!content) {
    return (
      <Stack gap="xs" aria-busy="true">
        <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
        <Skeleton height={20} />
        <Skeleton height={20} />
        <Skeleton height={20} />
      </Stack>
    );
  }
  if (content.activities.total === 0 && content.tracks.length === 0) {
    return <Text>{t('cell.empty')}</Text>;
  }
  return (
    <Stack gap="lg">
      {content.activities.total > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="roadmap-cell-activities">
          <Title order={3} size="h5" id="roadmap-cell-activities">
            {t('activities', { count: content.activities.total })}
          </Title>
          <List spacing={4} listStyleType="none" p={0}>
            {content.activities.items.map((activity) => (
              <List.Item key={activity.id}>
                <Anchor component={Link} to={generatePath(PATHS.activity, { id: activity.id })} size="sm">
                  {activity.title}
                </Anchor>
              </List.Item>
            ))}
          </List>
          {content.activities.items.length < content.activities.total && (
            <Stack gap={4} align="flex-start">
              <Text size="xs" c="dimmed">
                {t('cell.shown', { shown: content.activities.items.length, total: content.activities.total })}
              </Text>
              <Button variant="default" size="xs" onClick={showMore} loading={loading}>
                {t('cell.more')}
              </Button>
            </Stack>
          )}
        </Stack>
      )}
      {content.tracks.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="roadmap-cell-tracks">
          <Title order={3} size="h5" id="roadmap-cell-tracks">
            {t('tracks', { count: content.tracks.length })}
          </Title>
          <List spacing={4} listStyleType="none" p={0}>
            {content.tracks.map((track) => (
              <List.Item key={track.id}>
                <Text size="sm">{track.title}</Text>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}
