import { Anchor, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
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
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <VisuallyHidden component="caption">{t('tableCaption')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.when')}</Table.Th>
            <Table.Th>{t('columns.activity')}</Table.Th>
            <Table.Th>{t('columns.place')}</Table.Th>
            <Table.Th>{t('columns.host')}</Table.Th>
            <Table.Th>{t('columns.seats')}</Table.Th>
            {showOwn && <Table.Th>{t('columns.yours')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((session) => (
            <Table.Tr key={session.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {format.date(session.startsAt)}
                </Text>
                <Text size="sm" c="dimmed">
                  {format.timeRange(session.startsAt, session.endsAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Anchor component={Link} to={sessionPath(session.id)} fw={500} size="sm">
                    {session.activity.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {[t(`formats.${session.activity.format}`), ...session.themes.map((theme) => theme.title)].join(
                      ' · ',
                    )}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>{sessionPlace(session, t('online'))}</Table.Td>
              <Table.Td>{session.hostMunicipality?.name ?? '–'}</Table.Td>
              <Table.Td>
                <SeatsBadge
                  seatsLeft={session.seatsLeft}
                  waitlistLength={session.waitlistLength}
                  status={session.status}
                />
              </Table.Td>
              {showOwn && (
                <Table.Td>
                  {session.viewerRegistration && (
                    <Group gap={4}>
                      <RegistrationBadge
                        status={session.viewerRegistration.status}
                        waitlistPosition={session.viewerRegistration.waitlistPosition}
                      />
                    </Group>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
