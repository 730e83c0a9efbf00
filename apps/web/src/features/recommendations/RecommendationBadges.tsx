import { Badge } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FollowUpStatus, Priority } from '../../gql/graphql';

// Outlined badges in dark shades keep the text above the WCAG contrast minimum.
const PRIORITY_COLORS: Record<Priority, string> = { P1: 'red.9', P2: 'grape.9', P3: 'blue.9', P4: 'gray.8' };
const STATUS_COLORS: Record<FollowUpStatus, string> = {
  OPEN: 'gray.8',
  IN_PROGRESS: 'blue.9',
  DONE: 'green.9',
  NOT_ADOPTED: 'red.9',
};

export function PriorityBadge({ priority }: { priority: Priority }) {
  const { t } = useTranslation('recommendations');
  return (
    <Badge color={PRIORITY_COLORS[priority]} variant="outline" title={t(`priorityLong.${priority}`)}>
      {t(`priority.${priority}`)}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: FollowUpStatus }) {
  const { t } = useTranslation('recommendations');
  return (
    <Badge color={STATUS_COLORS[status]} variant="outline">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** Overdue stands out by an icon and a word as well as colour, so it does not rely on colour alone. */
export function OverdueBadge() {
  const { t } = useTranslation('recommendations');
  return (
    <Badge color="red.9" variant="light" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
      {t('overdue')}
    </Badge>
  );
}
