import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconRefresh, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/PageState';
import {
  MyCalendarFeedsDocument,
  RegenerateCalendarFeedDocument,
  RevokeCalendarFeedDocument,
  type CalendarFeedFieldsFragment,
} from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';
import { useViewer } from '../auth/useViewer';
import { CreateFeedForm } from './CreateFeedForm';
import { FeedUrlModal } from './FeedUrlModal';
import { dateTimeFormat } from '../../lib/dateFormat';

/** Subscription links to the viewer's sessions, the municipality's or a programme's, for calendar apps. */
export function CalendarFeedsPage() {
  const { t, i18n } = useTranslation('calendarFeeds');
  const { t: tc } = useTranslation();
  const viewer = useViewer();
  const [shownUrl, setShownUrl] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(MyCalendarFeedsDocument);
  const [regenerate] = useMutation(RegenerateCalendarFeedDocument);
  const [revoke] = useMutation(RevokeCalendarFeedDocument, { refetchQueries: ['MyCalendarFeeds'] });
  const dateFormat = useMemo(() => dateTimeFormat(i18n.language, { dateStyle: 'medium' }), [i18n.language]);
  const feeds = data?.myCalendarFeeds;

  const describe = (feed: CalendarFeedFieldsFragment) =>
    t(`scope.${feed.scope}`, {
      name: feed.scope === 'MUNICIPALITY' ? (feed.municipality?.name ?? '') : (feed.programme?.name ?? ''),
    });

  const fail = (problem: unknown) => {
    const { message } = describeError(problem);
    notify('error', tc(message.key, message.values));
  };

  const confirmRegenerate = (feed: CalendarFeedFieldsFragment) =>
    modals.openConfirmModal({
      title: t('confirmRegenerate.title'),
      children: <Text size="sm">{t('confirmRegenerate.body')}</Text>,
      labels: { confirm: t('confirmRegenerate.confirm'), cancel: t('confirmRegenerate.cancel') },
      closeButtonProps: { 'aria-label': tc('common.close') },
      confirmProps: { color: 'red.9' },
      onConfirm: () => {
        regenerate({ variables: { id: feed.id } })
          .then(({ data: result }) => result && setShownUrl(result.regenerateCalendarFeed.url))
          .catch(fail);
      },
    });

  const confirmRevoke = (feed: CalendarFeedFieldsFragment) =>
    modals.openConfirmModal({
      title: t('confirmRevoke.title'),
      children: <Text size="sm">{t('confirmRevoke.body')}</Text>,
      labels: { confirm: t('confirmRevoke.confirm'), cancel: t('confirmRevoke.cancel') },
      closeButtonProps: { 'aria-label': tc('common.close') },
      confirmProps: { color: 'red.9' },
      onConfirm: () => {
        revoke({ variables: { id: feed.id } })
          .then(() => notify('success', t('confirmRevoke.done')))
          .catch(fail);
      },
    });

  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('intro')} />
      <Card withBorder padding="lg" component="section" aria-labelledby="feeds-title">
        <Stack gap="md">
          <Title order={2} size="h3" id="feeds-title">
            {t('listTitle')}
          </Title>
          {error ? (
            <QueryError error={error} onRetry={() => void refetch()} />
          ) : !feeds ? (
            <Stack gap="xs" aria-busy="true">
              <VisuallyHidden role="status">{tc('app.loading')}</VisuallyHidden>
              <Skeleton height={36} />
              <Skeleton height={36} />
            </Stack>
          ) : feeds.length === 0 ? (
            <Text size="sm">{t('none')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table striped verticalSpacing="sm">
                <VisuallyHidden component="caption">{t('caption')}</VisuallyHidden>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('columns.what')}</Table.Th>
                    <Table.Th>{t('columns.created')}</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {feeds.map((feed) => (
                    <Table.Tr key={feed.id}>
                      <Table.Td>{describe(feed)}</Table.Td>
                      <Table.Td>{dateFormat.format(new Date(feed.createdAt))}</Table.Td>
                      <Table.Td>
                        <Group gap="xs" justify="flex-end" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="default"
                            leftSection={<IconRefresh size={14} aria-hidden />}
                            aria-label={t('regenerateFor', { what: describe(feed) })}
                            onClick={() => confirmRegenerate(feed)}
                          >
                            {t('regenerate')}
                          </Button>
                          <Button
                            size="xs"
                            variant="default"
                            leftSection={<IconTrash size={14} aria-hidden />}
                            aria-label={t('revokeFor', { what: describe(feed) })}
                            onClick={() => confirmRevoke(feed)}
                          >
                            {t('revoke')}
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Card>
      <CreateFeedForm permissions={viewer.permissions} onCreated={setShownUrl} />
      <FeedUrlModal url={shownUrl} onClose={() => setShownUrl(null)} />
    </Stack>
  );
}
