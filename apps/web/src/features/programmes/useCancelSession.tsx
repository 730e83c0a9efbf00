import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { CancelPlannedSessionDocument, type PlannedSessionFieldsFragment } from '../../gql/graphql';
import { formatAmsterdamRange } from '../../lib/amsterdamTime';
import { describeError, toApiProblem } from '../../lib/errors';
import { notify } from '../../lib/notify';

/** Cancelling tells registrants and cannot be undone, so it asks first. */
export function useCancelSession(onChanged: () => void): (session: PlannedSessionFieldsFragment) => void {
  const { t, i18n } = useTranslation('programmes');
  const { t: tc } = useTranslation();
  const [cancelSession] = useMutation(CancelPlannedSessionDocument);
  return useCallback(
    (session) => {
      const when = formatAmsterdamRange(session.startsAt, session.endsAt, i18n.language);
      modals.openConfirmModal({
        title: t('cancelConfirm.title', { when }),
        children: <Text size="sm">{t('cancelConfirm.body')}</Text>,
        labels: { confirm: t('cancelConfirm.confirm'), cancel: t('cancelConfirm.keep') },
        closeButtonProps: { 'aria-label': tc('common.close') },
        confirmProps: { color: 'red.9' },
        onConfirm: () => {
          cancelSession({ variables: { id: session.id, expectedVersion: session.version } })
            .then(() => {
              notify('success', t('cancelConfirm.done', { when }));
              onChanged();
            })
            .catch((error: unknown) => {
              const problem = toApiProblem(error);
              if (problem.code === 'CONFLICT' && problem.reason === 'STALE_VERSION') {
                notify('error', t('stale.body'));
                onChanged();
                return;
              }
              const { message } = describeError(error);
              notify('error', tc(message.key, message.values));
            });
        },
      });
    },
    [cancelSession, t, tc, i18n.language, onChanged],
  );
}
