import { useApolloClient, useMutation } from '@apollo/client/react';
import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { StaleVersionNotice } from '../../components/StaleVersionNotice';
import {
  CreateRecommendationDocument,
  CurrentRecommendationDocument,
  UpdateRecommendationDocument,
  type CurrentRecommendationQuery,
  type Priority,
} from '../../gql/graphql';
import { describeError, type Message } from '../../lib/errors';
import { translateFieldErrors } from '../../lib/formErrors';
import { notify } from '../../lib/notify';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';
import { useStaleVersion } from '../../lib/useStaleVersion';
import { PRIORITIES, isPriority } from '../recommendations/followUp';
import type { ScanRecommendation } from './ScanRecommendationsTable';

// The API's bounds (RecommendationInput).
const TITLE_MAX_LENGTH = 300;
const REFERENCE_MAX_LENGTH = 40;
const BODY_MAX_LENGTH = 10000;

interface FormValues {
  title: string;
  reference: string;
  facetId: string | null;
  priority: Priority | null;
  body: string;
}

type Stored = Pick<
  NonNullable<CurrentRecommendationQuery['recommendation']>,
  'title' | 'reference' | 'priority' | 'body' | 'facet'
>;

const valuesOf = (recommendation: Stored | null): FormValues => ({
  title: recommendation?.title ?? '',
  reference: recommendation?.reference ?? '',
  facetId: recommendation?.facet.id ?? null,
  priority: recommendation?.priority ?? null,
  body: recommendation?.body ?? '',
});

interface Props {
  scanId: string;
  /** null: a new recommendation for the scan. */
  recommendation: ScanRecommendation | null;
  /** Active facets; the recommendation's own (perhaps retired) facet is added when editing. */
  facetOptions: { value: string; label: string }[];
  onClose: () => void;
  onSaved: () => void;
}

export function RecommendationFormModal({ scanId, recommendation, facetOptions, onClose, onSaved }: Props) {
  const { t } = useTranslation('scans');
  const { t: tc } = useTranslation('translation');
  const { t: tr } = useTranslation('recommendations');
  const isNew = recommendation === null;
  const [create, created] = useMutation(CreateRecommendationDocument);
  const [update, updated] = useMutation(UpdateRecommendationDocument);
  const [problem, setProblem] = useState<Message | null>(null);
  const client = useApolloClient();
  const stale = useStaleVersion(recommendation?.version ?? 0, async () =>
    recommendation
      ? ((
          await client.query({
            query: CurrentRecommendationDocument,
            variables: { id: recommendation.id },
            fetchPolicy: 'network-only',
          })
        ).data?.recommendation ?? null)
      : null,
  );
  const tooLong = (value: string, max: number) => (value.length > max ? tc('validation.maxLength', { max }) : null);

  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: valuesOf(recommendation),
    validate: {
      title: (value) => (value.trim() === '' ? tc('validation.required') : tooLong(value, TITLE_MAX_LENGTH)),
      reference: (value) => tooLong(value.trim(), REFERENCE_MAX_LENGTH),
      facetId: (value) => (value ? null : t('recForm.facetRequired')),
      priority: (value) => (value ? null : t('recForm.priorityRequired')),
      body: (value) => tooLong(value, BODY_MAX_LENGTH),
    },
  });
  useRevalidateOnLanguageChange(form);

  const facets =
    recommendation && !facetOptions.some((f) => f.value === recommendation.facet.id)
      ? [{ value: recommendation.facet.id, label: recommendation.facet.name }, ...facetOptions]
      : facetOptions;

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    if (!values.facetId || !values.priority) {
      return;
    }
    const input = {
      title: values.title.trim(),
      reference: values.reference.trim() || null,
      facetId: values.facetId,
      priority: values.priority,
      body: values.body.trim(),
    };
    try {
      if (isNew) {
        await create({ variables: { input: { ...input, scanId } } });
        notify('success', t('recForm.created', { title: input.title }));
      } else {
        await update({ variables: { id: recommendation.id, input, expectedVersion: stale.expectedVersion } });
        notify('success', t('recForm.updated', { title: input.title }));
      }
      onSaved();
      onClose();
    } catch (error) {
      if (stale.handle(error)) {
        return;
      }
      const { message, fieldErrors } = describeError(error);
      form.setErrors(translateFieldErrors(fieldErrors, tc));
      setProblem(message);
    }
  });

  return (
    <FormModal
      title={t(isNew ? 'recForm.createTitle' : 'recForm.editTitle')}
      onClose={onClose}
      onSubmit={submit}
      problem={problem && tc(problem.key, problem.values)}
      notice={
        stale.stale && (
          <StaleVersionNotice
            mine={form.values}
            current={stale.current && valuesOf(stale.current)}
            reloading={stale.reloading}
            labels={{
              title: t('recForm.title'),
              reference: t('recForm.reference'),
              facetId: t('recForm.facet'),
              priority: t('recForm.priority'),
              body: t('recForm.body'),
            }}
            show={{
              facetId: (id) =>
                id === stale.current?.facet.id
                  ? stale.current.facet.name
                  : (facets.find((f) => f.value === id)?.label ?? ''),
              priority: (priority) => (priority ? tr(`priorityLong.${priority}`) : ''),
            }}
            onTakeCurrent={() => stale.current && form.setValues(valuesOf(stale.current))}
          />
        )
      }
      cancelLabel={t('cancel')}
      submitLabel={t(isNew ? 'recForm.saveCreate' : 'recForm.saveEdit')}
      submitting={created.loading || updated.loading}
      size="lg"
    >
      <TextInput label={t('recForm.title')} required data-autofocus {...form.getInputProps('title')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('recForm.reference')}
          description={t('recForm.referenceHint')}
          {...form.getInputProps('reference')}
        />
        <Select
          label={t('recForm.facet')}
          placeholder={t('recForm.chooseFacet')}
          data={facets}
          required
          searchable
          {...form.getInputProps('facetId')}
        />
        <Select
          label={t('recForm.priority')}
          placeholder={t('recForm.choosePriority')}
          data={PRIORITIES.map((p) => ({ value: p, label: tr(`priorityLong.${p}`) }))}
          required
          allowDeselect={false}
          {...form.getInputProps('priority')}
          onChange={(value) => form.setFieldValue('priority', isPriority(value) ? value : null)}
        />
      </SimpleGrid>
      <Textarea label={t('recForm.body')} autosize minRows={5} maxRows={14} {...form.getInputProps('body')} />
    </FormModal>
  );
}
