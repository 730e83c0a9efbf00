import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, Select, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ListPagination } from '../../components/ListPagination';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';
import {
  OutboxDocument,
  RetryOutboxMessageDocument,
  type NotificationKind,
  type OutboxQuery,
  type OutboxStatus,
} from '../../gql/graphql';
import { pageWindow } from '../../lib/listParams';
import { AppBadge } from '../../components/AppBadge';
import type { BadgeTone } from '../../components/badgeStyles';
import { dateTimeFormat } from '../../lib/dateFormat';

type Message = OutboxQuery['outbox']['items'][number];

const STATUSES: readonly OutboxStatus[] = ['PENDING', 'SENT', 'FAILED', 'DEMO', 'SKIPPED'];
// A record, not a list, so that a new kind of message fails the type-check until it has a filter entry.
const KIND_FILTERS: Record<NotificationKind, true> = {
  REGISTERED: true,
  WAITLISTED: true,
  PROMOTED: true,
  CANCELLED_BY_STAFF: true,
  SESSION_CHANGED: true,
  REMINDER: true,
  STAFF_SESSION_MESSAGE: true,
  ROLE_GRANT_REQUESTED: true,
  ROLE_GRANT_DECIDED: true,
  PEER_GROUP_PUBLISHED: true,
  PEER_MEETING_REMINDER: true,
  PEER_GROUP_NUDGE: true,
  FOLLOW_UP_DUE_SOON: true,
  FOLLOW_UP_OVERDUE_DIGEST: true,
  OWNER_INVITATION: true,
  ACCOUNT_INVITATION: true,
  PASSWORD_RESET: true,
};
const KINDS = Object.keys(KIND_FILTERS) as NotificationKind[];
const STATUS_TONES: Record<OutboxStatus, BadgeTone> = {
  PENDING: 'info',
  SENT: 'success',
  FAILED: 'danger',
  DEMO: 'neutral',
  SKIPPED: 'neutral',
};

/** Admins: how delivery of the platform's e-mail is doing. Metadata only: what a message says is for its recipient (My messages). */
export function OutboxPage() {
  const { t, i18n } = useTranslation('outbox');
  const { t: tc } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const status = STATUSES.find((s) => s === searchParams.get('status')) ?? null;
  const kind = KINDS.find((k) => k === searchParams.get('kind')) ?? null;
  const pageNumber = Math.max(1, Math.floor(Number(searchParams.get('page'))) || 1);
  const dateFormat = useMemo(
    () => dateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }),
    [i18n.language],
  );

  const update = (changes: { status?: OutboxStatus | null; kind?: NotificationKind | null; page?: number }) => {
    const next = new URLSearchParams();
    const s = changes.status !== undefined ? changes.status : status;
    const k = changes.kind !== undefined ? changes.kind : kind;
    if (s) {
      next.set('status', s);
    }
    if (k) {
      next.set('kind', k);
    }
    if (changes.page && changes.page > 1) {
      next.set('page', String(changes.page));
    }
    setSearchParams(next, { replace: true });
  };

  const { data, previousData, loading, error, refetch } = useQuery(OutboxDocument, {
    variables: { filter: { status, kind }, page: pageWindow(pageNumber) },
  });
  const [retryMessage] = useMutation(RetryOutboxMessageDocument, { refetchQueries: ['Outbox'] });
  const retry = (message: Message) => {
    retryMessage({ variables: { id: message.id } })
      .then(() => notify('success', t('retried')))
      .catch((problem: unknown) => {
        const { message: text } = describeError(problem);
        notify('error', tc(text.key, text.values));
      });
  };
  const page = data?.outbox ?? previousData?.outbox;
  const filtered = status !== null || kind !== null;

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('intro')} />
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Group align="flex-end" gap="md" role="search" aria-label={t('filters.label')}>
            <Select
              label={t('filters.status')}
              placeholder={t('filters.allStatuses')}
              data={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              value={status}
              onChange={(value) => update({ status: STATUSES.find((s) => s === value) ?? null })}
              clearable
              w={{ base: '100%', sm: 220 }}
            />
            <Select
              label={t('filters.kind')}
              placeholder={t('filters.allKinds')}
              data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
              value={kind}
              onChange={(value) => update({ kind: KINDS.find((k) => k === value) ?? null })}
              clearable
              w={{ base: '100%', sm: 220 }}
            />
            {filtered && (
              <Button variant="default" onClick={() => update({ status: null, kind: null })}>
                {t('filters.clear')}
              </Button>
            )}
          </Group>
          {error ? (
            <QueryError error={error} onRetry={() => void refetch()} />
          ) : !page ? (
            <Stack gap="xs" aria-busy="true">
              <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
              {Array.from({ length: 6 }, (_, i) => (
                <Skeleton key={i} height={36} />
              ))}
            </Stack>
          ) : (
            <Stack gap="md" aria-busy={loading}>
              <Text size="sm" c="dimmed" role="status">
                {t('total', { count: page.total })}
              </Text>
              {page.items.length === 0 ? (
                <Text py="lg">{t(filtered ? 'emptyFiltered' : 'empty')}</Text>
              ) : (
                <Table.ScrollContainer minWidth={860}>
                  <Table striped verticalSpacing="sm">
                    <VisuallyHidden component="caption">{t('caption')}</VisuallyHidden>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('columns.created')}</Table.Th>
                        <Table.Th>{t('columns.recipient')}</Table.Th>
                        <Table.Th>{t('columns.kind')}</Table.Th>
                        <Table.Th>{t('columns.status')}</Table.Th>
                        <Table.Th>{t('columns.delivery')}</Table.Th>
                        <Table.Th>
                          <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {page.items.map((message) => (
                        <Table.Tr key={message.id}>
                          <Table.Td>{dateFormat.format(new Date(message.createdAt))}</Table.Td>
                          <Table.Td>{message.recipientEmail}</Table.Td>
                          <Table.Td>
                            <Text size="sm">{t(`kind.${message.kind}`)}</Text>
                            <Text size="xs" c="dimmed">
                              {t(`confidentiality.${message.confidentiality}`)}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <AppBadge tone={STATUS_TONES[message.status]} variant="outline">
                              {t(`status.${message.status}`)}
                            </AppBadge>
                            {message.attempts > 0 && (
                              <Text size="xs" c="dimmed">
                                {t('attempts', { count: message.attempts })}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>
                            <DeliveryDetails message={message} format={(value) => dateFormat.format(new Date(value))} />
                          </Table.Td>
                          <Table.Td>
                            {message.status === 'FAILED' && (
                              <Button
                                size="xs"
                                variant="default"
                                aria-label={t('retryFor', { email: message.recipientEmail })}
                                onClick={() => retry(message)}
                              >
                                {t('retry')}
                              </Button>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
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
    </Stack>
  );
}

/** When it was sent, or when it is tried next, and the last error (SMTP or network; never the message text). */
function DeliveryDetails({ message, format }: { message: Message; format: (value: string) => string }) {
  const { t } = useTranslation('outbox');
  return (
    <Stack gap={2}>
      {message.sentAt ? (
        <Text size="sm">
          {t('sentAt')}: {format(message.sentAt)}
        </Text>
      ) : (
        message.status === 'PENDING' && <Text size="sm">{t('nextAttempt', { when: format(message.availableAt) })}</Text>
      )}
      {message.lastError && (
        <Text size="xs" c="red.9" lineClamp={3} title={message.lastError}>
          {t('lastError')}: {message.lastError}
        </Text>
      )}
    </Stack>
  );
}
