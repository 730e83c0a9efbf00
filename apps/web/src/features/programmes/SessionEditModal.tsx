import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { UpdatePlannedSessionDocument, type PlannedSessionFieldsFragment } from '../../gql/graphql';
import { notify } from '../../lib/notify';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';
import { OverlapWarning } from './OverlapWarning';
import { showSessionSaveError } from './sessionErrors';
import { rowFromSession, toSessionInput } from './sessionForm';
import { validateSessions } from './sessionFormValidate';
import { SessionRowFields, type SessionsFormValues } from './SessionRowFields';
import { usePlanningOptions } from './usePlanningOptions';

interface Props {
  activityId: string;
  session: PlannedSessionFieldsFragment;
  onClose: () => void;
  /** Reloads the activity, e.g. after someone else changed the session. */
  onReload: () => Promise<unknown>;
}

/** Changes one session; a save over someone else's change is refused and explained, never silently overwritten. */
export function SessionEditModal({ activityId, session, onClose, onReload }: Props) {
  const { t, i18n } = useTranslation('programmes');
  const { t: tc } = useTranslation();
  const options = usePlanningOptions();
  const [updateSession, updating] = useMutation(UpdatePlannedSessionDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
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
        variables: { id: session.id, input: toSessionInput(values.sessions[0]!), expectedVersion: session.version },
      });
      notify('success', t('sessionForm.saved'));
      onClose();
    } catch (error) {
      const outcome = showSessionSaveError(error, form, t, tc, i18n.language, false);
      setStale(outcome.kind === 'stale');
      setProblem(outcome.kind === 'message' ? outcome.text : null);
    }
  });

  const reload = async () => {
    await onReload();
    onClose();
  };

  return (
    <FormModal
      title={t('sessionForm.editTitle')}
      onClose={onClose}
      onSubmit={submit}
      notice={
        stale && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('stale.title')}
            role="alert"
          >
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('stale.body')}</Text>
              <Button size="xs" variant="default" onClick={() => void reload()}>
                {t('stale.reload')}
              </Button>
            </Stack>
          </Alert>
        )
      }
      problem={problem}
      cancelLabel={t('sessionForm.cancel')}
      submitLabel={t('sessionForm.save')}
      submitting={updating.loading}
      submitDisabled={stale}
      size="xl"
    >
      <SessionRowFields form={form} index={0} options={options} />
      <OverlapWarning activityId={activityId} row={form.values.sessions[0]!} excludeSessionId={session.id} />
    </FormModal>
  );
}
