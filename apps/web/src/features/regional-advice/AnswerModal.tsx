import { useMutation, useQuery } from '@apollo/client/react';
import { MultiSelect, Select, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import {
  AdviceAnswerOptionsDocument,
  AnswerRegionalAdviceDocument,
  type AdviceAnswerStatus,
  type RegionalAdviceFieldsFragment,
} from '../../gql/graphql';
import { describeError, isStaleVersion } from '../../lib/errors';
import { notify } from '../../lib/notify';

/** The API's bound on the explanation (regional-advice.types.ts). */
const EXPLANATION_MAX = 1000;
const STATUSES: AdviceAnswerStatus[] = ['NOT_STARTED', 'PLANNED', 'UNDER_WAY', 'ANSWERED'];

interface Props {
  advice: RegionalAdviceFieldsFragment;
  onClose: () => void;
}

/** Programme staff give or update the answer to one piece of advice; every save is a new entry in its history. */
export function AnswerModal({ advice, onClose }: Props) {
  const { t } = useTranslation('regionalAdvice');
  const { t: tc } = useTranslation();
  const options = useQuery(AdviceAnswerOptionsDocument);
  const [answer, saving] = useMutation(AnswerRegionalAdviceDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      status: advice.answer?.status ?? 'PLANNED',
      explanation: advice.answer?.explanation ?? '',
      activityIds: advice.answer?.activities.map((a) => a.id) ?? [],
      trackIds: advice.answer?.tracks.map((tr) => tr.id) ?? [],
    },
    validate: {
      explanation: (value) =>
        !value.trim()
          ? t('form.required')
          : value.trim().length > EXPLANATION_MAX
            ? t('form.tooLong', { max: EXPLANATION_MAX })
            : null,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await answer({
        variables: {
          input: {
            adviceId: advice.id,
            status: values.status,
            explanation: values.explanation.trim(),
            activityIds: values.activityIds,
            trackIds: values.trackIds,
            expectedVersion: advice.answerVersion,
          },
        },
      });
      notify('success', t('form.saved'));
      onClose();
    } catch (error) {
      if (isStaleVersion(error)) {
        // The newest answer is loaded into the page; the form keeps the user's input to save again.
        setProblem(t('form.stale'));
        void options.client.refetchQueries({ include: ['RegionalAdvice', 'BoardReport'] });
        return;
      }
      const { message, fieldErrors } = describeError(error);
      if (fieldErrors.explanation) {
        form.setFieldError('explanation', t('form.required'));
      }
      setProblem(tc(message.key, message.values));
    }
  });

  return (
    <FormModal
      title={t('form.title', { title: advice.title })}
      onClose={onClose}
      onSubmit={submit}
      problem={problem}
      cancelLabel={t('form.cancel')}
      submitLabel={t('form.save')}
      submitting={saving.loading}
      size="lg"
    >
      <Select
        label={t('form.status')}
        data={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        allowDeselect={false}
        {...form.getInputProps('status')}
      />
      <Textarea
        label={t('form.explanation')}
        description={t('form.explanationHint')}
        required
        autosize
        minRows={3}
        {...form.getInputProps('explanation')}
      />
      <MultiSelect
        label={t('form.activities')}
        data={(options.data?.activities.items ?? []).map((a) => ({ value: a.id, label: a.title }))}
        searchable
        disabled={options.loading}
        {...form.getInputProps('activityIds')}
      />
      <MultiSelect
        label={t('form.tracks')}
        data={(options.data?.peerTracks ?? []).map((tr) => ({ value: tr.id, label: tr.title }))}
        searchable
        disabled={options.loading}
        {...form.getInputProps('trackIds')}
      />
    </FormModal>
  );
}
