import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  removing: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** "Remove this material?": removing takes it away from every registrant, so it asks first. */
export function ConfirmRemoveModal({ title, removing, onCancel, onConfirm }: Props) {
  const { t } = useTranslation('sessionExtras');
  const { t: tc } = useTranslation();
  return (
    <Modal
      opened
      onClose={onCancel}
      title={t('materials.confirmTitle')}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <Stack gap="md">
        <Text>{t('materials.confirmText', { title })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            {t('materials.cancel')}
          </Button>
          <Button color="red.9" loading={removing} onClick={onConfirm}>
            {t('materials.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
