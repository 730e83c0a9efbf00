import { useQuery } from '@apollo/client/react';
import { Alert, List, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconInfoTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { OverlappingSessionsDocument } from '../../gql/graphql';
import { formatAmsterdamRange } from '../../lib/amsterdamTime';
import { rowTimes, type SessionRowValues } from './sessionForm';

interface Props {
  activityId: string;
  row: SessionRowValues;
  excludeSessionId?: string;
}

/** Sessions at the same time for the same audience: a warning while planning, never a reason to refuse. */
export function OverlapWarning({ activityId, row, excludeSessionId }: Props) {
  const { t, i18n } = useTranslation('programmes');
  const current = rowTimes(row);
  // Debounce a string, not a fresh object per render, so typing settles before asking.
  const [key] = useDebouncedValue(current ? `${current.startsAt}|${current.endsAt}` : '', 400);
  const [startsAt = '', endsAt = ''] = key.split('|');
  const { data } = useQuery(OverlappingSessionsDocument, {
    variables: { input: { activityId, startsAt, endsAt, excludeSessionId } },
    skip: !key,
  });
  const times = current && key ? current : null;
  const overlaps = times ? (data?.overlappingSessions ?? []) : [];
  if (overlaps.length === 0) {
    return null;
  }
  return (
    <Alert
      color="yellow.8"
      variant="light"
      icon={<IconInfoTriangle aria-hidden />}
      title={t('overlap.title')}
      role="status"
    >
      <List size="sm" spacing={2}>
        {overlaps.map(({ session, sharedAudiences }) => (
          <List.Item key={session.id}>
            {t('overlap.item', {
              activity: session.activity.title,
              when: formatAmsterdamRange(session.startsAt, session.endsAt, i18n.language),
              audiences: sharedAudiences.map((a) => t(`audience.${a}`)).join(', '),
            })}
          </List.Item>
        ))}
      </List>
      <Text size="xs" mt={4}>
        {t('overlap.hint')}
      </Text>
    </Alert>
  );
}
