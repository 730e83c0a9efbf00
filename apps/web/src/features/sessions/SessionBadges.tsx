import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegistrationStatus, SessionStatus } from '../../gql/graphql';
import { AppBadge } from '../../components/AppBadge';
import type { BadgeTone } from '../../components/badgeStyles';

const STATUS_TONES: Record<SessionStatus, BadgeTone> = {
  DRAFT: 'neutral',
  OPEN: 'success',
  FULL: 'danger',
  CANCELLED: 'danger',
  COMPLETED: 'info',
};

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const { t } = useTranslation('sessions');
  return (
    <AppBadge tone={STATUS_TONES[status]} variant="outline">
      {t(`status.${status}`)}
    </AppBadge>
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
        <AppBadge tone="success" variant="outline">
          {t('seats.left', { count: seatsLeft })}
        </AppBadge>
      ) : (
        <AppBadge tone="danger" variant="outline">
          {t('seats.full')}
        </AppBadge>
      )}
      {waitlistLength > 0 && (
        <AppBadge tone="neutral" variant="outline">
          {t('seats.waitlist', { count: waitlistLength })}
        </AppBadge>
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
  const tone: BadgeTone = status === 'CONFIRMED' ? 'success' : status === 'WAITLISTED' ? 'waiting' : 'neutral';
  return (
    <AppBadge tone={tone} variant="outline">
      {t(`registrationStatus.${status}`, { position: waitlistPosition ?? '?' })}
    </AppBadge>
  );
}
