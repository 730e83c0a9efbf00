import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { MyPeerGroupsDocument } from '../../gql/graphql';
import { PATHS } from '../../lib/navigation';
import { formatPeriod } from './labels';
import { PeerGroupDetails } from './PeerGroupDetails';
import { PeerHistorySection } from './PeerHistorySection';

/** The own municipality's published peer groups, newest track first, and its history of tracks and partners. */
export function MyGroupsPage() {
  const { t, i18n } = useTranslation('peerLearning');
  const { t: tc } = useTranslation();
  const { data, error, refetch } = useQuery(MyPeerGroupsDocument, { fetchPolicy: 'cache-and-network' });
  return (
    <Stack gap="lg">
      <PageHeader title={t('myGroups.title')} description={t('myGroups.intro')} />
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Stack gap="xs" aria-busy="true">
          <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
          <Skeleton height={120} />
        </Stack>
      ) : data.myPeerGroups.length === 0 ? (
        <Text>{t('myGroups.empty')}</Text>
      ) : (
        data.myPeerGroups.map((group) => (
          <Card key={group.id} withBorder padding="lg" component="article" aria-labelledby={`group-${group.id}`}>
            <Stack gap="md">
              <Group justify="space-between" align="flex-start">
                <div>
                  <Title order={2} size="h4" id={`group-${group.id}`}>
                    {group.trackTitle}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {formatPeriod(group.trackStartsOn, group.trackEndsOn, i18n.language)}
                  </Text>
                </div>
                <Button
                  component={Link}
                  to={generatePath(PATHS.peerGroup, { id: group.id })}
                  variant="default"
                  size="xs"
                  aria-label={`${t('myGroups.open')}: ${group.trackTitle}`}
                >
                  {t('myGroups.open')}
                </Button>
              </Group>
              <PeerGroupDetails group={group} headingLevel={2} />
            </Stack>
          </Card>
        ))
      )}
      <PeerHistorySection />
    </Stack>
  );
}
