import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PeerProposalFieldsFragment, PeerTrackFieldsFragment } from '../../gql/graphql';
import { explainProposalGroup } from './explanation';
import { AppBadge } from '../../components/AppBadge';

interface Props {
  group: PeerProposalFieldsFragment['groups'][number];
  n: number;
  track: PeerTrackFieldsFragment;
  /** Only a draft's groups can be locked. */
  editable: boolean;
  busy: boolean;
  onToggleLock: () => void;
}

/** One proposed group as staff see it: members, score, cost of breaking, and who learns what from whom. */
export function ProposalGroupCard({ group, n, track, editable, busy, onToggleLock }: Props) {
  const { t } = useTranslation('peerLearning');
  const explanation = explainProposalGroup(group, track.goals);
  const headingId = `group-${group.id}`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId} data-testid="proposal-group">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h5" id={headingId}>
              {t('review.group', { n })}: {group.members.map((m) => m.name).join(' – ')}
            </Title>
            <Group gap="xs" mt={4}>
              <Text size="sm" fw={700}>
                {t('review.score', { score: group.score })}
              </Text>
              {group.bonus > 0 && <Text size="xs">{t('review.bonus', { bonus: group.bonus })}</Text>}
              {group.repeats > 0 && (
                <Text size="sm" c="orange.9">
                  {t('review.groupRepeats', { count: group.repeats })}
                </Text>
              )}
              {group.locked && (
                <AppBadge variant="filled" tone="neutral" leftSection={<IconLock size={12} aria-hidden />}>
                  {t('review.locked')}
                </AppBadge>
              )}
            </Group>
          </div>
          {editable && (
            <Button
              size="xs"
              variant="default"
              loading={busy}
              leftSection={group.locked ? <IconLockOpen size={14} aria-hidden /> : <IconLock size={14} aria-hidden />}
              aria-label={t(group.locked ? 'review.unlockGroup' : 'review.lockGroup', { n })}
              onClick={onToggleLock}
            >
              {t(group.locked ? 'review.unlock' : 'review.lock')}
            </Button>
          )}
        </Group>
        <Text size="sm">
          {group.costOfBreaking === null
            ? t('review.costNotComputed')
            : t('review.costOfBreaking', { count: group.costOfBreaking })}
        </Text>
        {explanation.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('review.noLearning')}
          </Text>
        ) : (
          <List size="sm" spacing={2}>
            {explanation.map((goal) => (
              <List.Item key={goal.goalId}>
                <Text span fw={600} size="sm">
                  {goal.goalTitle}:
                </Text>{' '}
                {goal.lines
                  .map(
                    (line) =>
                      `${t('review.learns', { learner: line.learner, from: line.from })} (${t('review.points', { count: line.points ?? 0 })})`,
                  )
                  .join('; ')}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}
