import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  Skeleton,
  Stack,
  Table,
  Tabs,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListPagination } from '../../components/ListPagination';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { MyRegistrationsDocument, type MyRegistrationsQuery, type RegistrationPeriod } from '../../gql/graphql';
import { pageWindow } from '../../lib/listParams';
import { PATHS, sessionPath } from '../../lib/navigation';
import { EvaluationForm } from '../sessions/EvaluationForm';
import { RegistrationBadge } from '../sessions/SessionBadges';
import { sessionPlace } from '../sessions/SessionsTable';
import { useCancelRegistration } from '../sessions/useRegistrationActions';
import { useSessionFormat } from '../sessions/useSessionFormat';

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

  const rows = (page?.items ?? []).map((registration) => {
    const session = registration.session;
    return (
      <Table.Tr key={registration.id}>
        <Table.Td>
          <Text size="sm" fw={500}>
            {format.date(session.startsAt)}
          </Text>
          <Text size="sm" c="dimmed">
            {format.timeRange(session.startsAt, session.endsAt)}
          </Text>
        </Table.Td>
        <Table.Td>
          <Anchor component={Link} to={sessionPath(session.id)} fw={500} size="sm">
            {session.activity.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {ts(`formats.${session.activity.format}`)}
          </Text>
        </Table.Td>
        <Table.Td>{sessionPlace(session, ts('online'))}</Table.Td>
        <Table.Td>
          <Group gap={4}>
            <RegistrationBadge status={registration.status} waitlistPosition={registration.waitlistPosition} />
            {session.status === 'CANCELLED' && (
              <Badge color="red.9" variant="outline">
                {ts('status.CANCELLED')}
              </Badge>
            )}
            {period === 'PAST' && registration.attended !== null && (
              <Badge color="gray.8" variant="outline">
                {t(registration.attended ? 'attended' : 'notAttended')}
              </Badge>
            )}
          </Group>
        </Table.Td>
        <Table.Td>
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
        </Table.Td>
      </Table.Tr>
    );
  });

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
              <Text size="sm" c="dimmed" role="status">
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
                <Table.ScrollContainer minWidth={720}>
                  <Table striped verticalSpacing="sm">
                    <VisuallyHidden component="caption">{t('caption')}</VisuallyHidden>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('columns.when')}</Table.Th>
                        <Table.Th>{t('columns.activity')}</Table.Th>
                        <Table.Th>{t('columns.place')}</Table.Th>
                        <Table.Th>{t('columns.status')}</Table.Th>
                        <Table.Th>
                          <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>{rows}</Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
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
          <EvaluationForm sessionId={evaluating.session.id} withTitle={false} onDone={() => setEvaluating(null)} />
        )}
      </Modal>
    </Stack>
  );
}
