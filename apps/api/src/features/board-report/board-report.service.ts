import { bandCount, type CountBand } from '@rode-draad/shared';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../access/viewer';
import { inViewerTransaction } from '../../access/viewer-transaction';
import type { PictureService } from '../picture/picture.service';
import type { CountBand as CountBandView } from '../picture/picture.types';
import type { RegionalAdviceService } from '../regional-advice/regional-advice.service';
import { renderBoardReportPdf } from './board-report.pdf';
import type { BoardLearningTotals, BoardReport } from './board-report.types';

const toView = (band: CountBand): CountBandView =>
  band.kind === 'EXACT'
    ? { kind: band.kind, value: band.value, bound: null }
    : { kind: band.kind, value: null, bound: band.bound };

/** A count of people: exact from k on, below it only "fewer than k". */
const bandPeople = (c: number, k: number): CountBandView =>
  c >= k ? { kind: 'EXACT', value: c, bound: null } : { kind: 'FEWER_THAN', value: null, bound: k };

/**
 * The board's report of a published snapshot: the snapshot's stored figures (the picture service
 * reads published snapshots only), its advice with the programme's answer, and the learning
 * activity up to the snapshot's date in totals, banded with the snapshot's own k and n.
 */
export class BoardReportService {
  constructor(
    private readonly db: DataSource,
    private readonly picture: PictureService,
    private readonly advice: RegionalAdviceService,
  ) {}

  /** NOT_FOUND for a snapshot that does not exist or is another region's. */
  async report(viewer: Viewer, snapshotId: string): Promise<BoardReport> {
    const snapshot = await this.picture.snapshot(viewer, snapshotId);
    const advice = await this.advice.ofSnapshot(viewer, snapshot.id);
    const learning = await this.learning(viewer, snapshot.publishedAt, snapshot.threshold, snapshot.municipalityCount);
    return { snapshot, advice, learning, generatedAt: new Date() };
  }

  async pdf(viewer: Viewer, snapshotId: string): Promise<{ fileName: string; content: Buffer }> {
    const report = await this.report(viewer, snapshotId);
    const day = report.snapshot.publishedAt.toISOString().slice(0, 10);
    return { fileName: `bestuursrapportage-beeld-${day}.pdf`, content: await renderBoardReportPdf(report) };
  }

  private async learning(viewer: Viewer, until: Date, k: number, n: number): Promise<BoardLearningTotals> {
    return inViewerTransaction(this.db, viewer, async (tx) => {
      const [sessions] = await tx.query<
        { activities: number; sessions: number; attendances: number; municipalities: number }[]
      >(
        `WITH held AS (
           SELECT id, activity_id FROM sessions
            WHERE region_id = $1 AND status NOT IN ('DRAFT','CANCELLED') AND ends_at <= $2)
         SELECT (SELECT count(DISTINCT activity_id)::int FROM held) AS activities,
                (SELECT count(*)::int FROM held) AS sessions,
                count(r.id)::int AS attendances,
                count(DISTINCT r.municipality_id)::int AS municipalities
           FROM registrations r JOIN held h ON h.id = r.session_id
          WHERE r.attended AND r.status = 'CONFIRMED'`,
        [viewer.regionId, until],
      );
      const [peer] = await tx.query<{ tracks: number; municipalities: number; groups: number }[]>(
        'SELECT tracks, municipalities, groups FROM rd_board_peer_totals($1)',
        [until],
      );
      const enrolled = bandCount(Math.min(peer?.municipalities ?? 0, n), n, k);
      return {
        until,
        activities: sessions?.activities ?? 0,
        sessionsHeld: sessions?.sessions ?? 0,
        attendances: bandPeople(sessions?.attendances ?? 0, k),
        attendingMunicipalities: toView(bandCount(Math.min(sessions?.municipalities ?? 0, n), n, k)),
        tracks: peer?.tracks ?? 0,
        enrolledMunicipalities: toView(enrolled),
        peerGroups: enrolled.kind === 'EXACT' ? (peer?.groups ?? 0) : null,
      };
    });
  }
}
