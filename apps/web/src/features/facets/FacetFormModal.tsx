import { useMutation } from '@apollo/client/react';
import { Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FACET_DESCRIPTION_MAX_LENGTH, FACET_NAME_MAX_LENGTH } from '@rode-draad/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { CreateFacetDocument, UpdateFacetDocument, type FacetAdminFieldsFragment } from '../../gql/graphql';
import { describeError, toApiProblem, type Message } from '../../lib/errors';
import { translateFieldErrors } from '../../lib/formErrors';
import { notify } from '../../lib/notify';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';

interface Props {
  /** null: create a new facet. */
  facet: FacetAdminFieldsFragment | null;
  onClose: () => void;
  onCreated: () => void;
}

export function FacetFormModal({ facet, onClose, onCreated }: Props) {
  const { t } = useTranslation('facets');
  const { t: tc } = useTranslation();
  const isNew = facet === null;
  const [createFacet, created] = useMutation(CreateFacetDocument);
  const [updateFacet, updated] = useMutation(UpdateFacetDocument);
  const [problem, setProblem] = useState<Message | null>(null);

  const form = useForm({
    mode: 'controlled',
    initialValues: { name: facet?.name ?? '', description: facet?.description ?? '' },
    validate: {
      name: (value) =>
        value.trim() === ''
          ? t('validation.required')
          : value.length > FACET_NAME_MAX_LENGTH
            ? t('validation.maxLength', { max: FACET_NAME_MAX_LENGTH })
            : null,
      description: (value) =>
        value.length > FACET_DESCRIPTION_MAX_LENGTH ? t('validation.maxLength', { max: FACET_DESCRIPTION_MAX_LENGTH }) : null,
    },
  });
  useRevalidateOnLanguageChange(form);

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    const input = { name: values.name.trim(), description: values.description.trim() };
    try {
      if (isNew) {
        await createFacet({ variables: { input } });
        onCreated();
      } else {
        await updateFacet({ variables: { id: facet.id, input } });
      }
      notify('success', t(isNew ? 'form.created' : 'form.updated', { name: input.name }));
      onClose();
    } catch (error) {
      const { message, fieldErrors } = describeError(error);
      const { code, reason } = toApiProblem(error);
      const errors = translateFieldErrors(fieldErrors, tc);
      if (code === 'CONFLICT' && reason === 'FACET_NAME_TAKEN') {
        errors.name = t('validation.nameTaken');
      }
      form.setErrors(errors);
      setProblem(Object.keys(errors).length > 0 ? null : message);
    }
  });

  return (
    <FormModal
      title={t(isNew ? 'form.createTitle' : 'form.editTitle')}
      onClose={onClose}
      onSubmit={submit}
      problem={problem && tc(problem.key, problem.values)}
      cancelLabel={t('form.cancel')}
      submitLabel={t(isNew ? 'form.saveCreate' : 'form.saveEdit')}
      submitting={created.loading || updated.loading}
      size="lg"
    >
      <TextInput label={t('form.name')} required data-autofocus autoComplete="off" {...form.getInputProps('name')} />
      <Textarea label={t('form.description')} autosize minRows={3} maxRows={10} {...form.getInputProps('description')} />
    </FormModal>
  );
}
