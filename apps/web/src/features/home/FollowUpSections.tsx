import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HomeQuery } from '../../gql/graphql';
import { PATHS, recommendationPath, sessionPath } from '../../lib/navigation';
import { HomeItem, HomeItems, HomeSection } from './HomeSection';
import { formatDay, formatMoment } from './homeFormat';

type Home = HomeQuery['home'];
type FollowUp = NonNullable<Home['followUp']>;

function RecommendationList({ heading, items }: { heading: string; items: FollowUp['dueSoon'] }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">
        {heading}
      </Title>
      <HomeItems>
        {items.map((rec) => (
          <HomeItem
            key={rec.id}
            to={recommendationPath(rec.id)}
            label={rec.title}
            detail={t('home.followUp.due', { date: formatDay(rec.dueDate, i18n.language) })}
          />
        ))}
      </HomeItems>
    </Stack>
  );
}

/** Follow-up due soon and overdue with the status counts, and colleagues' registrations. */
export function FollowUpSections({ home }: { home: Home }) {
  const { t, i18n } = useTranslation();
  const followUp = home.followUp;
  return (
    <>
      {followUp && (
        <HomeSection
          title={t('home.followUp.title')}
          hasItems={followUp.overdue.length + followUp.dueSoon.length > 0}
          summary={t('home.followUp.counts', { ...followUp })}
          more={
            followUp.overdueTotal > followUp.overdue.length
              ? { to: `${PATHS.recommendations}?overdue=1`, label: t('home.followUp.allOverdue') }
              : { to: PATHS.recommendations, label: t('home.followUp.all') }
          }
        >
          {followUp.overdue.length > 0 && (
            <RecommendationList
              heading={t('home.followUp.overdue', { count: followUp.overdueTotal })}
              items={followUp.overdue}
            />
          )}
          {followUp.dueSoon.length > 0 && (
            <RecommendationList
              heading={t('home.followUp.dueSoon', { count: followUp.dueSoonTotal })}
              items={followUp.dueSoon}
            />
          )}
        </HomeSection>
      )}
      {home.colleagueRegistrations && (
        <HomeSection
          title={t('home.colleagues.title')}
          empty={t('home.colleagues.empty')}
          hasItems={home.colleagueRegistrations.length > 0}
        >
          <HomeItems>
            {home.colleagueRegistrations.map((r) => (
              <HomeItem
                key={r.id}
                to={sessionPath(r.session.id)}
                label={r.session.title}
                detail={`${formatMoment(r.session.startsAt, i18n.language)} · ${r.personName} (${t(
                  r.status === 'WAITLISTED' ? 'home.colleagues.WAITLISTED' : 'home.colleagues.CONFIRMED',
                )})`}
              />
            ))}
          </HomeItems>
        </HomeSection>
      )}
    </>
  );
}
