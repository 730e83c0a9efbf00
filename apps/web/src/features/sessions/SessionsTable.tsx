import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ResponsiveTable, type ListColumn } from '../../components/ResponsiveTable';
import type { SessionSummaryFragment } from '../../gql/graphql';
import { sessionPath } from '../../lib/navigation';
import { RegistrationBadge, SeatsBadge } from './SessionBadges';
import { useSessionFormat } from './useSessionFormat';

export function sessionPlace(session: Pick<SessionSummaryFragment, 'venue' | 'online'>, onlineLabel: string): string {
  if (session.venue) {
    return [session.venue.name, session.venue.room].filter(Boolean).join(', ');
  }
  return session.online ? onlineLabel : '–';
}

export function SessionsTable({ sessions, showOwn }: { sessions: SessionSummaryFragment[]; showOwn: boolean }) {
  const { t } = useTranslation('sessions');
  const format = useSessionFormat();
  const columns: (ListColumn<SessionSummaryFragment> | false)[] = [
    {
      id: 'when',
      label: t('columns.when'),
      cell: (session) => (
        <>
          <Text size="sm" fw={500}>
            {format.date(session.startsAt)}
          </Text>
          <Text size="sm" c="dimmed">
            {format.timeRange(session.startsAt, session.endsAt)}
          </Text>
        </>
      ),
    },
    {
      id: 'activity',
      label: t('columns.activity'),
      cell: (session) => (
        <Stack gap={2}>
          <Anchor component={Link} to={sessionPath(session.id)} fw={500} size="sm">
            {session.activity.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {[t(`formats.${session.activity.format}`), ...session.themes.map((theme) => theme.title)].join(' · ')}
          </Text>
        </Stack>
      ),
    },
    { id: 'place', label: t('columns.place'), cell: (session) => sessionPlace(session, t('online')) },
    { id: 'host', label: t('columns.host'), cell: (session) => session.hostMunicipality?.name ?? '–' },
    {
      id: 'seats',
      label: t('columns.seats'),
      cell: (session) => (
        <SeatsBadge seatsLeft={session.seatsLeft} waitlistLength={session.waitlistLength} status={session.status} />
      ),
    },
    showOwn && {
      id: 'yours',
      label: t('columns.yours'),
      cell: (session) =>
        session.viewerRegistration && (
          <RegistrationBadge
            status={session.viewerRegistration.status}
            waitlistPosition={session.viewerRegistration.waitlistPosition}
          />
        ),
    },
  ];
  return (
    <ResponsiveTable
      rows={sessions}
      columns={columns}
      rowKey={(session) => session.id}
      caption={t('tableCaption')}
      titleColumn="activity"
      minWidth={860}
    />
  );
}
