import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../components/NotFoundPage';
import { QueryError } from '../../components/PageState';
import { RecommendationDocument } from '../../gql/graphql';
import { formatAmsterdamDate } from '../../lib/amsterdamTime';
import { toApiProblem } from '../../lib/errors';
import { recommendationPath } from '../../lib/navigation';
import { PriorityBadge } from './RecommendationBadges';
import { Fact } from './Fact';
import { FollowUpFacts } from './FollowUpFacts';
import { Timeline } from './Timeline';
import './print.css';

/**
 * A recommendation on paper: its text, its follow-up and its whole timeline, with the app's
 * navigation and buttons left out by the print stylesheet. Marked confidential on the page itself,
 * since paper leaves the app's access control behind.
 */
export function RecommendationPrintPage() {
  const { t, i18n } = useTranslation('recommendations');
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(RecommendationDocument, { variables: { id }, fetchPolicy: 'network-only' });

  if (error && toApiProblem(error).code === 'NOT_FOUND') {
    return <NotFoundPage />;
  }
  const rec = data?.recommendation;
  if (!rec) {
    return error ? (
      <QueryError error={error} onRetry={() => void refetch()} />
    ) : (
      <Stack gap="sm" aria-busy="true">
        <Text role="status">{t('loading')}</Text>
        <Skeleton height={160} />
      </Stack>
    );
  }
  return (
    <Stack gap="lg" maw={900}>
      <Group justify="space-between" className="rd-no-print">
        <Anchor component={Link} to={recommendationPath(rec.id)} size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={16} aria-hidden />
            {t('print.back')}
          </Group>
        </Anchor>
        <Button leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()}>
          {t('print.print')}
        </Button>
      </Group>
      <Stack gap={4}>
        <Text size="sm" fw={700} tt="uppercase">
          {t('print.confidential', { municipality: rec.municipality.name })}
        </Text>
        <Title order={1}>{rec.title}</Title>
        <Text size="sm" c="dimmed">
          {[
            rec.reference,
            rec.municipality.name,
            t('print.printedOn', { date: formatAmsterdamDate(new Date().toISOString(), i18n.language) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Stack>
      <Stack gap="sm" className="rd-print-section">
        <Title order={2} size="h3">
          {t('detail.recommendation')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{rec.body || t('detail.noBody')}</Text>
        <SimpleGrid cols={3} component="dl" spacing="sm" m={0}>
          <Fact label={t('columns.PRIORITY')}>
            <PriorityBadge priority={rec.priority} />
          </Fact>
          <Fact label={t('columns.facet')}>{rec.facet.name}</Fact>
          <Fact label={t('columns.themes')}>
            {rec.themes.length > 0 ? rec.themes.map((theme) => theme.title).join(', ') : t('detail.noThemes')}
          </Fact>
        </SimpleGrid>
      </Stack>
      <Stack gap="sm" className="rd-print-section">
        <Title order={2} size="h3">
          {t('detail.followUp')}
        </Title>
        <FollowUpFacts rec={rec} cols={3} />
      </Stack>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('timeline.title')}
        </Title>
        <Timeline entries={rec.timeline} />
      </Stack>
    </Stack>
  );
}
