import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { RecommendationDocument } from '../../gql/graphql';
import { toApiProblem } from '../../lib/errors';
import { PATHS, recommendationPrintPath, scanPath } from '../../lib/navigation';
import { useCan } from '../auth/useCan';
import { LearningCard } from '../learning-links/LearningCard';
import { FollowUpPanel } from './FollowUpPanel';
import { InviteOwnerSection } from './InviteOwnerSection';
import { formatLocalDate } from './followUp';
import { Fact } from './Fact';
import { FollowUpFacts } from './FollowUpFacts';
import { OwnerProgressForm } from './OwnerProgressForm';
import { PriorityBadge } from './RecommendationBadges';
import { Timeline } from './Timeline';

export function RecommendationDetailPage() {
  const { t, i18n } = useTranslation('recommendations');
  const can = useCan();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(RecommendationDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });

  if (error && toApiProblem(error).code === 'NOT_FOUND') {
    // Another municipality's recommendation reads exactly like one that does not exist.
    return <NotFoundPage />;
  }
  const rec = data?.recommendation;
  const back = (
    <Anchor component={Link} to={PATHS.recommendations} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('detail.back')}
      </Group>
    </Anchor>
  );
  if (!rec) {
    return (
      <Stack gap="lg">
        {back}
        {error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          <Stack gap="sm" aria-busy="true">
            <Text role="status">{t('loading')}</Text>
            <Skeleton height={40} />
            <Skeleton height={160} />
          </Stack>
        )}
      </Stack>
    );
  }

  const date = (value: string | null) => (value ? formatLocalDate(value, i18n.language) : null);
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        {back}
        <Anchor component={Link} to={recommendationPrintPath(rec.id)} size="sm">
          <Group gap={4} component="span">
            <IconPrinter size={16} aria-hidden />
            {t('print.link')}
          </Group>
        </Anchor>
      </Group>
      <PageHeader title={rec.title} description={[rec.reference, rec.municipality.name].filter(Boolean).join(' · ')} />
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder padding="lg">
          <Stack gap="md">
            <Title order={2} size="h3">
              {t('detail.recommendation')}
            </Title>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{rec.body || t('detail.noBody')}</Text>
            <SimpleGrid cols={2} component="dl" spacing="sm" m={0}>
              <Fact label={t('columns.PRIORITY')}>
                <PriorityBadge priority={rec.priority} />
              </Fact>
              <Fact label={t('columns.facet')}>{rec.facet.name}</Fact>
              <Fact label={t('columns.themes')}>
                {rec.themes.length > 0 ? rec.themes.map((theme) => theme.title).join(', ') : t('detail.noThemes')}
              </Fact>
              {rec.scan && (
                <Fact label={t('detail.scan')}>
                  {rec.viewerCan.edit ? (
                    <Anchor component={Link} to={scanPath(rec.scan.id)} size="sm">
                      {date(rec.scan.scanDate)}
                    </Anchor>
                  ) : (
                    date(rec.scan.scanDate)
                  )}
                </Fact>
              )}
            </SimpleGrid>
          </Stack>
        </Card>
        <Card withBorder padding="lg">
          <Stack gap="md">
            <Title order={2} size="h3">
              {t('detail.followUp')}
            </Title>
            <FollowUpFacts rec={rec} cols={2} />
            {rec.viewerCan.followUp ? (
              <>
                <Title order={3} size="h4">
                  {t('panel.title')}
                </Title>
                <FollowUpPanel recommendation={rec} onReload={() => refetch()} />
                {can('COLLEAGUE_INVITE') && <InviteOwnerSection recommendationId={rec.id} />}
              </>
            ) : rec.viewerCan.recordProgress ? (
              <>
                <Title order={3} size="h4">
                  {t('ownerProgress.title')}
                </Title>
                <OwnerProgressForm recommendationId={rec.id} onReload={() => refetch()} />
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {t('detail.readOnly', { municipality: rec.municipality.name })}
              </Text>
            )}
          </Stack>
        </Card>
      </SimpleGrid>
      <LearningCard recommendationId={rec.id} onChanged={() => refetch()} />
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Title order={2} size="h3">
            {t('timeline.title')}
          </Title>
          <Timeline entries={rec.timeline} />
        </Stack>
      </Card>
    </Stack>
  );
}
