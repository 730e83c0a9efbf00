import { Alert, Card, Checkbox, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PicturePreviewQuery } from '../../gql/graphql';
import { useDateFormat } from './PictureParts';

type Risk = PicturePreviewQuery['picturePreview']['differencingRisks'][number];

interface Props {
  risks: Risk[];
  threshold: number;
  comparedWithPublishedAt: string | null;
  confirmed: boolean;
  onConfirmedChange: (confirmed: boolean) => void;
  /** Set when the analyst tried to publish without confirming. */
  error: boolean;
}

/**
 * The figures whose change since the last snapshot could be one municipality's doing: the analyst
 * confirms them (they are sent along as acknowledged) or holds the publication.
 */
export function DifferencingCheck({
  risks,
  threshold,
  comparedWithPublishedAt,
  confirmed,
  onConfirmedChange,
  error,
}: Props) {
  const { t } = useTranslation('picture');
  const formatDate = useDateFormat();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="differencing-title">
      <Title order={2} size="h3" id="differencing-title" mb="sm">
        {t('publish.check.title')}
      </Title>
      {!comparedWithPublishedAt ? (
        <Text size="sm">{t('publish.check.noPrevious')}</Text>
      ) : risks.length === 0 ? (
        <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />}>
          {t('publish.check.none')}
        </Alert>
      ) : (
        <Stack gap="sm">
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            <Stack gap="xs">
              <Text size="sm">
                {t('publish.check.intro', { date: formatDate(comparedWithPublishedAt), k: threshold })}
              </Text>
              <List size="sm" spacing={4}>
                {risks.map((risk) => (
                  <List.Item key={`${risk.theme.id}:${risk.cell}`}>
                    {t(`publish.check.${risk.cell}`, { theme: risk.theme.title, count: risk.smallestChange })}
                  </List.Item>
                ))}
              </List>
              <Text size="sm">{t('publish.check.hold')}</Text>
            </Stack>
          </Alert>
          <Checkbox
            label={t('publish.check.confirm')}
            checked={confirmed}
            onChange={(event) => onConfirmedChange(event.currentTarget.checked)}
            error={error && !confirmed ? t('publish.check.confirmRequired') : undefined}
          />
        </Stack>
      )}
    </Card>
  );
}
