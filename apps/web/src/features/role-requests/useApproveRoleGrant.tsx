import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApproveRoleGrantDocument, type RoleGrantFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';

/** Approving opens confidential data to someone: it always asks first, naming the account and the role. */
export function useApproveRoleGrant(): (grant: RoleGrantFieldsFragment) => void {
  const { t } = useTranslation('roleRequests');
  const { t: tc } = useTranslation();
  const [approve] = useMutation(ApproveRoleGrantDocument);
  return useCallback(
    (grant: RoleGrantFieldsFragment) => {
      const role = grant.municipality
        ? `${tc(`roles.${grant.requestedRole}`)} (${grant.municipality.name})`
        : tc(`roles.${grant.requestedRole}`);
      const values = { name: grant.user.name, email: grant.user.email, role };
      modals.openConfirmModal({
        title: t('approveTitle', values),
        children: <Text size="sm">{t('approveBody', values)}</Text>,
        labels: { confirm: t('approve'), cancel: t('cancel') },
        closeButtonProps: { 'aria-label': tc('common.close') },
        onConfirm: () => {
          approve({ variables: { id: grant.id } })
            .then(() => notify('success', t('approved', values)))
            .catch((error: unknown) => {
              const { message } = describeError(error);
              notify('error', tc(message.key, message.values));
            });
        },
      });
    },
    [approve, t, tc],
  );
}
