import { ActionIcon, Anchor, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconBan, IconDots, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlannedSessionFieldsFragment } from '../../gql/graphql';
import { formatAmsterdamRange } from '../../lib/amsterdamTime';
import { AppBadge } from '../../components/AppBadge';

interface Props {
  sessions: PlannedSessionFieldsFragment[];
  onEdit: (session: PlannedSessionFieldsFragment) => void;
  onCancel: (session: PlannedSessionFieldsFragment) => void;
}

/** An activity's sessions for planners; each links to the participants' session page. */
export function PlannedSessionsTable({ sessions, onEdit, onCancel }: Props) {
  const { t, i18n } = useTranslation('programmes');
  const anyActions = sessions.some((s) => s.viewerCan.edit || s.viewerCan.cancel);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="sm">
        <VisuallyHidden component="caption">{t('activity.sessionsCaption')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sessionColumns.when')}</Table.Th>
            <Table.Th>{t('sessionColumns.place')}</Table.Th>
            <Table.Th>{t('sessionColumns.host')}</Table.Th>
            <Table.Th>{t('sessionColumns.seats')}</Table.Th>
            <Table.Th>{t('sessionColumns.status')}</Table.Th>
            {anyActions && (
              <Table.Th>
                <VisuallyHidden>{t('sessionColumns.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((session) => {
            const when = formatAmsterdamRange(session.startsAt, session.endsAt, i18n.language);
            return (
              <Table.Tr key={session.id}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/sessions/${encodeURIComponent(session.id)}`}
                    size="sm"
                    aria-label={t('activity.toSession', { when })}
                  >
                    {when}
                  </Anchor>
                  {session.seriesId && (
                    <AppBadge ml="xs" variant="outline" tone="neutral" size="sm">
                      {t('series')}
                    </AppBadge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {[
                      session.venue &&
                        (session.venue.room ? `${session.venue.name} (${session.venue.room})` : session.venue.name),
                      session.onlineUrl && t('online'),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>{session.hostMunicipality?.name ?? '–'}</Table.Td>
                <Table.Td>
                  {session.waitlistLength > 0
                    ? t('seatsWithWaitlist', {
                        taken: session.seatsTaken,
                        capacity: session.capacity,
                        waitlist: session.waitlistLength,
                      })
                    : t('seats', { taken: session.seatsTaken, capacity: session.capacity })}
                </Table.Td>
                <Table.Td>
                  <AppBadge variant="default">{t(`sessionStatus.${session.status}`)}</AppBadge>
                </Table.Td>
                {anyActions && (
                  <Table.Td>
                    {(session.viewerCan.edit || session.viewerCan.cancel) && (
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <ActionIcon variant="subtle" color="gray.8" aria-label={t('sessionActionsFor', { when })}>
                            <IconDots size={18} aria-hidden />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          {session.viewerCan.edit && (
                            <Menu.Item
                              leftSection={<IconPencil size={16} aria-hidden />}
                              onClick={() => onEdit(session)}
                            >
                              {t('editSession')}
                            </Menu.Item>
                          )}
                          {session.viewerCan.cancel && (
                            <Menu.Item
                              color="red.9"
                              leftSection={<IconBan size={16} aria-hidden />}
                              onClick={() => onCancel(session)}
                            >
                              {t('cancelSession')}
                            </Menu.Item>
                          )}
                        </Menu.Dropdown>
                      </Menu>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
