import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaleVersionNotice } from '../../components/StaleVersionNotice';
import { CurrentRecommendationDocument, SetRecommendationThemesDocument } from '../../gql/graphql';
import { describeError, type Message } from '../../lib/errors';
import { notify } from '../../lib/notify';
import { useStaleVersion } from '../../lib/useStaleVersion';
import type { ScanRecommendation } from './ScanRecommendationsTable';

interface Props {
  recommendation: ScanRecommendation;
  /** Active themes; linked retired ones stay listed so saving does not silently drop them. */
  themeOptions: { value: string; label: string }[];
  onClose: () => void;
}

export function ThemeLinksModal({ recommendation, themeOptions, onClose }: Props) {
  const { t } = useTranslation('scans');
  const { t: tc } = useTranslation();
  const [themeIds, setThemeIds] = useState(recommendation.themes.map((theme) => theme.id));
  const [setThemes, { loading }] = useMutation(SetRecommendationThemesDocument);
  const [problem, setProblem] = useState<Message | null>(null);
  const client = useApolloClient();
  // The links are part of the content: a save over someone else's edit is refused, and the stored links shown.
  const stale = useStaleVersion(
    recommendation.version,
    async () =>
      (
        await client.query({
          query: CurrentRecommendationDocument,
          variables: { id: recommendation.id },
          fetchPolicy: 'network-only',
        })
      ).data?.recommendation ?? null,
  );
  // Linked retired themes (also those linked meanwhile) stay listed so saving does not silently drop them.
  const linked = [...recommendation.themes, ...(stale.current?.themes ?? [])];
  const options = [
    ...themeOptions,
    ...linked
      .filter(
        (theme, i) =>
          !themeOptions.some((o) => o.value === theme.id) && linked.findIndex((other) => other.id === theme.id) === i,
      )
      .map((theme) => ({ value: theme.id, label: theme.title })),
  ];
  const currentIds = stale.current && { themeIds: stale.current.themes.map((theme) => theme.id) };

  const save = async () => {
    setProblem(null);
    try {
      await setThemes({ variables: { id: recommendation.id, themeIds, expectedVersion: stale.expectedVersion } });
      notify('success', t('themes.saved', { title: recommendation.title }));
      onClose();
    } catch (error) {
      if (stale.handle(error)) {
        return;
      }
      setProblem(describeError(error).message);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('themes.title')}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
      size="lg"
    >
      <Stack gap="md">
        <Text size="sm" fw={500}>
          {recommendation.title}
        </Text>
        <Text size="sm" c="dimmed">
          {t('themes.intro')}
        </Text>
        {stale.stale && (
          <StaleVersionNotice
            mine={{ themeIds }}
            current={currentIds}
            reloading={stale.reloading}
            labels={{ themeIds: t('themes.label') }}
            show={{
              themeIds: (ids) => ids.map((id) => options.find((o) => o.value === id)?.label ?? id).join(', '),
            }}
            onTakeCurrent={() => currentIds && setThemeIds(currentIds.themeIds)}
          />
        )}
        {problem && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {tc(problem.key, problem.values)}
          </Alert>
        )}
        {options.length === 0 ? (
          <Text size="sm">{t('themes.none')}</Text>
        ) : (
          <MultiSelect
            label={t('themes.label')}
            placeholder={themeIds.length === 0 ? t('themes.placeholder') : undefined}
            data={options}
            value={themeIds}
            onChange={setThemeIds}
            searchable
            clearable
            hidePickedOptions
          />
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button onClick={() => void save()} loading={loading}>
            {t('themes.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
