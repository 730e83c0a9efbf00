import { Anchor, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionQuery } from '../../gql/graphql';
import { PATHS } from '../../lib/navigation';
import { SeatsBadge, SessionStatusBadge } from './SessionBadges';
import { useSessionFormat } from './useSessionFormat';
import { AppBadge } from '../../components/AppBadge';

type Session = SessionQuery['session'];

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fw={700} size="sm">
        {label}
      </Text>
      <Text component="dd" m={0} size="sm">
        {children}
      </Text>
    </div>
  );
}

/** What, when, where and who of a session, as a description list. */
export function SessionFacts({ session }: { session: Session }) {
  const { t } = useTranslation('sessions');
  const format = useSessionFormat();
  const venue = session.venue;
  return (
    <Card withBorder padding="lg">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg" component="dl" m={0}>
        <Fact label={t('detail.when')}>
          {format.longDate(session.startsAt)}
          <br />
          {format.timeRange(session.startsAt, session.endsAt)}
        </Fact>
        <Fact label={t('detail.format')}>{t(`formats.${session.activity.format}`)}</Fact>
        <Fact label={t('detail.themes')}>
          {session.themes.map((theme, index) => (
            <span key={theme.id}>
              {index > 0 && ', '}
              <Anchor component={Link} to={PATHS.theme.replace(':id', encodeURIComponent(theme.id))} size="sm">
                {theme.title}
              </Anchor>
            </span>
          ))}
        </Fact>
        <Fact label={t('detail.place')}>
          {venue && (
            <>
              {[venue.name, venue.room].filter(Boolean).join(', ')}
              {venue.address && (
                <>
                  <br />
                  {venue.address}
                </>
              )}
            </>
          )}
          {session.onlineUrl && (
            <>
              {venue && <br />}
              <Anchor href={session.onlineUrl} target="_blank" rel="noopener noreferrer" size="sm">
                {t('detail.onlineLink')}
              </Anchor>
            </>
          )}
          {session.online && !session.onlineUrl && (
            <>
              {venue && <br />}
              {t('detail.onlineAfterRegistration')}
            </>
          )}
          {!venue && !session.online && '–'}
        </Fact>
        <Fact label={t('detail.host')}>{session.hostMunicipality?.name ?? t('detail.noHost')}</Fact>
        <Fact label={t('detail.facilitators')}>
          {session.facilitators.length === 0
            ? t('detail.noFacilitators')
            : session.facilitators.map((f) => (f.organisation ? `${f.name} (${f.organisation})` : f.name)).join(', ')}
        </Fact>
        <Fact label={t('detail.seats')}>
          <Group gap={6} component="span">
            <span>{t('detail.seatsTaken', { taken: session.seatsTaken, capacity: session.capacity })}</span>
            <SeatsBadge seatsLeft={session.seatsLeft} waitlistLength={session.waitlistLength} status={session.status} />
          </Group>
          {session.maxPerMunicipality !== null && (
            <Text size="xs" c="dimmed" component="span" display="block">
              {t('detail.maxPerMunicipality', { count: session.maxPerMunicipality })}
            </Text>
          )}
        </Fact>
        <Fact label={t('detail.deadline')}>{format.dateTime(session.registrationDeadline)}</Fact>
        <Fact label={t('detail.status')}>
          <SessionStatusBadge status={session.status} />
        </Fact>
      </SimpleGrid>
      <Title order={2} size="h4" mt="lg" mb={4}>
        {t('detail.description')}
      </Title>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{session.activity.description || t('detail.noDescription')}</Text>
      <AppBadge variant="outline" tone="neutral" tt="none" fw={500} mt="md">
        {t('detail.programme')}: {session.activity.programme.name}
      </AppBadge>
    </Card>
  );
}
