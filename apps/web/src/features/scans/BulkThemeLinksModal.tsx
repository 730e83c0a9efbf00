import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, List, Modal, MultiSelect, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkRecommendationsToThemesDocument, ThemeSuggestionsDocument } from '../../gql/graphql';
import { describeError, type Message } from '../../lib/errors';
import { notify } from '../../lib/notify';
import { combineSuggestions, staleTitles } from './bulkThemeLinks';
import type { ScanRecommendation } from './ScanRecommendationsTable';
import { AppBadge } from '../../components/AppBadge';

interface Props {
  recommendations: ScanRecommendation[];
  themeOptions: { value: string; label: string }[];
  onClose: () => void;
  onSaved: () => void;
  /** Loads the list again (new versions) after a conflict. */
  onReload: () => void;
}

/** The analyst links the selected recommendations to themes in one go, helped by suggestions that say why. */
export function BulkThemeLinksModal({ recommendations, themeOptions, onClose, onSaved, onReload }: Props) {
  const { t } = useTranslation('scans');
  const { t: tc } = useTranslation();
  const [themeIds, setThemeIds] = useState<string[]>([]);
  const [problem, setProblem] = useState<Message | null>(null);
  const [stale, setStale] = useState<string[]>([]);
  // Suggestions for the selection as opened; a reload after a conflict changes versions, not the choice.
  const [ids] = useState(() => recommendations.map((r) => r.id));
  const suggestions = useQuery(ThemeSuggestionsDocument, {
    variables: { ids },
    fetchPolicy: 'network-only',
  });
  const [link, { loading }] = useMutation(LinkRecommendationsToThemesDocument);
  const combined = combineSuggestions(suggestions.data?.themeSuggestions ?? []);

  const save = async () => {
    setProblem(null);
    setStale([]);
    try {
      await link({
        variables: {
          ids: recommendations.map((r) => r.id),
          themeIds,
          expectedVersions: recommendations.map((r) => r.version),
        },
      });
      notify('success', t('bulkThemes.saved', { count: recommendations.length }));
      onSaved();
      onClose();
    } catch (error) {
      if (CombinedGraphQLErrors.is(error) && error.errors[0]?.extensions?.reason === 'STALE_VERSION') {
        // Nothing was written: say which changed meanwhile, and reload the list so a retry uses their versions.
        setStale(staleTitles(error.errors[0].extensions.stale, recommendations));
        onReload();
        return;
      }
      setProblem(describeError(error).message);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('bulkThemes.title', { count: recommendations.length })}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
      size="lg"
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('bulkThemes.intro')}
        </Text>
        {stale.length > 0 && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {t('bulkThemes.stale')}
            <List size="sm" mt="xs">
              {stale.map((title) => (
                <List.Item key={title}>{title}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {problem && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {tc(problem.key, problem.values)}
          </Alert>
        )}
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            {t('bulkThemes.suggestions')}
          </Text>
          {suggestions.loading ? (
            <Skeleton height={48} />
          ) : combined.length === 0 ? (
            <Text size="sm">{t('bulkThemes.noSuggestions')}</Text>
          ) : (
            combined.map((s) => (
              <Group key={s.themeId} justify="space-between" wrap="nowrap">
                <Stack gap={0}>
                  <Text size="sm">
                    {s.title}{' '}
                    <AppBadge tone="brand" variant="light" size="sm">
                      {t('bulkThemes.forCount', { count: s.count })}
                    </AppBadge>
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[
                      s.fromFacet ? t('bulkThemes.whyFacet') : null,
                      s.words.length > 0 ? t('bulkThemes.whyWords', { words: s.words.join(', ') }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Stack>
                <Button
                  size="xs"
                  variant="light"
                  disabled={themeIds.includes(s.themeId)}
                  onClick={() => setThemeIds([...themeIds, s.themeId])}
                  aria-label={t('bulkThemes.add', { title: s.title })}
                >
                  {t('bulkThemes.addShort')}
                </Button>
              </Group>
            ))
          )}
        </Stack>
        <MultiSelect
          label={t('themes.label')}
          placeholder={themeIds.length === 0 ? t('themes.placeholder') : undefined}
          data={themeOptions}
          value={themeIds}
          onChange={setThemeIds}
          searchable
          clearable
          hidePickedOptions
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button onClick={() => void save()} loading={loading} disabled={themeIds.length === 0}>
            {t('bulkThemes.save', { count: recommendations.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
