import { List, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecommendationDetailFieldsFragment } from '../../gql/graphql';

export function StatusHistory({ history }: { history: RecommendationDetailFieldsFragment['statusHistory'] }) {
  const { t, i18n } = useTranslation('recommendations');
  const format = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }),
    [i18n.language],
  );
  if (history.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('detail.noHistory')}
      </Text>
    );
  }
  return (
    <List spacing="xs" size="sm" aria-label={t('detail.history')}>
      {history.map((change) => (
        <List.Item key={`${change.changedAt}-${change.toStatus}`}>
          <Text size="sm" span fw={500}>
            {t('detail.historyItem', { from: t(`status.${change.fromStatus}`), to: t(`status.${change.toStatus}`) })}
          </Text>{' '}
          <Text size="sm" span c="dimmed">
            {format.format(new Date(change.changedAt))}
            {change.changedBy && ` · ${t('detail.changedBy', { name: change.changedBy.name })}`}
          </Text>
          {change.reason && (
            <Text size="sm" c="dimmed">
              {t('detail.reasonGiven', { reason: change.reason })}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
