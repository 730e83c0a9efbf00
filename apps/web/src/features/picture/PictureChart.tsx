// Only the pages with charts load the chart library and its styles.
import '@mantine/charts/styles.css';
import { BarChart, type BarChartSeries } from '@mantine/charts';
import { Group, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { bandBounds, toChartRows, type ChartRow, type PictureData } from './pictureLines';

const ROW_HEIGHT = 36;
const EXACT_COLOR = 'var(--mantine-color-brand-7)';
const FEWER_COLOR = 'var(--mantine-color-gray-7)';
const MORE_COLOR = 'var(--mantine-color-blue-8)';

type SeriesName = keyof Omit<ChartRow, 'theme'>;

/** Hatched fills for bands: a bar that only shows a bound must not look like a count. */
function Patterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern id={`${prefix}-fewer`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="white" />
        <line x1="0" y1="0" x2="0" y2="6" stroke={FEWER_COLOR} strokeWidth="3" />
      </pattern>
      <pattern id={`${prefix}-more`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <rect width="6" height="6" fill="white" />
        <line x1="0" y1="0" x2="0" y2="6" stroke={MORE_COLOR} strokeWidth="3" />
      </pattern>
    </defs>
  );
}

function Swatch({ fill, stroke, dashed }: { fill: string; stroke: string; dashed?: boolean }) {
  return (
    <svg width="28" height="14" aria-hidden focusable="false">
      <rect
        x="1"
        y="1"
        width="26"
        height="12"
        fill={fill}
        stroke={stroke}
        strokeWidth="2"
        strokeDasharray={dashed ? '4 2' : undefined}
      />
    </svg>
  );
}

/** Horizontal bars of municipalities per theme; the table beside it carries the same figures for screen readers. */
export function PictureChart({ picture }: { picture: PictureData }) {
  const { t } = useTranslation('picture');
  // Several charts can be on one page (e.g. never, but cheap to guarantee): pattern ids must not collide.
  const prefix = `pattern${useId().replace(/:/g, '')}`;
  const bounds = bandBounds(picture.lines);
  const fills: Record<SeriesName, string> = {
    exact: EXACT_COLOR,
    fewerThan: `url(#${prefix}-fewer)`,
    moreThan: `url(#${prefix}-more)`,
  };
  const strokes: Record<SeriesName, string> = { exact: EXACT_COLOR, fewerThan: FEWER_COLOR, moreThan: MORE_COLOR };
  const series: BarChartSeries[] = [
    { name: 'exact', color: 'brand.7' },
    { name: 'fewerThan', color: 'gray.7' },
    { name: 'moreThan', color: 'blue.8' },
  ];
  const seriesName = (s: BarChartSeries) => s.name as SeriesName;

  return (
    <Stack gap="sm" component="figure" m={0} aria-labelledby={`${prefix}-caption`}>
      <Text component="figcaption" id={`${prefix}-caption`} size="sm" c="dimmed">
        {t('chart.description')}
      </Text>
      <div aria-hidden>
        <BarChart
          h={picture.lines.length * ROW_HEIGHT + 40}
          data={toChartRows(picture.lines)}
          dataKey="theme"
          orientation="vertical"
          type="stacked"
          series={series}
          withTooltip={false}
          accessibilityLayer={false}
          gridAxis="x"
          xAxisProps={{ domain: [0, picture.municipalityCount], allowDecimals: false }}
          yAxisProps={{ width: 280 }}
          barProps={(s) => ({
            fill: fills[seriesName(s)],
            stroke: strokes[seriesName(s)],
            strokeOpacity: 1,
            strokeWidth: 2,
            strokeDasharray: seriesName(s) === 'exact' ? undefined : '4 2',
          })}
          withBarValueLabel
          valueLabelProps={(s) => ({
            // Read each label from its own series in the row: recharts would otherwise label a stacked
            // series without a value with the stack's running total (a "minder dan 0" on a "meer dan" bar).
            dataKey: seriesName(s),
            // The rows hold counts, or nothing where a series has no bar.
            formatter: (value: unknown) =>
              typeof value !== 'number'
                ? ''
                : seriesName(s) === 'exact'
                  ? String(value)
                  : `${t(seriesName(s) === 'fewerThan' ? 'chart.fewerThanShort' : 'chart.moreThanShort')} ${String(value)}`,
          })}
        >
          <Patterns prefix={prefix} />
        </BarChart>
      </div>
      <Group gap="lg" aria-label={t('chart.legend')} role="list">
        <Group gap={6} role="listitem" wrap="nowrap">
          <Swatch fill={EXACT_COLOR} stroke={EXACT_COLOR} />
          <Text size="sm">{t('chart.exact')}</Text>
        </Group>
        {bounds.fewerThan !== null && (
          <Group gap={6} role="listitem" wrap="nowrap">
            <Swatch fill={fills.fewerThan} stroke={FEWER_COLOR} dashed />
            <Text size="sm">{t('chart.fewerThan', { bound: bounds.fewerThan })}</Text>
          </Group>
        )}
        {bounds.moreThan !== null && (
          <Group gap={6} role="listitem" wrap="nowrap">
            <Swatch fill={fills.moreThan} stroke={MORE_COLOR} dashed />
            <Text size="sm">{t('chart.moreThan', { bound: bounds.moreThan })}</Text>
          </Group>
        )}
      </Group>
    </Stack>
  );
}
