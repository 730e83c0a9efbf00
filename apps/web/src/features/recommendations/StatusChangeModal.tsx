import { useMutation } from '@apollo/client/react';
import { Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import {
  SetRecommendationStatusDocument,
  type FollowUpStatus,
  type RecommendationDetailFieldsFragment,
} from '../../gql/graphql';
import { translateFieldErrors } from '../../lib/formErrors';
import { notify } from '../../lib/notify';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';
import { isStatus, nextStatuses } from './followUp';
import { StaleVersionAlert } from './StaleVersionAlert';
import { useFollowUpProblem } from './useFollowUpProblem';

const REASON_MAX_LENGTH = 2000;

interface Props {
  recommendation: RecommendationDetailFieldsFragment;
  onClose: () => void;
  onReload: () => Promise<unknown>;
  reloading: boolean;
}

export function StatusChangeModal({ recommendation, onClose, onReload, reloading }: Props) {
  const { t } = useTranslation('recommendations');
  const { t: tc } = useTranslation();
  const [setStatus, { loading }] = useMutation(SetRecommendationStatusDocument);
  const outcome = useFollowUpProblem();
  const options = nextStatuses(recommendation.status);

  const form = useForm<{ status: FollowUpStatus | null; reason: string }>({
    mode: 'controlled',
    initialValues: { status: null, reason: '' },
    validate: {
      status: (value) => (value ? null : t('statusForm.chooseStatus')),
      reason: (value, values) =>
        values.status === 'NOT_ADOPTED' && value.trim() === ''
          ? t('statusForm.reasonRequired')
          : value.length > REASON_MAX_LENGTH
            ? tc('validation.maxLength', { max: REASON_MAX_LENGTH })
            : null,
    },
  });
  useRevalidateOnLanguageChange(form);
  const needsReason = form.values.status === 'NOT_ADOPTED';

  const submit = form.onSubmit(async ({ status, reason }) => {
    if (!status) {
      return;
    }
    outcome.clear();
    try {
      await setStatus({
        variables: {
          id: recommendation.id,
          input: { status, reason: reason.trim() || null, expectedVersion: recommendation.version },
        },
      });
      notify('success', t('statusForm.saved', { status: t(`status.${status}`) }));
      onClose();
    } catch (error) {
      form.setErrors(translateFieldErrors(outcome.report(error), tc));
    }
  });

  const reload = () => {
    void onReload().then(() => {
      outcome.clear();
      // The fresh status may allow other moves; the user chooses again.
      form.reset();
    });
  };

  return (
    <FormModal
      title={t('statusForm.title')}
      onClose={onClose}
      onSubmit={submit}
      notice={outcome.stale && <StaleVersionAlert onReload={reload} reloading={reloading} />}
      problem={outcome.problem && tc(outcome.problem.key, outcome.problem.values)}
      cancelLabel={t('cancel')}
      submitLabel={t('statusForm.save')}
      submitting={loading}
      submitDisabled={outcome.stale}
    >
      <Text size="sm">{t('statusForm.current', { status: t(`status.${recommendation.status}`) })}</Text>
      <Radio.Group
        label={t('statusForm.newStatus')}
        required
        {...form.getInputProps('status')}
        onChange={(value) => form.setFieldValue('status', isStatus(value) ? value : null)}
      >
        <Stack gap="xs" mt="xs">
          {options.map((status) => (
            <Radio key={status} value={status} label={t(`status.${status}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label={needsReason ? t('statusForm.reason') : t('statusForm.reasonOptional')}
        description={needsReason ? t('statusForm.reasonHint') : undefined}
        required={needsReason}
        autosize
        minRows={3}
        maxLength={REASON_MAX_LENGTH}
        {...form.getInputProps('reason')}
      />
    </FormModal>
  );
}
