import { useQuery } from '@apollo/client/react';
import { Button, Card, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconEye, IconReport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { LatestPictureDocument, PictureSnapshotDocument, type PictureSnapshotFieldsFragment } from '../../gql/graphql';
import { PATHS } from '../../lib/navigation';
import { useCan } from '../auth/useCan';
import { useDateFormat } from './PictureParts';
import { PictureView } from './PictureView';
import { SnapshotHistory } from './SnapshotHistory';
import { AdviceList } from '../regional-advice/AdviceList';

/** The latest published snapshot, or an older one by id: readers never see live figures. */
export function PicturePage() {
  const { id } = useParams();
  const latest = useQuery(LatestPictureDocument, { skip: id !== undefined });
  const older = useQuery(PictureSnapshotDocument, { variables: { id: id ?? '' }, skip: id === undefined });
  const { data, error, refetch } = id === undefined ? latest : older;
  const snapshot = data && ('latestPicture' in data ? data.latestPicture : data.pictureSnapshot);
  return <PictureLayout snapshot={snapshot} error={error} onRetry={() => void refetch()} />;
}

interface LayoutProps {
  /** undefined while loading, null when nothing is published yet. */
  snapshot: PictureSnapshotFieldsFragment | null | undefined;
  error: unknown;
  onRetry: () => void;
}

function PictureLayout({ snapshot, error, onRetry }: LayoutProps) {
  const { t } = useTranslation('picture');
  const { t: tc } = useTranslation();
  const { t: tb } = useTranslation('boardReport');
  const can = useCan();
  const formatDate = useDateFormat();
  const isAnalyst = can('PICTURE_PUBLISH');
  const publishAction = isAnalyst && (
    <Button component={Link} to={PATHS.picturePublish} leftSection={<IconEye size={18} aria-hidden />}>
      {t('toPublish')}
    </Button>
  );

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('intro')} actions={publishAction} />
      {error ? (
        <QueryError error={error} onRetry={onRetry} />
      ) : snapshot === undefined ? (
        <Stack gap="md" aria-busy="true">
          <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
          <Skeleton height={80} />
          <Skeleton height={320} />
        </Stack>
      ) : snapshot === null ? (
        <Card withBorder padding="lg">
          <Text>{t('empty')}</Text>
          {isAnalyst && <Text mt="xs">{t('emptyAnalyst')}</Text>}
        </Card>
      ) : (
        <>
          <Card withBorder padding="lg" component="section" aria-labelledby="snapshot-title">
            <Title order={2} size="h3" id="snapshot-title">
              {t('snapshotTitle', { date: formatDate(snapshot.publishedAt) })}
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              {t('publishedOn', { date: formatDate(snapshot.publishedAt) })}
              {snapshot.publishedByName ? ` ${t('publishedBy', { name: snapshot.publishedByName })}` : ''}
            </Text>
            <Text mt="sm" fw={500}>
              {t('note')}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{snapshot.note || t('noNote')}</Text>
            <Text size="sm" c="dimmed" mt="sm">
              {t('consent.nextSnapshot')}
            </Text>
            <Button
              mt="md"
              variant="default"
              component={Link}
              to={generatePath(PATHS.boardReport, { id: snapshot.id })}
              leftSection={<IconReport size={18} aria-hidden />}
              style={{ alignSelf: 'flex-start' }}
            >
              {tb('open')}
            </Button>
          </Card>
          <PictureView picture={snapshot} />
          <AdviceList snapshotId={snapshot.id} />
          <SnapshotHistory currentId={snapshot.id} />
        </>
      )}
    </Stack>
  );
}
