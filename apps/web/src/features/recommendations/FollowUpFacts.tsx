import { Group, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FollowUpStatus } from '../../gql/graphql';
import { Fact } from './Fact';
import { formatLocalDate } from './followUp';
import { OverdueBadge, StatusBadge } from './RecommendationBadges';

interface Props {
  rec: {
    status: FollowUpStatus;
    owner?: { name: string } | null;
    dueDate?: string | null;
    overdue: boolean;
    statusReason?: string | null;
  };
  cols: number;
}

/** Where the follow-up stands: status, owner, due date (overdue marked) and the reason when not adopted. */
export function FollowUpFacts({ rec, cols }: Props) {
  const { t, i18n } = useTranslation('recommendations');
  return (
    <SimpleGrid cols={cols} component="dl" spacing="sm" m={0}>
      <Fact label={t('columns.STATUS')}>
        <StatusBadge status={rec.status} />
      </Fact>
      <Fact label={t('columns.owner')}>{rec.owner?.name ?? t('detail.noOwner')}</Fact>
      <Fact label={t('columns.dueDate')}>
        <Group gap="xs" component="span">
          {rec.dueDate ? formatLocalDate(rec.dueDate, i18n.language) : t('detail.noDueDate')}
          {rec.overdue && <OverdueBadge />}
        </Group>
      </Fact>
      {rec.statusReason && <Fact label={t('detail.statusReason')}>{rec.statusReason}</Fact>}
    </SimpleGrid>
  );
}
