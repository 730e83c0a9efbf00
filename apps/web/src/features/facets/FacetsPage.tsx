import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { FacetAdminListDocument, ReorderFacetsDocument, type FacetAdminFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';
import { FacetFormModal } from './FacetFormModal';
import { byPosition, moveFacet } from './facetOrder';
import { FacetsTable } from './FacetsTable';
import { useToggleFacetActive } from './useToggleFacetActive';

/** Keeps keyboard focus on the facet that moved: its row moves in the DOM, and at either end one button is disabled. */
function refocus(id: string, step: -1 | 1) {
  requestAnimationFrame(() => {
    const wanted = document.querySelector<HTMLButtonElement>(`[data-move="${id}:${step < 0 ? 'up' : 'down'}"]`);
    const other = document.querySelector<HTMLButtonElement>(`[data-move="${id}:${step < 0 ? 'down' : 'up'}"]`);
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  });
}

export function FacetsPage() {
  const { t } = useTranslation('facets');
  const { t: tc } = useTranslation();
  const { data, error, refetch } = useQuery(FacetAdminListDocument);
  const [reorderFacets] = useMutation(ReorderFacetsDocument);
  const [editing, setEditing] = useState<FacetAdminFieldsFragment | 'new' | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const toggleActive = useToggleFacetActive();
  const facets = data ? byPosition(data.facets) : undefined;

  const move = (facet: FacetAdminFieldsFragment, step: -1 | 1) => {
    const next = facets && moveFacet(facets, facet.id, step);
    if (!next) {
      return;
    }
    const ids = next.map((f) => f.id);
    const versions = new Map(facets.map((f, index) => [f.id, f.version + (next[index]?.id === f.id ? 0 : 1)]));
    reorderFacets({
      variables: { input: { ids } },
      // Positions are all the list needs to redraw; showing them at once keeps repeated key presses in step.
      optimisticResponse: {
        // A moved facet gets a new version, as on the server.
        reorderFacets: ids.map((id, index) => ({
          __typename: 'Facet' as const,
          id,
          position: index + 1,
          version: versions.get(id) ?? 1,
        })),
      },
    })
      .then(() =>
        setAnnouncement(t('moved', { name: facet.name, position: ids.indexOf(facet.id) + 1, total: ids.length })),
      )
      .catch((failure: unknown) => {
        const { message } = describeError(failure);
        notify('error', tc(message.key, message.values));
        void refetch();
      });
    refocus(facet.id, step);
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing('new')}>
            {t('create')}
          </Button>
        }
      />
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      <Card withBorder padding="lg">
        {error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : !facets ? (
          <Stack gap="xs" aria-busy="true">
            <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
            {Array.from({ length: 6 }, (_, i) => (
              <Skeleton key={i} height={36} />
            ))}
          </Stack>
        ) : facets.length === 0 ? (
          <Text>{t('empty')}</Text>
        ) : (
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('total', { count: facets.length })}
            </Text>
            <FacetsTable facets={facets} onMove={move} onEdit={setEditing} onToggleActive={toggleActive} />
          </Stack>
        )}
      </Card>
      {editing !== null && (
        <FacetFormModal
          facet={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onCreated={() => void refetch()}
        />
      )}
    </Stack>
  );
}
