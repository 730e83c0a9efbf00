import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, List, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/PageState';
import { PeerEnrolmentsDocument, WithdrawPeerEnrolmentDocument, type PeerTrackFieldsFragment } from '../../gql/graphql';
import { formatAmsterdamDate } from '../../lib/amsterdamTime';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';
import { useRefreshOnStale } from '../../lib/useStaleVersion';
import { useViewer } from '../auth/useViewer';
import { EnrolmentFormModal } from './EnrolmentFormModal';
import { formatMonth } from './labels';

/** The own municipality's enrolment in a track: what it declared, and enrol, change or withdraw while open. */
export function EnrolmentPanel({ track }: { track: PeerTrackFieldsFragment }) {
  const { t, i18n } = useTranslation('peerLearning');
  const { t: tc } = useTranslation();
  const viewer = useViewer();
  const municipality = viewer.municipality?.name ?? '';
  const { data, error, refetch } = useQuery(PeerEnrolmentsDocument, { variables: { trackId: track.id } });
  const [withdraw] = useMutation(WithdrawPeerEnrolmentDocument, { refetchQueries: ['PeerEnrolments', 'PeerTrack'] });
  const refreshOnStale = useRefreshOnStale();
  const [editing, setEditing] = useState(false);
  const enrolment = data?.peerEnrolments.find((e) => e.municipalityId === viewer.municipality?.id) ?? null;
  const active = enrolment && !enrolment.withdrawnAt ? enrolment : null;
  const notYetOpen = new Date(track.enrolmentOpensAt) > new Date();

  const confirmWithdraw = () => {
    if (!active) {
      return;
    }
    modals.openConfirmModal({
      title: t('enrolment.withdrawTitle'),
      children: <Text size="sm">{t('enrolment.withdrawBody', { municipality, track: track.title })}</Text>,
      labels: { confirm: t('enrolment.withdrawConfirm'), cancel: t('enrolment.withdrawCancel') },
      confirmProps: { color: 'red.9' },
      closeButtonProps: { 'aria-label': tc('common.close') },
      onConfirm: () => {
        withdraw({ variables: { id: active.id, expectedVersion: active.version } })
          .then(() => notify('success', t('enrolment.withdrawnDone')))
          .catch((e: unknown) => {
            if (!refreshOnStale(e)) {
              const { message } = describeError(e);
              notify('error', tc(message.key, message.values));
            }
          });
      },
    });
  };

  const goalTitle = new Map(track.goals.map((g) => [g.id, g.title]));
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="enrolment-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="enrolment-heading">
          {t('enrolment.title', { municipality })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('enrolment.sensitive')}
        </Text>
        {error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : !data ? (
          <Skeleton height={80} />
        ) : (
          <>
            {!track.enrolmentOpen && (
              <Alert color="gray.8" variant="light" icon={<IconLock aria-hidden />}>
                {notYetOpen
                  ? t('enrolment.notYetOpen', { date: formatAmsterdamDate(track.enrolmentOpensAt, i18n.language) })
                  : t('enrolment.closed')}
              </Alert>
            )}
            {active ? (
              <Stack gap="sm">
                <Text>
                  {t('enrolment.enrolled', {
                    municipality,
                    date: formatAmsterdamDate(active.updatedAt, i18n.language),
                  })}
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
                  <div>
                    <Text component="dt" fw={700} size="sm">
                      {t('enrolment.summaryGoals')}
                    </Text>
                    <Text component="dd" m={0} size="sm">
                      <List size="sm">
                        {active.declarations.map((d) => (
                          <List.Item key={d.goalId}>
                            {goalTitle.get(d.goalId)}: {t('enrolment.need')} {d.need}, {t('enrolment.share')} {d.share}
                          </List.Item>
                        ))}
                      </List>
                    </Text>
                  </div>
                  <div>
                    <Text component="dt" fw={700} size="sm">
                      {t('enrolment.summaryMonths')}
                    </Text>
                    <Text component="dd" m={0} size="sm">
                      {active.availableMonths.map((m) => formatMonth(m, i18n.language)).join(', ')}
                    </Text>
                    <Text component="dt" fw={700} size="sm" mt="sm">
                      {t('enrolment.summaryContacts')}
                    </Text>
                    <Text component="dd" m={0} size="sm">
                      {active.contacts.map((c) => c.name).join(', ')}
                    </Text>
                    <Text component="dt" fw={700} size="sm" mt="sm">
                      {t('enrolment.summaryConsent')}
                    </Text>
                    <Text component="dd" m={0} size="sm">
                      {t(active.consentShowGoals ? 'detail.yes' : 'detail.no')}
                    </Text>
                  </div>
                </SimpleGrid>
              </Stack>
            ) : (
              <Text>
                {enrolment?.withdrawnAt ? t('enrolment.withdrawn') : t('enrolment.notEnrolled', { municipality })}
              </Text>
            )}
            {track.viewerCan.enrol && (
              <Group gap="sm">
                <Button onClick={() => setEditing(true)}>{t(active ? 'enrolment.change' : 'enrolment.enrol')}</Button>
                {active && (
                  <Button variant="default" color="red.9" onClick={confirmWithdraw}>
                    {t('enrolment.withdraw')}
                  </Button>
                )}
              </Group>
            )}
          </>
        )}
      </Stack>
      {editing && (
        <EnrolmentFormModal
          track={track}
          enrolment={enrolment}
          onClose={() => setEditing(false)}
          onStale={() => void refetch()}
        />
      )}
    </Card>
  );
}
