import { Group, Radio, Text, Textarea } from '@mantine/core';
import { EVALUATION_OPEN_ANSWER_MAX } from '@rode-draad/shared';
import { useTranslation } from 'react-i18next';
import type { EvaluationQuestionFieldsFragment } from '../../gql/graphql';

interface Props {
  question: EvaluationQuestionFieldsFragment;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** One question: a scale as a native radio group (arrow keys, one tab stop), an open question as a text area. */
export function QuestionField({ question, value, onChange, error }: Props) {
  const { t } = useTranslation('evaluations');
  const label = (
    <>
      {question.text}
      {!question.required && (
        <Text span size="sm" c="dimmed" ml={4}>
          {t('form.optional')}
        </Text>
      )}
    </>
  );
  if (question.kind === 'OPEN') {
    return (
      <Textarea
        label={label}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        maxLength={EVALUATION_OPEN_ANSWER_MAX}
        autosize
        minRows={3}
        error={error}
        required={question.required}
      />
    );
  }
  const max = question.scaleMax ?? 5;
  const hint =
    question.lowLabel || question.highLabel
      ? t('form.scaleHint', { max, low: question.lowLabel || '–', high: question.highLabel || '–' })
      : t('form.scaleHintPlain', { max });
  return (
    <Radio.Group
      label={label}
      description={hint}
      value={value}
      onChange={onChange}
      error={error}
      required={question.required}
    >
      <Group gap="md" mt="xs">
        {Array.from({ length: max }, (_, i) => String(i + 1)).map((point) => (
          <Radio key={point} value={point} label={point} />
        ))}
      </Group>
    </Radio.Group>
  );
}
