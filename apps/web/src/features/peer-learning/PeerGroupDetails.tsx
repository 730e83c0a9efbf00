import { Anchor, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PeerGroupFieldsFragment } from '../../gql/graphql';
import { useViewer } from '../auth/useViewer';
import { explainPeerGroup } from './explanation';

/** A published group as members see it: partners with their contact persons and the consented goals; no scores. */
export function PeerGroupDetails({ group, headingLevel }: { group: PeerGroupFieldsFragment; headingLevel: 1 | 2 }) {
  const { t } = useTranslation('peerLearning');
  const viewer = useViewer();
  const goals = explainPeerGroup(group);
  const own = viewer.municipality?.id;
  const members = [...group.members].sort(
    (a, b) => Number(a.municipalityId !== own) - Number(b.municipalityId !== own) || a.name.localeCompare(b.name),
  );
  const sub = headingLevel === 1 ? 2 : 3;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
      <Stack gap="xs">
        <Title order={sub} size="h5">
          {t('myGroups.partners')}
        </Title>
        <List spacing="xs">
          {members.map((member) => (
            <List.Item key={member.municipalityId}>
              <Text fw={600} span>
                {member.name}
              </Text>
              {member.municipalityId === own && <Text span size="sm" c="dimmed">{` (${t('myGroups.own')})`}</Text>}
              {member.contacts.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('myGroups.noContacts')}
                </Text>
              ) : (
                member.contacts.map((c) => (
                  <Text size="sm" key={c.userId}>
                    {c.name} ·{' '}
                    <Anchor href={`mailto:${c.email}`} underline="always">
                      {c.email}
                    </Anchor>
                  </Text>
                ))
              )}
            </List.Item>
          ))}
        </List>
      </Stack>
      <Stack gap="xs">
        <Title order={sub} size="h5">
          {t('myGroups.goals')}
        </Title>
        {goals.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('myGroups.noGoals')}
          </Text>
        ) : (
          <List spacing="xs" data-testid="paired-goals">
            {goals.map((goal) => (
              <List.Item key={goal.goalId}>
                <Text fw={600} span size="sm">
                  {goal.goalTitle}
                </Text>
                {goal.lines.map((line) => (
                  <Text size="sm" key={`${line.learner}-${line.from}`}>
                    {t('myGroups.learns', { learner: line.learner, from: line.from })}
                  </Text>
                ))}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </SimpleGrid>
  );
}
