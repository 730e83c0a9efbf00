import { useQuery } from '@apollo/client/react';
import { Accordion, Button, Card, Group, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListPagination } from '../../components/ListPagination';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import { MyMessagesDocument } from '../../gql/graphql';
import { pageWindow } from '../../lib/listParams';
import { AppBadge } from '../../components/AppBadge';
import { dateTimeFormat } from '../../lib/dateFormat';

/** The messages the platform sent the viewer (also by e-mail), newest first, to read again in the app. */
export function MyMessagesPage() {
  const { t, i18n } = useTranslation('myMessages');
  const { t: tc } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const pageNumber = Math.max(1, Math.floor(Number(searchParams.get('page'))) || 1);
  const dateFormat = useMemo(
    () => dateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }),
    [i18n.language],
  );

  // Messages arrive from changes made anywhere (a registration, a colleague, staff): fetch on every visit.
  const { data, previousData, loading, error, refetch } = useQuery(MyMessagesDocument, {
    variables: { page: pageWindow(pageNumber) },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.myMessages ?? previousData?.myMessages;

  const setPage = (value: number) => setSearchParams(value > 1 ? { page: String(value) } : {}, { replace: true });

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('intro')} />
      <Card withBorder padding="lg">
        {error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : !page ? (
          <Stack gap="xs" aria-busy="true">
            <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
            {Array.from({ length: 4 }, (_, i) => (
              <Skeleton key={i} height={48} />
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
              <Accordion variant="separated" aria-label={t('listLabel')}>
                {page.items.map((message) => (
                  <Accordion.Item key={message.id} value={message.id}>
                    <Accordion.Control>
                      <Group justify="space-between" gap="xs" wrap="wrap">
                        <Text fw={500} size="sm">
                          {message.subject ?? t('unavailable')}
                        </Text>
                        <Group gap="xs" wrap="nowrap">
                          <AppBadge variant="outline" tone="neutral">
                            {t(`kind.${message.kind}`)}
                          </AppBadge>
                          <Text size="xs" c="dimmed">
                            {dateFormat.format(new Date(message.createdAt))}
                          </Text>
                        </Group>
                      </Group>
                    </Accordion.Control>
                    <Accordion.Panel>
                      <Stack gap="sm" align="flex-start">
                        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} component="pre" ff="inherit" m={0}>
                          {message.text ?? t('unavailableText')}
                        </Text>
                        {message.appPath && (
                          <Button component={Link} to={message.appPath} variant="default" size="xs">
                            {t('open')}
                          </Button>
                        )}
                      </Stack>
                    </Accordion.Panel>
                  </Accordion.Item>
                ))}
              </Accordion>
            )}
            <ListPagination total={page.total} page={pageNumber} onChange={setPage} label={t('pagination')} />
          </Stack>
        )}
      </Card>
    </Stack>
  );
}
