import { Alert, Button, CopyButton, Group, Modal, Stack, TextInput } from '@mantine/core';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The feed's secret URL, shown this once (the API keeps only a hash), with a copy button. */
export function FeedUrlModal({ url, onClose }: { url: string | null; onClose: () => void }) {
  const { t } = useTranslation('calendarFeeds');
  const { t: tc } = useTranslation();
  return (
    <Modal
      opened={url !== null}
      onClose={onClose}
      title={t('url.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <Stack gap="md">
        <Alert color="yellow" variant="light" icon={<IconKey aria-hidden />}>
          {t('url.body')}
        </Alert>
        <TextInput
          label={t('url.label')}
          value={url ?? ''}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
        />
        <Group justify="space-between">
          <CopyButton value={url ?? ''}>
            {({ copied, copy }) => (
              <Button
                variant="default"
                onClick={copy}
                leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
              >
                {copied ? t('url.copied') : t('url.copy')}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onClose}>{t('url.done')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
