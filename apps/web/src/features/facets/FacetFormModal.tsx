import { useApolloClient, useMutation } from '@apollo/client/react';
import { Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FACET_DESCRIPTION_MAX_LENGTH, FACET_NAME_MAX_LENGTH } from '@rode-draad/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { StaleVersionNotice } from '../../components/StaleVersionNotice';
import {
  CreateFacetDocument,
  FacetAdminListDocument,
  UpdateFacetDocument,
  type FacetAdminFieldsFragment,
} from '../../gql/graphql';
import { describeError, toApiProblem, type Message } from '../../lib/errors';
import { translateFieldErrors } from '../../lib/formErrors';
import { notify } from '../../lib/notify';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';
import { useStaleVersion } from '../../lib/useStaleVersion';

const valuesOf = (facet: FacetAdminFieldsFragment | null) => ({
  name: facet?.name ?? '',
  description: facet?.description ?? '',
});

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
  const client = useApolloClient();
  // There is no single-facet query: the list is small, and reloading it refreshes the page behind too.
  const stale = useStaleVersion(facet?.version ?? 0, async () => {
    const { data } = await client.query({ query: FacetAdminListDocument, fetchPolicy: 'network-only' });
    return data?.facets.find((f) => f.id === facet?.id) ?? null;
  });

  const form = useForm({
    mode: 'controlled',
    initialValues: valuesOf(facet),
    validate: {
      name: (value) =>
        value.trim() === ''
          ? t('validation.required')
          : value.length > FACET_NAME_MAX_LENGTH
            ? t('validation.maxLength', { max: FACET_NAME_MAX_LENGTH })
            : null,
      description: (value) =>
        value.length > FACET_DESCRIPTION_MAX_LENGTH
          ? t('validation.maxLength', { max: FACET_DESCRIPTION_MAX_LENGTH })
          : null,
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
        await updateFacet({ variables: { id: facet.id, input, expectedVersion: stale.expectedVersion } });
      }
      notify('success', t(isNew ? 'form.created' : 'form.updated', { name: input.name }));
      onClose();
    } catch (error) {
      if (stale.handle(error)) {
        return;
      }
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
      notice={
        stale.stale && (
          <StaleVersionNotice
            mine={form.values}
            current={stale.current && valuesOf(stale.current)}
            reloading={stale.reloading}
            labels={{ name: t('form.name'), description: t('form.description') }}
            onTakeCurrent={() => stale.current && form.setValues(valuesOf(stale.current))}
          />
        )
      }
      cancelLabel={t('form.cancel')}
      submitLabel={t(isNew ? 'form.saveCreate' : 'form.saveEdit')}
      submitting={created.loading || updated.loading}
      size="lg"
    >
      <TextInput label={t('form.name')} required data-autofocus autoComplete="off" {...form.getInputProps('name')} />
      <Textarea
        label={t('form.description')}
        autosize
        minRows={3}
        maxRows={10}
        {...form.getInputProps('description')}
      />
    </FormModal>
  );
}
