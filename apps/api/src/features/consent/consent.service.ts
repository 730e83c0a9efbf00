import { consentNeedsBasis, type ConsentStatus } from '@rode-draad/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { runConfidential, type ConfidentialWork } from '../../access/confidential';
import { Permission } from '../../access/permissions';
import type { Acting, Viewer } from '../../access/viewer';
import { BadInputError, NotFoundError, type FieldProblem } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { checkVersion } from '../../common/versions';
import { todayInAmsterdam } from '../follow-up/today';
import { toHoldBack, toScanConsent, type ConsentRow, type HoldBackRow } from './consent.rows';
import type { HoldBackResult, ScanConsent, ScanConsentInput } from './consent.types';

/** A record in the writer's reach, placed by municipality. */
interface Placed {
  id: string;
  municipality_id: string;
}

const CONSENT_OF_SCAN = `
  SELECT s.id AS scan_id, s.municipality_id, c.status, c.basis, to_char(c.decision_date, 'YYYY-MM-DD') AS decision_date,
         c.reference, u.id AS decided_by_id, u.name AS decided_by_name, c.decided_at, c.version
    FROM scans s
    LEFT JOIN scan_consents c ON c.scan_id = s.id
    LEFT JOIN users u ON u.id = c.decided_by
   WHERE s.id = $1`;

/**
 * Consent behind the regional picture: the municipality's coordinators decide per scan whether its
 * outcomes may feed the picture and hold back single recommendations. Writes are theirs alone (the
 * grant table and row-level security); every change is audited and written to the timeline of each
 * recommendation it touches. Changes count from the next snapshot: published ones never change.
 */
export class ConsentService {
  constructor(private readonly db: DataSource) {}

  /** Records the decision on the scan's version; STALE_VERSION when someone recorded one in between. */
  async setScanConsent(
    acting: Acting,
    scanId: string,
    input: ScanConsentInput,
    expectedVersion: number,
  ): Promise<ScanConsent> {
    return runConfidential(this.db, acting, Permission.CONSENT_WRITE, async (work) => {
      const { tx, acting: who } = work;
      const basis = input.basis.trim();
      const reference = input.reference.trim();
      const decisionDate = input.decisionDate ?? null;
      const problems: FieldProblem[] = [];
      if (consentNeedsBasis(input.status) && !basis) {
        problems.push({ field: 'basis', reason: 'REQUIRED' });
      }
      if (decisionDate && decisionDate > todayInAmsterdam()) {
        problems.push({ field: 'decisionDate', reason: 'DECISION_IN_FUTURE' });
      }
      if (problems.length) {
        throw new BadInputError('The decision is incomplete.', problems);
      }
      const scan = await this.findInReach(work, 'scans', 'scan', scanId);
      const [current] = await tx.query<{ status: ConsentStatus; version: number }[]>(
        'SELECT status, version FROM scan_consents WHERE scan_id = $1 FOR UPDATE',
        [scan.id],
      );
      checkVersion({ version: current?.version ?? 0 }, expectedVersion, 'consent');
      const values = [scan.id, input.status, basis, decisionDate, reference, who.viewer.userId];
      if (current) {
        await tx.query(
          `UPDATE scan_consents SET status = $2, basis = $3, decision_date = $4, reference = $5, decided_by = $6,
                  decided_at = now(), version = version + 1
            WHERE scan_id = $1`,
          values,
        );
      } else {
        const inserted = await tx.query<unknown[]>(
          `INSERT INTO scan_consents (scan_id, region_id, municipality_id, status, basis, decision_date, reference, decided_by)
           SELECT s.id, s.region_id, s.municipality_id, $2, $3, $4, $5, $6 FROM scans s WHERE s.id = $1
           ON CONFLICT (scan_id) DO NOTHING RETURNING scan_id`,
          values,
        );
        if (inserted.length === 0) {
          // Someone recorded the first decision at the same moment.
          const [now] = await tx.query<{ version: number }[]>('SELECT version FROM scan_consents WHERE scan_id = $1', [
            scan.id,
          ]);
          checkVersion({ version: now?.version ?? 0 }, expectedVersion, 'consent');
        }
      }
      await tx.query(
        `INSERT INTO recommendation_events (recommendation_id, region_id, municipality_id, kind, actor_user_id,
                                            from_consent, to_consent)
         SELECT r.id, r.region_id, r.municipality_id, 'CONSENT', $2, $3, $4 FROM recommendations r WHERE r.scan_id = $1`,
        [scan.id, who.viewer.userId, current?.status ?? 'NOT_DECIDED', input.status],
      );
      await work.audit([
        {
          municipalityId: scan.municipality_id,
          action: 'UPDATE',
          entity: 'scan_consent',
          entityId: scan.id,
          details: { status: input.status },
        },
      ]);
      return this.readConsent(tx, who.viewer, scan.id);
    });
  }

  /** Keeps a recommendation out of the regional picture. Held back already: nothing changes. */
  async holdBack(acting: Acting, recommendationId: string): Promise<HoldBackResult> {
    return runConfidential(this.db, acting, Permission.CONSENT_WRITE, async (work) => {
      const rec = await this.findInReach(work, 'recommendations', 'recommendation', recommendationId);
      const inserted = await work.tx.query<unknown[]>(
        `INSERT INTO recommendation_holdbacks (recommendation_id, region_id, municipality_id, held_back_by)
         SELECT r.id, r.region_id, r.municipality_id, $2 FROM recommendations r WHERE r.id = $1
         ON CONFLICT (recommendation_id) DO NOTHING RETURNING recommendation_id`,
        [rec.id, work.acting.viewer.userId],
      );
      if (inserted.length) {
        await this.recordChange(work, rec, 'HOLD_BACK', 'CREATE');
      }
      return { recommendationId: rec.id, holdBack: await this.readHoldBack(work.tx, rec.id) };
    });
  }

  /** Lets a held-back recommendation contribute again. Not held back: nothing changes. */
  async release(acting: Acting, recommendationId: string): Promise<HoldBackResult> {
    return runConfidential(this.db, acting, Permission.CONSENT_WRITE, async (work) => {
      const rec = await this.findInReach(work, 'recommendations', 'recommendation', recommendationId);
      const [deleted] = await work.tx.query<{ removed: number }[]>(
        `WITH d AS (DELETE FROM recommendation_holdbacks WHERE recommendation_id = $1 RETURNING 1)
         SELECT count(*)::int AS removed FROM d`,
        [rec.id],
      );
      if (deleted && deleted.removed > 0) {
        await this.recordChange(work, rec, 'RELEASE', 'DELETE');
      }
      return { recommendationId: rec.id, holdBack: null };
    });
  }

  private async recordChange(
    work: ConfidentialWork,
    rec: Placed,
    kind: 'HOLD_BACK' | 'RELEASE',
    action: 'CREATE' | 'DELETE',
  ): Promise<void> {
    await work.tx.query(
      `INSERT INTO recommendation_events (recommendation_id, region_id, municipality_id, kind, actor_user_id)
       SELECT r.id, r.region_id, r.municipality_id, $2, $3 FROM recommendations r WHERE r.id = $1`,
      [rec.id, kind, work.acting.viewer.userId],
    );
    await work.audit([
      { municipalityId: rec.municipality_id, action, entity: 'recommendation_holdback', entityId: rec.id },
    ]);
  }

  /**
   * The scan or recommendation if it lies in the writer's reach; otherwise the same NOT_FOUND as a missing id, recorded as a denied attempt for its owner.
   */
  private async findInReach(
    work: ConfidentialWork,
    table: 'scans' | 'recommendations',
    entity: 'scan' | 'recommendation',
    id: string,
  ): Promise<Placed> {
    const what = entity === 'scan' ? 'Scan' : 'Recommendation';
    if (!isUuid(id)) {
      throw new NotFoundError(what);
    }
    const scope = work.scope('x');
    const row = await work.tx
      .createQueryBuilder()
      .select(['x.id AS id', 'x.municipality_id AS municipality_id'])
      .from(table, 'x')
      .where(scope.sql, scope.params)
      .andWhere('x.id = :id', { id })
      .getRawOne<Placed>();
    if (!row) {
      throw new NotFoundError(what, { entity, id });
    }
    return row;
  }

  private async readConsent(tx: EntityManager, viewer: Viewer, scanId: string): Promise<ScanConsent> {
    const [row] = await tx.query<ConsentRow[]>(CONSENT_OF_SCAN, [scanId]);
    if (!row) {
      throw new NotFoundError('Scan');
    }
    return toScanConsent(viewer, row);
  }

  private async readHoldBack(tx: EntityManager, recommendationId: string) {
    const [row] = await tx.query<HoldBackRow[]>(
      `SELECT h.recommendation_id, h.held_back_at, u.id AS held_back_by_id, u.name AS held_back_by_name
         FROM recommendation_holdbacks h LEFT JOIN users u ON u.id = h.held_back_by
        WHERE h.recommendation_id = $1`,
      [recommendationId],
    );
    return row ? toHoldBack(row) : null;
  }
}
