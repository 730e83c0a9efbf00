import { useMutation } from '@apollo/client/react';
import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { MATERIAL_TITLE_MAX_LENGTH } from '@rode-draad/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { AddSessionLinkDocument } from '../../gql/graphql';
import { describeError, type Message } from '../../lib/errors';
import { translateFieldErrors } from '../../lib/formErrors';
import { notify } from '../../lib/notify';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';

const HTTP_URL = /^https?:\/\/[^\s/]+\.[^\s]+$/i;

/** Staff add a link (a title and a web address) to the session's materials. */
export function AddLinkModal({ sessionId, onClose }: { sessionId: string; onClose: () => void }) {
  const { t } = useTranslation('sessionExtras');
  const { t: tc } = useTranslation();
  const [add, { loading }] = useMutation(AddSessionLinkDocument, { refetchQueries: ['SessionExtras'] });
  const [problem, setProblem] = useState<Message | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { title: '', url: '' },
    validate: {
      title: (value) =>
        !value.trim()
          ? t('materials.validation.titleRequired')
          : value.length > MATERIAL_TITLE_MAX_LENGTH
            ? t('materials.validation.titleTooLong', { max: MATERIAL_TITLE_MAX_LENGTH })
            : null,
      url: (value) => (HTTP_URL.test(value.trim()) ? null : t('materials.validation.urlInvalid')),
    },
  });
  useRevalidateOnLanguageChange(form);

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await add({ variables: { sessionId, input: { title: values.title.trim(), url: values.url.trim() } } });
      notify('success', t('materials.added', { title: values.title.trim() }));
      onClose();
    } catch (error) {
      const { message, fieldErrors } = describeError(error);
      const errors = translateFieldErrors(fieldErrors, tc);
      form.setErrors(errors);
      setProblem(Object.keys(errors).length ? null : message);
    }
  });

  return (
    <FormModal
      title={t('materials.linkDialog')}
      onClose={onClose}
      onSubmit={submit}
      problem={problem && tc(problem.key, problem.values)}
      cancelLabel={t('materials.cancel')}
      submitLabel={t('materials.save')}
      submitting={loading}
    >
      <TextInput label={t('materials.linkTitle')} required data-autofocus {...form.getInputProps('title')} />
      <TextInput
        label={t('materials.linkUrl')}
        description={t('materials.linkUrlHint')}
        type="url"
        required
        {...form.getInputProps('url')}
      />
    </FormModal>
  );
}
