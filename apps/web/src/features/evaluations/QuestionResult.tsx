import { Group, List, Text } from '@mantine/core';
import { AppBadge } from '../../components/AppBadge';
import { useTranslation } from 'react-i18next';
import type { SessionEvaluationQuery } from '../../gql/graphql';

type Result = SessionEvaluationQuery['sessionEvaluation']['questions'][number];

/** One question's released aggregate: the average of a scale, the answers to an open question, or why it is withheld. */
export function QuestionResult({ result, minimum }: { result: Result; minimum: number }) {
  const { t, i18n } = useTranslation('evaluations');
  const { question } = result;
  return (
    <div>
      <Group gap="xs" mb={4}>
        <Text fw={700} size="sm" component="h3" m={0}>
          {question.text}
        </Text>
        {question.retired && (
          <AppBadge tone="neutral" tt="none" fw={500}>
            {t('results.retired')}
          </AppBadge>
        )}
      </Group>
      {result.suppressed ? (
        <Text size="sm">{t('results.questionSuppressed', { minimum })}</Text>
      ) : question.kind === 'SCALE' ? (
        <>
          <Text size="sm">{t('results.average')}</Text>
          <Text size="xl" fw={700}>
            {t('results.averageValue', {
              value: new Intl.NumberFormat(i18n.language, {
                minimumFractionDigits: 1,
                maximumFractionDigits: 1,
              }).format(result.averageRating ?? 0),
              max: question.scaleMax,
            })}
          </Text>
        </>
      ) : result.openAnswers.length === 0 ? (
        <Text size="sm">{t('results.noOpenAnswers')}</Text>
      ) : (
        <List spacing={4} size="sm" aria-label={t('results.openAnswers')}>
          {result.openAnswers.map((answer, index) => (
            <List.Item key={index} style={{ whiteSpace: 'pre-wrap' }}>
              {answer}
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}
