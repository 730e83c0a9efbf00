import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegistrationStatus, SessionStatus } from '../../gql/graphql';

// Outlined badges in dark shades keep the text above the WCAG contrast minimum (green.9 and orange.9 do not).
const STATUS_COLORS: Record<SessionStatus, string> = {
  DRAFT: 'gray.8',
  OPEN: 'teal.9',
  FULL: 'red.9',
  CANCELLED: 'red.9',
  COMPLETED: 'blue.9',
};

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const { t } = useTranslation('sessions');
  return (
    <Badge color={STATUS_COLORS[status]} variant="outline">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** Seats left, or "full" with the waitlist's length: what someone deciding to register needs to know. */
export function SeatsBadge({
  seatsLeft,
  waitlistLength,
  status,
}: {
  seatsLeft: number;
  waitlistLength: number;
  status: SessionStatus;
}) {
  const { t } = useTranslation('sessions');
  if (status === 'CANCELLED' || status === 'COMPLETED') {
    return <SessionStatusBadge status={status} />;
  }
  return (
    <Group gap={4}>
      {seatsLeft > 0 ? (
        <Badge color="teal.9" variant="outline">
          {t('seats.left', { count: seatsLeft })}
        </Badge>
      ) : (
        <Badge color="red.9" variant="outline">
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

export function RegistrationBadge({
  status,
  waitlistPosition,
}: {
  status: RegistrationStatus;
  waitlistPosition: number | null;
}) {
  const { t } = useTranslation('sessions');
  const color = status === 'CONFIRMED' ? 'teal.9' : status === 'WAITLISTED' ? 'grape.9' : 'gray.8';
  return (
    <Badge color={color} variant="outline">
      {t(`registrationStatus.${status}`, { position: waitlistPosition ?? '?' })}
    </Badge>
  );
}
