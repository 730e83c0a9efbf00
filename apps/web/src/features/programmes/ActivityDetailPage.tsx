import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconArrowLeft, IconCalendarPlus, IconPencil } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { ActivityDocument, type PlannedSessionFieldsFragment } from '../../gql/graphql';
import { toApiProblem } from '../../lib/errors';
import { PATHS } from '../../lib/navigation';
import { QuestionSetCard } from '../evaluations/QuestionSetCard';
import { ActivityFormModal } from './ActivityFormModal';
import { plannedLabel } from './labels';
import { PlannedSessionsTable } from './PlannedSessionsTable';
import { SessionEditModal } from './SessionEditModal';
import { useCancelSession } from './useCancelSession';
import { AppBadge } from '../../components/AppBadge';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text component="dt" fw={700} size="sm">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

export function ActivityDetailPage() {
  const { t } = useTranslation('programmes');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(ActivityDocument, { variables: { id } });
  const [editing, setEditing] = useState(false);
  const [editingSession, setEditingSession] = useState<PlannedSessionFieldsFragment | null>(null);
  const reload = useCallback(() => void refetch(), [refetch]);
  const cancelSession = useCancelSession(reload);
  const activity = data?.activity;

  if (error || !activity) {
    return (
      <Stack gap="lg" aria-busy={!error}>
        <Anchor component={Link} to={PATHS.programmes} size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={16} aria-hidden />
            {t('detail.back')}
          </Group>
        </Anchor>
        {error ? (
          <>
            <PageHeader title={t('title')} />
            {toApiProblem(error).code === 'NOT_FOUND' ? (
              <Text>{t('activity.notFound')}</Text>
            ) : (
              <QueryError error={error} onRetry={reload} />
            )}
          </>
        ) : (
          <>
            <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
            <Skeleton height={40} width="60%" />
            <Skeleton height={200} />
          </>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={generatePath(PATHS.programme, { id: activity.programme.id })} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('activity.back', { programme: activity.programme.name })}
        </Group>
      </Anchor>
      <PageHeader
        title={activity.title}
        actions={
          activity.viewerCan.edit && (
            <Button
              variant="default"
              leftSection={<IconPencil size={18} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              {t('activity.edit')}
            </Button>
          )
        }
      />
      <Card withBorder padding="lg">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="lg" component="dl" m={0}>
          <Fact label={t('activity.format')}>{t(`format.${activity.format}`)}</Fact>
          <Fact label={t('activity.planned')}>{plannedLabel(t, activity.plannedYear, activity.plannedQuarter)}</Fact>
          <Fact label={t('activity.owner')}>{activity.owner?.name ?? '–'}</Fact>
          <Fact label={t('activity.audiences')}>
            {activity.targetAudiences.length === 0
              ? t('activity.noAudiences')
              : activity.targetAudiences.map((a) => t(`audience.${a}`)).join(', ')}
          </Fact>
        </SimpleGrid>
        <Title order={2} size="h4" mt="lg" mb={4}>
          {t('activity.themes')}
        </Title>
        <Group gap="xs">
          {activity.themes.map((theme) => (
            <AppBadge
              key={theme.id}
              component={Link}
              to={generatePath(PATHS.theme, { id: theme.id })}
              variant="outline"
              tone="neutral"
              tt="none"
              fw={500}
              style={{ cursor: 'pointer' }}
            >
              {theme.title}
            </AppBadge>
          ))}
        </Group>
        <Title order={2} size="h4" mt="lg" mb={4}>
          {t('activity.description')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{activity.description || t('activity.noDescription')}</Text>
        <Title order={2} size="h4" mt="lg" mb={4}>
          {t('activity.learningGoals')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{activity.learningGoals || t('activity.noLearningGoals')}</Text>
      </Card>
      <Card withBorder padding="lg" component="section" aria-labelledby="activity-sessions">
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={2} size="h3" id="activity-sessions">
              {t('activity.sessions')}
            </Title>
            {activity.viewerCan.edit && (
              <Button
                component={Link}
                to={generatePath(PATHS.activityPlan, { id: activity.id })}
                leftSection={<IconCalendarPlus size={18} aria-hidden />}
              >
                {t('activity.planSessions')}
              </Button>
            )}
          </Group>
          {activity.sessions.length === 0 ? (
            <Text>{t('activity.noSessions')}</Text>
          ) : (
            <PlannedSessionsTable sessions={activity.sessions} onEdit={setEditingSession} onCancel={cancelSession} />
          )}
        </Stack>
      </Card>
      <QuestionSetCard activityId={activity.id} />
      {editing && (
        <ActivityFormModal
          programme={activity.programme}
          activity={activity}
          onClose={() => setEditing(false)}
          onSaved={reload}
        />
      )}
      {editingSession && (
        <SessionEditModal activityId={activity.id} session={editingSession} onClose={() => setEditingSession(null)} />
      )}
    </Stack>
  );
}
