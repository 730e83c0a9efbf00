import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, List, Loader, Radio, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PreviewPeerArrangementDocument, type PeerProposalFieldsFragment } from '../../gql/graphql';
import {
  arrangementOf,
  moveMember,
  sameArrangement,
  swapMembers,
  toArrangementInput,
  type Arrangement,
} from './arrangement';
import { parseViolation } from './pairingProblem';

interface Props {
  proposal: PeerProposalFieldsFragment;
  saving: boolean;
  onSave: (arrangement: Arrangement) => void;
}

type Action = 'move' | 'swap';

/**
 * Rearranging a draft by hand: move a municipality to another (or a new) group, or swap two; the API's
 * preview shows at once what the change does to the total and which rules it breaks; saving is explicit.
 */
export function ArrangePanel({ proposal, saving, onSave }: Props) {
  const { t } = useTranslation('peerLearning');
  const original = arrangementOf(proposal);
  const [arrangement, setArrangement] = useState<Arrangement>(original);
  const [member, setMember] = useState<string | null>(null);
  const [action, setAction] = useState<Action>('swap');
  const [target, setTarget] = useState<string | null>(null);
  const changed = !sameArrangement(arrangement, original);
  const preview = useQuery(PreviewPeerArrangementDocument, {
    variables: { proposalId: proposal.id, arrangement: toArrangementInput(arrangement) },
    skip: !changed,
    fetchPolicy: 'network-only',
  });

  const names = new Map(proposal.groups.flatMap((g) => g.members.map((m) => [m.id, m.name] as const)));
  const name = (id: string) => names.get(id) ?? id;
  // Members of locked groups stay where they are: moving them would break the lock.
  const lockedIds = new Set(proposal.groups.filter((g) => g.locked).flatMap((g) => g.members.map((m) => m.id)));
  const lockedIndex = (group: string[]) => group.some((id) => lockedIds.has(id));
  const movable = arrangement.flat().filter((id) => !lockedIds.has(id));
  const groupOf = (id: string) => arrangement.findIndex((g) => g.includes(id));

  const targetOptions =
    member === null
      ? []
      : action === 'swap'
        ? movable.filter((id) => groupOf(id) !== groupOf(member)).map((id) => ({ value: id, label: name(id) }))
        : [
            ...arrangement
              .map((group, i) => ({ group, i }))
              .filter(({ group, i }) => i !== groupOf(member) && !lockedIndex(group))
              .map(({ group, i }) => ({
                value: String(i),
                label: `${t('review.group', { n: i + 1 })}: ${group.map(name).join(', ')}`,
              })),
            { value: 'new', label: t('review.newGroup') },
          ];

  const apply = () => {
    if (member === null || target === null) {
      return;
    }
    setArrangement(
      action === 'swap'
        ? swapMembers(arrangement, member, target)
        : moveMember(arrangement, member, target === 'new' ? arrangement.length : Number(target)),
    );
    setMember(null);
    setTarget(null);
  };

  const score = preview.data?.previewPeerArrangement;
  const delta = score ? score.total - proposal.total : 0;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="arrange-heading">
      <Stack gap="md">
        <Title order={3} size="h4" id="arrange-heading">
          {t('review.arrange')}
        </Title>
        <Text size="sm">{t('review.arrangeIntro')}</Text>
        <Group align="flex-end" gap="md">
          <Select
            label={t('review.member')}
            data={movable.map((id) => ({ value: id, label: name(id) }))}
            value={member}
            onChange={(value) => {
              setMember(value);
              setTarget(null);
            }}
            searchable
            w={220}
          />
          <Radio.Group
            label={t('review.action')}
            value={action}
            onChange={(value) => {
              setAction(value === 'move' ? 'move' : 'swap');
              setTarget(null);
            }}
          >
            <Group gap="md" mt={8}>
              <Radio value="swap" label={t('review.swapWith')} />
              <Radio value="move" label={t('review.moveTo')} />
            </Group>
          </Radio.Group>
          <Select
            label={action === 'swap' ? t('review.swapWith') : t('review.moveTo')}
            data={targetOptions}
            value={target}
            onChange={setTarget}
            disabled={member === null}
            searchable
            w={280}
          />
          <Button variant="default" onClick={apply} disabled={member === null || target === null}>
            {t('review.apply')}
          </Button>
        </Group>
        <div aria-live="polite">
          {!changed ? (
            <Text size="sm" c="dimmed">
              {t('review.unchanged')}
            </Text>
          ) : preview.loading || !score ? (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm">{t('review.previewing')}</Text>
            </Group>
          ) : (
            <Stack gap="xs">
              <Text fw={600} data-testid="preview-total">
                {t('review.previewTotal', { count: score.total, delta: delta >= 0 ? `+${delta}` : String(delta) })}
                {' · '}
                {t('review.previewRepeats', { repeats: score.repeats })}
              </Text>
              {score.violations.length > 0 && (
                <Alert color="red" variant="light" title={t('review.violations')}>
                  <List size="sm">
                    {score.violations.map((v) => {
                      const { kind, ids } = parseViolation(v);
                      return (
                        <List.Item key={v}>
                          {kind ? t(`review.violation.${kind}`) : v}
                          {ids.length > 0 && ` (${ids.map(name).join(', ')})`}
                        </List.Item>
                      );
                    })}
                  </List>
                </Alert>
              )}
            </Stack>
          )}
        </div>
        {changed && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('review.draftGroups')}
            </Text>
            <List size="sm" type="ordered">
              {arrangement.map((group, i) => (
                <List.Item key={i}>
                  {group.map(name).join(', ')}
                  {score?.groupScores[i] !== undefined && ` (${t('review.score', { score: score.groupScores[i] })})`}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        <Group gap="sm">
          <Button
            onClick={() => onSave(arrangement)}
            disabled={!changed || !score || score.violations.length > 0}
            loading={saving}
          >
            {t('review.saveArrangement')}
          </Button>
          <Button variant="default" onClick={() => setArrangement(original)} disabled={!changed}>
            {t('review.reset')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
