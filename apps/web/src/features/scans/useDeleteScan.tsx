import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteScanDocument, type ScanFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';
import { useRefreshOnStale } from '../../lib/useStaleVersion';
import { formatLocalDate } from '../recommendations/followUp';

/** Deleting a scan takes its recommendations and their follow-up with it, so the confirmation says how many. */
export function useDeleteScan(): (scan: ScanFieldsFragment, onDeleted?: () => void) => void {
  const { t, i18n } = useTranslation('scans');
  const { t: tc } = useTranslation();
  const [deleteScan] = useMutation(DeleteScanDocument);
  // Someone edited the scan since it was loaded: say so and reload, so a second try sends the new version.
  const refreshOnStale = useRefreshOnStale();
  return useCallback(
    (scan: ScanFieldsFragment, onDeleted?: () => void) => {
      const values = { municipality: scan.municipality.name, date: formatLocalDate(scan.scanDate, i18n.language) };
      const fail = (error: unknown) => {
        if (refreshOnStale(error)) {
          return;
        }
        const { message } = describeError(error);
        notify('error', tc(message.key, message.values));
      };
      const count = scan.recommendationCount;
      modals.openConfirmModal({
        title: t('confirmDelete.title', values),
        children: (
          <Text size="sm">{count === 0 ? t('confirmDelete.bodyNone') : t('confirmDelete.body', { count })}</Text>
        ),
        labels: { confirm: t('confirmDelete.confirm'), cancel: t('cancel') },
        closeButtonProps: { 'aria-label': tc('common.close') },
        confirmProps: { color: 'red.9' },
        onConfirm: () => {
          deleteScan({
            variables: { id: scan.id, expectedVersion: scan.version },
            update: (cache) => {
              cache.evict({ id: cache.identify(scan) });
              // Lists holding its recommendations are stale now.
              cache.evict({ fieldName: 'recommendations' });
              cache.gc();
            },
          })
            .then(() => {
              notify('success', t('confirmDelete.deleted', values));
              onDeleted?.();
            })
            .catch(fail);
        },
      });
    },
    [deleteScan, i18n.language, refreshOnStale, t, tc],
  );
}
