import { useApolloClient, useMutation } from '@apollo/client/react';
import { Group, NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { DEFAULT_SESSION_STATUSES, type DefaultSessionStatus } from '@rode-draad/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { StaleVersionNotice } from '../../components/StaleVersionNotice';
import {
  CreateProgrammeDocument,
  ProgrammeDocument,
  UpdateProgrammeDocument,
  type ProgrammeFieldsFragment,
  type ProgrammeStatus,
} from '../../gql/graphql';
import { describeError, type Message } from '../../lib/errors';
import { translateFieldErrors } from '../../lib/formErrors';
import { notify } from '../../lib/notify';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';
import { useStaleVersion } from '../../lib/useStaleVersion';

const YEAR_MIN = 2000;
const YEAR_MAX = 2100;
const STATUSES: readonly ProgrammeStatus[] = ['DRAFT', 'ACTIVE', 'CLOSED'];

interface FormValues {
  name: string;
  startYear: number | string;
  endYear: number | string;
  goals: string;
  status: ProgrammeStatus;
  defaultSessionStatus: DefaultSessionStatus;
}

interface Props {
  /** null: create a new programme. */
  programme: ProgrammeFieldsFragment | null;
  onClose: () => void;
  onSaved: (programme: ProgrammeFieldsFragment) => void;
}

function valuesOf(programme: ProgrammeFieldsFragment | null): FormValues {
  const thisYear = new Date().getFullYear();
  return {
    name: programme?.name ?? '',
    startYear: programme?.startYear ?? thisYear,
    endYear: programme?.endYear ?? thisYear + 3,
    goals: programme?.goals ?? '',
    status: programme?.status ?? 'DRAFT',
    defaultSessionStatus: programme?.defaultSessionStatus === 'OPEN' ? 'OPEN' : 'DRAFT',
  };
}

const isYear = (value: number | string): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= YEAR_MIN && value <= YEAR_MAX;

export function ProgrammeFormModal({ programme, onClose, onSaved }: Props) {
  const { t } = useTranslation('programmes');
  const { t: tc } = useTranslation();
  const isNew = programme === null;
  const [createProgramme, created] = useMutation(CreateProgrammeDocument);
  const [updateProgramme, updated] = useMutation(UpdateProgrammeDocument);
  const [problem, setProblem] = useState<Message | null>(null);
  const client = useApolloClient();
  const stale = useStaleVersion(programme?.version ?? 0, async () =>
    programme
      ? ((
          await client.query({ query: ProgrammeDocument, variables: { id: programme.id }, fetchPolicy: 'network-only' })
        ).data?.programme ?? null)
      : null,
  );

  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: valuesOf(programme),
    validate: {
      name: (value) =>
        value.trim() === ''
          ? t('validation.required')
          : value.length > 200
            ? t('validation.maxLength', { max: 200 })
            : null,
      startYear: (value) => (isYear(value) ? null : t('validation.year', { min: YEAR_MIN, max: YEAR_MAX })),
      endYear: (value, values) =>
        !isYear(value)
          ? t('validation.year', { min: YEAR_MIN, max: YEAR_MAX })
          : isYear(values.startYear) && value < values.startYear
            ? t('validation.endYearBeforeStart')
            : null,
      goals: (value) => (value.length > 10000 ? t('validation.maxLength', { max: 10000 }) : null),
    },
  });
  useRevalidateOnLanguageChange(form);

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    const input = {
      name: values.name.trim(),
      startYear: Number(values.startYear),
      endYear: Number(values.endYear),
      goals: values.goals.trim(),
      status: values.status,
      defaultSessionStatus: values.defaultSessionStatus,
    };
    try {
      const saved = isNew
        ? (await createProgramme({ variables: { input } })).data?.createProgramme
        : (await updateProgramme({ variables: { id: programme.id, input, expectedVersion: stale.expectedVersion } }))
            .data?.updateProgramme;
      notify('success', t(isNew ? 'programmeForm.created' : 'programmeForm.updated', { name: input.name }));
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
      form.setErrors(errors);
      setProblem(Object.keys(errors).length > 0 ? null : message);
    }
  });

  return (
    <FormModal
      title={t(isNew ? 'programmeForm.createTitle' : 'programmeForm.editTitle')}
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
              name: t('programmeForm.name'),
              startYear: t('programmeForm.startYear'),
              endYear: t('programmeForm.endYear'),
              goals: t('programmeForm.goals'),
              status: t('programmeForm.status'),
              defaultSessionStatus: t('programmeForm.defaultSessionStatus'),
            }}
            show={{
              status: (status) => t(`status.${status}`),
              defaultSessionStatus: (status) => t(`sessionStatus.${status}`),
            }}
            onTakeCurrent={() => stale.current && form.setValues(valuesOf(stale.current))}
          />
        )
      }
      cancelLabel={t('programmeForm.cancel')}
      submitLabel={t(isNew ? 'programmeForm.saveCreate' : 'programmeForm.saveEdit')}
      submitting={created.loading || updated.loading}
      size="lg"
    >
      <TextInput
        label={t('programmeForm.name')}
        required
        data-autofocus
        autoComplete="off"
        {...form.getInputProps('name')}
      />
      <Group grow align="flex-start">
        {(['startYear', 'endYear'] as const).map((field) => (
          <NumberInput
            key={field}
            label={t(`programmeForm.${field}`)}
            required
            min={YEAR_MIN}
            max={YEAR_MAX}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            thousandSeparator={false}
            {...form.getInputProps(field)}
          />
        ))}
      </Group>
      <Textarea label={t('programmeForm.goals')} autosize minRows={3} maxRows={10} {...form.getInputProps('goals')} />
      <Select
        label={t('programmeForm.status')}
        data={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        allowDeselect={false}
        {...form.getInputProps('status')}
      />
      <Select
        label={t('programmeForm.defaultSessionStatus')}
        description={t('programmeForm.defaultSessionStatusHint')}
        data={DEFAULT_SESSION_STATUSES.map((s) => ({ value: s, label: t(`sessionStatus.${s}`) }))}
        allowDeselect={false}
        {...form.getInputProps('defaultSessionStatus')}
      />
    </FormModal>
  );
}
