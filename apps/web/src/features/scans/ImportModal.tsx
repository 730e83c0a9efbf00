import { useApolloClient, useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Alert, Button, FileInput, Group, List, Loader, Modal, Stack, Text } from '@mantine/core';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '@rode-draad/shared';
import { IconAlertTriangle, IconCircleCheck, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ImportRecommendationsDocument,
  PreviewRecommendationImportDocument,
  type ImportFormat,
  type PreviewRecommendationImportQuery,
} from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';
import { checkImportFile, readAsDataUrl, rowProblemsOf, type RowProblem } from './importFile';
import { ImportPreviewTable } from './ImportPreviewTable';

type Preview = PreviewRecommendationImportQuery['previewRecommendationImport'];

interface Props {
  scanId: string;
  onClose: () => void;
  onImported: () => void;
}

/** Choose a file → preview with every problem → import all or nothing. */
export function ImportModal({ scanId, onClose, onImported }: Props) {
  const { t } = useTranslation('scans');
  const { t: tc } = useTranslation();
  const client = useApolloClient();
  const [importRecommendations, importing] = useMutation(ImportRecommendationsDocument);
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<{ format: ImportFormat; contentBase64: string } | null>(null);
  const [checking, setChecking] = useState(false);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problems, setProblems] = useState<RowProblem[]>([]);
  const kb = IMPORT_MAX_BYTES / 1024;

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setUpload(null);
    setPreview(null);
    setProblems([]);
    setFileProblem(null);
    if (!chosen) {
      return;
    }
    const check = checkImportFile(chosen);
    if (!check.ok) {
      setFileProblem(check.problem === 'tooLarge' ? t('import.tooLarge', { kb }) : t('import.wrongType'));
      return;
    }
    setChecking(true);
    try {
      const contentBase64 = await readAsDataUrl(chosen);
      const { data } = await client.query({
        query: PreviewRecommendationImportDocument,
        variables: { scanId, format: check.format, contentBase64 },
        // Confidential rows of a file that may never be imported: keep them out of the cache.
        fetchPolicy: 'no-cache',
      });
      if (data) {
        setUpload({ format: check.format, contentBase64 });
        setPreview(data.previewRecommendationImport);
        setProblems(data.previewRecommendationImport.errors);
      }
    } catch (error) {
      const { message } = describeError(error);
      setFileProblem(tc(message.key, message.values));
    } finally {
      setChecking(false);
    }
  };

  const runImport = async () => {
    if (!upload) {
      return;
    }
    try {
      const { data } = await importRecommendations({ variables: { scanId, ...upload } });
      notify('success', t('import.done', { count: data?.importRecommendations.imported ?? 0 }));
      onImported();
      onClose();
    } catch (error) {
      // Someone may have changed facets or references since the preview: show the new problems.
      const rows = CombinedGraphQLErrors.is(error) ? rowProblemsOf(error.errors[0]?.extensions) : [];
      if (rows.length > 0) {
        setProblems(rows);
      } else {
        const { message } = describeError(error);
        setFileProblem(`${tc(message.key, message.values)} ${t('import.nothingImported')}`);
      }
    }
  };

  const canImport = preview !== null && preview.rows.length > 0 && problems.length === 0;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('import.title')}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
      size="72rem"
    >
      <Stack gap="md">
        <Text size="sm">{t('import.intro')}</Text>
        <FileInput
          label={t('import.file')}
          placeholder={t('import.filePlaceholder')}
          description={t('import.fileHint', { kb, rows: IMPORT_MAX_ROWS })}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
          value={file}
          onChange={(chosen) => void choose(chosen)}
          clearable
          clearButtonProps={{ 'aria-label': t('import.clearFile') }}
          data-autofocus
        />
        {checking && (
          <Group gap="sm" role="status">
            <Loader size="xs" />
            <Text size="sm">{t('import.checking')}</Text>
          </Group>
        )}
        {fileProblem && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {fileProblem}
          </Alert>
        )}
        {preview && problems.length > 0 && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            role="alert"
            title={t('import.problems', { count: problems.length })}
          >
            <List size="sm" spacing={2}>
              {problems.map((p) => (
                <List.Item key={`${p.row}-${p.column ?? ''}-${p.reason}`}>
                  {p.column
                    ? t('import.cellProblem', {
                        row: p.row,
                        column: t(`import.columns.${p.column}`, { defaultValue: p.column }),
                        problem: t(`import.reasons.${p.reason}`, { defaultValue: t('import.reasons.unknown') }),
                      })
                    : t('import.rowProblem', {
                        row: p.row,
                        problem: t(`import.reasons.${p.reason}`, { defaultValue: t('import.reasons.unknown') }),
                      })}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {preview && problems.length === 0 && preview.rows.length > 0 && (
          <Alert color="green.9" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
            {t('import.ready', { count: preview.rows.length })}
          </Alert>
        )}
        {preview && preview.ignoredColumns.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('import.ignoredColumns', { columns: preview.ignoredColumns.join(', ') })}
          </Text>
        )}
        {preview && <ImportPreviewTable rows={preview.rows} problems={problems} />}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button onClick={() => void runImport()} disabled={!canImport} loading={importing.loading}>
            {canImport ? t('import.submit', { count: preview.rows.length }) : t('import.submitNone')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
