import { useQuery } from '@apollo/client/react';
import { Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/PageState';
import { RegionalAdviceDocument, type RegionalAdviceFieldsFragment } from '../../gql/graphql';
import { AdviceCard } from './AdviceCard';
import { AnswerModal } from './AnswerModal';

/** The regional advice published with a snapshot, beside its picture; staff answer from here. */
export function AdviceList({ snapshotId }: { snapshotId: string }) {
  const { t } = useTranslation('regionalAdvice');
  const { t: tc } = useTranslation();
  const { data, error, refetch } = useQuery(RegionalAdviceDocument, { variables: { snapshotId } });
  const [answering, setAnswering] = useState<RegionalAdviceFieldsFragment | null>(null);
  const advice = data?.regionalAdvice;
  return (
    <Stack gap="sm" component="section" aria-labelledby="regional-advice-title">
      <Title order={2} size="h3" id="regional-advice-title">
        {t('title')}
      </Title>
      <Text size="sm">{t('intro')}</Text>
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !advice ? (
        <Stack aria-busy="true">
          <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
          <Skeleton height={120} />
        </Stack>
      ) : advice.length === 0 ? (
        <Text>{t('empty')}</Text>
      ) : (
        advice.map((a) => <AdviceCard key={a.id} advice={a} onAnswer={setAnswering} />)
      )}
      {answering && <AnswerModal advice={answering} onClose={() => setAnswering(null)} />}
    </Stack>
  );
}
