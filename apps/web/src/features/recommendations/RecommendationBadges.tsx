import { Badge } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FollowUpStatus, Priority } from '../../gql/graphql';

// Outlined badges in shades darker than Mantine's darkest (9), because the small bold badge text on
// a striped or hovered table row fell below 4.5:1 with green.9 and blue.9; these stay above 6:1.
const PRIORITY_COLORS: Record<Priority, string> = { P1: '#a61e1e', P2: '#6b2282', P3: '#174a8c', P4: '#3b4148' };
const STATUS_COLORS: Record<FollowUpStatus, string> = {
  OPEN: '#3b4148',
  IN_PROGRESS: '#174a8c',
  DONE: '#1e6630',
  NOT_ADOPTED: '#a61e1e',
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
