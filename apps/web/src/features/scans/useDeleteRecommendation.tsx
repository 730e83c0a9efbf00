import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteRecommendationDocument } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';
import { useRefreshOnStale } from '../../lib/useStaleVersion';
import type { ScanRecommendation } from './ScanRecommendationsTable';

/** Deleting also removes the follow-up and theme links, which cannot be restored: always ask first. */
export function useDeleteRecommendation(onDeleted: () => void): (rec: ScanRecommendation) => void {
  const { t } = useTranslation('scans');
  const { t: tc } = useTranslation();
  const [deleteRecommendation] = useMutation(DeleteRecommendationDocument);
  // Someone edited it since it was loaded: say so and reload, so a second try sends the new version.
  const refreshOnStale = useRefreshOnStale();
  return useCallback(
    (rec: ScanRecommendation) => {
      modals.openConfirmModal({
        title: t('recDelete.title'),
        children: <Text size="sm">{t('recDelete.body', { title: rec.title })}</Text>,
        labels: { confirm: t('recDelete.confirm'), cancel: t('cancel') },
        closeButtonProps: { 'aria-label': tc('common.close') },
        confirmProps: { color: 'red.9' },
        onConfirm: () => {
          deleteRecommendation({
            variables: { id: rec.id, expectedVersion: rec.version },
            update: (cache) => {
              cache.evict({ id: cache.identify(rec) });
              cache.gc();
            },
          })
            .then(() => {
              notify('success', t('recDelete.deleted', { title: rec.title }));
              onDeleted();
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
    [deleteRecommendation, onDeleted, refreshOnStale, t, tc],
  );
}
