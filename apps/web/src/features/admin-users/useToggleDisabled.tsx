import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { SetUserDisabledDocument, type AdminUserFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';
import { useRefreshOnStale } from '../../lib/useStaleVersion';

/** Disabling ends the user's sessions at once, so it always asks first; re-enabling asks too, for symmetry. */
export function useToggleDisabled(): (user: AdminUserFieldsFragment) => void {
  const { t } = useTranslation();
  const [setUserDisabled] = useMutation(SetUserDisabledDocument);
  const refreshOnStale = useRefreshOnStale();
  return useCallback(
    (user: AdminUserFieldsFragment) => {
      const disable = !user.disabled;
      const name = user.name;
      modals.openConfirmModal({
        title: t(disable ? 'adminUsers.confirm.disableTitle' : 'adminUsers.confirm.enableTitle', { name }),
        children: (
          <Text size="sm">
            {t(disable ? 'adminUsers.confirm.disableBody' : 'adminUsers.confirm.enableBody', { name })}
          </Text>
        ),
        labels: {
          confirm: t(disable ? 'adminUsers.disable' : 'adminUsers.enable'),
          cancel: t('adminUsers.confirm.cancel'),
        },
        closeButtonProps: { 'aria-label': t('common.close') },
        confirmProps: disable ? { color: 'red.9' } : {},
        onConfirm: () => {
          setUserDisabled({ variables: { id: user.id, disabled: disable, expectedVersion: user.version } })
            .then(() => {
              notify('success', t(disable ? 'adminUsers.confirm.disabled' : 'adminUsers.confirm.enabled', { name }));
            })
            .catch((error: unknown) => {
              // Someone changed the account since the list loaded: say so and show the stored state.
              if (refreshOnStale(error)) {
                return;
              }
              const { message } = describeError(error);
              notify('error', t(message.key, message.values));
            });
        },
      });
    },
    [setUserDisabled, refreshOnStale, t],
  );
}
