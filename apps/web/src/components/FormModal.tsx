import { Alert, Button, Group, Modal, Stack, type ModalProps } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  onClose: () => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** A translated problem that belongs to no single field; field errors sit on the fields. */
  problem?: ReactNode;
  /** Shown above everything else, e.g. "someone else changed this". */
  notice?: ReactNode;
  cancelLabel: string;
  submitLabel: string;
  submitting: boolean;
  submitDisabled?: boolean;
  size?: ModalProps['size'];
  children: ReactNode;
}

/** The frame every form dialog shares: title, form-level problem, fields, cancel and submit. */
export function FormModal({
  title,
  onClose,
  onSubmit,
  problem,
  notice,
  cancelLabel,
  submitLabel,
  submitting,
  submitDisabled,
  size,
  children,
}: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }} size={size}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {notice}
          {problem && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
              {problem}
            </Alert>
          )}
          {children}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {cancelLabel}
            </Button>
            <Button type="submit" loading={submitting} disabled={submitDisabled}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
