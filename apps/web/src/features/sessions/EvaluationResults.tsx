import { useQuery } from '@apollo/client/react';
import { Alert, Card, Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconClock, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/PageState';
import { SessionEvaluationDocument } from '../../gql/graphql';
import { useSessionFormat } from './useSessionFormat';

/**
 * Programme staff: the average and comments once the evaluation window has closed, or why they are
 * withheld (not released yet, or fewer responses than the region's threshold).
 */
export function EvaluationResults({ sessionId }: { sessionId: string }) {
  const { t, i18n } = useTranslation('sessions');
  const format = useSessionFormat();
  const { data, error, refetch } = useQuery(SessionEvaluationDocument, { variables: { sessionId } });
  const evaluation = data?.sessionEvaluation;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="evaluation-results-title">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3" id="evaluation-results-title">
            {t('evaluation.resultsTitle')}
          </Title>
          {evaluation && (
            <Text size="sm" c="dimmed">
              {t('evaluation.responses', { count: evaluation.responses })}
            </Text>
          )}
        </Group>
        {error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : !evaluation ? (
          <Skeleton height={60} />
        ) : !evaluation.released ? (
          <Alert color="blue" variant="light" icon={<IconClock aria-hidden />}>
            {t('evaluation.notReleased', { date: format.dateTime(evaluation.releasesAt) })}
          </Alert>
        ) : evaluation.suppressed ? (
          <Alert color="gray" variant="light" icon={<IconLock aria-hidden />}>
            {t('evaluation.suppressed', { count: evaluation.responses, minimum: evaluation.minimumResponses })}
          </Alert>
        ) : (
          <>
            <div>
              <Text fw={700} size="sm">
                {t('evaluation.average')}
              </Text>
              <Text size="xl" fw={700}>
                {t('evaluation.averageValue', {
                  value: new Intl.NumberFormat(i18n.language, {
                    minimumFractionDigits: 1,
                    maximumFractionDigits: 1,
                  }).format(evaluation.averageRating ?? 0),
                })}
              </Text>
              <Text size="xs" c="dimmed">
                {t('evaluation.averageHint')}
              </Text>
            </div>
            <div>
              <Text fw={700} size="sm" mb={4}>
                {t('evaluation.comments')}
              </Text>
              {evaluation.comments.length === 0 ? (
                <Text size="sm">{t('evaluation.noComments')}</Text>
              ) : (
                <List spacing={4} size="sm">
                  {evaluation.comments.map((comment, index) => (
                    <List.Item key={index}>{comment}</List.Item>
                  ))}
                </List>
              )}
            </div>
          </>
        )}
      </Stack>
    </Card>
  );
}
