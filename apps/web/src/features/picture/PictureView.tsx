import { minimumRecommendationsForShares } from '@rode-draad/shared';
import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LearningEffectSection } from './learning-effect/LearningEffectSection';
import { PictureChart } from './PictureChart';
import type { PictureData } from './pictureLines';
import { PictureTable } from './PictureTable';

/** The same chart, table and disclosure explanation for published snapshots and the live preview. */
export function PictureView({ picture }: { picture: PictureData }) {
  const { t } = useTranslation('picture');
  const k = picture.threshold;
  const n = picture.municipalityCount;
  return (
    <Stack gap="lg">
      <Alert variant="light" color="blue" icon={<IconShieldLock aria-hidden />}>
        {t('disclosure', { n, k, upper: n - k, minimum: minimumRecommendationsForShares(k) })}
        {picture.contributingCount !== null && <> {t('consent.contributing', { count: picture.contributingCount })}</>}
      </Alert>
      {picture.lines.length === 0 ? (
        <Text>{t('noLines')}</Text>
      ) : (
        <>
          <Card withBorder padding="lg">
            <Title order={2} size="h3" mb="sm">
              {t('chart.title')}
            </Title>
            <PictureChart picture={picture} />
          </Card>
          <Card withBorder padding="lg">
            <PictureTable picture={picture} />
          </Card>
          <LearningEffectSection picture={picture} />
        </>
      )}
    </Stack>
  );
}
