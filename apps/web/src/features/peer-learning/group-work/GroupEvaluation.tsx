import { useMutation } from '@apollo/client/react';
import { Button, Rating, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EvaluatePeerGroupDocument, type PeerGroupWorkQuery } from '../../../gql/graphql';
import { describeError } from '../../../lib/errors';
import { notify } from '../../../lib/notify';
import { dateTimeFormat } from '../../../lib/dateFormat';

type Work = PeerGroupWorkQuery['peerGroupWork'];

/** The own municipality's one evaluation of its group: a score 1–5 and a comment. */
export function GroupEvaluation({ work }: { work: Work }) {
  const { t, i18n } = useTranslation('peerGroupWork');
  const { t: tc } = useTranslation();
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [evaluate, { loading }] = useMutation(EvaluatePeerGroupDocument, { refetchQueries: ['PeerGroupWork'] });

  const submit = async () => {
    try {
      await evaluate({ variables: { groupId: work.groupId, input: { rating, comment } } });
      notify('success', t('evaluationSent'));
    } catch (problem) {
      const { message } = describeError(problem);
      notify('error', tc(message.key, message.values));
    }
  };

  const closes = work.evaluationClosesAt
    ? dateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(work.evaluationClosesAt))
    : null;
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('evaluation')}</Text>
      <Text size="sm" c="dimmed">
        {t('evaluationHint')}
      </Text>
      {closes && <Text size="sm">{t('evaluationClosesAt', { date: closes })}</Text>}
      {work.myEvaluation ? (
        <Text size="sm">{t('evaluated', { rating: work.myEvaluation.rating })}</Text>
      ) : work.viewerCan.evaluate ? (
        <Stack gap="xs">
          <Text size="sm" id="peer-evaluation-rating">
            {t('rating')}
          </Text>
          <Rating value={rating} onChange={setRating} aria-labelledby="peer-evaluation-rating" />
          <Textarea
            label={t('comment')}
            value={comment}
            maxLength={2000}
            onChange={(e) => setComment(e.currentTarget.value)}
          />
          <Button onClick={() => void submit()} loading={loading} disabled={rating < 1} w="fit-content">
            {t('submitEvaluation')}
          </Button>
        </Stack>
      ) : (
        !closes && <Text size="sm">{t('evaluationNotOpen')}</Text>
      )}
    </Stack>
  );
}
