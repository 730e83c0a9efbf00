import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Someone changed the recommendation since it was loaded: reload first, so nobody overwrites what they did not see. */
export function StaleVersionAlert({ onReload, reloading }: { onReload: () => void; reloading: boolean }) {
  const { t } = useTranslation('recommendations');
  return (
    <Alert
      color="orange.9"
      variant="light"
      title={t('stale.title')}
      icon={<IconAlertTriangle aria-hidden />}
      role="alert"
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('stale.body')}</Text>
        <Button size="xs" variant="default" onClick={onReload} loading={reloading}>
          {t('stale.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
