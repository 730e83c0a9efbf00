import { useMutation } from '@apollo/client/react';
import { Button, Card, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { STAFF_MESSAGE_BODY_MAX_LENGTH, STAFF_MESSAGE_SUBJECT_MAX_LENGTH } from '@rode-draad/shared';
import { IconMail } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { SendSessionMessageDocument, type MessageAudience } from '../../gql/graphql';
import { describeError, type Message } from '../../lib/errors';
import { translateFieldErrors } from '../../lib/formErrors';
import { notify } from '../../lib/notify';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';

/** Staff write to everyone registered, or to the waitlist; the API sends it through the outbox. */
export function StaffMessage({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('sessionExtras');
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    // Back to where the dialog was opened from.
    trigger.current?.focus();
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="staff-message-title">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="staff-message-title">
          {t('message.title')}
        </Title>
        <Text size="sm">{t('message.intro')}</Text>
        <Button ref={trigger} leftSection={<IconMail size={18} aria-hidden />} onClick={() => setOpen(true)}>
          {t('message.open')}
        </Button>
      </Stack>
      {open && <StaffMessageModal sessionId={sessionId} onClose={close} />}
    </Card>
  );
}

function StaffMessageModal({ sessionId, onClose }: { sessionId: string; onClose: () => void }) {
  const { t } = useTranslation('sessionExtras');
  const { t: tc } = useTranslation();
  const [send, { loading }] = useMutation(SendSessionMessageDocument);
  const [problem, setProblem] = useState<Message | null>(null);
  const tooLong = (value: string, max: number) =>
    value.length > max ? t('message.validation.tooLong', { max }) : null;
  const form = useForm({
    mode: 'controlled',
    initialValues: { audience: 'REGISTRANTS' as MessageAudience, subject: '', body: '' },
    validate: {
      subject: (value) =>
        value.trim() ? tooLong(value, STAFF_MESSAGE_SUBJECT_MAX_LENGTH) : t('message.validation.subjectRequired'),
      body: (value) =>
        value.trim() ? tooLong(value, STAFF_MESSAGE_BODY_MAX_LENGTH) : t('message.validation.bodyRequired'),
    },
  });
  useRevalidateOnLanguageChange(form);

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const { data } = await send({ variables: { sessionId, input: values } });
      notify('success', t('message.sent', { count: data?.sendSessionMessage.recipientCount ?? 0 }));
      onClose();
    } catch (error) {
      const { message, fieldErrors } = describeError(error);
      const errors = translateFieldErrors(fieldErrors, tc);
      // "Nobody there" is about the whole message, not one field: shown above the form.
      delete errors.audience;
      form.setErrors(errors);
      setProblem(Object.keys(errors).length ? null : message);
    }
  });

  return (
    <FormModal
      title={t('message.title')}
      onClose={onClose}
      onSubmit={submit}
      problem={problem && tc(problem.key, problem.values)}
      cancelLabel={t('message.cancel')}
      submitLabel={t('message.send')}
      submitting={loading}
      size="lg"
    >
      <Radio.Group label={t('message.audience')} {...form.getInputProps('audience')}>
        <Stack gap="xs" mt="xs">
          <Radio value="REGISTRANTS" label={t('message.REGISTRANTS')} />
          <Radio value="WAITLIST" label={t('message.WAITLIST')} />
        </Stack>
      </Radio.Group>
      <TextInput
        label={t('message.subject')}
        required
        maxLength={STAFF_MESSAGE_SUBJECT_MAX_LENGTH}
        data-autofocus
        {...form.getInputProps('subject')}
      />
      <Textarea
        label={t('message.body')}
        required
        autosize
        minRows={6}
        maxLength={STAFF_MESSAGE_BODY_MAX_LENGTH}
        {...form.getInputProps('body')}
      />
    </FormModal>
  );
}
