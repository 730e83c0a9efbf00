import {} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FollowUpStatus, Priority } from '../../gql/graphql';
import { AppBadge } from '../../components/AppBadge';
import type { BadgeTone } from '../../components/badgeStyles';

const PRIORITY_TONES: Record<Priority, BadgeTone> = { P1: 'danger', P2: 'waiting', P3: 'info', P4: 'neutral' };
const STATUS_TONES: Record<FollowUpStatus, BadgeTone> = {
  OPEN: 'neutral',
  IN_PROGRESS: 'info',
  DONE: 'success',
  NOT_ADOPTED: 'danger',
};

export function PriorityBadge({ priority }: { priority: Priority }) {
  const { t } = useTranslation('recommendations');
  return (
    <AppBadge tone={PRIORITY_TONES[priority]} variant="outline" title={t(`priorityLong.${priority}`)}>
      {t(`priority.${priority}`)}
    </AppBadge>
  );
}

export function StatusBadge({ status }: { status: FollowUpStatus }) {
  const { t } = useTranslation('recommendations');
  return (
    <AppBadge tone={STATUS_TONES[status]} variant="outline">
      {t(`status.${status}`)}
    </AppBadge>
  );
}

/** Overdue stands out by an icon and a word as well as colour, so it does not rely on colour alone. */
export function OverdueBadge() {
  const { t } = useTranslation('recommendations');
  return (
    <AppBadge tone="danger" variant="light" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
      {t('overdue')}
    </AppBadge>
  );
}
