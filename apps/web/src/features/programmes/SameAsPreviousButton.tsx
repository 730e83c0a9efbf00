import { Button } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CarriedOver } from './seriesForm';

interface Props {
  /** The previous row, or the activity's last session for the first row; null: nothing to take over. */
  previous: CarriedOver | null;
  /** Names the row for screen readers ("Bijeenkomst 2"). */
  rowLabel: string;
  onApply: (previous: CarriedOver) => void;
}

/** "Same as previous": venue, capacity and status of the session before, in one click. */
export function SameAsPreviousButton({ previous, rowLabel, onApply }: Props) {
  const { t } = useTranslation('programmes');
  if (!previous) {
    return null;
  }
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      leftSection={<IconCopy size={16} aria-hidden />}
      aria-label={t('sameAsPrevious.labelFor', { row: rowLabel })}
      title={t('sameAsPrevious.hint')}
      onClick={() => onApply(previous)}
    >
      {t('sameAsPrevious.label')}
    </Button>
  );
}
