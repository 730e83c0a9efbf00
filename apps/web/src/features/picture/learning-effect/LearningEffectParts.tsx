import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LearningEffectFieldsFragment, LearningSideFieldsFragment } from '../../../gql/graphql';
import { useBandLabel } from '../PictureParts';

type Progress = LearningSideFieldsFragment['progress'];

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
export function LearningEffectSummary({ effect }: { effect: LearningEffectFieldsFragment | null }) {
  const { t } = useTranslation('learningEffect');
  const bandLabel = useBandLabel();
  if (!effect) {
    return <Text size="sm">{t('notComputed')}</Text>;
  }
  if (effect.suppressed || !effect.tookPart || !effect.didNot) {
    return <Text size="sm">{t('suppressed')}</Text>;
  }
  const side = (label: string, s: LearningSideFieldsFragment) =>
    t('summary.side', {
      label,
      municipalities: bandLabel(s.municipalities),
      progress: s.progress
        ? t('table.progressBand', { from: s.progress.from, to: s.progress.to })
        : t('table.progressHidden'),
    });
  return (
    <>
      <Text size="sm">{side(t('summary.tookPart'), effect.tookPart)}</Text>
      <Text size="sm">{side(t('summary.didNot'), effect.didNot)}</Text>
    </>
  );
}
