import { Anchor, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import type { ProgrammeActivitiesQuery } from '../../gql/graphql';
import { PATHS } from '../../lib/navigation';
import { plannedLabel } from './labels';

type Activity = ProgrammeActivitiesQuery['activities']['items'][number];

export function ActivitiesTable({ activities }: { activities: Activity[] }) {
  const { t } = useTranslation('programmes');
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <VisuallyHidden component="caption">{t('activities.caption')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.title')}</Table.Th>
            <Table.Th>{t('columns.themes')}</Table.Th>
            <Table.Th>{t('columns.format')}</Table.Th>
            <Table.Th>{t('columns.planned')}</Table.Th>
            <Table.Th>{t('columns.sessions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activities.map((activity) => (
            <Table.Tr key={activity.id}>
              <Table.Td>
                <Anchor component={Link} to={generatePath(PATHS.activity, { id: activity.id })} fw={500} size="sm">
                  {activity.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{activity.themes.map((theme) => theme.title).join(', ')}</Text>
              </Table.Td>
              <Table.Td>{t(`format.${activity.format}`)}</Table.Td>
              <Table.Td>{plannedLabel(t, activity.plannedYear, activity.plannedQuarter)}</Table.Td>
              <Table.Td>
                {t('sessionCount', { count: activity.sessions.filter((s) => s.status !== 'CANCELLED').length })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
