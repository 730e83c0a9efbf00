import { Anchor, Group, Stack, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import type { RoadmapQuery } from '../../gql/graphql';
import { PATHS } from '../../lib/navigation';
import classes from './RoadmapTable.module.css';
import { AppBadge } from '../../components/AppBadge';

type Roadmap = RoadmapQuery['roadmap'];
type Row = Roadmap['rows'][number];
type Theme = Row['theme'];
type Period = Roadmap['periods'][number];
/** One theme in one period, from the row's count lists. */
interface Cell {
  activityCount: number;
  sessionCount: number;
  trackCount: number;
}

/** A cell the viewer opened: which theme and period, and how it is labelled in the table. */
export interface OpenedCell {
  theme: Theme;
  year: number;
  quarter: number | null;
  periodLabel: string;
}

const columnKey = (period: Period) => `${period.year}-${period.quarter ?? 'x'}`;

/**
 * The columns, each with its index in the rows' count lists: every year, or every quarter plus, per
 * year, a column for activities planned in the year without a quarter when any theme has one (an
 * always-empty column would only add noise).
 */
function columnsOf(roadmap: Roadmap): (Period & { index: number })[] {
  return roadmap.periods
    .map((period, index) => ({ ...period, index }))
    .filter(
      (period) =>
        !roadmap.byQuarter ||
        period.quarter !== null ||
        roadmap.rows.some((row) => (row.activityCounts[period.index] ?? 0) > 0),
    );
}

const cellOf = (row: Row, index: number): Cell | undefined =>
  index < row.activityCounts.length
    ? {
        activityCount: row.activityCounts[index]!,
        sessionCount: row.sessionCounts[index]!,
        trackCount: row.trackCounts[index]!,
      }
    : undefined;

export function RoadmapTable({
  roadmap,
  programmeName,
  opened,
  onOpen,
}: {
  roadmap: Roadmap;
  programmeName: string;
  /** The cell whose activities are shown, to mark its button expanded. */
  opened: OpenedCell | null;
  onOpen: (cell: OpenedCell) => void;
}) {
  const { t } = useTranslation('roadmap');
  const columns = columnsOf(roadmap);
  const columnLabel = (c: Period) =>
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
          {roadmap.rows.map((row) => (
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
                const cell = cellOf(row, c.index);
                const gap = row.gapYears.includes(c.year) && (!roadmap.byQuarter || c.quarter !== null);
                return (
                  <Table.Td key={columnKey(c)} className={gap ? classes.gap : undefined}>
                    <RoadmapCellContent
                      cell={cell}
                      gap={gap}
                      period={columnLabel(c)}
                      theme={row.theme}
                      expanded={
                        opened?.theme.id === row.theme.id && opened.year === c.year && opened.quarter === c.quarter
                      }
                      onOpen={() =>
                        onOpen({ theme: row.theme, year: c.year, quarter: c.quarter, periodLabel: columnLabel(c) })
                      }
                    />
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * A cell as counts; when something is planned, the counts are a button that opens the cell's
 * activities and tracks (loaded only then, see RoadmapCellDrawer).
 */
function RoadmapCellContent({
  cell,
  gap,
  period,
  theme,
  expanded,
  onOpen,
}: {
  cell: Cell | undefined;
  gap: boolean;
  period: string;
  theme: Theme;
  expanded: boolean;
  onOpen: () => void;
}) {
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
    <UnstyledButton onClick={onOpen} aria-haspopup="dialog" aria-expanded={expanded} className={classes.cellButton}>
      <Stack gap={2} component="span">
        {cell.activityCount > 0 && (
          <Text component="span" display="block" size="sm" fw={600} c="var(--mantine-color-anchor)" td="underline">
            {t('activities', { count: cell.activityCount })}
          </Text>
        )}
        {cell.activityCount > 0 && (
          <Text component="span" display="block" size="xs" c="dimmed">
            {t('sessions', { count: cell.sessionCount })}
          </Text>
        )}
        {cell.trackCount > 0 && (
          <Text component="span" display="block" size="sm" fw={cell.activityCount > 0 ? undefined : 600}>
            {t('tracks', { count: cell.trackCount })}
          </Text>
        )}
      </Stack>
      <VisuallyHidden component="span">{t('openCell', { theme: theme.title, period })}</VisuallyHidden>
    </UnstyledButton>
  );
}
