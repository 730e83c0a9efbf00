// Only the pages with charts load the chart library and its styles.
import '@mantine/charts/styles.css';
import { useQuery } from '@apollo/client/react';
import { LineChart } from '@mantine/charts';
import { Anchor, Card, Group, Select, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import {
  FollowUpProgressDocument,
  type RecommendationBriefFieldsFragment,
  type StatusCountFieldsFragment,
} from '../../gql/graphql';
import { recommendationPath } from '../../lib/navigation';
import { formatLocalDate } from '../recommendations/followUp';
import { StatusBadge } from '../recommendations/RecommendationBadges';
import { closedShare, STATUS_SERIES, toChartRows } from './progressData';

const COLORS = {
  open: 'gray.7',
  inProgress: 'blue.8',
  done: 'green.9',
  notAdopted: 'orange.9',
  overdue: 'red.9',
} as const;

function CountsTable({
  label,
  groups,
}: {
  label: string;
  groups: { id: string; name: string; counts: StatusCountFieldsFragment }[];
}) {
  const { t } = useTranslation('progress');
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{label}</Table.Th>
            {[...STATUS_SERIES, 'overdue' as const, 'total' as const].map((key) => (
              <Table.Th key={key} style={{ textAlign: 'right' }}>
                {t(`counts.${key}`)}
              </Table.Th>
            ))}
            <Table.Th style={{ textAlign: 'right' }}>{t('counts.closedShare')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((g) => (
            <Table.Tr key={g.id}>
              <Table.Td>{g.name}</Table.Td>
              {[...STATUS_SERIES, 'overdue' as const, 'total' as const].map((key) => (
                <Table.Td key={key} style={{ textAlign: 'right' }}>
                  {g.counts[key]}
                </Table.Td>
              ))}
              <Table.Td style={{ textAlign: 'right' }}>
                {closedShare(g.counts) === null ? '–' : `${closedShare(g.counts)}%`}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Brief({ rec }: { rec: RecommendationBriefFieldsFragment }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Anchor component={Link} to={recommendationPath(rec.id)} size="sm">
        {[rec.reference, rec.title].filter(Boolean).join(' · ')}
      </Anchor>
      <StatusBadge status={rec.status} />
    </Group>
  );
}

/** The own municipality's follow-up over time, by facet and theme, and baseline scan against re-scan. */
export function ProgressPage() {
  const { t, i18n } = useTranslation('progress');
  const [facetId, setFacetId] = useState<string | null>(null);
  const [themeId, setThemeId] = useState<string | null>(null);
  const { data, previousData, error, refetch } = useQuery(FollowUpProgressDocument, {
    variables: { filter: { facetId, themeId, months: 24 } },
  });
  const progress = (data ?? previousData)?.followUpProgress;
  const rows = progress ? toChartRows(progress.series, i18n.language) : [];
  const latest = progress?.series.at(-1)?.counts;
  const rescan = progress?.rescan;

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('description')} />
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {!progress ? (
        !error && <Skeleton height={300} />
      ) : (
        <>
          <Card withBorder padding="lg">
            <Stack gap="md">
              <Title order={2} size="h3">
                {t('overTime')}
              </Title>
              <Group>
                <Select
                  label={t('filterFacet')}
                  placeholder={t('all')}
                  clearable
                  data={progress.byFacet.map((f) => ({ value: f.id, label: f.name }))}
                  value={facetId}
                  onChange={setFacetId}
                />
                <Select
                  label={t('filterTheme')}
                  placeholder={t('all')}
                  clearable
                  data={progress.byTheme.map((f) => ({ value: f.id, label: f.name }))}
                  value={themeId}
                  onChange={setThemeId}
                />
              </Group>
              {latest && (
                <Text size="sm" data-testid="progress-now">
                  {t('now', { ...latest })}
                </Text>
              )}
              <LineChart
                h={280}
                data={rows}
                dataKey="month"
                aria-label={t('chartLabel')}
                withLegend
                series={[...STATUS_SERIES, 'overdue' as const].map((key) => ({
                  name: key,
                  label: t(`counts.${key}`),
                  color: COLORS[key],
                  ...(key === 'overdue' ? { strokeDasharray: '5 5' } : {}),
                }))}
              />
              <Table.ScrollContainer minWidth={520}>
                <Table aria-label={t('seriesTable')} data-testid="progress-series">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('month')}</Table.Th>
                      {[...STATUS_SERIES, 'overdue' as const].map((key) => (
                        <Table.Th key={key} style={{ textAlign: 'right' }}>
                          {t(`counts.${key}`)}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows
                      .filter((r) => r.total > 0)
                      .reverse()
                      .map((r) => (
                        <Table.Tr key={r.month}>
                          <Table.Td>{r.month}</Table.Td>
                          {[...STATUS_SERIES, 'overdue' as const].map((key) => (
                            <Table.Td key={key} style={{ textAlign: 'right' }}>
                              {r[key]}
                            </Table.Td>
                          ))}
                        </Table.Tr>
                      ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Stack>
          </Card>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <Card withBorder padding="lg">
              <Stack gap="md">
                <Title order={2} size="h3">
                  {t('byFacet')}
                </Title>
                <CountsTable label={t('facet')} groups={progress.byFacet} />
              </Stack>
            </Card>
            <Card withBorder padding="lg">
              <Stack gap="md">
                <Title order={2} size="h3">
                  {t('byTheme')}
                </Title>
                {progress.byTheme.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('noThemes')}
                  </Text>
                ) : (
                  <CountsTable label={t('theme')} groups={progress.byTheme} />
                )}
              </Stack>
            </Card>
          </SimpleGrid>
          <Card withBorder padding="lg">
            <Stack gap="md" data-testid="rescan">
              <Title order={2} size="h3">
                {t('rescan.title')}
              </Title>
              {!rescan ? (
                <Text size="sm" c="dimmed">
                  {t('rescan.none')}
                </Text>
              ) : (
                <>
                  <Text size="sm">
                    {t('rescan.summary', {
                      baseline: formatLocalDate(rescan.baselineDate, i18n.language),
                      rescan: formatLocalDate(rescan.rescanDate, i18n.language),
                      carried: rescan.carriedOver.length,
                      closed: rescan.closed.length,
                      new: rescan.new.length,
                    })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('rescan.how')}
                  </Text>
                  <SimpleGrid cols={{ base: 1, md: 3 }}>
                    <Stack gap="xs">
                      <Title order={3} size="h5">
                        {t('rescan.carriedOver', { n: rescan.carriedOver.length })}
                      </Title>
                      {rescan.carriedOver.map((m) => (
                        <Stack key={m.rescan.id} gap={0}>
                          <Brief rec={m.rescan} />
                          <Text size="xs" c="dimmed">
                            {t(`rescan.matchedBy.${m.matchedBy}`, { title: m.baseline.title })}
                          </Text>
                        </Stack>
                      ))}
                    </Stack>
                    <Stack gap="xs">
                      <Title order={3} size="h5">
                        {t('rescan.closed', { n: rescan.closed.length })}
                      </Title>
                      {rescan.closed.map((r) => (
                        <Brief key={r.id} rec={r} />
                      ))}
                    </Stack>
                    <Stack gap="xs">
                      <Title order={3} size="h5">
                        {t('rescan.new', { n: rescan.new.length })}
                      </Title>
                      {rescan.new.map((r) => (
                        <Brief key={r.id} rec={r} />
                      ))}
                    </Stack>
                  </SimpleGrid>
                </>
              )}
            </Stack>
          </Card>
        </>
      )}
    </Stack>
  );
}
