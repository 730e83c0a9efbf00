import { Card, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * For the analyst's preview only: which municipalities' agreed outcomes feed the picture. Readers
 * of snapshots see at most how many, and only when that count passes the k rule.
 */
export function ContributingMunicipalities({
  municipalities,
  shown,
}: {
  municipalities: { id: string; name: string }[];
  shown: boolean;
}) {
  const { t } = useTranslation('picture');
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="contributing-title">
      <Title order={3} size="h4" id="contributing-title">
        {t('consent.title')}
      </Title>
      {municipalities.length === 0 ? (
        <Text size="sm">{t('consent.none')}</Text>
      ) : (
        <>
          <Text size="sm" data-testid="contributing-count">
            {t('consent.count', { count: municipalities.length })}
          </Text>
          {!shown && (
            <Text size="sm" c="dimmed">
              {t('consent.hidden')}
            </Text>
          )}
          <List size="sm" mt="xs">
            {municipalities.map((m) => (
              <List.Item key={m.id}>{m.name}</List.Item>
            ))}
          </List>
        </>
      )}
    </Card>
  );
}
