import { useTranslation } from 'react-i18next';
import type { HomeQuery } from '../../gql/graphql';
import { PATHS, sessionPath } from '../../lib/navigation';
import { HomeItem, HomeItems, HomeSection } from './HomeSection';
import { formatMoment } from './homeFormat';

type Home = HomeQuery['home'];

/** The viewer's own sessions, waitlist places and evaluations. */
export function PersonalSections({ home }: { home: Home }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => formatMoment(iso, i18n.language);
  return (
    <>
      {home.nextSessions && (
        <HomeSection
          title={t('home.nextSessions.title')}
          empty={t('home.nextSessions.empty')}
          hasItems={home.nextSessions.length > 0}
          more={{ to: PATHS.sessions, label: t('home.nextSessions.all') }}
        >
          <HomeItems>
            {home.nextSessions.map((s) => (
              <HomeItem key={s.id} to={sessionPath(s.id)} label={s.title} detail={when(s.startsAt)} />
            ))}
          </HomeItems>
        </HomeSection>
      )}
      {home.waitlist && home.waitlist.length > 0 && (
        <HomeSection title={t('home.waitlist.title')} hasItems>
          <HomeItems>
            {home.waitlist.map(({ session, position }) => (
              <HomeItem
                key={session.id}
                to={sessionPath(session.id)}
                label={session.title}
                detail={`${when(session.startsAt)} · ${t('home.waitlist.position', { count: position })}`}
              />
            ))}
          </HomeItems>
        </HomeSection>
      )}
      {home.evaluationsToGive && (
        <HomeSection
          title={t('home.evaluations.title')}
          empty={t('home.evaluations.empty')}
          hasItems={home.evaluationsToGive.length > 0}
        >
          <HomeItems>
            {home.evaluationsToGive.map(({ session, closesAt }) => (
              <HomeItem
                key={session.id}
                to={sessionPath(session.id)}
                label={session.title}
                detail={t('home.evaluations.closes', { date: when(closesAt) })}
              />
            ))}
          </HomeItems>
        </HomeSection>
      )}
    </>
  );
}
