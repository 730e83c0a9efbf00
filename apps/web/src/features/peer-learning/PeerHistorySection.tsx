import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import { QueryError } from '../../components/PageState';
import { MyPeerHistoryDocument } from '../../gql/graphql';
import { PATHS } from '../../lib/navigation';
import { formatPeriod } from './labels';
import { localToday } from './trackListParams';

/**
 * The own municipality's peer-learning history: every track it was grouped in, newest first, with
 * its partners there, including those of a grouping a later publication replaced. Partners only,
 * never what they declared.
 */
export function PeerHistorySection() {
  const { t, i18n } = useTranslation('peerLearning');
  const { t: tc } = useTranslation();
  const { data, error, refetch } = useQuery(MyPeerHistoryDocument, { fetchPolicy: 'cache-and-network' });
  const today = localToday();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="peer-history-title">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="peer-history-title">
            {t('history.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('history.intro')}
          </Text>
        </div>
        {error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : !data ? (
          <Stack gap="xs" aria-busy="true">
            <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
            <Skeleton height={80} />
          </Stack>
        ) : data.myPeerHistory.length === 0 ? (
          <Text>{t('history.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" data-testid="peer-history">
              <VisuallyHidden component="caption">{t('history.caption')}</VisuallyHidden>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('history.columns.track')}</Table.Th>
                  <Table.Th scope="col">{t('history.columns.period')}</Table.Th>
                  <Table.Th scope="col">{t('history.columns.partners')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.myPeerHistory.map((track) => (
                  <Table.Tr key={track.trackId}>
                    <Table.Th scope="row" fw={500}>
                      <Anchor component={Link} to={generatePath(PATHS.peerTrack, { id: track.trackId })} size="sm">
                        {track.title}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>
                      <Text size="sm">{formatPeriod(track.startsOn, track.endsOn, i18n.language)}</Text>
                      <Text size="xs" c="dimmed">
                        {t(track.endsOn < today ? 'history.completed' : 'history.running')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {track.partners.map((partner) => (
                        <Text size="sm" key={partner.municipalityId}>
                          {partner.name}
                          {!partner.current && <Text span size="sm" c="dimmed">{` (${t('history.replaced')})`}</Text>}
                        </Text>
                      ))}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
