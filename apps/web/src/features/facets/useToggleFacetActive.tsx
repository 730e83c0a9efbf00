import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { SetFacetActiveDocument, type FacetAdminFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';
import { useRefreshOnStale } from '../../lib/useStaleVersion';

/** Retiring takes the facet out of every choice list, so it asks first; reactivating asks too, for symmetry. */
export function useToggleFacetActive(): (facet: FacetAdminFieldsFragment) => void {
  const { t } = useTranslation('facets');
  const { t: tc } = useTranslation();
  const [setFacetActive] = useMutation(SetFacetActiveDocument);
  const refreshOnStale = useRefreshOnStale();
  return useCallback(
    (facet) => {
      const retire = facet.active;
      const name = facet.name;
      modals.openConfirmModal({
        title: t(retire ? 'confirm.retireTitle' : 'confirm.reactivateTitle', { name }),
        children: <Text size="sm">{t(retire ? 'confirm.retireBody' : 'confirm.reactivateBody')}</Text>,
        labels: { confirm: t(retire ? 'retire' : 'reactivate'), cancel: t('confirm.cancel') },
        closeButtonProps: { 'aria-label': tc('common.close') },
        confirmProps: retire ? { color: 'red.9' } : {},
        onConfirm: () => {
          setFacetActive({ variables: { id: facet.id, active: !retire, expectedVersion: facet.version } })
            .then(() => notify('success', t(retire ? 'confirm.retired' : 'confirm.reactivated', { name })))
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
    [setFacetActive, refreshOnStale, t, tc],
  );
}
