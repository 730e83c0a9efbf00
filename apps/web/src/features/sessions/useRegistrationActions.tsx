import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { CancelRegistrationDocument, RegisterForSessionDocument } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';

/** Whatever shows seats, waitlists or own registrations; Apollo refetches those that are on screen. */
export const REGISTRATION_QUERIES = [
  'Session',
  'Sessions',
  'MyRegistrations',
  'SessionRegistrations',
  'RegistrationsByMunicipality',
];

/** Registering for a full session asks first, explaining the waitlist; an open one registers at once. */
export function useRegister(): (session: { id: string; seatsLeft: number; waitlistLength: number }) => void {
  const { t } = useTranslation('sessions');
  const { t: tc } = useTranslation();
  const [register] = useMutation(RegisterForSessionDocument, {
    refetchQueries: REGISTRATION_QUERIES,
    awaitRefetchQueries: true,
  });
  return useCallback(
    (session) => {
      const run = () => {
        register({ variables: { sessionId: session.id } })
          .then(({ data }) => {
            const registration = data?.registerForSession;
            if (registration?.status === 'WAITLISTED') {
              notify('info', t('registration.waitlistedNotice', { position: registration.waitlistPosition ?? '?' }));
            } else {
              notify('success', t('registration.registered'));
            }
          })
          .catch((error: unknown) => {
            const { message } = describeError(error);
            notify('error', tc(message.key, message.values));
          });
      };
      if (session.seatsLeft > 0) {
        run();
        return;
      }
      modals.openConfirmModal({
        title: t('registration.waitlistConfirm.title'),
        children: <Text size="sm">{t('registration.waitlistConfirm.body', { count: session.waitlistLength })}</Text>,
        labels: {
          confirm: t('registration.waitlistConfirm.confirm'),
          cancel: t('registration.waitlistConfirm.cancel'),
        },
        closeButtonProps: { 'aria-label': tc('common.close') },
        onConfirm: run,
      });
    },
    [register, t, tc],
  );
}

interface CancelTarget {
  registrationId: string;
  status: 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED';
  title: string;
  /** Set when cancelling someone else's registration (a colleague, or as staff). */
  participantName?: string;
}

/** Cancelling always asks first: a confirmed seat goes to the waitlist at once and cannot be taken back. */
export function useCancelRegistration(): (target: CancelTarget) => void {
  const { t } = useTranslation('sessions');
  const { t: tc } = useTranslation();
  const [cancel] = useMutation(CancelRegistrationDocument, {
    refetchQueries: REGISTRATION_QUERIES,
    awaitRefetchQueries: true,
  });
  return useCallback(
    (target) => {
      modals.openConfirmModal({
        title: target.participantName
          ? t('colleague.cancelConfirmTitle', { name: target.participantName })
          : t('registration.cancelConfirm.title', { title: target.title }),
        children: (
          <Text size="sm">
            {t(
              target.status === 'WAITLISTED'
                ? 'registration.cancelConfirm.bodyWaitlist'
                : 'registration.cancelConfirm.body',
            )}
          </Text>
        ),
        labels: { confirm: t('registration.cancelConfirm.confirm'), cancel: t('registration.cancelConfirm.cancel') },
        closeButtonProps: { 'aria-label': tc('common.close') },
        confirmProps: { color: 'red.9' },
        onConfirm: () => {
          cancel({ variables: { registrationId: target.registrationId } })
            .then(() => notify('success', t('registration.cancelled')))
            .catch((error: unknown) => {
              const { message } = describeError(error);
              notify('error', tc(message.key, message.values));
            });
        },
      });
    },
    [cancel, t, tc],
  );
}
