import { Button, List, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EvaluationFormQuery } from '../../gql/graphql';
import { useSessionFormat } from '../sessions/useSessionFormat';

type Form = EvaluationFormQuery['evaluationForm'];

/** What the viewer answered, and until when they may change it. */
export function AlreadyEvaluated({ form, onChange }: { form: Form; onChange: () => void }) {
  const { t } = useTranslation('evaluations');
  const format = useSessionFormat();
  const scaleOf = new Map(form.questions.map((q) => [q.id, q.scaleMax]));
  return (
    <Stack gap="sm">
      <Text fw={700} size="sm">
        {t('done.yourAnswers')}
      </Text>
      <List spacing="xs" size="sm" listStyleType="none" ml={0} pl={0}>
        {(form.mine?.answers ?? []).map((answer) => (
          <List.Item key={answer.questionId}>
            <Text size="sm" c="dimmed">
              {answer.questionText}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {answer.rating !== null
                ? t('done.ratingOf', { rating: answer.rating, max: scaleOf.get(answer.questionId) ?? '?' })
                : answer.text}
            </Text>
          </List.Item>
        ))}
      </List>
      <Text size="sm">
        {form.open ? t('done.changeUntil', { date: format.dateTime(form.closesAt) }) : t('done.closed')}
      </Text>
      {form.open && (
        <div>
          <Button variant="default" leftSection={<IconPencil size={18} aria-hidden />} onClick={onChange}>
            {t('done.change')}
          </Button>
        </div>
      )}
    </Stack>
  );
}
