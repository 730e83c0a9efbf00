import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useParams } from 'react-router';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { PeerEnrolmentsDocument, PeerProposalDocument, PeerTrackDocument } from '../../gql/graphql';
import { toApiProblem } from '../../lib/errors';
import { PATHS } from '../../lib/navigation';
import { EnrolmentsTable } from './EnrolmentsTable';
import { ProposalSection } from './ProposalSection';

/** Staff's review of a track: the enrolments with their declarations, and the pairing from run to publication. */
export function ReviewPage() {
  const { t } = useTranslation('peerLearning');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const track = useQuery(PeerTrackDocument, { variables: { id } });
  const enrolments = useQuery(PeerEnrolmentsDocument, { variables: { trackId: id } });
  const proposal = useQuery(PeerProposalDocument, { variables: { trackId: id } });
  const error = track.error ?? enrolments.error ?? proposal.error;

  if (error && toApiProblem(error).code === 'NOT_FOUND') {
    return <NotFoundPage />;
  }
  const back = (
    <Anchor component={Link} to={generatePath(PATHS.peerTrack, { id })} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('review.back')}
      </Group>
    </Anchor>
  );
  if (error) {
    return (
      <Stack gap="lg">
        {back}
        <PageHeader title={t('tracks.title')} />
        <QueryError
          error={error}
          onRetry={() => void Promise.all([track.refetch(), enrolments.refetch(), proposal.refetch()])}
        />
      </Stack>
    );
  }
  const loaded = track.data && enrolments.data && proposal.data;
  if (!loaded) {
    return (
      <Stack gap="md" aria-busy="true">
        {back}
        <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
        <Skeleton height={40} width="60%" />
        <Skeleton height={200} />
      </Stack>
    );
  }
  const reload = () => Promise.all([track.refetch(), enrolments.refetch(), proposal.refetch()]);
  return (
    <Stack gap="xl">
      {back}
      <PageHeader title={t('review.title', { track: track.data.peerTrack.title })} />
      <EnrolmentsTable track={track.data.peerTrack} enrolments={enrolments.data.peerEnrolments} />
      <ProposalSection track={track.data.peerTrack} proposal={proposal.data.peerProposal} onReload={reload} />
    </Stack>
  );
}
