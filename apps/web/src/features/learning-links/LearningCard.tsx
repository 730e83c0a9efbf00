import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, List, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../components/PageState';
import {
  LinkRecommendationToLearningDocument,
  RecommendationLearningDocument,
  UnlinkRecommendationFromLearningDocument,
  type LearningKind,
  type RecommendationLearningQuery,
} from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { notify } from '../../lib/notify';
import { sessionPath } from '../../lib/navigation';
import { useCan } from '../auth/useCan';
import { registrationOpen, splitOffer } from './learningOffer';
import { RegisterColleagueModal } from './RegisterColleagueModal';
import { AppBadge } from '../../components/AppBadge';
import { dateTimeFormat } from '../../lib/dateFormat';

type LinkItem = NonNullable<RecommendationLearningQuery['recommendation']>['learningLinks'][number];
type OfferItem = RecommendationLearningQuery['learningOffer'][number];

const activityPath = (id: string) => `/activities/${encodeURIComponent(id)}`;

/** Where a linked or offered item lives in the app; tracks have no page of their own yet. */
function targetPath(kind: LearningKind, id: string, activityId: string | null | undefined): string | null {
  if (kind === 'SESSION') {
    return sessionPath(id);
  }
  return kind === 'ACTIVITY' && activityId ? activityPath(activityId) : null;
}

/**
 * The chain from a recommendation to learning: what it is linked to, who of the own municipality
 * took part (coordinators), and what the programme offers on its themes, to link or to register a
 * colleague for.
 */
export function LearningCard({
  recommendationId,
  onChanged,
}: {
  recommendationId: string;
  /** Reloads the rest of the page (its timeline shows link changes). */
  onChanged: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation('learningLinks');
  const { t: tc } = useTranslation();
  const can = useCan();
  const { data, error, loading, refetch } = useQuery(RecommendationLearningDocument, {
    variables: { id: recommendationId },
    fetchPolicy: 'cache-and-network',
  });
  const [link, linking] = useMutation(LinkRecommendationToLearningDocument);
  const [unlink, unlinking] = useMutation(UnlinkRecommendationFromLearningDocument);
  const [registering, setRegistering] = useState<{ id: string; title: string; when: string } | null>(null);
  const format = useMemo(
    () => dateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' }),
    [i18n.language],
  );
  const when = (value: string | null | undefined) => (value ? format.format(new Date(value)) : t('undated'));
  const mayLink = data?.recommendation.viewerCan.linkLearning ?? false;
  const mayRegister = can('REGISTRATION_COLLEAGUES');
  const now = new Date();

  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      notify('success', done);
      await Promise.all([refetch(), onChanged()]);
    } catch (failure) {
      const { message } = describeError(failure);
      notify('error', tc(message.key, message.values));
    }
  };

  const title = (kind: LearningKind, id: string, name: string, activityId?: string | null) => {
    const path = targetPath(kind, id, activityId);
    return path ? (
      <Anchor component={Link} to={path} size="sm">
        {name}
      </Anchor>
    ) : (
      <Text size="sm" span>
        {name}
      </Text>
    );
  };

  const attendance = (item: LinkItem) => {
    const a = item.attendance;
    if (!a) {
      return null;
    }
    if (item.kind === 'TRACK') {
      return <Text size="xs">{a.enrolled ? t('chain.enrolled') : t('chain.notEnrolled')}</Text>;
    }
    return (
      <Stack gap={2}>
        <Text size="xs">{t('chain.attendance', { registered: a.registered, attended: a.attended })}</Text>
        {a.people.length > 0 && (
          <Text size="xs" c="dimmed">
            {a.people
              .map((p) =>
                t(p.attended ? 'chain.personAttended' : 'chain.person', {
                  name: p.person.name,
                  date: when(p.sessionStartsAt),
                }),
              )
              .join(' · ')}
          </Text>
        )}
      </Stack>
    );
  };

  const offerRow = (item: OfferItem) => (
    <Table.Tr key={`${item.kind}-${item.id}`}>
      <Table.Td>
        <AppBadge variant="outline" tone="neutral">
          {t(`kind.${item.kind}`)}
        </AppBadge>
      </Table.Td>
      <Table.Td>
        {title(item.kind, item.id, item.title, item.activityId)}
        <Text size="xs" c="dimmed">
          {item.themes.join(', ')}
        </Text>
      </Table.Td>
      <Table.Td>{when(item.startsAt)}</Table.Td>
      <Table.Td>
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          {item.linkId ? (
            <AppBadge tone="neutral" variant="outline">
              {t('linked')}
            </AppBadge>
          ) : (
            mayLink && (
              <Button
                size="xs"
                variant="light"
                loading={linking.loading}
                aria-label={t('linkLabel', { title: item.title, date: when(item.startsAt) })}
                onClick={() =>
                  void run(
                    () => link({ variables: { recommendationId, target: { kind: item.kind, id: item.id } } }),
                    t('linkedNotice', { title: item.title }),
                  )
                }
              >
                {t('link')}
              </Button>
            )
          )}
          {mayRegister && registrationOpen(item, now) && (
            <Button
              size="xs"
              variant="default"
              aria-label={t('registerLabel', { title: item.title, date: when(item.startsAt) })}
              onClick={() => setRegistering({ id: item.id, title: item.title, when: when(item.startsAt) })}
            >
              {t('register.open')}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );

  const offer = splitOffer(data?.learningOffer ?? []);
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('title')}
        </Title>
        {error && <QueryError error={error} onRetry={() => void refetch()} />}
        {!data && loading && <Skeleton height={80} />}
        {data && (
          <>
            {data.recommendation.learningLinks.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('noLinks')}
              </Text>
            ) : (
              <List spacing="sm" listStyleType="none" aria-label={t('linksLabel')} data-testid="learning-links">
                {data.recommendation.learningLinks.map((item) => (
                  <List.Item key={item.id}>
                    <Group justify="space-between" align="flex-start" wrap="nowrap">
                      <Stack gap={2}>
                        <Group gap="xs">
                          <AppBadge variant="outline" tone="neutral">
                            {t(`kind.${item.kind}`)}
                          </AppBadge>
                          {title(item.kind, item.targetId, item.title, item.activityId)}
                          <Text size="xs" c="dimmed" span>
                            {when(item.startsAt)}
                          </Text>
                        </Group>
                        {attendance(item)}
                      </Stack>
                      {mayLink && (
                        <Button
                          size="xs"
                          variant="default"
                          loading={unlinking.loading}
                          aria-label={t('unlinkLabel', { title: item.title })}
                          onClick={() =>
                            void run(
                              () => unlink({ variables: { linkId: item.id } }),
                              t('unlinkedNotice', { title: item.title }),
                            )
                          }
                        >
                          {t('unlink')}
                        </Button>
                      )}
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
            <Title order={3} size="h4">
              {t('offer.title')}
            </Title>
            {data.learningOffer.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('offer.empty')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={520}>
                <Table aria-label={t('offer.title')} data-testid="learning-offer">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('offer.kind')}</Table.Th>
                      <Table.Th>{t('offer.what')}</Table.Th>
                      <Table.Th>{t('offer.when')}</Table.Th>
                      <Table.Th>
                        <VisuallyHidden>{t('offer.actions')}</VisuallyHidden>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {offer.upcoming.map(offerRow)}
                    {offer.other.map(offerRow)}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </>
        )}
      </Stack>
      <RegisterColleagueModal session={registering} onClose={() => setRegistering(null)} onRegistered={refetch} />
    </Card>
  );
}
