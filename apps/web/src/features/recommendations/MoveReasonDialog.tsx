import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const REASON_MAX_LENGTH = 2000;

interface Props {
  title: string | null;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}

/** Asks why a recommendation moved to "not adopted" on the board: the reason the panel requires too. */
export function MoveReasonDialog({ title, onCancel, onConfirm }: Props) {
  const { t } = useTranslation('recommendations');
  const { t: tc } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setReason('');
    setError(null);
    onCancel();
  };
  const confirm = () => {
    if (reason.trim() === '') {
      setError(t('panel.reasonRequired'));
      return;
    }
    onConfirm(reason.trim());
    setReason('');
    setError(null);
  };
  return (
    <Modal
      opened={title !== null}
      onClose={close}
      title={t('board.reasonTitle')}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          confirm();
        }}
        noValidate
      >
        <Stack gap="md">
          <Text size="sm">{t('board.reasonIntro', { title: title ?? '' })}</Text>
          <Textarea
            label={t('panel.reason')}
            description={t('panel.reasonHint')}
            required
            autosize
            minRows={3}
            maxLength={REASON_MAX_LENGTH}
            value={reason}
            error={error}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setError(null);
            }}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('cancel')}
            </Button>
            <Button type="submit">{t('board.confirmNotAdopted')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
