import { ACTIVITY_FORMATS } from '@rode-draad/shared';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Group, MultiSelect, Select, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { StaleVersionNotice } from '../../components/StaleVersionNotice';
import {
  ActivityDocument,
  CreateActivityDocument,
  UpdateActivityDocument,
  type ActivityFieldsFragment,
  type ActivityFormat,
  type TargetAudience,
} from '../../gql/graphql';
import { describeError, toApiProblem, type Message } from '../../lib/errors';
import { translateFieldErrors } from '../../lib/formErrors';
import { notify } from '../../lib/notify';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';
import { useStaleVersion } from '../../lib/useStaleVersion';
import { useThemeOptions } from './useThemeOptions';

export const TARGET_AUDIENCES: readonly TargetAudience[] = [
  'BIBOB_ADVISOR',
  'ENFORCEMENT_OFFICER',
  'LICENSING_OFFICER',
  'POLICY_ADVISOR',
  'ADMINISTRATOR',
  'COUNCIL_MEMBER',
  'OTHER',
];

interface FormValues {
  title: string;
  description: string;
  format: ActivityFormat;
  themeIds: string[];
  targetAudiences: string[];
  learningGoals: string;
  plannedYear: string | null;
  plannedQuarter: string | null;
}

interface Props {
  programme: { id: string; startYear: number; endYear: number };
  /** null: create a new activity. */
  activity: ActivityFieldsFragment | null;
  /** Creating from the programme builder: the theme fills in what it can. */
  fromTheme?: { id: string; title: string; description: string };
  onClose: () => void;
  onSaved: (activity: ActivityFieldsFragment) => void;
}

function initialValues({ programme, activity, fromTheme }: Props): FormValues {
  if (activity) {
    return {
      title: activity.title,
      description: activity.description,
      format: activity.format,
      themeIds: activity.themes.map((theme) => theme.id),
      targetAudiences: activity.targetAudiences,
      learningGoals: activity.learningGoals,
      plannedYear: activity.plannedYear === null ? null : String(activity.plannedYear),
      plannedQuarter: activity.plannedQuarter === null ? null : String(activity.plannedQuarter),
    };
  }
  const thisYear = new Date().getFullYear();
  const year = thisYear >= programme.startYear && thisYear <= programme.endYear ? thisYear : programme.startYear;
  return {
    title: fromTheme?.title ?? '',
    description: fromTheme?.description ?? '',
    format: 'WORKSHOP',
    themeIds: fromTheme ? [fromTheme.id] : [],
    targetAudiences: [],
    learningGoals: '',
    plannedYear: fromTheme ? String(year) : null,
    plannedQuarter: null,
  };
}

export function ActivityFormModal(props: Props) {
  const { programme, activity, fromTheme, onClose, onSaved } = props;
  const { t } = useTranslation('programmes');
  const { t: tc } = useTranslation();
  const isNew = activity === null;
  const themes = useThemeOptions();
  const [createActivity, created] = useMutation(CreateActivityDocument);
  const [updateActivity, updated] = useMutation(UpdateActivityDocument);
  const [problem, setProblem] = useState<Message | null>(null);
  const client = useApolloClient();
  const stale = useStaleVersion(activity?.version ?? 0, async () =>
    activity
      ? ((await client.query({ query: ActivityDocument, variables: { id: activity.id }, fetchPolicy: 'network-only' }))
          .data?.activity ?? null)
      : null,
  );
  const linked = new Set(activity?.themes.map((theme) => theme.id) ?? []);
  const years = Array.from({ length: programme.endYear - programme.startYear + 1 }, (_, i) =>
    String(programme.startYear + i),
  );

  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: initialValues(props),
    validate: {
      title: (value) =>
        value.trim() === ''
          ? t('validation.required')
          : value.length > 200
            ? t('validation.maxLength', { max: 200 })
            : null,
      description: (value) => (value.length > 10000 ? t('validation.maxLength', { max: 10000 }) : null),
      learningGoals: (value) => (value.length > 5000 ? t('validation.maxLength', { max: 5000 }) : null),
      themeIds: (value) => (value.length === 0 ? t('validation.themesRequired') : null),
      plannedQuarter: (value, values) => (value && !values.plannedYear ? t('validation.quarterNeedsYear') : null),
    },
  });
  useRevalidateOnLanguageChange(form);

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    const input = {
      programmeId: programme.id,
      title: values.title.trim(),
      description: values.description.trim(),
      format: values.format,
      themeIds: values.themeIds,
      targetAudiences: TARGET_AUDIENCES.filter((a) => values.targetAudiences.includes(a)),
      learningGoals: values.learningGoals.trim(),
      plannedYear: values.plannedYear ? Number(values.plannedYear) : null,
      plannedQuarter: values.plannedYear && values.plannedQuarter ? Number(values.plannedQuarter) : null,
    };
    try {
      const saved = isNew
        ? (await createActivity({ variables: { input } })).data?.createActivity
        : (await updateActivity({ variables: { id: activity.id, input, expectedVersion: stale.expectedVersion } })).data
            ?.updateActivity;
      notify('success', t(isNew ? 'activityForm.created' : 'activityForm.updated', { title: input.title }));
      if (saved) {
        onSaved(saved);
      }
      onClose();
    } catch (error) {
      if (stale.handle(error)) {
        return;
      }
      const { message, fieldErrors } = describeError(error);
      const errors = translateFieldErrors(fieldErrors, tc);
      for (const { field, reason } of toApiProblem(error).fields) {
        if (reason === 'UNKNOWN_THEME' || field.endsWith('themeIds')) {
          errors.themeIds = t('validation.unknownTheme');
        }
        if (field.endsWith('plannedYear')) {
          errors.plannedYear = t('validation.yearInPeriod', { start: programme.startYear, end: programme.endYear });
        }
      }
      form.setErrors(errors);
      setProblem(Object.keys(errors).length > 0 ? null : message);
    }
  });

  const title = fromTheme
    ? t('activityForm.createFromThemeTitle', { theme: fromTheme.title })
    : t(isNew ? 'activityForm.createTitle' : 'activityForm.editTitle');
  return (
    <FormModal
      title={title}
      onClose={onClose}
      onSubmit={submit}
      problem={problem && tc(problem.key, problem.values)}
      notice={
        stale.stale && (
          <StaleVersionNotice
            mine={form.values}
            current={stale.current && initialValues({ ...props, activity: stale.current })}
            reloading={stale.reloading}
            labels={{
              title: t('activityForm.title'),
              format: t('activityForm.format'),
              themeIds: t('activityForm.themes'),
              targetAudiences: t('activityForm.audiences'),
              plannedYear: t('activityForm.plannedYear'),
              plannedQuarter: t('activityForm.plannedQuarter'),
              description: t('activityForm.description'),
              learningGoals: t('activityForm.learningGoals'),
            }}
            show={{
              format: (format) => t(`format.${format}`),
              themeIds: (ids) => ids.map((id) => themes.options.find((o) => o.value === id)?.label ?? id).join(', '),
              targetAudiences: (audiences) =>
                TARGET_AUDIENCES.filter((a) => audiences.includes(a))
                  .map((a) => t(`audience.${a}`))
                  .join(', '),
              plannedQuarter: (quarter) => (quarter ? t('activityForm.quarter', { quarter }) : ''),
            }}
            onTakeCurrent={() => stale.current && form.setValues(initialValues({ ...props, activity: stale.current }))}
          />
        )
      }
      cancelLabel={t('activityForm.cancel')}
      submitLabel={t(isNew ? 'activityForm.saveCreate' : 'activityForm.saveEdit')}
      submitting={created.loading || updated.loading}
      size="lg"
    >
      <TextInput
        label={t('activityForm.title')}
        description={fromTheme ? t('activityForm.fromThemeHint') : undefined}
        required
        data-autofocus
        autoComplete="off"
        {...form.getInputProps('title')}
      />
      <Select
        label={t('activityForm.format')}
        required
        data={ACTIVITY_FORMATS.map((f) => ({ value: f, label: t(`format.${f}`) }))}
        allowDeselect={false}
        {...form.getInputProps('format')}
      />
      <MultiSelect
        label={t('activityForm.themes')}
        placeholder={t('activityForm.themesPlaceholder')}
        required
        data={themes.options.map((o) => ({
          value: o.value,
          label: o.label,
          disabled: !o.active && !linked.has(o.value),
        }))}
        searchable
        hidePickedOptions
        {...form.getInputProps('themeIds')}
      />
      <MultiSelect
        label={t('activityForm.audiences')}
        placeholder={t('activityForm.audiencesPlaceholder')}
        data={TARGET_AUDIENCES.map((a) => ({ value: a, label: t(`audience.${a}`) }))}
        hidePickedOptions
        {...form.getInputProps('targetAudiences')}
      />
      <Group grow align="flex-start">
        <Select label={t('activityForm.plannedYear')} data={years} clearable {...form.getInputProps('plannedYear')} />
        <Select
          label={t('activityForm.plannedQuarter')}
          placeholder={t('activityForm.noQuarter')}
          data={[1, 2, 3, 4].map((q) => ({ value: String(q), label: t('activityForm.quarter', { quarter: q }) }))}
          clearable
          {...form.getInputProps('plannedQuarter')}
        />
      </Group>
      <Textarea
        label={t('activityForm.description')}
        autosize
        minRows={3}
        maxRows={8}
        {...form.getInputProps('description')}
      />
      <Textarea
        label={t('activityForm.learningGoals')}
        autosize
        minRows={2}
        maxRows={6}
        {...form.getInputProps('learningGoals')}
      />
      {themes.error && (
        <Alert color="red" variant="light" role="alert">
          {tc(describeError(themes.error).message.key)}
        </Alert>
      )}
    </FormModal>
  );
}
