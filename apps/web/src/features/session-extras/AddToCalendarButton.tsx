import { Button } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The session as an .ics download, the same event as in the calendar feeds (the API builds it). */
export function AddToCalendarButton({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('sessionExtras');
  return (
    <Button
      component="a"
      href={`/api/sessions/${encodeURIComponent(sessionId)}/calendar.ics`}
      download
      variant="default"
      leftSection={<IconCalendarPlus size={18} aria-hidden />}
    >
      {t('actions.calendar')}
    </Button>
  );
}
