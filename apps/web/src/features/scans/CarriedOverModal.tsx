import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Loader, Modal, Select, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/PageState';
import { CarriedOverChoiceDocument, SetRecommendationCarriedOverDocument } from '../../gql/graphql';
import { describeError, type Message } from '../../lib/errors';
import { notify } from '../../lib/notify';
import { useRefreshOnStale } from '../../lib/useStaleVersion';
import type { ScanRecommendation } from './ScanRecommendationsTable';
import { dateTimeFormat } from '../../lib/dateFormat';

interface Props {
  recommendation: ScanRecommendation;
  onClose: () => void;
}

/** The analyst says which earlier scan's recommendation this one continues, for the re-scan comparison. */
export function CarriedOverModal({ recommendation, onClose }: Props) {
  const { t, i18n } = useTranslation('scans');
  const { t: tc } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CarriedOverChoiceDocument, {
    variables: { id: recommendation.id },
    fetchPolicy: 'network-only',
  });
  const [save, saving] = useMutation(SetRecommendationCarriedOverDocument);
  const refreshOnStale = useRefreshOnStale();
  const [picked, setPicked] = useState<string | null | undefined>(undefined);
  const [problem, setProblem] = useState<Message | null>(null);
  const choice = data?.carriedOverChoice;
  const fromId = picked === undefined ? (choice?.current?.id ?? null) : picked;
  const day = useMemo(() => dateTimeFormat(i18n.language, { dateStyle: 'medium' }), [i18n.language]);
  const options = (choice?.candidates ?? []).map((c) => ({
    value: c.id,
    label: t('carriedOver.option', {
      reference: c.reference ? `${c.reference} · ` : '',
      title: c.title,
      date: day.format(new Date(`${c.scanDate}T12:00:00`)),
    }),
  }));

  const submit = async () => {
    setProblem(null);
    try {
      await save({ variables: { id: recommendation.id, fromId, expectedVersion: recommendation.version } });
      const from = options.find((o) => o.value === fromId)?.label;
      notify(
        'success',
        from
          ? t('carriedOver.saved', { title: recommendation.title, from })
          : t('carriedOver.cleared', { title: recommendation.title }),
      );
      onClose();
    } catch (failure) {
      if (refreshOnStale(failure)) {
        return;
      }
      setProblem(describeError(failure).message);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('carriedOver.title')}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
      size="lg"
    >
      <Stack gap="md">
        <Text size="sm" fw={500}>
          {recommendation.title}
        </Text>
        <Text size="sm" c="dimmed">
          {t('carriedOver.intro')}
        </Text>
        {problem && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {tc(problem.key, problem.values)}
          </Alert>
        )}
        {error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : loading && !choice ? (
          <Group gap="xs" role="status">
            <Loader size="sm" />
            <Text size="sm">{t('carriedOver.loading')}</Text>
          </Group>
        ) : options.length === 0 ? (
          <Text size="sm">{t('carriedOver.none')}</Text>
        ) : (
          <Select
            label={t('carriedOver.label')}
            placeholder={t('carriedOver.placeholder')}
            data={options}
            value={fromId}
            onChange={(value) => setPicked(value)}
            searchable
            clearable
          />
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={saving.loading} disabled={!choice || options.length === 0}>
            {t('carriedOver.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
