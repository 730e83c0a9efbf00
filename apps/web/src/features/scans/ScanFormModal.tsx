import { useApolloClient, useMutation } from '@apollo/client/react';
import { Group, Radio, Select, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { StaleVersionNotice } from '../../components/StaleVersionNotice';
import {
  CreateScanDocument,
  ScanDocument,
  UpdateScanDocument,
  type ScanFieldsFragment,
  type ScanKind,
} from '../../gql/graphql';
import { describeError, type Message } from '../../lib/errors';
import { translateFieldErrors } from '../../lib/formErrors';
import { notify } from '../../lib/notify';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';
import { useStaleVersion } from '../../lib/useStaleVersion';
import { DateField } from '../../components/DateFields';

// The API's bounds (ScanInput).
const SCOPE_MAX_LENGTH = 2000;
const SUMMARY_MAX_LENGTH = 20000;

interface FormValues {
  municipalityId: string | null;
  scanDate: string;
  kind: ScanKind;
  scope: string;
  summary: string;
}

interface Props {
  /** null: record a new scan. */
  scan: ScanFieldsFragment | null;
  defaultMunicipalityId: string | null;
  municipalityOptions: { value: string; label: string }[];
  onClose: () => void;
  onSaved: () => void;
}

const valuesOf = (scan: ScanFieldsFragment | null, defaultMunicipalityId: string | null): FormValues => ({
  municipalityId: scan?.municipality.id ?? defaultMunicipalityId,
  scanDate: scan?.scanDate ?? '',
  kind: scan?.kind ?? 'BASELINE',
  scope: scan?.scope ?? '',
  summary: scan?.summary ?? '',
});

export function ScanFormModal({ scan, defaultMunicipalityId, municipalityOptions, onClose, onSaved }: Props) {
  const { t } = useTranslation('scans');
  const { t: tc } = useTranslation();
  const isNew = scan === null;
  const [createScan, created] = useMutation(CreateScanDocument);
  const [updateScan, updated] = useMutation(UpdateScanDocument);
  const [problem, setProblem] = useState<Message | null>(null);
  const client = useApolloClient();
  const stale = useStaleVersion(scan?.version ?? 0, async () =>
    scan
      ? ((await client.query({ query: ScanDocument, variables: { id: scan.id }, fetchPolicy: 'network-only' })).data
          ?.scan ?? null)
      : null,
  );
  const max = (limit: number) => (value: string) =>
    value.length > limit ? tc('validation.maxLength', { max: limit }) : null;

  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: valuesOf(scan, defaultMunicipalityId),
    validate: {
      municipalityId: (value) => (value ? null : t('form.municipalityRequired')),
      scanDate: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : t('form.dateRequired')),
      scope: max(SCOPE_MAX_LENGTH),
      summary: max(SUMMARY_MAX_LENGTH),
    },
  });
  useRevalidateOnLanguageChange(form);

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    if (!values.municipalityId) {
      return;
    }
    const input = {
      ...values,
      municipalityId: values.municipalityId,
      scope: values.scope.trim(),
      summary: values.summary.trim(),
    };
    const municipality = municipalityOptions.find((m) => m.value === values.municipalityId)?.label ?? '';
    try {
      if (isNew) {
        await createScan({ variables: { input } });
        notify('success', t('form.created', { municipality }));
      } else {
        await updateScan({ variables: { id: scan.id, input, expectedVersion: stale.expectedVersion } });
        notify('success', t('form.updated'));
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
      title={t(isNew ? 'form.createTitle' : 'form.editTitle')}
      onClose={onClose}
      onSubmit={submit}
      problem={problem && tc(problem.key, problem.values)}
      notice={
        stale.stale && (
          <StaleVersionNotice
            mine={form.values}
            current={stale.current && valuesOf(stale.current, defaultMunicipalityId)}
            reloading={stale.reloading}
            labels={{
              scanDate: t('form.scanDate'),
              kind: t('form.kind'),
              scope: t('form.scope'),
              summary: t('form.summary'),
            }}
            show={{ kind: (kind) => t(`kind.${kind}`) }}
            onTakeCurrent={() => stale.current && form.setValues(valuesOf(stale.current, defaultMunicipalityId))}
          />
        )
      }
      cancelLabel={t('cancel')}
      submitLabel={t(isNew ? 'form.saveCreate' : 'form.saveEdit')}
      submitting={created.loading || updated.loading}
      size="lg"
    >
      <Select
        label={t('form.municipality')}
        placeholder={t('form.chooseMunicipality')}
        description={isNew ? undefined : t('form.municipalityFixed')}
        data={municipalityOptions}
        required
        disabled={!isNew}
        searchable
        data-autofocus
        {...form.getInputProps('municipalityId')}
      />
      <DateField label={t('form.scanDate')} required {...form.getInputProps('scanDate')} />
      <Radio.Group label={t('form.kind')} required {...form.getInputProps('kind')}>
        <Group gap="lg" mt="xs">
          {(['BASELINE', 'RESCAN'] as const).map((kind) => (
            <Radio key={kind} value={kind} label={t(`kind.${kind}`)} />
          ))}
        </Group>
      </Radio.Group>
      <TextInput
        label={t('form.scope')}
        description={t('form.scopeHint')}
        maxLength={SCOPE_MAX_LENGTH}
        {...form.getInputProps('scope')}
      />
      <Textarea label={t('form.summary')} autosize minRows={4} maxRows={12} {...form.getInputProps('summary')} />
    </FormModal>
  );
}
