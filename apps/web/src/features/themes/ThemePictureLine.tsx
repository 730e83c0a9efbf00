import { useQuery } from '@apollo/client/react';
import { Anchor, Card, SimpleGrid, Skeleton, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../components/PageState';
import { ThemePictureLineDocument } from '../../gql/graphql';
import { PATHS } from '../../lib/navigation';
import { LearningEffectSummary } from '../picture/learning-effect/LearningEffectParts';
import { FollowUpText, TrendText, useBandLabel, useDateFormat } from '../picture/PictureParts';

/** The theme's line in the latest published picture: the same disclosure-controlled figures, never live ones. */
export function ThemePictureLine({ themeId }: { themeId: string }) {
  const { t } = useTranslation('themes');
  const bandLabel = useBandLabel();
  const formatDate = useDateFormat();
  const { data, error, refetch } = useQuery(ThemePictureLineDocument, { variables: { themeId } });
  const line = data?.themePictureLine;
  const published = data?.latestPicture;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="theme-picture-line">
      <Title order={2} size="h3" id="theme-picture-line" mb="xs">
        {t('detail.pictureTitle')}
      </Title>
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Skeleton height={60} aria-hidden />
      ) : !line || !published ? (
        <Text>{t('detail.notInPicture')}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="md">
            {t('detail.pictureIntro', { date: formatDate(published.publishedAt) })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg" component="dl" m={0}>
            <div>
              <Text component="dt" fw={700} size="sm">
                {t('detail.municipalities')}
              </Text>
              <Text component="dd" m={0}>
                {bandLabel(line.municipalities)}
              </Text>
            </div>
            <div>
              <Text component="dt" fw={700} size="sm">
                {t('detail.followUp')}
              </Text>
              <Text component="dd" m={0}>
                <FollowUpText followUp={line.followUp} />
              </Text>
            </div>
            <div>
              <Text component="dt" fw={700} size="sm">
                {t('detail.trend')}
              </Text>
              <Text component="dd" m={0}>
                <TrendText trend={line.trend} />
              </Text>
            </div>
          </SimpleGrid>
          <Text fw={700} size="sm" mt="md">
            {t('detail.learningEffect')}
          </Text>
          <LearningEffectSummary effect={line.learningEffect} />
          <Anchor component={Link} to={PATHS.picture} size="sm" mt="md" display="inline-block">
            {t('detail.toPicture')}
          </Anchor>
        </>
      )}
    </Card>
  );
}
