import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconClock, IconDownload, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/PageState';
import { SessionEvaluationDocument, SessionEvaluationExportDocument } from '../../gql/graphql';
import { useSessionFormat } from '../sessions/useSessionFormat';
import { QuestionResult } from './QuestionResult';
import { useCsvExport } from './useCsvExport';

/**
 * Programme staff: per question the average or the open answers once the evaluation window has
 * closed, or why they are withheld (not released yet, or fewer responses than the region's threshold);
 * the export under the same rule.
 */
export function EvaluationResults({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('evaluations');
  const format = useSessionFormat();
  const { data, error, refetch } = useQuery(SessionEvaluationDocument, { variables: { sessionId } });
  const exporter = useCsvExport(
    SessionEvaluationExportDocument,
    (d) => d.sessionEvaluationExport,
    () => t('results.exported'),
  );
  const evaluation = data?.sessionEvaluation;
  const exportable = evaluation?.released && !evaluation.suppressed;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="evaluation-results-title">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3" id="evaluation-results-title">
            {t('results.title')}
          </Title>
          {evaluation && (
            <Text size="sm" c="dimmed">
              {t('results.responses', { count: evaluation.responses })}
            </Text>
          )}
        </Group>
        {error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : !evaluation ? (
          <Skeleton height={60} />
        ) : !evaluation.released ? (
          <Alert color="blue" variant="light" icon={<IconClock aria-hidden />}>
            {t('results.notReleased', { date: format.dateTime(evaluation.releasesAt) })}
          </Alert>
        ) : evaluation.suppressed ? (
          <Alert color="gray" variant="light" icon={<IconLock aria-hidden />}>
            {t('results.suppressed', { responses: evaluation.responses, minimum: evaluation.minimumResponses })}
          </Alert>
        ) : (
          <>
            {evaluation.questions.map((result) => (
              <QuestionResult key={result.question.id} result={result} minimum={evaluation.minimumResponses} />
            ))}
            <Text size="xs" c="dimmed">
              {t('results.hint')}
            </Text>
          </>
        )}
        {exportable && (
          <Group>
            <Button
              variant="default"
              leftSection={<IconDownload size={18} aria-hidden />}
              loading={exporter.exporting}
              onClick={() => exporter.run({ sessionId })}
            >
              {t('results.export')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
