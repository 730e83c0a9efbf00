import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { HoldBackRecommendationDocument, ReleaseRecommendationDocument } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';
import type { ScanRecommendation } from './ScanRecommendationsTable';

/** Holds a recommendation back from the regional picture, or shares it again, after a confirmation. */
export function useHoldBack(onDone: () => void): (rec: ScanRecommendation) => void {
  const { t } = useTranslation('scans');
  const { t: tc } = useTranslation();
  const [hold] = useMutation(HoldBackRecommendationDocument);
  const [release] = useMutation(ReleaseRecommendationDocument);
  return useCallback(
    (rec: ScanRecommendation) => {
      const holding = !rec.holdBack;
      modals.openConfirmModal({
        title: t(holding ? 'holdBack.confirmHoldTitle' : 'holdBack.confirmReleaseTitle'),
        children: (
          <Text size="sm">{t(holding ? 'holdBack.confirmHold' : 'holdBack.confirmRelease', { title: rec.title })}</Text>
        ),
        labels: { confirm: t(holding ? 'holdBack.hold' : 'holdBack.release'), cancel: t('cancel') },
        closeButtonProps: { 'aria-label': tc('common.close') },
        onConfirm: () => {
          const variables = { recommendationId: rec.id };
          (holding ? hold({ variables }) : release({ variables }))
            .then(() => {
              notify('success', t(holding ? 'holdBack.held' : 'holdBack.released'));
              onDone();
            })
            .catch((error: unknown) => {
              const { message } = describeError(error);
              notify('error', tc(message.key, message.values));
            });
        },
      });
    },
    [hold, release, onDone, t, tc],
  );
}
