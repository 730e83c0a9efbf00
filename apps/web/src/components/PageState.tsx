import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors';

interface ErrorProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed request as an alert with the translated reason and, when it can help, a retry. */
export function QueryError({ error, onRetry }: ErrorProps) {
  const { t } = useTranslation();
  const { message } = describeError(error);
  return (
    <Alert
      color="red"
      variant="light"
      title={t('common.errorTitle')}
      icon={<IconAlertTriangle aria-hidden />}
      role="alert"
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t(message.key, message.values)}</Text>
        {onRetry && (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** While a page's code or first data loads inside the layout. */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center mih="40vh">
      <Group gap="sm">
        <Loader size="sm" />
        <Text role="status">{t('app.loading')}</Text>
      </Group>
    </Center>
  );
}

export function FullPageLoader() {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" component="main">
      <Group gap="sm">
        <Loader size="sm" />
        <Text role="status">{t('app.loading')}</Text>
      </Group>
    </Center>
  );
}

export function FullPageError(props: ErrorProps) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md" component="main">
      <Stack maw={480} w="100%">
        <Title order={1} size="h2">
          {t('app.name')}
        </Title>
        <QueryError {...props} />
      </Stack>
    </Center>
  );
}
