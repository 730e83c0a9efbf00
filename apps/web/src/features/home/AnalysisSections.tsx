import { useTranslation } from 'react-i18next';
import type { HomeQuery } from '../../gql/graphql';
import { PATHS } from '../../lib/navigation';
import { HomeItem, HomeItems, HomeSection } from './HomeSection';
import { formatDay, formatMoment } from './homeFormat';

type Analysis = NonNullable<HomeQuery['home']['analysis']>;

const snapshotPath = (id: string) => PATHS.pictureSnapshot.replace(':id', encodeURIComponent(id));

/** The RIEC's agenda: scans to do, recommendations to link to a theme, and the regional picture. */
export function AnalysisSections({ analysis }: { analysis: Analysis }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <HomeSection
        title={t('home.analysis.scans', { years: analysis.staleAfterYears })}
        empty={t('home.analysis.scansEmpty')}
        hasItems={analysis.municipalities.length > 0}
        more={{ to: PATHS.scans, label: t('nav.scans') }}
      >
        <HomeItems>
          {analysis.municipalities.map((m) => {
            const scan = m.lastScanDate
              ? t('home.analysis.lastScan', { date: formatDay(m.lastScanDate, i18n.language) })
              : t('home.analysis.noScan');
            const unlinked = m.withoutTheme > 0 ? t('home.analysis.withoutTheme', { count: m.withoutTheme }) : null;
            // Missing or old scans are handled on the scans page, theme links on the recommendations page.
            const to = m.scanMissingOrOld
              ? `${PATHS.scans}?municipality=${encodeURIComponent(m.municipalityId)}`
              : `${PATHS.recommendations}?municipality=${encodeURIComponent(m.municipalityId)}`;
            return (
              <HomeItem
                key={m.municipalityId}
                to={to}
                label={m.name}
                detail={[scan, unlinked].filter(Boolean).join(' · ')}
              />
            );
          })}
        </HomeItems>
      </HomeSection>
      <HomeSection
        title={t('home.analysis.snapshot')}
        empty={t('home.analysis.noSnapshot')}
        hasItems={analysis.lastSnapshotId !== null}
        summary={t('home.analysis.since', {
          scans: analysis.scansSinceSnapshot,
          recommendations: analysis.recommendationsSinceSnapshot,
        })}
        more={{ to: PATHS.picturePublish, label: t('home.analysis.prepare') }}
      >
        {analysis.lastSnapshotId && analysis.lastSnapshotAt && (
          <HomeItems>
            <HomeItem
              to={snapshotPath(analysis.lastSnapshotId)}
              label={t('home.analysis.lastSnapshot', { date: formatMoment(analysis.lastSnapshotAt, i18n.language) })}
            />
          </HomeItems>
        )}
      </HomeSection>
    </>
  );
}
