import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconFileImport, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { ScanDocument, ScanFormOptionsDocument, ScanRecommendationsDocument } from '../../gql/graphql';
import { toApiProblem } from '../../lib/errors';
import { PATHS } from '../../lib/navigation';
import { useMunicipalityOptions } from '../admin-users/useMunicipalityOptions';
import { formatLocalDate } from '../recommendations/followUp';
import { ImportModal } from './ImportModal';
import { RecommendationFormModal } from './RecommendationFormModal';
import { ScanActions } from './ScanActions';
import { ScanConsentCard } from './ScanConsentCard';
import { ScanFormModal } from './ScanFormModal';
import { ScanRecommendationsTable, type ScanRecommendation } from './ScanRecommendationsTable';
import { ThemeLinksModal } from './ThemeLinksModal';
import { BulkThemeLinksModal } from './BulkThemeLinksModal';
import { CarriedOverModal } from './CarriedOverModal';
import { useDeleteRecommendation } from './useDeleteRecommendation';
import { useHoldBack } from './useHoldBack';

// Scans hold 6–15 recommendations in practice; the API caps a page at 100.
const PAGE = { offset: 0, limit: 100 };

type Dialog =
  | { kind: 'scan' }
  | { kind: 'import' }
  | { kind: 'recommendation'; rec: ScanRecommendation | null }
  | { kind: 'themes'; rec: ScanRecommendation }
  | { kind: 'carriedOver'; rec: ScanRecommendation }
  | { kind: 'bulkThemes' };

export function ScanDetailPage() {
  const { t, i18n } = useTranslation('scans');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const scanQuery = useQuery(ScanDocument, { variables: { id } });
  const recs = useQuery(ScanRecommendationsDocument, {
    variables: { scanId: id, page: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const formOptions = useQuery(ScanFormOptionsDocument);
  const municipalities = useMunicipalityOptions();
  const refetchRecs = () => void recs.refetch();
  const deleteRecommendation = useDeleteRecommendation(refetchRecs);
  const toggleHoldBack = useHoldBack(refetchRecs);
  const facetOptions = useMemo(
    () => (formOptions.data?.facets ?? []).map((f) => ({ value: f.id, label: f.name })),
    [formOptions.data],
  );
  const themeOptions = useMemo(
    () => (formOptions.data?.themes.items ?? []).map((th) => ({ value: th.id, label: th.title })),
    [formOptions.data],
  );

  const back = (
    <Anchor component={Link} to={PATHS.scans} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('detail.back')}
      </Group>
    </Anchor>
  );
  if (scanQuery.error && toApiProblem(scanQuery.error).code === 'NOT_FOUND') {
    return <NotFoundPage />;
  }
  const scan = scanQuery.data?.scan;
  if (!scan) {
    return (
      <Stack gap="lg">
        {back}
        {scanQuery.error ? (
          <QueryError error={scanQuery.error} onRetry={() => void scanQuery.refetch()} />
        ) : (
          <Stack gap="sm" aria-busy="true">
            <Text role="status">{t('loading')}</Text>
            <Skeleton height={40} />
            <Skeleton height={160} />
          </Stack>
        )}
      </Stack>
    );
  }

  const date = formatLocalDate(scan.scanDate, i18n.language);
  const page = recs.data?.recommendations ?? recs.previousData?.recommendations;
  return (
    <Stack gap="lg">
      {back}
      <PageHeader
        title={t('detail.title', { municipality: scan.municipality.name, date })}
        description={`${t(`kind.${scan.kind}`)}${scan.scope ? ` · ${scan.scope}` : ''}`}
        actions={
          scan.viewerCan.edit && (
            <ScanActions
              scan={scan}
              onEdit={() => setDialog({ kind: 'scan' })}
              onDeleted={() => void navigate(PATHS.scans)}
            />
          )
        }
      />
      <Card withBorder padding="lg">
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('detail.summary')}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{scan.summary || t('detail.noSummary')}</Text>
        </Stack>
      </Card>
      {scan.consent && (
        <ScanConsentCard
          key={scan.consent.version}
          scanId={scan.id}
          consent={scan.consent}
          onChanged={() => void scanQuery.refetch()}
        />
      )}
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Group justify="space-between" align="flex-end">
            <Title order={2} size="h3">
              {t('detail.recommendations')}
            </Title>
            {scan.viewerCan.edit && (
              <Group gap="sm">
                <Button
                  variant="default"
                  leftSection={<IconFileImport size={18} aria-hidden />}
                  onClick={() => setDialog({ kind: 'import' })}
                >
                  {t('detail.import')}
                </Button>
                <Button
                  leftSection={<IconPlus size={18} aria-hidden />}
                  onClick={() => setDialog({ kind: 'recommendation', rec: null })}
                >
                  {t('detail.addRecommendation')}
                </Button>
              </Group>
            )}
          </Group>
          {formOptions.error && <QueryError error={formOptions.error} onRetry={() => void formOptions.refetch()} />}
          {recs.error ? (
            <QueryError error={recs.error} onRetry={refetchRecs} />
          ) : !page ? (
            <Stack gap="xs" aria-busy="true">
              <Text role="status" size="sm">
                {t('loading')}
              </Text>
              <Skeleton height={36} />
              <Skeleton height={36} />
            </Stack>
          ) : page.items.length === 0 ? (
            <Text py="md">{t('detail.empty')}</Text>
          ) : (
            <Stack gap="sm" aria-busy={recs.loading}>
              <Group justify="space-between">
                <Text size="sm" c="dimmed" role="status">
                  {t('detail.total', { count: page.total })}
                  {selected.size > 0 && ` · ${t('bulkThemes.selected', { count: selected.size })}`}
                </Text>
                {scan.viewerCan.edit && (
                  <Button
                    variant="default"
                    disabled={selected.size === 0}
                    onClick={() => setDialog({ kind: 'bulkThemes' })}
                  >
                    {t('bulkThemes.open')}
                  </Button>
                )}
              </Group>
              <ScanRecommendationsTable
                selection={scan.viewerCan.edit ? { ids: selected, onChange: setSelected } : undefined}
                recommendations={page.items}
                onEdit={(rec) => setDialog({ kind: 'recommendation', rec })}
                onLinkThemes={(rec) => setDialog({ kind: 'themes', rec })}
                onCarriedOver={(rec) => setDialog({ kind: 'carriedOver', rec })}
                onDelete={deleteRecommendation}
                holdBack={
                  scan.consent ? { canChange: scan.consent.viewerCanRecord, onToggle: toggleHoldBack } : undefined
                }
              />
            </Stack>
          )}
        </Stack>
      </Card>
      {dialog?.kind === 'scan' && (
        <ScanFormModal
          scan={scan}
          defaultMunicipalityId={scan.municipality.id}
          municipalityOptions={municipalities.options}
          onClose={() => setDialog(null)}
          onSaved={() => undefined}
        />
      )}
      {dialog?.kind === 'import' && (
        <ImportModal scanId={scan.id} onClose={() => setDialog(null)} onImported={refetchRecs} />
      )}
      {dialog?.kind === 'recommendation' && (
        <RecommendationFormModal
          scanId={scan.id}
          recommendation={dialog.rec}
          facetOptions={facetOptions}
          onClose={() => setDialog(null)}
          onSaved={refetchRecs}
        />
      )}
      {dialog?.kind === 'bulkThemes' && page && (
        <BulkThemeLinksModal
          // From the current list, so a reload after a conflict brings the versions a retry needs.
          recommendations={page.items.filter((r) => selected.has(r.id))}
          themeOptions={themeOptions}
          onClose={() => setDialog(null)}
          onReload={refetchRecs}
          onSaved={() => {
            setSelected(new Set());
            refetchRecs();
          }}
        />
      )}
      {dialog?.kind === 'themes' && (
        <ThemeLinksModal recommendation={dialog.rec} themeOptions={themeOptions} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'carriedOver' && (
        <CarriedOverModal recommendation={dialog.rec} onClose={() => setDialog(null)} />
      )}
    </Stack>
  );
}
