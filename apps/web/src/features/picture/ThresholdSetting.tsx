import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, NumberInput, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/PageState';
import { DisclosureSettingsDocument, SetDisclosureThresholdDocument } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';

interface Props {
  /** A new k changes the preview: the page refetches it. */
  onChanged: () => void;
}

/** The region's k, validated against the bound the API reports (n/2), so the form and the API agree. */
export function ThresholdSetting({ onChanged }: Props) {
  const { t } = useTranslation('picture');
  const { t: tc } = useTranslation();
  const { data, error, refetch } = useQuery(DisclosureSettingsDocument);
  const [setThreshold, saving] = useMutation(SetDisclosureThresholdDocument);
  const settings = data?.disclosureSettings;
  const max = settings?.maxThreshold ?? 1;

  const form = useForm<{ k: number | string }>({
    mode: 'controlled',
    initialValues: { k: '' },
    validate: {
      k: (value) =>
        typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max
          ? null
          : t('threshold.range', { max }),
    },
  });
  useRevalidateOnLanguageChange(form);

  const current = settings?.threshold;
  useEffect(() => {
    if (current !== undefined) {
      form.setValues({ k: current });
      form.resetDirty({ k: current });
    }
    // Only a new value from the server should reset what the analyst typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `form` changes on every keystroke
  }, [current]);

  const submit = form.onSubmit(async ({ k }) => {
    try {
      const result = await setThreshold({ variables: { k: Number(k) } });
      notify('success', t('threshold.saved', { k: result.data?.setDisclosureThreshold.threshold ?? k }));
      onChanged();
    } catch (failure) {
      const { message, fieldErrors } = describeError(failure);
      if (fieldErrors.k) {
        form.setFieldError('k', t('threshold.range', { max }));
      } else {
        notify('error', tc(message.key, message.values));
      }
    }
  });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="threshold-title">
      <Title order={2} size="h3" id="threshold-title" mb="xs">
        {t('threshold.title')}
      </Title>
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !settings ? (
        <Skeleton height={80} aria-hidden />
      ) : (
        <Stack gap="sm">
          <Text size="sm">{t('threshold.intro', { n: settings.municipalityCount })}</Text>
          <form onSubmit={submit} noValidate>
            <Group align="flex-start" gap="sm">
              <NumberInput
                label={t('threshold.label')}
                description={t('threshold.hint', { max })}
                min={1}
                max={max}
                step={1}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="none"
                w={200}
                required
                {...form.getInputProps('k')}
              />
              <Button type="submit" mt={46} loading={saving.loading}>
                {t('threshold.save')}
              </Button>
            </Group>
          </form>
        </Stack>
      )}
    </Card>
  );
}
