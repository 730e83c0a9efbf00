import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Group, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useParams } from 'react-router';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { PeerGroupDocument } from '../../gql/graphql';
import { toApiProblem } from '../../lib/errors';
import { PATHS } from '../../lib/navigation';
import { PeerGroupWorkPanel } from './group-work/PeerGroupWorkPanel';
import { formatPeriod } from './labels';
import { PeerGroupDetails } from './PeerGroupDetails';

/** One published group of the own municipality; any other id is "not found", as the API answers. */
export function PeerGroupPage() {
  const { t, i18n } = useTranslation('peerLearning');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(PeerGroupDocument, { variables: { id } });
  if (error && toApiProblem(error).code === 'NOT_FOUND') {
    return <NotFoundPage />;
  }
  const back = (
    <Anchor component={Link} to={PATHS.myPeerGroups} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('myGroups.back')}
      </Group>
    </Anchor>
  );
  if (error) {
    return (
      <Stack gap="lg">
        {back}
        <PageHeader title={t('myGroups.title')} />
        <QueryError error={error} onRetry={() => void refetch()} />
      </Stack>
    );
  }
  const group = data?.peerGroup;
  if (!group) {
    return (
      <Stack gap="md" aria-busy="true">
        {back}
        <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
        <Skeleton height={40} width="60%" />
        <Skeleton height={160} />
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      {back}
      <PageHeader
        title={t('myGroups.groupTitle', { track: group.trackTitle })}
        description={
          <>
            {formatPeriod(group.trackStartsOn, group.trackEndsOn, i18n.language)} ·{' '}
            <Anchor component={Link} to={generatePath(PATHS.peerTrack, { id: group.trackId })} underline="always">
              {group.trackTitle}
            </Anchor>
          </>
        }
      />
      <Card withBorder padding="lg">
        <PeerGroupDetails group={group} headingLevel={1} />
      </Card>
      <PeerGroupWorkPanel groupId={group.id} />
    </Stack>
  );
}
