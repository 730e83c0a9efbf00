import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegistrationStatus, SessionStatus } from '../../gql/graphql';

const STATUS_COLORS: Record<SessionStatus, string> = {
  DRAFT: 'gray.8',
  OPEN: 'green.9',
  FULL: 'orange.9',
  CANCELLED: 'red.9',
  COMPLETED: 'blue.9',
};

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const { t } = useTranslation('sessions');
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** Seats left, or "full" with the waitlist's length: what someone deciding to register needs to know. */
export function SeatsBadge({ seatsLeft, waitlistLength, status }: { seatsLeft: number; waitlistLength: number; status: SessionStatus }) {
  const { t } = useTranslation('sessions');
  if (status === 'CANCELLED' || status === 'COMPLETED') {
    return <SessionStatusBadge status={status} />;
  }
  return (
    <Group gap={4}>
      {seatsLeft > 0 ? (
        <Badge color="green.9" variant="light">
          {t('seats.left', { count: seatsLeft })}
        </Badge>
      ) : (
        <Badge color="orange.9" variant="light">
          {t('seats.full')}
        </Badge>
      )}
      {waitlistLength > 0 && (
        <Badge color="gray.8" variant="outline">
          {t('seats.waitlist', { count: waitlistLength })}
        </Badge>
      )}
    </Group>
  );
}

export function RegistrationBadge({ status, waitlistPosition }: { status: RegistrationStatus; waitlistPosition: number | null }) {
  const { t } = useTranslation('sessions');
  const color = status === 'CONFIRMED' ? 'green.9' : status === 'WAITLISTED' ? 'orange.9' : 'gray.8';
  return (
    <Badge color={color} variant="light">
      {t(`registrationStatus.${status}`, { position: waitlistPosition ?? '?' })}
    </Badge>
  );
}
