import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListPagination } from '../../components/ListPagination';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { AuditLogDocument } from '../../gql/graphql';
import { pageWindow } from '../../lib/listParams';
import { recommendationPath } from '../../lib/navigation';
import { useViewer } from '../auth/useViewer';

const ACTIONS = [
  'READ',
  'LIST',
  'CREATE',
  'UPDATE',
  'DELETE',
  'IMPORT',
  'LINK',
  'STATUS',
  'DOWNLOAD',
  'EXPORT',
  'DENIED',
] as const;
const ENTITIES = ['scan', 'recommendation', 'recommendation_theme', 'recommendation_attachment'] as const;
const known = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** "Who looked at our data": the municipality's own coordinators read every access to its confidential data. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const viewer = useViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = Number(searchParams.get('page'));
  const pageNumber = Number.isInteger(requested) && requested > 0 ? requested : 1;
  const { data, previousData, loading, error, refetch } = useQuery(AuditLogDocument, {
    variables: { page: pageWindow(pageNumber) },
    // Reads happen all the time; the log should be current whenever it is opened.
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.auditLog ?? previousData?.auditLog;
  const format = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }),
    [i18n.language],
  );

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('intro', { municipality: viewer.municipality?.name ?? '' })} />
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Text size="sm">{t('explain')}</Text>
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
                {t('total', { count: page.total })}
              </Text>
              {page.items.length === 0 ? (
                <Text py="lg">{t('empty')}</Text>
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
                            {known(ACTIONS, entry.action) ? t(`actions.${entry.action}`) : entry.action}
                          </Table.Td>
                          <Table.Td>
                            {entry.entity === 'recommendation' && entry.entityId && entry.action !== 'DELETE' ? (
                              <Anchor component={Link} to={recommendationPath(entry.entityId)} size="sm">
                                {t('entities.recommendation')}
                              </Anchor>
                            ) : known(ENTITIES, entry.entity) ? (
                              t(`entities.${entry.entity}`)
                            ) : (
                              entry.entity
                            )}
                          </Table.Td>
                          <Table.Td>{entry.count ?? '—'}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              <ListPagination
                total={page.total}
                page={pageNumber}
                onChange={(value) => setSearchParams(value > 1 ? { page: String(value) } : {}, { replace: true })}
                label={t('pagination')}
              />
            </Stack>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
