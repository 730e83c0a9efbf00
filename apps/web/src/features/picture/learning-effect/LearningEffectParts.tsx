import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PictureLineFieldsFragment } from '../../../gql/graphql';
import type { Band } from '../pictureLines';
import { useBandLabel } from '../PictureParts';

export type Effect = PictureLineFieldsFragment['learningEffect'];
type Progress = NonNullable<Effect>['tookPartProgress'];

/** The two sides of a comparison that is shown; null when suppressed (or not computed). */
export function sidesOf(effect: Effect): { municipalities: Band; progress: Progress }[] | null {
  if (!effect || effect.suppressed || !effect.tookPartMunicipalities || !effect.didNotMunicipalities) {
    return null;
  }
  return [
    { municipalities: effect.tookPartMunicipalities, progress: effect.tookPartProgress },
    { municipalities: effect.didNotMunicipalities, progress: effect.didNotProgress },
  ];
}

/**
 * A progress band drawn as a segment on a 0–100 % track. Decorative (the label next to it says the
 * same in words): it shows the band's whole width, so it never suggests a more exact figure.
 */
function BandBar({ band }: { band: NonNullable<Progress> }) {
  return (
    <Box
      aria-hidden
      pos="relative"
      w={96}
      h={10}
      bg="gray.2"
      style={{ borderRadius: 4, flexShrink: 0 }}
      data-testid="progress-band-bar"
    >
      <Box
        pos="absolute"
        top={0}
        bottom={0}
        left={`${band.from}%`}
        w={`${band.to - band.from}%`}
        bg="teal.6"
        style={{ borderRadius: 4 }}
      />
    </Box>
  );
}

/** "50–75% done or in progress" with its bar, or why it is not shown. */
export function ProgressText({ progress }: { progress: Progress }) {
  const { t } = useTranslation('learningEffect');
  if (!progress) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {t('table.progressHidden')}
      </Text>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap">
      <BandBar band={progress} />
      <Text size="sm" span>
        {t('table.progressBand', { from: progress.from, to: progress.to })}
      </Text>
    </Group>
  );
}

/** The comparison in one or two sentences, for the theme page. */
export function LearningEffectSummary({ effect }: { effect: Effect }) {
  const { t } = useTranslation('learningEffect');
  const bandLabel = useBandLabel();
  const sides = sidesOf(effect);
  if (!sides) {
    return <Text size="sm">{effect ? t('suppressed') : t('notComputed')}</Text>;
  }
  const [tookPart, didNot] = sides as [(typeof sides)[number], (typeof sides)[number]];
  const side = (label: string, s: (typeof sides)[number]) =>
    t('summary.side', {
      label,
      municipalities: bandLabel(s.municipalities),
      progress: s.progress
        ? t('table.progressBand', { from: s.progress.from, to: s.progress.to })
        : t('table.progressHidden'),
    });
  return (
    <>
      <Text size="sm">{side(t('summary.tookPart'), tookPart)}</Text>
      <Text size="sm">{side(t('summary.didNot'), didNot)}</Text>
    </>
  );
}
