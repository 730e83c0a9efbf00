import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconArrowLeft, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { ActivityDocument, PlanSessionsDocument } from '../../gql/graphql';
import { PATHS } from '../../lib/navigation';
import { notify } from '../../lib/notify';
import { useRevalidateOnLanguageChange } from '../../lib/useRevalidateOnLanguageChange';
import { OverlapWarning } from './OverlapWarning';
import { showSessionSaveError } from './sessionErrors';
import { RepeatPlanForm } from './RepeatPlanForm';
import { SameAsPreviousButton } from './SameAsPreviousButton';
import { carriedFromSession, sameAsPrevious } from './seriesForm';
import { emptyRow, nextRow, toSessionInput } from './sessionForm';
import { validateSessions } from './sessionFormValidate';
import { SessionRowFields, type SessionsFormValues } from './SessionRowFields';
import { usePlanningOptions } from './usePlanningOptions';

const SERIES_MAX = 50;

/** Plans one session or a whole series of an activity in one go; the API saves all or nothing. */
export function PlanSessionsPage() {
  const { t, i18n } = useTranslation('programmes');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(ActivityDocument, { variables: { id } });
  const options = usePlanningOptions();
  const [planSessions, planning] = useMutation(PlanSessionsDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const [mode, setMode] = useState<'dates' | 'repeat'>('dates');
  const form = useForm<SessionsFormValues>({
    mode: 'controlled',
    initialValues: { sessions: [emptyRow()] },
    validate: (values) => validateSessions(values, t),
  });
  useRevalidateOnLanguageChange(form);
  const activity = data?.activity;
  const activityPath = generatePath(PATHS.activity, { id });
  const defaultStatus = activity?.programme.defaultSessionStatus === 'OPEN' ? 'OPEN' : 'DRAFT';
  // New sessions start with the programme's default status, once it is known.
  useEffect(() => {
    if (activity && !form.isDirty()) {
      form.setValues({ sessions: [{ ...emptyRow(), status: defaultStatus }] });
      form.resetDirty();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per activity and setting
  }, [activity?.id, defaultStatus]);
  const planned = async (count: number) => {
    notify('success', t('plan.planned', { count }));
    await refetch();
    void navigate(activityPath);
  };

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const result = await planSessions({
        variables: { activityId: id, input: { sessions: values.sessions.map(toSessionInput) } },
      });
      await planned(result.data?.planSessions.length ?? values.sessions.length);
    } catch (saveError) {
      const outcome = showSessionSaveError(saveError, form, t, tc, i18n.language, values.sessions.length > 1);
      setProblem(outcome.kind === 'message' ? outcome.text : null);
    }
  });

  if (error || !activity) {
    return (
      <Stack gap="md" aria-busy={!error}>
        <PageHeader title={t('plan.title')} />
        {error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          <>
            <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
            <Skeleton height={240} />
          </>
        )}
      </Stack>
    );
  }
  const rows = form.values.sessions;
  const lastSession = carriedFromSession(activity.sessions);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={activityPath} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('plan.back', { title: activity.title })}
        </Group>
      </Anchor>
      <PageHeader title={t('plan.title')} description={activity.title} />
      <Text>{t('plan.intro')}</Text>
      {activity.viewerCan.edit && (
        <SegmentedControl
          value={mode}
          onChange={(value) => setMode(value === 'repeat' ? 'repeat' : 'dates')}
          data={[
            { value: 'dates', label: t('plan.modeDates') },
            { value: 'repeat', label: t('plan.modeRepeat') },
          ]}
          aria-label={t('plan.mode')}
          style={{ alignSelf: 'flex-start' }}
        />
      )}
      {!activity.viewerCan.edit ? (
        <Text>{t('plan.notAllowed')}</Text>
      ) : mode === 'repeat' ? (
        <RepeatPlanForm
          activityId={activity.id}
          initialRow={{ ...emptyRow(), status: defaultStatus }}
          previous={lastSession}
          options={options}
          backPath={activityPath}
          onPlanned={(count) => void planned(count)}
        />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="lg">
            {problem && (
              <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
                {problem}
              </Alert>
            )}
            {options.error && <QueryError error={options.error} onRetry={() => void options.refetch()} />}
            {rows.map((row, index) => (
              <Card
                key={form.key(`sessions.${index}`)}
                withBorder
                padding="lg"
                component="fieldset"
                aria-labelledby={`session-row-${index}`}
                m={0}
              >
                <Stack gap="md">
                  <Group justify="space-between">
                    <Title order={2} size="h4" id={`session-row-${index}`}>
                      {t('plan.row', { n: index + 1 })}
                    </Title>
                    <Group gap="xs">
                      <SameAsPreviousButton
                        previous={index > 0 ? rows[index - 1]! : lastSession}
                        rowLabel={t('plan.row', { n: index + 1 })}
                        onApply={(previous) => form.setFieldValue(`sessions.${index}`, sameAsPrevious(row, previous))}
                      />
                      {rows.length > 1 && (
                        <ActionIcon
                          variant="subtle"
                          color="red.9"
                          aria-label={t('plan.removeRow', { n: index + 1 })}
                          onClick={() => form.removeListItem('sessions', index)}
                        >
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      )}
                    </Group>
                  </Group>
                  <SessionRowFields form={form} index={index} options={options} />
                  <OverlapWarning activityId={activity.id} row={row} />
                </Stack>
              </Card>
            ))}
            <Group justify="space-between">
              <Button
                variant="default"
                leftSection={<IconPlus size={18} aria-hidden />}
                disabled={rows.length >= SERIES_MAX}
                onClick={() => form.insertListItem('sessions', nextRow(rows[rows.length - 1]))}
              >
                {t('plan.addRow')}
              </Button>
              <Group gap="sm">
                <Button component={Link} to={activityPath} variant="default">
                  {t('plan.cancel')}
                </Button>
                <Button type="submit" loading={planning.loading}>
                  {t('plan.submit', { count: rows.length })}
                </Button>
              </Group>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
