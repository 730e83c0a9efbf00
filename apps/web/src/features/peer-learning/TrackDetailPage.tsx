import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowLeft, IconPencil, IconUsersGroup } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { PeerTrackDocument, type PeerTrackFieldsFragment } from '../../gql/graphql';
import { formatAmsterdamDate } from '../../lib/amsterdamTime';
import { toApiProblem } from '../../lib/errors';
import { PATHS } from '../../lib/navigation';
import { useCan } from '../auth/useCan';
import { EnrolmentPanel } from './EnrolmentPanel';
import { bandText, formatPeriod } from './labels';
import { MyGroupInTrack } from './MyGroupInTrack';
import { TrackOverviewSection } from './overview/TrackOverviewSection';
import { TrackFormModal } from './TrackFormModal';
import { AppBadge } from '../../components/AppBadge';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fw={700} size="sm">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

function windowText(
  track: PeerTrackFieldsFragment,
  t: ReturnType<typeof useTranslation<'peerLearning'>>['t'],
  locale: string,
) {
  if (track.enrolmentOpen) {
    return t('detail.windowOpen', { date: formatAmsterdamDate(track.enrolmentClosesAt, locale) });
  }
  return new Date(track.enrolmentOpensAt) > new Date()
    ? t('detail.windowNotYet', { date: formatAmsterdamDate(track.enrolmentOpensAt, locale) })
    : t('detail.windowClosed', { date: formatAmsterdamDate(track.enrolmentClosesAt, locale) });
}

/** A track's public information and counts; the own enrolment for coordinators; staff's way to the grouping and their overview of the groups at work. */
export function TrackDetailPage() {
  const { t, i18n } = useTranslation('peerLearning');
  const { t: tc } = useTranslation();
  const can = useCan();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(PeerTrackDocument, { variables: { id } });
  const [editing, setEditing] = useState(false);
  const track = data?.peerTrack;

  const back = (
    <Anchor component={Link} to={PATHS.peerTracks} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('detail.back')}
      </Group>
    </Anchor>
  );
  if (error) {
    return (
      <Stack gap="lg">
        {back}
        <PageHeader title={t('tracks.title')} />
        {toApiProblem(error).code === 'NOT_FOUND' ? (
          <Text>{t('detail.notFound')}</Text>
        ) : (
          <QueryError error={error} onRetry={() => void refetch()} />
        )}
      </Stack>
    );
  }
  if (!track) {
    return (
      <Stack gap="md" aria-busy="true">
        {back}
        <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
        <Skeleton height={40} width="60%" />
        <Skeleton height={160} />
      </Stack>
    );
  }
  const goals = [...track.goals].sort((a, b) => a.position - b.position);

  return (
    <Stack gap="lg">
      {back}
      <PageHeader
        title={track.title}
        actions={
          track.viewerCan.manage && (
            <Group gap="sm">
              <Button
                variant="default"
                leftSection={<IconPencil size={18} aria-hidden />}
                onClick={() => setEditing(true)}
              >
                {t('detail.edit')}
              </Button>
              <Button
                component={Link}
                to={generatePath(PATHS.peerTrackReview, { id: track.id })}
                leftSection={<IconUsersGroup size={18} aria-hidden />}
              >
                {t('detail.review')}
              </Button>
            </Group>
          )
        }
      />
      <Card withBorder padding="lg">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg" component="dl" m={0}>
          <Fact label={t('detail.period')}>{formatPeriod(track.startsOn, track.endsOn, i18n.language)}</Fact>
          <Fact label={t('detail.enrolmentWindow')}>
            <AppBadge
              tone={track.enrolmentOpen ? 'success' : 'neutral'}
              variant={track.enrolmentOpen ? 'light' : 'outline'}
              mr="xs"
            >
              {t(track.enrolmentOpen ? 'tracks.open' : 'tracks.closed')}
            </AppBadge>
            {windowText(track, t, i18n.language)}
          </Fact>
          <Fact label={t('detail.enrolled')}>{bandText(track.enrolmentCount, t)}</Fact>
          <Fact label={t('detail.groupForm')}>{t(`groupForm.${track.groupForm}`)}</Fact>
          <Fact label={t('detail.multipleGroups')}>{t(track.multipleGroupsAllowed ? 'detail.yes' : 'detail.no')}</Fact>
          <Fact label={t('detail.themes')}>{track.themes.map((theme) => theme.title).join(', ')}</Fact>
        </SimpleGrid>
        <Title order={2} size="h4" mt="lg" mb={4}>
          {t('detail.goals')}
        </Title>
        <List type="ordered">
          {goals.map((goal) => (
            <List.Item key={goal.id}>{goal.title}</List.Item>
          ))}
        </List>
        <Title order={2} size="h4" mt="lg" mb={4}>
          {t('detail.description')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{track.description || t('detail.noDescription')}</Text>
      </Card>
      {track.viewerCan.manage && <TrackOverviewSection trackId={track.id} />}
      {can('PEER_GROUP_READ') && <MyGroupInTrack trackId={track.id} />}
      {can('TRACK_ENROL') && <EnrolmentPanel track={track} />}
      {editing && <TrackFormModal track={track} onClose={() => setEditing(false)} onSaved={() => void refetch()} />}
    </Stack>
  );
}
