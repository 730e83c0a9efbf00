import { useQuery } from '@apollo/client/react';
import { Card, Group, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconBellRinging, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/PageState';
import { PeerTrackOverviewDocument, type PeerTrackOverviewQuery } from '../../../gql/graphql';
import { formatAmsterdamDate } from '../../../lib/amsterdamTime';
import { TrackEvaluation } from './TrackEvaluation';

type GroupOverview = PeerTrackOverviewQuery['peerTrackOverview']['groups'][number];

/** Whether a group needs attention, in words with an icon, so it never rests on colour alone. */
function Attention({ group }: { group: GroupOverview }) {
  const { t, i18n } = useTranslation('peerLearning');
  return (
    <Stack gap={2}>
      {group.idle ? (
        <Group gap={4} wrap="nowrap" c="orange.9">
          <IconAlertTriangle size={16} aria-hidden />
          <Text size="sm" fw={700} span>
            {t('overview.idle')}
          </Text>
        </Group>
      ) : (
        <Group gap={4} wrap="nowrap">
          <IconCircleCheck size={16} aria-hidden />
          <Text size="sm" span>
            {t('overview.active')}
          </Text>
        </Group>
      )}
      {group.lastNudgedAt && (
        <Group gap={4} wrap="nowrap">
          <IconBellRinging size={16} aria-hidden />
          <Text size="sm" span>
            {t('overview.nudged', { date: formatAmsterdamDate(group.lastNudgedAt, i18n.language) })}
          </Text>
        </Group>
      )}
    </Stack>
  );
}

/**
 * Programme staff's view of a track's published groups at work: members, meetings planned and
 * held, last activity, idle groups and nudges, and the evaluation as released under the session
 * rules. Never log text or single answers: the API gives neither.
 */
export function TrackOverviewSection({ trackId }: { trackId: string }) {
  const { t, i18n } = useTranslation('peerLearning');
  const { t: tc } = useTranslation();
  const { data, error, refetch } = useQuery(PeerTrackOverviewDocument, {
    variables: { trackId },
    fetchPolicy: 'cache-and-network',
  });
  const overview = data?.peerTrackOverview;
  const idle = overview?.groups.filter((g) => g.idle).length ?? 0;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="track-overview-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="track-overview-title">
          {t('overview.title')}
        </Title>
        {error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : !overview ? (
          <Stack gap="xs" aria-busy="true">
            <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
            <Skeleton height={120} />
          </Stack>
        ) : overview.groups.length === 0 ? (
          <Text>{t('overview.empty')}</Text>
        ) : (
          <>
            <Text size="sm" role="status">
              {t('overview.summary', { count: overview.groups.length })}{' '}
              {idle > 0 && t('overview.idleSummary', { count: idle })}
            </Text>
            <Table.ScrollContainer minWidth={760}>
              <Table striped verticalSpacing="sm" data-testid="track-overview">
                <VisuallyHidden component="caption">{t('overview.caption')}</VisuallyHidden>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('overview.columns.group')}</Table.Th>
                    <Table.Th scope="col">{t('overview.columns.planned')}</Table.Th>
                    <Table.Th scope="col">{t('overview.columns.held')}</Table.Th>
                    <Table.Th scope="col">{t('overview.columns.lastActivity')}</Table.Th>
                    <Table.Th scope="col">{t('overview.columns.attention')}</Table.Th>
                    <Table.Th scope="col">{t('overview.columns.evaluations')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {overview.groups.map((group, index) => (
                    <Table.Tr key={group.groupId}>
                      <Table.Th scope="row" fw={500}>
                        {t('overview.groupName', {
                          n: index + 1,
                          members: group.members.map((m) => m.name).join(' – '),
                        })}
                      </Table.Th>
                      <Table.Td>{group.meetingsPlanned}</Table.Td>
                      <Table.Td>{group.meetingsHeld}</Table.Td>
                      <Table.Td>
                        {group.lastActivityAt
                          ? formatAmsterdamDate(group.lastActivityAt, i18n.language)
                          : t('overview.noActivity')}
                      </Table.Td>
                      <Table.Td>
                        <Attention group={group} />
                      </Table.Td>
                      <Table.Td>
                        {t('overview.responses', { answered: group.evaluationResponses, total: group.members.length })}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
        {overview && <TrackEvaluation evaluation={overview.evaluation} />}
      </Stack>
    </Card>
  );
}
