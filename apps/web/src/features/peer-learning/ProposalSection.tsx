import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertTriangle, IconPlayerPlay, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/PageState';
import {
  PublishPeerProposalDocument,
  RearrangePeerGroupsDocument,
  RunPeerPairingDocument,
  SetPeerGroupLockedDocument,
  type PeerProposalFieldsFragment,
  type PeerTrackFieldsFragment,
} from '../../gql/graphql';
import { formatAmsterdamDate } from '../../lib/amsterdamTime';
import { notify } from '../../lib/notify';
import { ArrangePanel } from './ArrangePanel';
import { toArrangementInput, type Arrangement } from './arrangement';
import { pairingProblem, type PairingProblem } from './pairingProblem';
import { ProposalGroupCard } from './ProposalGroupCard';

interface Props {
  track: PeerTrackFieldsFragment;
  proposal: PeerProposalFieldsFragment | null;
  /** Reloads the proposal and the enrolments after a conflict. */
  onReload: () => Promise<unknown>;
}

/** The proposed groups with their scores and explanations, and staff's actions on them. */
export function ProposalSection({ track, proposal, onReload }: Props) {
  const { t, i18n } = useTranslation('peerLearning');
  const { t: tc } = useTranslation();
  // A run or publication can replace the proposal the page shows: the success message waits for the new one.
  const refresh = { refetchQueries: ['PeerProposal'], awaitRefetchQueries: true };
  const [run, running] = useMutation(RunPeerPairingDocument, refresh);
  const [setLocked] = useMutation(SetPeerGroupLockedDocument, refresh);
  const [rearrange, rearranging] = useMutation(RearrangePeerGroupsDocument, refresh);
  const [publish, publishing] = useMutation(PublishPeerProposalDocument, refresh);
  const [problem, setProblem] = useState<PairingProblem | null>(null);
  const [lockBusy, setLockBusy] = useState<string | null>(null);
  const draft = proposal?.status === 'DRAFT' ? proposal : null;

  /** Runs one action; its failure is explained above the groups. */
  const act = async (work: () => Promise<unknown>, success: string) => {
    setProblem(null);
    try {
      await work();
      notify('success', success);
    } catch (error) {
      setProblem(pairingProblem(error));
    }
  };

  const confirmPublish = () => {
    if (!draft) {
      return;
    }
    modals.openConfirmModal({
      title: t('review.publishTitle'),
      children: <Text size="sm">{t('review.publishBody')}</Text>,
      labels: { confirm: t('review.publishConfirm'), cancel: t('review.publishCancel') },
      closeButtonProps: { 'aria-label': tc('common.close') },
      onConfirm: () =>
        void act(
          () => publish({ variables: { proposalId: draft.id, expectedVersion: draft.version } }),
          t('review.published'),
        ),
    });
  };

  const saveArrangement = (arrangement: Arrangement) => {
    if (draft) {
      void act(
        () =>
          rearrange({
            variables: {
              proposalId: draft.id,
              arrangement: toArrangementInput(arrangement),
              expectedVersion: draft.version,
            },
          }),
        t('review.saved'),
      );
    }
  };

  const groups = [...(proposal?.groups ?? [])].sort((a, b) => a.position - b.position);
  return (
    <section aria-labelledby="proposal-heading">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h3" id="proposal-heading">
            {t('review.proposal')}
          </Title>
          <Group gap="sm">
            <Button
              leftSection={<IconPlayerPlay size={16} aria-hidden />}
              variant={draft ? 'default' : 'filled'}
              loading={running.loading}
              onClick={() => void act(() => run({ variables: { trackId: track.id } }), t('review.ran'))}
            >
              {t(draft ? 'review.rerun' : 'review.run')}
            </Button>
            {draft && (
              <Button
                leftSection={<IconSend size={16} aria-hidden />}
                loading={publishing.loading}
                disabled={draft.stale}
                onClick={confirmPublish}
              >
                {t('review.publish')}
              </Button>
            )}
          </Group>
        </Group>
        {problem && (
          <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />}>
            {problem.kind === 'conflict' ? (
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{t('review.conflict')}</Text>
                <Button size="xs" variant="default" onClick={() => void onReload().then(() => setProblem(null))}>
                  {t('review.reload')}
                </Button>
              </Stack>
            ) : problem.kind === 'infeasible' ? (
              <Text size="sm">{t(`review.infeasible.${problem.reason}`)}</Text>
            ) : (
              <QueryError error={problem.error} />
            )}
          </Alert>
        )}
        {!proposal ? (
          <Text>{t('review.noProposal')}</Text>
        ) : (
          <>
            <Stack gap={4}>
              <Group gap="sm">
                <Text fw={600}>
                  {t(`review.status.${proposal.status}`, {
                    date: proposal.publishedAt ? formatAmsterdamDate(proposal.publishedAt, i18n.language) : '',
                  })}
                </Text>
                <Text fw={700} data-testid="proposal-total">
                  {t('review.total', { count: proposal.total })}
                </Text>
                {proposal.repeats > 0 && <Text size="sm">{t('review.repeats', { count: proposal.repeats })}</Text>}
                <Text size="sm" fw={600} c={proposal.exact ? undefined : 'orange.9'}>
                  {t(proposal.exact ? 'review.exact' : 'review.notExact')}
                </Text>
              </Group>
              <Text size="xs" c="dimmed">
                {t('review.exactHint')} {t('review.costOfBreakingHint')}
              </Text>
            </Stack>
            {proposal.stale && (
              <Alert color="orange.9" variant="light" icon={<IconAlertTriangle aria-hidden />}>
                {t('review.stale')}
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {groups.map((group, i) => (
                <ProposalGroupCard
                  key={group.id}
                  group={group}
                  n={i + 1}
                  track={track}
                  editable={!!draft}
                  busy={lockBusy === group.id}
                  onToggleLock={() => {
                    if (!draft) {
                      return;
                    }
                    setLockBusy(group.id);
                    void act(
                      () =>
                        setLocked({
                          variables: { groupId: group.id, locked: !group.locked, expectedVersion: draft.version },
                        }),
                      t(group.locked ? 'review.unlockedDone' : 'review.lockedDone', { n: i + 1 }),
                    ).finally(() => setLockBusy(null));
                  }}
                />
              ))}
            </SimpleGrid>
            {draft && (
              <ArrangePanel
                key={`${draft.id}:${draft.version}`}
                proposal={draft}
                saving={rearranging.loading}
                onSave={saveArrangement}
              />
            )}
          </>
        )}
      </Stack>
    </section>
  );
}
