import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import type { RoadmapQuery } from '../../gql/graphql';
import { PATHS } from '../../lib/navigation';
import classes from './RoadmapTable.module.css';
import { AppBadge } from '../../components/AppBadge';

type Roadmap = RoadmapQuery['roadmap'];
type Cell = Roadmap['rows'][number]['cells'][number];

const columnKey = (cell: Pick<Cell, 'year' | 'quarter'>) => `${cell.year}-${cell.quarter ?? 'x'}`;

/**
 * The columns: every year, or every quarter plus, per year, a column for activities planned in the
 * year without a quarter when any theme has one (an always-empty column would only add noise).
 */
function columnsOf(roadmap: Roadmap): Pick<Cell, 'year' | 'quarter'>[] {
  const first = roadmap.rows[0]?.cells ?? [];
  return first.filter(
    (cell) =>
      !roadmap.byQuarter ||
      cell.quarter !== null ||
      roadmap.rows.some((row) =>
        row.cells.some((c) => c.year === cell.year && c.quarter === null && c.activityCount > 0),
      ),
  );
}

export function RoadmapTable({ roadmap, programmeName }: { roadmap: Roadmap; programmeName: string }) {
  const { t } = useTranslation('roadmap');
  const columns = columnsOf(roadmap);
  const columnLabel = (c: Pick<Cell, 'year' | 'quarter'>) =>
    !roadmap.byQuarter
      ? String(c.year)
      : c.quarter === null
        ? t('yearNoQuarter', { year: c.year })
        : t('quarter', { year: c.year, quarter: c.quarter });

  return (
    <Table.ScrollContainer minWidth={Math.max(640, 200 + columns.length * 150)}>
      <Table withTableBorder withColumnBorders verticalSpacing="sm" className={classes.table}>
        <caption className={classes.caption}>
          {t('caption', { programme: programmeName, unit: t(roadmap.byQuarter ? 'unitQuarter' : 'unitYear') })}
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('theme')}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={columnKey(c)} scope="col">
                {columnLabel(c)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {roadmap.rows.map((row) => {
            const cells = new Map(row.cells.map((cell) => [columnKey(cell), cell]));
            return (
              <Table.Tr key={row.theme.id}>
                <Table.Th scope="row" className={classes.rowHeader}>
                  <Stack gap={2}>
                    <Anchor component={Link} to={generatePath(PATHS.theme, { id: row.theme.id })} size="sm" fw={600}>
                      {row.theme.title}
                    </Anchor>
                    <Group gap={4}>
                      {!row.theme.active && (
                        <AppBadge size="xs" variant="default">
                          {t('retired')}
                        </AppBadge>
                      )}
                      {row.gapYears.length > 0 && (
                        <Text size="xs" fw={400}>
                          {t('gapYears', { count: row.gapYears.length })}
                        </Text>
                      )}
                    </Group>
                  </Stack>
                </Table.Th>
                {columns.map((c) => {
                  const cell = cells.get(columnKey(c));
                  const gap = row.gapYears.includes(c.year) && (!roadmap.byQuarter || c.quarter !== null);
                  return (
                    <Table.Td key={columnKey(c)} className={gap ? classes.gap : undefined}>
                      <RoadmapCellContent cell={cell} gap={gap} />
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RoadmapCellContent({ cell, gap }: { cell: Cell | undefined; gap: boolean }) {
  const { t } = useTranslation('roadmap');
  if (gap) {
    return (
      <Group gap={4} wrap="nowrap">
        <IconAlertTriangle size={16} aria-hidden />
        <Text size="sm" fw={600}>
          {t('gap')}
        </Text>
      </Group>
    );
  }
  if (!cell || (cell.activityCount === 0 && cell.trackCount === 0)) {
    return (
      <Text size="sm" c="dimmed">
        {t('nothing')}
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {cell.activities.map((activity) => (
        <Anchor key={activity.id} component={Link} to={generatePath(PATHS.activity, { id: activity.id })} size="sm">
          {activity.title}
        </Anchor>
      ))}
      {cell.activityCount > 0 && (
        <Text size="xs" c="dimmed">
          {t('sessions', { count: cell.sessionCount })}
        </Text>
      )}
      {cell.tracks.map((track) => (
        <Text key={track.id} size="sm">
          {t('track', { title: track.title })}
        </Text>
      ))}
    </Stack>
  );
}
