import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconArrowLeft, IconPencil, IconRoute, IconTools } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { ProgrammeDocument } from '../../gql/graphql';
import { toApiProblem } from '../../lib/errors';
import { PATHS } from '../../lib/navigation';
import { ProgrammeActivities } from './ProgrammeActivities';
import { ProgrammeFormModal } from './ProgrammeFormModal';
import { AppBadge } from '../../components/AppBadge';

export function ProgrammeDetailPage() {
  const { t } = useTranslation('programmes');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(ProgrammeDocument, { variables: { id } });
  const [editing, setEditing] = useState(false);
  const programme = data?.programme;

  const back = (
    <Anchor component={Link} to={PATHS.programmes} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('detail.back')}
      </Group>
    </Anchor>
  );

  if (error) {
    return (
      <Stack gap="lg">
        {back}
        <PageHeader title={t('title')} />
        {toApiProblem(error).code === 'NOT_FOUND' ? (
          <Text>{t('detail.notFound')}</Text>
        ) : (
          <QueryError error={error} onRetry={() => void refetch()} />
        )}
      </Stack>
    );
  }
  if (!programme) {
    return (
      <Stack gap="md" aria-busy="true">
        {back}
        <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
        <Skeleton height={40} width="60%" />
        <Skeleton height={160} />
      </Stack>
    );
  }
  const programmeQuery = `?programme=${encodeURIComponent(programme.id)}`;

  return (
    <Stack gap="lg">
      {back}
      <PageHeader
        title={programme.name}
        actions={
          <Group gap="sm">
            <Button
              component={Link}
              to={PATHS.roadmap + programmeQuery}
              variant="default"
              leftSection={<IconRoute size={18} aria-hidden />}
            >
              {t('detail.toRoadmap')}
            </Button>
            {programme.viewerCan.edit && (
              <>
                <Button
                  component={Link}
                  to={PATHS.programmeBuilder + programmeQuery}
                  variant="default"
                  leftSection={<IconTools size={18} aria-hidden />}
                >
                  {t('detail.toBuilder')}
                </Button>
                <Button
                  variant="default"
                  leftSection={<IconPencil size={18} aria-hidden />}
                  onClick={() => setEditing(true)}
                >
                  {t('detail.edit')}
                </Button>
              </>
            )}
          </Group>
        }
      />
      <Card withBorder padding="lg">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg" component="dl" m={0}>
          <div>
            <Text component="dt" fw={700} size="sm">
              {t('detail.period')}
            </Text>
            <Text component="dd" m={0}>
              {t('period', { start: programme.startYear, end: programme.endYear })}
            </Text>
          </div>
          <div>
            <Text component="dt" fw={700} size="sm">
              {t('detail.status')}
            </Text>
            <Text component="dd" m={0}>
              <AppBadge variant="default">{t(`status.${programme.status}`)}</AppBadge>
            </Text>
          </div>
          <div>
            <Text component="dt" fw={700} size="sm">
              {t('programmeForm.defaultSessionStatus')}
            </Text>
            <Text component="dd" m={0}>
              {t(`sessionStatus.${programme.defaultSessionStatus}`)}
            </Text>
          </div>
        </SimpleGrid>
        <Title order={2} size="h4" mt="lg" mb={4}>
          {t('detail.goals')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{programme.goals || t('detail.noGoals')}</Text>
      </Card>
      <ProgrammeActivities programme={programme} />
      {editing && (
        <ProgrammeFormModal programme={programme} onClose={() => setEditing(false)} onSaved={() => void refetch()} />
      )}
    </Stack>
  );
}
