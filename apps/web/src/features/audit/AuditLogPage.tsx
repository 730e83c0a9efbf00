import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { AuditActorsDocument, AuditLogDocument } from '../../gql/graphql';
import { recommendationPath } from '../../lib/navigation';
import { useViewer } from '../auth/useViewer';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '@rode-draad/shared';
import {
  OUTSIDE,
  auditParams,
  clearedFilters,
  isRecordId,
  toAuditFilter,
  withFilters,
  type AuditParams,
} from './auditParams';
import { dateTimeFormat } from '../../lib/dateFormat';
import { DateField } from '../../components/DateFields';

const PAGE_SIZE = 50;
const known = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** "Who looked at our data": the municipality's own coordinators read every access to its confidential data. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const viewer = useViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = auditParams.parse(searchParams);
  const go = (next: AuditParams) => setSearchParams(auditParams.serialize(next), { replace: true });
  const { data, previousData, loading, error, refetch } = useQuery(AuditLogDocument, {
    variables: {
      filter: toAuditFilter(params),
      paging: {
        first: PAGE_SIZE,
        ...(params.after ? { after: params.after } : {}),
        ...(params.before ? { before: params.before } : {}),
      },
    },
    // Reads happen all the time; the log should be current whenever it is opened.
    fetchPolicy: 'cache-and-network',
  });
  const actors = useQuery(AuditActorsDocument);
  const page = data?.auditLog ?? previousData?.auditLog;
  const format = useMemo(
    () => dateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }),
    [i18n.language],
  );
  const actorOptions = [
    { value: OUTSIDE, label: t('outsideActor') },
    ...(actors.data?.auditActors ?? []).map((a) => ({ value: a.id, label: `${a.name} (${a.email})` })),
  ];
  const filtered = auditParams.hasFilters(params);

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('intro', { municipality: viewer.municipality?.name ?? '' })} />
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Text size="sm">{t('explain')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} role="search" aria-label={t('filters.label')}>
            <Select
              label={t('filters.actor')}
              placeholder={t('filters.anyone')}
              data={actorOptions}
              value={params.actor || null}
              onChange={(value) => go(withFilters(params, { actor: value ?? '' }))}
              searchable
              clearable
            />
            <Select
              label={t('filters.action')}
              placeholder={t('filters.any')}
              data={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`actions.${a}`) }))}
              value={params.action}
              onChange={(value) =>
                go(withFilters(params, { action: value && known(AUDIT_ACTIONS, value) ? value : null }))
              }
              clearable
            />
            <Select
              label={t('filters.entity')}
              placeholder={t('filters.any')}
              data={AUDIT_ENTITIES.map((e) => ({ value: e, label: t(`entities.${e}`) }))}
              value={params.entity}
              onChange={(value) =>
                go(withFilters(params, { entity: value && known(AUDIT_ENTITIES, value) ? value : null }))
              }
              clearable
            />
            <TextInput
              label={t('filters.record')}
              description={t('filters.recordHelp')}
              value={params.record ?? ''}
              error={params.record && !isRecordId(params.record) ? t('filters.recordInvalid') : undefined}
              onChange={(event) => go(withFilters(params, { record: event.currentTarget.value.trim() || null }))}
            />
            <DateField
              label={t('filters.from')}
              value={params.from}
              onChange={(value) => go(withFilters(params, { from: value }))}
            />
            <DateField
              label={t('filters.until')}
              value={params.until}
              onChange={(value) => go(withFilters(params, { until: value }))}
            />
          </SimpleGrid>
          {filtered && (
            <Group>
              <Button variant="subtle" onClick={() => go(clearedFilters(params))}>
                {t('filters.clear')}
              </Button>
            </Group>
          )}
          {error ? (
            <QueryError error={error} onRetry={() => void refetch()} />
          ) : !page ? (
            <Stack gap="xs" aria-busy="true">
              <VisuallyHidden role="status">{t('loading')}</VisuallyHidden>
              {Array.from({ length: 6 }, (_, i) => (
                <Skeleton key={i} height={36} />
              ))}
            </Stack>
          ) : (
            <Stack gap="md" aria-busy={loading}>
              <Text size="sm" c="dimmed" role="status">
                {page.totalCapped ? t('totalCapped', { count: page.total }) : t('total', { count: page.total })}
              </Text>
              {page.items.length === 0 ? (
                <Text py="lg">{filtered ? t('emptyFiltered') : t('empty')}</Text>
              ) : (
                <Table.ScrollContainer minWidth={760}>
                  <Table striped verticalSpacing="sm">
                    <VisuallyHidden component="caption">{t('tableCaption')}</VisuallyHidden>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('columns.at')}</Table.Th>
                        <Table.Th>{t('columns.actor')}</Table.Th>
                        <Table.Th>{t('columns.role')}</Table.Th>
                        <Table.Th>{t('columns.action')}</Table.Th>
                        <Table.Th>{t('columns.entity')}</Table.Th>
                        <Table.Th>{t('columns.count')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {page.items.map((entry) => (
                        <Table.Tr key={entry.id}>
                          <Table.Td>{format.format(new Date(entry.at))}</Table.Td>
                          <Table.Td>
                            {entry.action === 'DENIED' ? (
                              t('outsideActor')
                            ) : (
                              <>
                                {entry.actorName ?? t('unknownActor')}
                                {entry.actorEmail && (
                                  <Text size="xs" c="dimmed">
                                    {entry.actorEmail}
                                  </Text>
                                )}
                              </>
                            )}
                          </Table.Td>
                          <Table.Td>{entry.actorRole ? tc(`roles.${entry.actorRole}`) : '—'}</Table.Td>
                          <Table.Td>
                            {known(AUDIT_ACTIONS, entry.action) ? t(`actions.${entry.action}`) : entry.action}
                          </Table.Td>
                          <Table.Td>
                            {entry.entity === 'recommendation' && entry.entityId && entry.action !== 'DELETE' ? (
                              <Anchor component={Link} to={recommendationPath(entry.entityId)} size="sm">
                                {t('entities.recommendation')}
                              </Anchor>
                            ) : known(AUDIT_ENTITIES, entry.entity) ? (
                              t(`entities.${entry.entity}`)
                            ) : (
                              entry.entity
                            )}
                            {entry.entityId && (
                              <Anchor
                                component={Link}
                                to={`?${auditParams.serialize(withFilters(params, { record: entry.entityId })).toString()}`}
                                size="xs"
                                display="block"
                              >
                                {t('filters.thisRecord')}
                              </Anchor>
                            )}
                          </Table.Td>
                          <Table.Td>{entry.count ?? '—'}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              <Group justify="space-between" aria-label={t('pagination')} role="navigation">
                <Button
                  variant="default"
                  disabled={!page.newerCursor}
                  onClick={() => go({ ...params, after: '', before: page.newerCursor ?? '' })}
                >
                  {t('newer')}
                </Button>
                <Button
                  variant="default"
                  disabled={!page.olderCursor}
                  onClick={() => go({ ...params, before: '', after: page.olderCursor ?? '' })}
                >
                  {t('older')}
                </Button>
              </Group>
            </Stack>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
