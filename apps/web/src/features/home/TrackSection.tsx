import { useTranslation } from 'react-i18next';
import type { HomeQuery } from '../../gql/graphql';
import { PATHS } from '../../lib/navigation';
import { HomeItem, HomeItems, HomeSection } from './HomeSection';
import { formatMoment } from './homeFormat';

type Home = HomeQuery['home'];

const trackPath = (id: string) => PATHS.peerTrack.replace(':id', encodeURIComponent(id));

/** Peer-learning tracks open for enrolment, with whether the own municipality takes part (when the viewer may know). */
export function TrackSection({ home }: { home: Home }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => formatMoment(iso, i18n.language);
  return (
    <>
      {home.openTracks && (
        <HomeSection
          title={t('home.tracks.title')}
          empty={t('home.tracks.empty')}
          hasItems={home.openTracks.length > 0}
          more={{ to: PATHS.peerTracks, label: t('nav.peerTracks') }}
        >
          <HomeItems>
            {home.openTracks.map((track) => (
              <HomeItem
                key={track.id}
                to={trackPath(track.id)}
                label={track.title}
                detail={[
                  t('home.tracks.closes', { date: when(track.enrolmentClosesAt) }),
                  track.enrolled === null
                    ? null
                    : t(track.enrolled ? 'home.tracks.enrolled' : 'home.tracks.notEnrolled'),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            ))}
          </HomeItems>
        </HomeSection>
      )}
    </>
  );
}
