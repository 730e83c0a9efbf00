import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  Skeleton,
  Stack,
  Tabs,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListPagination } from '../../components/ListPagination';
import { ResponsiveTable, type ListColumn } from '../../components/ResponsiveTable';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { MyRegistrationsDocument, type MyRegistrationsQuery, type RegistrationPeriod } from '../../gql/graphql';
import { useFocusAfterChange } from '../../lib/focus';
import { pageWindow } from '../../lib/listParams';
import { PATHS, sessionPath } from '../../lib/navigation';
import { EvaluationPanel } from '../evaluations/EvaluationPanel';
import { RegistrationBadge } from '../sessions/SessionBadges';
import { sessionPlace } from '../sessions/SessionsTable';
import { useCancelRegistration } from '../sessions/useRegistrationActions';
import { useSessionFormat } from '../sessions/useSessionFormat';
import { AppBadge } from '../../components/AppBadge';

type Registration = MyRegistrationsQuery['myRegistrations']['items'][number];

/** Upcoming and past registrations of the viewer: cancel what is coming, evaluate what was attended. */
export function MyRegistrationsPage() {
  const { t } = useTranslation('myRegistrations');
  const { t: ts } = useTranslation('sessions');
  const { t: tc } = useTranslation();
  const format = useSessionFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const period: RegistrationPeriod = searchParams.get('period') === 'PAST' ? 'PAST' : 'UPCOMING';
  const includeCancelled = searchParams.get('cancelled') === '1';
  const pageNumber = Math.max(1, Number(searchParams.get('page')) || 1);
  const [evaluating, setEvaluating] = useState<Registration | null>(null);
  const cancel = useCancelRegistration();

  const update = (changes: { period?: RegistrationPeriod; includeCancelled?: boolean; page?: number }) => {
    const next = new URLSearchParams();
    const p = changes.period ?? period;
    const c = changes.includeCancelled ?? includeCancelled;
    if (p === 'PAST') {
      next.set('period', p);
    }
    if (c) {
      next.set('cancelled', '1');
    }
    if (changes.page && changes.page > 1) {
      next.set('page', String(changes.page));
    }
    setSearchParams(next, { replace: true });
  };

  const { data, previousData, loading, error, refetch } = useQuery(MyRegistrationsDocument, {
    variables: {
      filter: { period, includeCancelled },
      page: pageWindow(pageNumber),
    },
  });
  const page = data?.myRegistrations ?? previousData?.myRegistrations;
  // A cancelled registration leaves the list with its button: focus goes to the updated count.
  const count = useRef<HTMLParagraphElement>(null);
  useFocusAfterChange(page?.total, count);

  const columns: ListColumn<Registration>[] = [
    {
      id: 'when',
      label: t('columns.when'),
      cell: ({ session }) => (
        <>
          <Text size="sm" fw={500}>
            {format.date(session.startsAt)}
          </Text>
          <Text size="sm" c="dimmed">
            {format.timeRange(session.startsAt, session.endsAt)}
          </Text>
        </>
      ),
    },
    {
      id: 'activity',
      label: t('columns.activity'),
      cell: ({ session }) => (
        <>
          <Anchor component={Link} to={sessionPath(session.id)} fw={500} size="sm">
            {session.activity.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {ts(`formats.${session.activity.format}`)}
          </Text>
        </>
      ),
    },
    { id: 'place', label: t('columns.place'), cell: ({ session }) => sessionPlace(session, ts('online')) },
    {
      id: 'status',
      label: t('columns.status'),
      cell: (registration) => (
        <Group gap={4}>
          <RegistrationBadge status={registration.status} waitlistPosition={registration.waitlistPosition} />
          {registration.session.status === 'CANCELLED' && (
            <AppBadge tone="danger" variant="outline">
              {ts('status.CANCELLED')}
            </AppBadge>
          )}
          {period === 'PAST' && registration.attended !== null && (
            <AppBadge tone="neutral" variant="outline">
              {t(registration.attended ? 'attended' : 'notAttended')}
            </AppBadge>
          )}
        </Group>
      ),
    },
    {
      id: 'actions',
      label: t('columns.actions'),
      actions: true,
      cell: (registration) => {
        const { session } = registration;
        return (
          <>
            {registration.viewerCan.cancel && (
              <Button
                size="xs"
                variant="default"
                aria-label={t('cancelFor', { title: session.activity.title })}
                onClick={() =>
                  cancel({
                    registrationId: registration.id,
                    status: registration.status,
                    title: session.activity.title,
                    waitlistLength: session.waitlistLength,
                  })
                }
              >
                {t('cancel')}
              </Button>
            )}
            {registration.viewerCan.evaluate && (
              <Button
                size="xs"
                aria-label={t('evaluateFor', { title: session.activity.title })}
                onClick={() => setEvaluating(registration)}
              >
                {t('evaluate')}
              </Button>
            )}
          </>
        );
      },
    },
  ];

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('intro')} />
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Tabs value={period} onChange={(value) => update({ period: value === 'PAST' ? 'PAST' : 'UPCOMING' })}>
            <Tabs.List aria-label={t('tabs.label')}>
              <Tabs.Tab value="UPCOMING">{t('tabs.UPCOMING')}</Tabs.Tab>
              <Tabs.Tab value="PAST">{t('tabs.PAST')}</Tabs.Tab>
            </Tabs.List>
          </Tabs>
          <Checkbox
            label={t('includeCancelled')}
            checked={includeCancelled}
            onChange={(event) => update({ includeCancelled: event.currentTarget.checked })}
          />
          {error ? (
            <QueryError error={error} onRetry={() => void refetch()} />
          ) : !page ? (
            <Stack gap="xs" aria-busy="true">
              <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
              {Array.from({ length: 4 }, (_, i) => (
                <Skeleton key={i} height={36} />
              ))}
            </Stack>
          ) : (
            <Stack gap="md" aria-busy={loading}>
              <Text ref={count} tabIndex={-1} size="sm" c="dimmed" role="status">
                {t('total', { count: page.total })}
              </Text>
              {page.items.length === 0 ? (
                <Stack align="flex-start" gap="xs" py="lg">
                  <Text>{t(period === 'PAST' ? 'emptyPast' : 'emptyUpcoming')}</Text>
                  <Button component={Link} to={PATHS.sessions} variant="default" size="xs">
                    {t('toSessions')}
                  </Button>
                </Stack>
              ) : (
                <ResponsiveTable
                  rows={page.items}
                  columns={columns}
                  rowKey={(registration) => registration.id}
                  caption={t('caption')}
                  titleColumn="activity"
                  minWidth={720}
                  highlightOnHover={false}
                />
              )}
              <ListPagination
                total={page.total}
                page={pageNumber}
                onChange={(value) => update({ page: value })}
                label={t('pagination')}
              />
            </Stack>
          )}
        </Stack>
      </Card>
      <Modal
        opened={evaluating !== null}
        onClose={() => setEvaluating(null)}
        title={evaluating ? t('evaluateTitle', { title: evaluating.session.activity.title }) : ''}
        closeButtonProps={{ 'aria-label': tc('common.close') }}
        size="lg"
      >
        {evaluating && (
          <EvaluationPanel sessionId={evaluating.session.id} withTitle={false} onDone={() => setEvaluating(null)} />
        )}
      </Modal>
    </Stack>
  );
}
