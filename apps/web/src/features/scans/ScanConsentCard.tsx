import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { consentNeedsBasis, CONSENT_BASIS_MAX_LENGTH, CONSENT_REFERENCE_MAX_LENGTH } from '@rode-draad/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SetScanConsentDocument, type ConsentStatus, type ScanConsentFieldsFragment } from '../../gql/graphql';
import { toAmsterdamParts } from '../../lib/amsterdamTime';
import { describeError, isStaleVersion, type Message } from '../../lib/errors';
import { notify } from '../../lib/notify';
import { formatLocalDate } from '../recommendations/followUp';
import { DateField } from '../../components/DateFields';

interface Values {
  status: ConsentStatus;
  basis: string;
  decisionDate: string;
  reference: string;
}

const STATUSES: ConsentStatus[] = ['AGREED', 'REFUSED', 'NOT_DECIDED'];

/**
 * Whether the scan's outcomes may feed the regional picture: shown to the municipality's
 * coordinators and the RIEC, recorded by the coordinators. Withdrawing an agreement asks first.
 */
export function ScanConsentCard({
  scanId,
  consent,
  onChanged,
}: {
  scanId: string;
  consent: ScanConsentFieldsFragment;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation('scans');
  const { t: tc } = useTranslation();
  const [problem, setProblem] = useState<Message | null>(null);
  const [save, { loading }] = useMutation(SetScanConsentDocument);
  const form = useForm<Values>({
    initialValues: {
      status: consent.status,
      basis: consent.basis,
      decisionDate: consent.decisionDate ?? '',
      reference: consent.reference,
    },
    validate: {
      basis: (value, values) => (consentNeedsBasis(values.status) && !value.trim() ? t('consent.basisRequired') : null),
      decisionDate: (value) =>
        value && value > toAmsterdamParts(new Date()).date ? tc('errors.field.DECISION_IN_FUTURE') : null,
    },
  });

  const submit = (values: Values) => {
    setProblem(null);
    save({
      variables: {
        scanId,
        expectedVersion: consent.version,
        input: {
          status: values.status,
          basis: values.basis,
          decisionDate: values.decisionDate || null,
          reference: values.reference,
        },
      },
    })
      .then(() => {
        notify('success', t('consent.saved'));
        onChanged();
      })
      .catch((error: unknown) => {
        const described = describeError(error);
        for (const [field, message] of Object.entries(described.fieldErrors)) {
          form.setFieldError(field, tc(message.key, message.values));
        }
        setProblem(described.message);
        if (isStaleVersion(error)) {
          onChanged();
        }
      });
  };

  const onSubmit = form.onSubmit((values) => {
    if (consent.status === 'AGREED' && values.status !== 'AGREED') {
      modals.openConfirmModal({
        title: t('consent.withdrawTitle'),
        children: <Text size="sm">{t('consent.withdrawBody')}</Text>,
        labels: { confirm: t('consent.withdrawConfirm'), cancel: t('cancel') },
        closeButtonProps: { 'aria-label': tc('common.close') },
        confirmProps: { color: 'red.9' },
        onConfirm: () => submit(values),
      });
      return;
    }
    submit(values);
  });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="consent-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="consent-title">
          {t('consent.title')}
        </Title>
        <Text size="sm" data-testid="consent-status">
          {t(`consent.status.${consent.status}`)}
          {consent.decidedBy && consent.decidedAt
            ? ` · ${t('consent.decidedBy', {
                name: consent.decidedBy.name,
                date: formatLocalDate(consent.decidedAt.slice(0, 10), i18n.language),
              })}`
            : ''}
        </Text>
        <Text size="sm" c="dimmed">
          {t('consent.explanation')}
        </Text>
        {consent.viewerCanRecord ? (
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="sm">
              <Radio.Group label={t('consent.statusLabel')} required {...form.getInputProps('status')}>
                <Group gap="md" mt={4}>
                  {STATUSES.map((status) => (
                    <Radio key={status} value={status} label={t(`consent.status.${status}`)} />
                  ))}
                </Group>
              </Radio.Group>
              <TextInput
                label={t('consent.basis')}
                description={t('consent.basisHint')}
                maxLength={CONSENT_BASIS_MAX_LENGTH}
                required={consentNeedsBasis(form.values.status)}
                {...form.getInputProps('basis')}
              />
              <Group grow align="flex-start">
                <DateField label={t('consent.decisionDate')} {...form.getInputProps('decisionDate')} />
                <TextInput
                  label={t('consent.reference')}
                  maxLength={CONSENT_REFERENCE_MAX_LENGTH}
                  {...form.getInputProps('reference')}
                />
              </Group>
              {problem && (
                <Alert color="red" role="alert">
                  {tc(problem.key, problem.values)}
                </Alert>
              )}
              <Group>
                <Button type="submit" loading={loading}>
                  {t('consent.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          consent.basis && (
            <Text size="sm">
              {t('consent.basisShown', {
                basis: consent.basis,
                reference: consent.reference || '—',
                date: consent.decisionDate ? formatLocalDate(consent.decisionDate, i18n.language) : '—',
              })}
            </Text>
          )
        )}
      </Stack>
    </Card>
  );
}
