import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import { QueryError } from '../../components/PageState';
import { PictureSnapshotsDocument } from '../../gql/graphql';
import { PATHS } from '../../lib/navigation';
import { useDateFormat } from './PictureParts';

const HISTORY_PAGE = 10;

/** Published snapshots, newest first; a snapshot is a link, so older pictures can be bookmarked and shared. */
export function SnapshotHistory({ currentId }: { currentId: string }) {
  const { t } = useTranslation('picture');
  const formatDate = useDateFormat();
  const { data, error, loading, refetch, fetchMore } = useQuery(PictureSnapshotsDocument, {
    variables: { page: { offset: 0, limit: HISTORY_PAGE } },
  });
  const page = data?.pictureSnapshots;

  const showMore = () =>
    void fetchMore({
      variables: { page: { offset: page?.items.length ?? 0, limit: HISTORY_PAGE } },
      updateQuery: (previous, { fetchMoreResult }) => ({
        pictureSnapshots: {
          ...fetchMoreResult.pictureSnapshots,
          items: [...previous.pictureSnapshots.items, ...fetchMoreResult.pictureSnapshots.items],
        },
      }),
    });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="snapshot-history">
      <Title order={2} size="h3" mb="sm" id="snapshot-history">
        {t('history.title')}
      </Title>
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !page ? (
        <Skeleton height={80} aria-hidden />
      ) : page.items.length === 0 ? (
        <Text>{t('history.empty')}</Text>
      ) : (
        <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {page.items.map((snapshot) => {
            const current = snapshot.id === currentId;
            return (
              <li key={snapshot.id}>
                <Anchor
                  component={Link}
                  to={generatePath(PATHS.pictureSnapshot, { id: snapshot.id })}
                  aria-current={current ? 'page' : undefined}
                  underline="always"
                  fw={current ? 700 : undefined}
                >
                  {formatDate(snapshot.publishedAt)}
                </Anchor>
                {current && (
                  <Text span size="sm">
                    {' '}
                    {t('history.current')}
                  </Text>
                )}
                {snapshot.note && (
                  <Text size="sm" c="dimmed" lineClamp={2}>
                    {snapshot.note}
                  </Text>
                )}
              </li>
            );
          })}
        </Stack>
      )}
      {page && page.items.length < page.total && (
        <Button variant="default" size="xs" mt="md" onClick={showMore} loading={loading}>
          {t('history.more')}
        </Button>
      )}
    </Card>
  );
}
