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
        children: (
          <Text size="sm">
            {t('registration.waitlistConfirm.body')}{' '}
            {t('registration.waitlistConfirm.ahead', { count: session.waitlistLength })}
          </Text>
        ),
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
  /** Whether a confirmed seat goes to someone on the waitlist or simply becomes free. */
  waitlistLength: number;
  /** Set when cancelling someone else's registration (a colleague, or as staff). */
  participantName?: string;
}

/**
 * What cancelling means, told to the one who cancels: their own registration or someone else's
 * (who gets an e-mail), a confirmed seat that goes to the waitlist or simply becomes free.
 */
function cancelConsequence(target: CancelTarget): { key: CancelConsequenceKey; name?: string } {
  const whose = target.participantName ? 'other' : 'self';
  const what =
    target.status === 'WAITLISTED' ? 'waitlisted' : target.waitlistLength > 0 ? 'seatToWaitlist' : 'seatFreed';
  return { key: `registration.cancelConfirm.${whose}.${what}`, name: target.participantName };
}

type CancelConsequenceKey = `registration.cancelConfirm.${'self' | 'other'}.${
  'waitlisted' | 'seatToWaitlist' | 'seatFreed'}`;

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
      const consequence = cancelConsequence(target);
      modals.openConfirmModal({
        title: target.participantName
          ? t('colleague.cancelConfirmTitle', { name: target.participantName })
          : t('registration.cancelConfirm.title', { title: target.title }),
        children: <Text size="sm">{t(consequence.key, { name: consequence.name })}</Text>,
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
