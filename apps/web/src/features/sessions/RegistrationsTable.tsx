import { Button, Checkbox, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegistrationFieldsFragment } from '../../gql/graphql';
import { RegistrationBadge } from './SessionBadges';

interface Props {
  registrations: RegistrationFieldsFragment[];
  showMunicipality: boolean;
  /** Attendance being edited, by registration id; absent: attendance is not shown. */
  attendance?: Record<string, boolean>;
  attendanceEditable?: boolean;
  onAttendanceChange?: (registrationId: string, attended: boolean) => void;
  onCancel: (registration: RegistrationFieldsFragment) => void;
}

/** A session's registrations in the API's order: confirmed, the waitlist in order, cancelled. */
export function RegistrationsTable({
  registrations,
  showMunicipality,
  attendance,
  attendanceEditable,
  onAttendanceChange,
  onCancel,
}: Props) {
  const { t } = useTranslation('sessions');
  const anyCancellable = registrations.some((r) => r.viewerCan.cancel);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="xs">
        <VisuallyHidden component="caption">{t('registrations.caption')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('registrations.name')}</Table.Th>
            {showMunicipality && <Table.Th>{t('registrations.municipality')}</Table.Th>}
            <Table.Th>{t('registrations.status')}</Table.Th>
            <Table.Th>{t('registrations.registeredBy')}</Table.Th>
            {attendance && <Table.Th>{t('registrations.attended')}</Table.Th>}
            {anyCancellable && (
              <Table.Th>
                <VisuallyHidden>{t('registrations.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {registrations.map((registration) => (
            <Table.Tr key={registration.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {registration.participant.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {registration.participant.email}
                </Text>
              </Table.Td>
              {showMunicipality && <Table.Td>{registration.municipality.name}</Table.Td>}
              <Table.Td>
                <RegistrationBadge status={registration.status} waitlistPosition={registration.waitlistPosition} />
              </Table.Td>
              <Table.Td>
                {registration.registeredBy.id === registration.participant.id ? '–' : registration.registeredBy.name}
              </Table.Td>
              {attendance && (
                <Table.Td>
                  {registration.status === 'CONFIRMED' && (
                    <Checkbox
                      aria-label={t('registrations.attendedFor', { name: registration.participant.name })}
                      checked={attendance[registration.id] ?? false}
                      disabled={!attendanceEditable}
                      onChange={(event) => onAttendanceChange?.(registration.id, event.currentTarget.checked)}
                    />
                  )}
                </Table.Td>
              )}
              {anyCancellable && (
                <Table.Td>
                  {registration.viewerCan.cancel && (
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('registrations.cancelFor', { name: registration.participant.name })}
                      onClick={() => onCancel(registration)}
                    >
                      {t('registration.cancel')}
                    </Button>
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
