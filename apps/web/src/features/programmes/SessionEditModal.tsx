import { useApolloClient, useMutation } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { StaleVersionNotice } from '../../components/StaleVersionNotice';
import {
  PlannedSessionDocument,
  UpdatePlannedSessionDocument,
  type PlannedSessionFieldsFragment,
} from '../../gql/graphql';
import { notify } from '../../lib/notify';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';
import { useStaleVersion } from '../../lib/useStaleVersion';
import { OverlapWarning } from './OverlapWarning';
import { showSessionSaveError } from './sessionErrors';
import { rowFromSession, toSessionInput, type SessionRowValues } from './sessionForm';
import { validateSessions } from './sessionFormValidate';
import { SessionRowFields, type SessionsFormValues } from './SessionRowFields';
import { usePlanningOptions } from './usePlanningOptions';

interface Props {
  activityId: string;
  session: PlannedSessionFieldsFragment;
  onClose: () => void;
  /** After a save, for pages that show more of the session than the mutation returns. */
  onSaved?: () => void;
}

/**
 * Changes one session; a save over someone else's change is refused and the form stays open with
 * the stored session beside the planner's input, to take over or save again, never silently overwritten.
 */
export function SessionEditModal({ activityId, session, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation('programmes');
  const { t: tc } = useTranslation();
  const options = usePlanningOptions();
  const [updateSession, updating] = useMutation(UpdatePlannedSessionDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const client = useApolloClient();
  const stale = useStaleVersion(
    session.version,
    async () =>
      (
        await client.query({
          query: PlannedSessionDocument,
          variables: { id: session.id },
          fetchPolicy: 'network-only',
        })
      ).data?.session ?? null,
  );
  const form = useForm<SessionsFormValues>({
    mode: 'controlled',
    initialValues: { sessions: [rowFromSession(session)] },
    validate: (values) => validateSessions(values, t),
  });
  useRevalidateOnLanguageChange(form);

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await updateSession({
        variables: {
          id: session.id,
          input: toSessionInput(values.sessions[0]!),
          expectedVersion: stale.expectedVersion,
        },
      });
      notify('success', t('sessionForm.saved'));
      onSaved?.();
      onClose();
    } catch (error) {
      if (stale.handle(error)) {
        return;
      }
      const outcome = showSessionSaveError(error, form, t, tc, i18n.language, false);
      setProblem(outcome.kind === 'message' ? outcome.text : null);
    }
  });

  const label = (id: string | null, from: { value: string; label: string }[]) =>
    id ? (from.find((o) => o.value === id)?.label ?? id) : '';

  return (
    <FormModal
      title={t('sessionForm.editTitle')}
      onClose={onClose}
      onSubmit={submit}
      notice={
        stale.stale && (
          <StaleVersionNotice<SessionRowValues>
            mine={form.values.sessions[0]!}
            current={stale.current && rowFromSession(stale.current)}
            reloading={stale.reloading}
            labels={{
              date: t('sessionForm.date'),
              start: t('sessionForm.start'),
              end: t('sessionForm.end'),
              venueId: t('sessionForm.venue'),
              onlineUrl: t('sessionForm.onlineUrl'),
              hostMunicipalityId: t('sessionForm.host'),
              capacity: t('sessionForm.capacity'),
              maxPerMunicipality: t('sessionForm.maxPerMunicipality'),
              deadlineDate: t('sessionForm.deadlineDate'),
              deadlineTime: t('sessionForm.deadlineTime'),
              facilitatorIds: t('sessionForm.facilitators'),
              status: t('sessionForm.status'),
              evaluationWindowDays: t('sessionForm.evaluationWindow'),
              showParticipantNames: t('sessionForm.showNames'),
            }}
            show={{
              venueId: (id) => label(id, options.venues),
              hostMunicipalityId: (id) => label(id, options.municipalities),
              facilitatorIds: (ids) => ids.map((id) => label(id, options.facilitators)).join(', '),
              status: (status) => t(`sessionStatus.${status}`),
              showParticipantNames: (shown) => t(shown ? 'sessionForm.showNamesYes' : 'sessionForm.showNamesNo'),
            }}
            onTakeCurrent={() => stale.current && form.setValues({ sessions: [rowFromSession(stale.current)] })}
          />
        )
      }
      problem={problem}
      cancelLabel={t('sessionForm.cancel')}
      submitLabel={t('sessionForm.save')}
      submitting={updating.loading}
      size="xl"
    >
      <SessionRowFields form={form} index={0} options={options} />
      <OverlapWarning activityId={activityId} row={form.values.sessions[0]!} excludeSessionId={session.id} />
    </FormModal>
  );
}
