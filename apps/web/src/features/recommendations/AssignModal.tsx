import { useMutation, useQuery } from '@apollo/client/react';
import { Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { QueryError } from '../../components/PageState';
import {
  AssignRecommendationDocument,
  ColleaguesDocument,
  type RecommendationDetailFieldsFragment,
} from '../../gql/graphql';
import { translateFieldErrors } from '../../lib/formErrors';
import { notify } from '../../lib/notify';
import { StaleVersionAlert } from './StaleVersionAlert';
import { useFollowUpProblem } from './useFollowUpProblem';

interface Props {
  recommendation: RecommendationDetailFieldsFragment;
  onClose: () => void;
  onReload: () => Promise<unknown>;
  reloading: boolean;
}

export function AssignModal({ recommendation, onClose, onReload, reloading }: Props) {
  const { t } = useTranslation('recommendations');
  const { t: tc } = useTranslation();
  const colleagues = useQuery(ColleaguesDocument);
  const [assign, { loading }] = useMutation(AssignRecommendationDocument);
  const outcome = useFollowUpProblem();
  const initial = { ownerUserId: recommendation.owner?.id ?? null, dueDate: recommendation.dueDate ?? '' };
  const form = useForm<{ ownerUserId: string | null; dueDate: string }>({ mode: 'controlled', initialValues: initial });

  const submit = form.onSubmit(async ({ ownerUserId, dueDate }) => {
    outcome.clear();
    try {
      await assign({
        variables: {
          id: recommendation.id,
          input: { ownerUserId, dueDate: dueDate || null, expectedVersion: recommendation.version },
        },
      });
      notify('success', t('assignForm.saved'));
      onClose();
    } catch (error) {
      form.setErrors(translateFieldErrors(outcome.report(error), tc));
    }
  });

  const reload = () => {
    void onReload().then(() => outcome.clear());
  };

  // A previous owner who left the municipality still shows by name until someone else is chosen.
  const options = (colleagues.data?.colleagues ?? []).map((c) => ({ value: c.id, label: c.name }));
  if (recommendation.owner && !options.some((o) => o.value === recommendation.owner?.id)) {
    options.unshift({ value: recommendation.owner.id, label: recommendation.owner.name });
  }

  return (
    <FormModal
      title={t('assignForm.title')}
      onClose={onClose}
      onSubmit={submit}
      notice={outcome.stale && <StaleVersionAlert onReload={reload} reloading={reloading} />}
      problem={outcome.problem && tc(outcome.problem.key, outcome.problem.values)}
      cancelLabel={t('cancel')}
      submitLabel={t('assignForm.save')}
      submitting={loading}
      submitDisabled={outcome.stale}
    >
      {colleagues.error && <QueryError error={colleagues.error} onRetry={() => void colleagues.refetch()} />}
      <Select
        label={t('assignForm.owner')}
        placeholder={colleagues.loading ? tc('app.loading') : t('assignForm.ownerPlaceholder')}
        description={t('assignForm.ownerHint')}
        data={options}
        searchable
        clearable
        data-autofocus
        {...form.getInputProps('ownerUserId')}
      />
      <TextInput
        type="date"
        label={t('assignForm.dueDate')}
        description={t('assignForm.dueDateHint')}
        {...form.getInputProps('dueDate')}
      />
    </FormModal>
  );
}
