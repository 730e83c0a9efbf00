import { useTranslation } from 'react-i18next';
import type { HomeQuery } from '../../gql/graphql';
import { PATHS, sessionPath } from '../../lib/navigation';
import { HomeItem, HomeItems, HomeSection } from './HomeSection';
import { formatMoment } from './homeFormat';

type Programme = NonNullable<HomeQuery['home']['programme']>;

const themePath = (id: string) => PATHS.theme.replace(':id', encodeURIComponent(id));

/** The programme team's agenda: fill of upcoming sessions, drafts, deadlines, waitlists, gaps in the offer. */
export function ProgrammeSections({ programme }: { programme: Programme }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => formatMoment(iso, i18n.language);
  return (
    <>
      <HomeSection
        title={t('home.programme.upcoming')}
        empty={t('home.programme.upcomingEmpty')}
        hasItems={programme.upcoming.length > 0}
        more={{ to: PATHS.sessions, label: t('nav.sessions') }}
      >
        <HomeItems>
          {programme.upcoming.map((s) => (
            <HomeItem
              key={s.id}
              to={sessionPath(s.id)}
              label={s.title}
              detail={`${when(s.startsAt)} · ${t('home.programme.fill', s)}`}
            />
          ))}
        </HomeItems>
      </HomeSection>
      <HomeSection title={t('home.programme.deadlines')} hasItems={programme.deadlinesThisWeek.length > 0}>
        <HomeItems>
          {programme.deadlinesThisWeek.map((s) => (
            <HomeItem
              key={s.id}
              to={sessionPath(s.id)}
              label={s.title}
              detail={`${t('home.programme.closes', { date: when(s.registrationDeadline) })} · ${t('home.programme.fill', s)}`}
            />
          ))}
        </HomeItems>
      </HomeSection>
      <HomeSection title={t('home.programme.waitlists')} hasItems={programme.withWaitlist.length > 0}>
        <HomeItems>
          {programme.withWaitlist.map((s) => (
            <HomeItem
              key={s.id}
              to={sessionPath(s.id)}
              label={s.title}
              detail={`${when(s.startsAt)} · ${t('home.programme.waiting', { count: s.waitlisted })}`}
            />
          ))}
        </HomeItems>
      </HomeSection>
      <HomeSection
        title={
          programme.draftTotal > 0
            ? t('home.programme.draftsCount', { count: programme.draftTotal })
            : t('home.programme.drafts')
        }
        hasItems={programme.drafts.length > 0}
      >
        <HomeItems>
          {programme.drafts.map((s) => (
            <HomeItem key={s.id} to={sessionPath(s.id)} label={s.title} detail={when(s.startsAt)} />
          ))}
        </HomeItems>
      </HomeSection>
      <HomeSection
        title={t('home.programme.themes')}
        empty={t('home.programme.themesEmpty')}
        hasItems={programme.themesWithoutOffer.length > 0}
        more={{ to: PATHS.programmeBuilder, label: t('home.programme.plan') }}
      >
        <HomeItems>
          {programme.themesWithoutOffer.map((theme) => (
            <HomeItem key={theme.id} to={themePath(theme.id)} label={theme.title} />
          ))}
        </HomeItems>
      </HomeSection>
    </>
  );
}
