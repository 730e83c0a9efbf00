import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, MultiSelect, NumberInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  THEME_DESCRIPTION_MAX_LENGTH,
  THEME_FACETS_MAX,
  THEME_TITLE_MAX_LENGTH,
  THEME_YEAR_MAX,
  THEME_YEAR_MIN,
} from '@rode-draad/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { StaleVersionNotice } from '../../components/StaleVersionNotice';
import { CreateThemeDocument, ThemeDocument, UpdateThemeDocument, type ThemeFieldsFragment } from '../../gql/graphql';
import { describeError, toApiProblem, type Message } from '../../lib/errors';
import { translateFieldErrors } from '../../lib/formErrors';
import { notify } from '../../lib/notify';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';
import { useStaleVersion } from '../../lib/useStaleVersion';
import { useFacetOptions } from './useFacetOptions';

interface FormValues {
  title: string;
  description: string;
  yearIdentified: number | string;
  facetIds: string[];
}

interface Props {
  /** null: create a new theme. */
  theme: ThemeFieldsFragment | null;
  onClose: () => void;
  onSaved: (theme: ThemeFieldsFragment) => void;
}

const valuesOf = (theme: ThemeFieldsFragment | null): FormValues => ({
  title: theme?.title ?? '',
  description: theme?.description ?? '',
  yearIdentified: theme?.yearIdentified ?? new Date().getFullYear(),
  facetIds: theme?.facets.map((f) => f.id) ?? [],
});

/** The API's reasons that belong to one field of this form, with this feature's own wording. */
const FIELD_REASONS = {
  UNKNOWN_FACET: 'validation.unknownFacet',
  RETIRED_FACET: 'validation.retiredFacet',
} as const;

export function ThemeFormModal({ theme, onClose, onSaved }: Props) {
  const { t } = useTranslation('themes');
  const { t: tc } = useTranslation();
  const isNew = theme === null;
  const facets = useFacetOptions();
  const [createTheme, created] = useMutation(CreateThemeDocument);
  const [updateTheme, updated] = useMutation(UpdateThemeDocument);
  const [problem, setProblem] = useState<Message | null>(null);
  const client = useApolloClient();
  const stale = useStaleVersion(theme?.version ?? 0, async () =>
    theme
      ? ((await client.query({ query: ThemeDocument, variables: { id: theme.id }, fetchPolicy: 'network-only' })).data
          ?.theme ?? null)
      : null,
  );
  const linked = new Set(theme?.facets.map((f) => f.id) ?? []);

  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: valuesOf(theme),
    validate: {
      title: (value) =>
        value.trim() === ''
          ? t('validation.required')
          : value.length > THEME_TITLE_MAX_LENGTH
            ? t('validation.maxLength', { max: THEME_TITLE_MAX_LENGTH })
            : null,
      description: (value) =>
        value.length > THEME_DESCRIPTION_MAX_LENGTH
          ? t('validation.maxLength', { max: THEME_DESCRIPTION_MAX_LENGTH })
          : null,
      yearIdentified: (value) =>
        typeof value === 'number' && Number.isInteger(value) && value >= THEME_YEAR_MIN && value <= THEME_YEAR_MAX
          ? null
          : t('validation.year', { min: THEME_YEAR_MIN, max: THEME_YEAR_MAX }),
      facetIds: (value) =>
        value.length > THEME_FACETS_MAX ? t('validation.tooManyFacets', { max: THEME_FACETS_MAX }) : null,
    },
  });
  useRevalidateOnLanguageChange(form);

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    const input = {
      title: values.title.trim(),
      description: values.description.trim(),
      yearIdentified: Number(values.yearIdentified),
      facetIds: values.facetIds,
    };
    try {
      const saved = isNew
        ? (await createTheme({ variables: { input } })).data?.createTheme
        : (await updateTheme({ variables: { id: theme.id, input, expectedVersion: stale.expectedVersion } })).data
            ?.updateTheme;
      notify('success', t(isNew ? 'form.created' : 'form.updated', { title: input.title }));
      if (saved) {
        onSaved(saved);
      }
      onClose();
    } catch (error) {
      if (stale.handle(error)) {
        return;
      }
      const { message, fieldErrors } = describeError(error);
      const { code, reason, fields } = toApiProblem(error);
      const errors = translateFieldErrors(fieldErrors, tc);
      for (const field of fields) {
        const key = FIELD_REASONS[field.reason as keyof typeof FIELD_REASONS] as
          (typeof FIELD_REASONS)[keyof typeof FIELD_REASONS] | undefined;
        if (key) {
          errors.facetIds = t(key);
        }
      }
      if (code === 'CONFLICT' && reason === 'THEME_TITLE_TAKEN') {
        errors.title = t('validation.titleTaken');
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
            labels={{
              title: t('form.title'),
              description: t('form.description'),
              yearIdentified: t('form.year'),
              facetIds: t('form.facets'),
            }}
            show={{
              facetIds: (ids) => ids.map((id) => facets.options.find((o) => o.value === id)?.label ?? id).join(', '),
            }}
            onTakeCurrent={() => stale.current && form.setValues(valuesOf(stale.current))}
          />
        )
      }
      cancelLabel={t('form.cancel')}
      submitLabel={t(isNew ? 'form.saveCreate' : 'form.saveEdit')}
      submitting={created.loading || updated.loading}
      size="lg"
    >
      <TextInput label={t('form.title')} required data-autofocus autoComplete="off" {...form.getInputProps('title')} />
      <Textarea
        label={t('form.description')}
        autosize
        minRows={3}
        maxRows={10}
        {...form.getInputProps('description')}
      />
      <NumberInput
        label={t('form.year')}
        required
        min={THEME_YEAR_MIN}
        max={THEME_YEAR_MAX}
        allowDecimal={false}
        allowNegative={false}
        clampBehavior="none"
        thousandSeparator={false}
        w={200}
        {...form.getInputProps('yearIdentified')}
      />
      <MultiSelect
        label={t('form.facets')}
        placeholder={t('form.facetsPlaceholder')}
        description={t('form.facetsHint')}
        data={facets.options.map((o) => ({ ...o, disabled: !o.active && !linked.has(o.value) }))}
        searchable
        clearable
        hidePickedOptions
        {...form.getInputProps('facetIds')}
      />
      {facets.error && (
        <Alert color="red" variant="light" role="alert">
          {tc(describeError(facets.error).message.key)}
        </Alert>
      )}
    </FormModal>
  );
}
