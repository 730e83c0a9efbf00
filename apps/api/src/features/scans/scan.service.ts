import type { DataSource, EntityManager } from 'typeorm';
import { runConfidential } from '../../access/confidential';
import { Permission } from '../../access/permissions';
import { can } from '../../access/policy';
import { scopeSql } from '../../access/scope';
import type { Acting, Viewer } from '../../access/viewer';
import { BadInputError, NotFoundError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { checkVersion } from '../../common/versions';
import { listAuditEntries } from '../audit/audit.service';
import { ScanEntity } from './scan.entity';
import type { Scan, ScanInput } from './scan.types';

const toScan =
  (viewer: Viewer) =>
  (s: ScanEntity): Scan => ({
    id: s.id,
    scanDate: s.scanDate,
    kind: s.kind,
    scope: s.scope,
    summary: s.summary,
    version: s.version,
    createdAt: s.createdAt,
    municipalityId: s.municipalityId,
    viewerCan: { edit: can(viewer, Permission.SCAN_WRITE) },
  });

export class ScanService {
  constructor(private readonly db: DataSource) {}

  /** Scans the viewer may see, newest first; optionally of one municipality. */
  async list(acting: Acting, municipalityId?: string | null): Promise<Scan[]> {
    return runConfidential(this.db, acting, Permission.SCAN_READ, async ({ tx, scope: scopeOf, audit }) => {
      const scope = scopeOf('s');
      const qb = tx.getRepository(ScanEntity).createQueryBuilder('s').where(scope.sql, scope.params);
      if (municipalityId) {
        qb.andWhere('s.municipality_id = :municipalityId', { municipalityId });
      }
      const rows = await qb.orderBy('s.scan_date', 'DESC').addOrderBy('s.id').getMany();
      await audit(listAuditEntries('scan', rows));
      return rows.map(toScan(acting.viewer));
    });
  }

  async byId(acting: Acting, id: string): Promise<Scan> {
    return runConfidential(this.db, acting, Permission.SCAN_READ, async ({ tx, audit }) => {
      const scan = await this.findVisible(tx, acting.viewer, id);
      await audit([{ municipalityId: scan.municipalityId, action: 'READ', entity: 'scan', entityId: scan.id }]);
      return toScan(acting.viewer)(scan);
    });
  }

  async create(acting: Acting, input: ScanInput): Promise<Scan> {
    return runConfidential(this.db, acting, Permission.SCAN_WRITE, async ({ tx, audit }) => {
      await this.checkMunicipality(tx, acting.viewer, input.municipalityId);
      const repo = tx.getRepository(ScanEntity);
      const scan = await repo.save(
        repo.create({
          regionId: acting.viewer.regionId,
          municipalityId: input.municipalityId,
          scanDate: input.scanDate,
          kind: input.kind,
          scope: input.scope.trim(),
          summary: input.summary.trim(),
          createdBy: acting.viewer.userId,
        }),
      );
      await audit([{ municipalityId: scan.municipalityId, action: 'CREATE', entity: 'scan', entityId: scan.id }]);
      return toScan(acting.viewer)(scan);
    });
  }

  /** Replaces the scan's fields; STALE_VERSION when someone saved in between. */
  async update(acting: Acting, id: string, input: ScanInput, expectedVersion: number): Promise<Scan> {
    return runConfidential(this.db, acting, Permission.SCAN_WRITE, async ({ tx, audit }) => {
      const scan = await this.findVisible(tx, acting.viewer, id, Permission.SCAN_WRITE, true);
      checkVersion(scan, expectedVersion, 'scan');
      if (input.municipalityId !== scan.municipalityId) {
        throw new BadInputError('A scan cannot move to another municipality.', [
          { field: 'municipalityId', reason: 'IMMUTABLE' },
        ]);
      }
      Object.assign(scan, {
        scanDate: input.scanDate,
        kind: input.kind,
        scope: input.scope.trim(),
        summary: input.summary.trim(),
        version: scan.version + 1,
      });
      const saved = await tx.getRepository(ScanEntity).save(scan);
      await audit([{ municipalityId: scan.municipalityId, action: 'UPDATE', entity: 'scan', entityId: scan.id }]);
      return toScan(acting.viewer)(saved);
    });
  }

  /**
   * Deletes the scan with its recommendations, follow-up and theme links, only at the version the
   * viewer confirmed: a scan someone edited meanwhile is not deleted unseen.
   */
  async delete(acting: Acting, id: string, expectedVersion: number): Promise<void> {
    await runConfidential(this.db, acting, Permission.SCAN_WRITE, async ({ tx, audit }) => {
      const scan = await this.findVisible(tx, acting.viewer, id, Permission.SCAN_WRITE, true);
      checkVersion(scan, expectedVersion, 'scan');
      const [{ count }] = await tx.query<[{ count: number }]>(
        'SELECT count(*)::int AS count FROM recommendations WHERE scan_id = $1',
        [scan.id],
      );
      await tx.getRepository(ScanEntity).delete({ id: scan.id });
      await audit([
        {
          municipalityId: scan.municipalityId,
          action: 'DELETE',
          entity: 'scan',
          entityId: scan.id,
          details: { recommendations: count },
        },
      ]);
    });
  }

  /**
   * The scan if the viewer may see it; otherwise the same NOT_FOUND as for an id that does not exist.
   * `forEdit` locks the row for the rest of the transaction.
   */
  async findVisible(
    tx: EntityManager,
    viewer: Viewer,
    id: string,
    permission = Permission.SCAN_READ,
    forEdit = false,
  ): Promise<ScanEntity> {
    if (!isUuid(id)) {
      throw new NotFoundError('Scan');
    }
    const scope = scopeSql(viewer, permission, 's');
    const qb = tx
      .getRepository(ScanEntity)
      .createQueryBuilder('s')
      .where(scope.sql, scope.params)
      .andWhere('s.id = :id', { id });
    if (forEdit) {
      qb.setLock('pessimistic_write');
    }
    const scan = await qb.getOne();
    if (!scan) {
      throw new NotFoundError('Scan', { entity: 'scan', id });
    }
    return scan;
  }

  private async checkMunicipality(tx: EntityManager, viewer: Viewer, municipalityId: string): Promise<void> {
    const rows = await tx.query<unknown[]>('SELECT 1 FROM municipalities WHERE id = $1 AND region_id = $2', [
      municipalityId,
      viewer.regionId,
    ]);
    if (rows.length === 0) {
      throw new BadInputError('This municipality is not part of your region.', [
        { field: 'municipalityId', reason: 'UNKNOWN_MUNICIPALITY' },
      ]);
    }
  }
}
