import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Group, List, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import { QueryError } from '../../components/PageState';
import { ThemeProgrammeDocument } from '../../gql/graphql';
import { formatAmsterdamRange } from '../../lib/amsterdamTime';
import { PATHS } from '../../lib/navigation';
import { plannedLabel } from './labels';
import { AppBadge } from '../../components/AppBadge';

/** On a theme's page: theme → activities → sessions, over every programme of the region. */
export function ThemeProgrammeTrace({ themeId }: { themeId: string }) {
  const { t, i18n } = useTranslation('programmes');
  const { t: tc } = useTranslation();
  const { data, error, refetch } = useQuery(ThemeProgrammeDocument, { variables: { themeId } });
  const activities = data?.themeProgramme.activities;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="theme-programme-trace">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="theme-programme-trace">
            {t('trace.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('trace.intro')}
          </Text>
        </div>
        {error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : !activities ? (
          <Stack gap="xs" aria-busy="true">
            <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
            <Skeleton height={60} />
          </Stack>
        ) : activities.length === 0 ? (
          <Text>{t('trace.empty')}</Text>
        ) : (
          <List spacing="md" listStyleType="none" p={0}>
            {activities.map((activity) => (
              <List.Item key={activity.id}>
                <Group gap="xs">
                  <Anchor component={Link} to={generatePath(PATHS.activity, { id: activity.id })} fw={500}>
                    {activity.title}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {t(`format.${activity.format}`)} · {plannedLabel(t, activity.plannedYear, activity.plannedQuarter)}{' '}
                    · {activity.programme.name}
                  </Text>
                </Group>
                {activity.sessions.length === 0 ? (
                  <Text size="sm" c="dimmed" ml="md">
                    {t('trace.noSessions')}
                  </Text>
                ) : (
                  <List size="sm" ml="md" spacing={2}>
                    {activity.sessions.map((session) => (
                      <List.Item key={session.id}>
                        <Anchor component={Link} to={`/sessions/${encodeURIComponent(session.id)}`} size="sm">
                          {formatAmsterdamRange(session.startsAt, session.endsAt, i18n.language)}
                        </Anchor>{' '}
                        {session.status === 'CANCELLED' ? (
                          <AppBadge size="sm" variant="default">
                            {t('trace.cancelled')}
                          </AppBadge>
                        ) : (
                          <Text span size="sm" c="dimmed">
                            {t('seats', { taken: session.seatsTaken, capacity: session.capacity })}
                            {session.attendance !== null && ` · ${t('trace.attended', { n: session.attendance })}`}
                          </Text>
                        )}
                      </List.Item>
                    ))}
                  </List>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}
