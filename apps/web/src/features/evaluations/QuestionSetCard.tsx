import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { AppBadge } from '../../components/AppBadge';
import { IconDownload, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/PageState';
import { ActivityEvaluationExportDocument, ActivityEvaluationQuestionsDocument } from '../../gql/graphql';
import { useCan } from '../auth/useCan';
import { QuestionSetModal } from './QuestionSetModal';
import { useCsvExport } from './useCsvExport';

/** On the activity page: the questions its evaluations ask; staff edit them and export all responses. */
export function QuestionSetCard({ activityId }: { activityId: string }) {
  const { t } = useTranslation('evaluations');
  const can = useCan();
  const { data, error, refetch } = useQuery(ActivityEvaluationQuestionsDocument, { variables: { id: activityId } });
  const [editing, setEditing] = useState(false);
  const exporter = useCsvExport(
    ActivityEvaluationExportDocument,
    (d) => d.activityEvaluationExport,
    (exported) => t('set.exported', { count: exported.sessions ?? 0 }),
  );
  const activity = data?.activity;
  const set = activity?.evaluationQuestions;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="evaluation-questions-title">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3" id="evaluation-questions-title">
            {t('set.title')}
          </Title>
          <Group gap="xs">
            {can('EVALUATION_READ') && (
              <Button
                variant="default"
                leftSection={<IconDownload size={18} aria-hidden />}
                loading={exporter.exporting}
                onClick={() => exporter.run({ activityId })}
              >
                {t('set.export')}
              </Button>
            )}
            {activity?.viewerCan.edit && set && (
              <Button
                variant="default"
                leftSection={<IconPencil size={18} aria-hidden />}
                onClick={() => setEditing(true)}
              >
                {t('set.edit')}
              </Button>
            )}
          </Group>
        </Group>
        <Text size="sm">{set?.isDefault ? t('set.default') : t('set.intro')}</Text>
        {error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : !set ? (
          <Skeleton height={60} />
        ) : (
          <List type="ordered" spacing="xs" size="sm">
            {set.questions.map((q) => (
              <List.Item key={q.id}>
                <Group gap="xs">
                  <span>{q.text}</span>
                  <AppBadge tone="neutral" tt="none" fw={500}>
                    {q.kind === 'SCALE' ? t('set.scaleSummary', { max: q.scaleMax }) : t('set.kinds.OPEN')}
                  </AppBadge>
                  {q.required && (
                    <AppBadge tone="neutral" tt="none" fw={500}>
                      {t('set.requiredBadge')}
                    </AppBadge>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      {editing && set && <QuestionSetModal activityId={activityId} set={set} onClose={() => setEditing(false)} />}
    </Card>
  );
}
