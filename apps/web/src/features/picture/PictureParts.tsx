import { Group, Text } from '@mantine/core';
import {
  IconArrowDownRight,
  IconArrowUpRight,
  IconEqual,
  IconMinus,
  IconQuestionMark,
  IconSparkles,
  type Icon,
} from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PictureLineFieldsFragment, PictureTrend } from '../../gql/graphql';
import type { Band } from './pictureLines';
import { dateTimeFormat } from '../../lib/dateFormat';

/** Dates of snapshots in the interface language; only the day matters to readers. */
export function useDateFormat(): (iso: string) => string {
  const { i18n } = useTranslation();
  const format = useMemo(() => dateTimeFormat(i18n.language, { dateStyle: 'long' }), [i18n.language]);
  return (iso) => format.format(new Date(iso));
}

/** "7", "minder dan 3", "meer dan 11": a band is always read as words, never as a number. */
export function useBandLabel(): (band: Band) => string {
  const { t } = useTranslation('picture');
  return (band) =>
    band.kind === 'EXACT'
      ? t('band.EXACT', { value: band.value ?? '' })
      : t(band.kind === 'FEWER_THAN' ? 'band.FEWER_THAN' : 'band.MORE_THAN', { bound: band.bound ?? '' });
}

const TREND_ICONS: Record<PictureTrend | 'none', Icon> = {
  UP: IconArrowUpRight,
  DOWN: IconArrowDownRight,
  SAME: IconEqual,
  UNKNOWN: IconQuestionMark,
  NEW: IconSparkles,
  none: IconMinus,
};

/** Icon plus text, so the trend never depends on recognising an icon or a colour. */
export function TrendText({ trend }: { trend: PictureTrend | null }) {
  const { t } = useTranslation('picture');
  const key = trend ?? 'none';
  const TrendIcon = TREND_ICONS[key];
  return (
    <Group gap={6} wrap="nowrap">
      <TrendIcon size={16} aria-hidden />
      <Text size="sm" span>
        {t(`trend.${key}`)}
      </Text>
    </Group>
  );
}

export const SHARE_KEYS = ['open', 'inProgress', 'done', 'notAdopted'] as const;

type FollowUp = PictureLineFieldsFragment['followUp'];

/** "25–50%": a share is only ever published as a band, never as a percentage. */
export function useShareLabel(): (band: FollowUp['open']) => string {
  const { t } = useTranslation('picture');
  return (band) => (band ? t('table.band', { from: band.from, to: band.to }) : '');
}

/** The follow-up distribution as one sentence, for places without room for four columns. */
export function FollowUpText({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation('picture');
  const shareLabel = useShareLabel();
  if (followUp.suppressed) {
    return <Text size="sm">{t('suppressed')}</Text>;
  }
  return (
    <Text size="sm">{SHARE_KEYS.map((key) => `${t(`table.${key}`)} ${shareLabel(followUp[key])}`).join(' · ')}</Text>
  );
}
