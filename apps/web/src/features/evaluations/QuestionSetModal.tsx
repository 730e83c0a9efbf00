import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { EVALUATION_QUESTIONS_MAX } from '@rode-draad/shared';
import { IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import {
  ActivityEvaluationQuestionsDocument,
  SaveEvaluationQuestionsDocument,
  type ActivityEvaluationQuestionsQuery,
} from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';
import { QuestionDraftFields } from './QuestionDraftFields';
import { emptyDraft, move, toDraft, toInput, type QuestionDraft } from './questionDraft';

type QuestionSet = ActivityEvaluationQuestionsQuery['activity']['evaluationQuestions'];

/** Programme staff edit an activity's questions; the lock rule for answered questions is stated up front. */
export function QuestionSetModal({
  activityId,
  set,
  onClose,
}: {
  activityId: string;
  set: QuestionSet;
  onClose: () => void;
}) {
  const { t } = useTranslation('evaluations');
  const { t: tc } = useTranslation();
  const [drafts, setDrafts] = useState<QuestionDraft[]>(() => set.questions.map((q) => toDraft(q, set.isDefault)));
  const [blank, setBlank] = useState<Set<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SaveEvaluationQuestionsDocument, {
    refetchQueries: [ActivityEvaluationQuestionsDocument],
    awaitRefetchQueries: true,
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const missing = new Set(drafts.filter((d) => !d.text.trim()).map((d) => d.key));
    setBlank(missing);
    if (missing.size > 0) {
      return;
    }
    save({ variables: { activityId, expectedVersion: set.version, questions: drafts.map(toInput) } })
      .then(() => {
        notify('success', t('set.saved'));
        onClose();
      })
      .catch((error: unknown) => {
        const { message, fieldErrors } = describeError(error);
        const first = Object.values(fieldErrors)[0] ?? message;
        setProblem(tc(first.key, first.values));
      });
  };

  const update = (index: number, draft: QuestionDraft) =>
    setDrafts((current) => current.map((d, i) => (i === index ? draft : d)));

  return (
    <FormModal
      title={t('set.modalTitle')}
      onClose={onClose}
      onSubmit={onSubmit}
      problem={problem}
      cancelLabel={t('set.cancel')}
      submitLabel={t('set.save')}
      submitting={loading}
      size="xl"
      notice={
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          <Text size="sm">{t('set.lockRule')}</Text>
        </Alert>
      }
    >
      {drafts.map((draft, index) => (
        <QuestionDraftFields
          key={draft.key}
          draft={draft}
          number={index + 1}
          count={drafts.length}
          textError={blank.has(draft.key)}
          onChange={(changed) => update(index, changed)}
          onMove={(by) => setDrafts((current) => move(current, index, by))}
          onRemove={() => setDrafts((current) => current.filter((_, i) => i !== index))}
        />
      ))}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={18} aria-hidden />}
          disabled={drafts.length >= EVALUATION_QUESTIONS_MAX}
          onClick={() => setDrafts((current) => [...current, emptyDraft()])}
        >
          {t('set.add')}
        </Button>
      </Group>
    </FormModal>
  );
}
