import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EvaluationFormDocument, SubmitEvaluationDocument, type EvaluationFormQuery } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';
import { REGISTRATION_QUERIES } from '../sessions/useRegistrationActions';
import { QuestionField } from './QuestionField';

type Form = EvaluationFormQuery['evaluationForm'];

interface Props {
  form: Form;
  onDone: () => void;
  onCancel?: () => void;
}

/** The activity's questions, filled in with the viewer's earlier answers when they change them. */
export function EvaluationForm({ form, onDone, onCancel }: Props) {
  const { t } = useTranslation('evaluations');
  const { t: tc } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      (form.mine?.answers ?? []).map((a) => [a.questionId, a.rating === null ? (a.text ?? '') : String(a.rating)]),
    ),
  );
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const [submit, { loading }] = useMutation(SubmitEvaluationDocument, {
    refetchQueries: [EvaluationFormDocument, ...REGISTRATION_QUERIES],
    awaitRefetchQueries: true,
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const unanswered = new Set(form.questions.filter((q) => q.required && !values[q.id]?.trim()).map((q) => q.id));
    setMissing(unanswered);
    if (unanswered.size > 0) {
      document
        .getElementById(`question-${[...unanswered][0]}`)
        ?.querySelector<HTMLElement>('input, textarea')
        ?.focus();
      return;
    }
    const answers = form.questions.flatMap((q) => {
      const value = values[q.id]?.trim();
      if (!value) {
        return [];
      }
      return [q.kind === 'SCALE' ? { questionId: q.id, rating: Number(value) } : { questionId: q.id, text: value }];
    });
    submit({ variables: { sessionId: form.sessionId, answers } })
      .then(() => {
        notify('success', t(form.mine ? 'form.changed' : 'form.submitted'));
        onDone();
      })
      .catch((error: unknown) => {
        const { message, fieldErrors } = describeError(error);
        const first = Object.values(fieldErrors)[0] ?? message;
        notify('error', tc(first.key, first.values));
      });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('form.intro')}</Text>
        {form.questions.map((question) => (
          <div key={question.id} id={`question-${question.id}`}>
            <QuestionField
              question={question}
              value={values[question.id] ?? ''}
              onChange={(value) => {
                setValues((current) => ({ ...current, [question.id]: value }));
                setMissing((current) => new Set([...current].filter((id) => id !== question.id)));
              }}
              error={missing.has(question.id) ? t('form.required') : undefined}
            />
          </div>
        ))}
        <Group>
          <Button type="submit" loading={loading}>
            {t(form.mine ? 'form.saveChanges' : 'form.submit')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('form.cancelChange')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
