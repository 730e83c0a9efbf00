import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Card, Group, Skeleton, Stack, Switch, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { UnansweredAdvice } from '../regional-advice/UnansweredAdvice';
import { QueryError } from '../../components/PageState';
import { RoadmapDocument } from '../../gql/graphql';
import { ProgrammeSelect } from '../programmes/ProgrammeSelect';
import { useProgrammeChoice } from '../programmes/useProgrammeChoice';
import { RoadmapCellDrawer } from './RoadmapCellDrawer';
import { RoadmapTable, type OpenedCell } from './RoadmapTable';

/** Themes × years (or quarters) of a programme, with the gaps; everyone may read it. */
export function RoadmapPage() {
  const { t } = useTranslation('roadmap');
  const { t: tc } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const byQuarter = searchParams.get('quarters') === '1';
  const choice = useProgrammeChoice();
  const { data, previousData, loading, error, refetch } = useQuery(RoadmapDocument, {
    variables: { programmeId: choice.chosen?.id ?? '', byQuarter },
    skip: !choice.chosen,
  });
  const roadmap = (data ?? previousData)?.roadmap;
  // The opened cell belongs to one programme and one view: switching either closes it.
  const [openedIn, setOpenedIn] = useState<{ cell: OpenedCell; programmeId: string; byQuarter: boolean } | null>(null);
  const opened =
    openedIn && openedIn.programmeId === choice.chosen?.id && openedIn.byQuarter === byQuarter ? openedIn.cell : null;

  const setByQuarter = (value: boolean) => {
    const next = new URLSearchParams(searchParams);
    if (value) {
      next.set('quarters', '1');
    } else {
      next.delete('quarters');
    }
    setSearchParams(next, { replace: true });
  };

  const loader = (
    <Stack gap="xs" aria-busy="true">
      <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
      <Skeleton height={240} />
    </Stack>
  );

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('intro')} />
      <UnansweredAdvice />
      {choice.error ? (
        <QueryError error={choice.error} onRetry={() => void choice.refetch()} />
      ) : !choice.programmes ? (
        loader
      ) : !choice.chosen ? (
        <Text>{t('empty')}</Text>
      ) : (
        <Card withBorder padding="lg">
          <Stack gap="md">
            <Group align="flex-end" gap="lg">
              <ProgrammeSelect
                programmes={choice.programmes}
                value={choice.chosen.id}
                onChange={choice.choose}
                label={t('programme')}
              />
              <Switch
                label={t('byQuarter')}
                checked={byQuarter}
                onChange={(event) => setByQuarter(event.currentTarget.checked)}
                mb={8}
              />
            </Group>
            <Text size="sm" c="dimmed">
              {t('legend')}
            </Text>
            {error ? (
              <QueryError error={error} onRetry={() => void refetch()} />
            ) : !roadmap ? (
              loader
            ) : roadmap.rows.length === 0 ? (
              <Text>{t('noThemes')}</Text>
            ) : (
              <div aria-busy={loading}>
                <RoadmapTable
                  roadmap={roadmap}
                  programmeName={choice.chosen.name}
                  opened={opened}
                  onOpen={(cell) => setOpenedIn({ cell, programmeId: choice.chosen!.id, byQuarter })}
                />
                <RoadmapCellDrawer
                  programmeId={choice.chosen.id}
                  byQuarter={byQuarter}
                  cell={opened}
                  onClose={() => setOpenedIn(null)}
                />
              </div>
            )}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
