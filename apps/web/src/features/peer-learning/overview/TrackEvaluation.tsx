import { Alert, List, Stack, Text, Title } from '@mantine/core';
import { IconClock, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PeerTrackOverviewQuery } from '../../../gql/graphql';
import { formatAmsterdamDate } from '../../../lib/amsterdamTime';

type Evaluation = PeerTrackOverviewQuery['peerTrackOverview']['evaluation'];

/**
 * The groups' evaluations in aggregate, as the session rules release them: nothing but the count
 * until the window closes, then the average and comments (unattributed) from k responses on.
 */
export function TrackEvaluation({ evaluation }: { evaluation: Evaluation }) {
  const { t, i18n } = useTranslation('peerLearning');
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('overview.evaluationTitle')}
      </Title>
      {!evaluation ? (
        <Text size="sm">{t('overview.evaluationNotScheduled')}</Text>
      ) : (
        <>
          <Text size="sm">{t('overview.evaluationResponses', { count: evaluation.responses })}</Text>
          {!evaluation.released ? (
            <Alert color="blue" variant="light" icon={<IconClock aria-hidden />}>
              {t('overview.evaluationNotReleased', {
                date: formatAmsterdamDate(evaluation.releasesAt, i18n.language),
              })}
            </Alert>
          ) : evaluation.suppressed ? (
            <Alert color="gray" variant="light" icon={<IconLock aria-hidden />}>
              {t('overview.evaluationSuppressed', {
                responses: evaluation.responses,
                minimum: evaluation.minimumResponses,
              })}
            </Alert>
          ) : (
            <>
              <Text size="sm">
                {t('overview.evaluationAverage', {
                  value: new Intl.NumberFormat(i18n.language, {
                    minimumFractionDigits: 1,
                    maximumFractionDigits: 1,
                  }).format(evaluation.averageRating ?? 0),
                })}
              </Text>
              {evaluation.comments.length === 0 ? (
                <Text size="sm">{t('overview.evaluationNoComments')}</Text>
              ) : (
                <List spacing={4} size="sm" aria-label={t('overview.evaluationComments')}>
                  {evaluation.comments.map((comment, index) => (
                    <List.Item key={index}>{comment}</List.Item>
                  ))}
                </List>
              )}
            </>
          )}
        </>
      )}
    </Stack>
  );
}
