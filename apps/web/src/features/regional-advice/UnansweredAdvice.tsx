import { useQuery } from '@apollo/client/react';
import { Anchor, Card, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../components/PageState';
import { RegionalAdviceDocument } from '../../gql/graphql';
import { PATHS } from '../../lib/navigation';

/** For the programme builder and the roadmap: the latest snapshot's advice the programme has not answered yet. */
export function UnansweredAdvice() {
  const { t } = useTranslation('regionalAdvice');
  const { data, error, refetch } = useQuery(RegionalAdviceDocument, { variables: { snapshotId: null } });
  const advice = data?.regionalAdvice;
  const open = advice?.filter((a) => !a.answer || a.answer.status === 'NOT_STARTED') ?? [];
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="unanswered-advice-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="unanswered-advice-title">
          {t('unanswered.title')}
        </Title>
        <Text size="sm">{t('unanswered.intro')}</Text>
        {error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : !advice ? (
          <Skeleton height={60} aria-busy="true" />
        ) : advice.length === 0 ? (
          <Text size="sm">{t('unanswered.noAdvice')}</Text>
        ) : open.length === 0 ? (
          <Text size="sm">{t('unanswered.none')}</Text>
        ) : (
          <List size="sm">
            {open.map((a) => (
              <List.Item key={a.id}>
                {a.title} ({t(`status.${a.answer?.status ?? 'NONE'}`)})
              </List.Item>
            ))}
          </List>
        )}
        <Anchor component={Link} to={PATHS.picture} size="sm">
          {t('unanswered.toPicture')}
        </Anchor>
      </Stack>
    </Card>
  );
}
