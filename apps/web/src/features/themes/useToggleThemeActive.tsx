import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { SetThemeActiveDocument } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';
import { useRefreshOnStale } from '../../lib/useStaleVersion';

/** Retiring drops the theme from the next pictures, so it asks first; reactivating asks too, for symmetry. */
export function useToggleThemeActive(
  onChanged?: () => void,
): (theme: { id: string; title: string; active: boolean; version: number }) => void {
  const { t } = useTranslation('themes');
  const { t: tc } = useTranslation();
  const [setThemeActive] = useMutation(SetThemeActiveDocument);
  const refreshOnStale = useRefreshOnStale();
  return useCallback(
    (theme) => {
      const retire = theme.active;
      const title = theme.title;
      modals.openConfirmModal({
        title: t(retire ? 'confirm.retireTitle' : 'confirm.reactivateTitle', { title }),
        children: <Text size="sm">{t(retire ? 'confirm.retireBody' : 'confirm.reactivateBody')}</Text>,
        labels: { confirm: t(retire ? 'retire' : 'reactivate'), cancel: t('confirm.cancel') },
        closeButtonProps: { 'aria-label': tc('common.close') },
        confirmProps: retire ? { color: 'red.9' } : {},
        onConfirm: () => {
          setThemeActive({ variables: { id: theme.id, active: !retire, expectedVersion: theme.version } })
            .then(() => {
              notify('success', t(retire ? 'confirm.retired' : 'confirm.reactivated', { title }));
              onChanged?.();
            })
            .catch((error: unknown) => {
              if (refreshOnStale(error)) {
                return;
              }
              const { message } = describeError(error);
              notify('error', tc(message.key, message.values));
            });
        },
      });
    },
    [setThemeActive, refreshOnStale, t, tc, onChanged],
  );
}
