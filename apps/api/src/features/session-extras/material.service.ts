import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Permission } from '../../access/permissions';
import { requirePermission } from '../../access/policy';
import type { Viewer } from '../../access/viewer';
import { NotFoundError } from '../../common/errors';
import { checkUploadedFile } from '../../common/http-files';
import { isUuid } from '../../common/ids';
import { requireRegionId } from '../../common/region-scope';
import { mayReadMaterials, sessionStanding } from '../registrations/session-standing';
import type { SessionLinkInput, SessionMaterial, MaterialKind } from './session-extras.types';

interface MaterialRow {
  id: string;
  kind: MaterialKind;
  title: string;
  url: string | null;
  file_name: string | null;
  size_bytes: number | null;
  created_at: Date;
}

const COLUMNS = 'm.id, m.kind, m.title, m.url, m.file_name, m.size_bytes, m.created_at';

const toMaterial = (r: MaterialRow): SessionMaterial => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  url: r.url,
  fileName: r.file_name,
  sizeBytes: r.size_bytes,
  downloadPath: r.kind === 'FILE' ? `/api/session-materials/${r.id}` : null,
  createdAt: r.created_at,
});

/**
 * Materials of a session (links and files): programme staff add and remove them; staff and
 * confirmed registrants read and download them. Anyone else is told a material does not exist.
 * Files are checked and served like follow-up evidence (common/http-files.ts).
 */
export class SessionMaterialService {
  constructor(private readonly db: DataSource) {}

  /** The materials of a session by age; the caller has checked that the viewer may read them. */
  async listOf(sessionId: string): Promise<SessionMaterial[]> {
    const rows = await this.db.query<MaterialRow[]>(
      `SELECT ${COLUMNS} FROM session_materials m WHERE m.session_id = $1 ORDER BY m.created_at, m.id`,
      [sessionId],
    );
    return rows.map(toMaterial);
  }

  async addLink(viewer: Viewer, sessionId: string, input: SessionLinkInput): Promise<SessionMaterial> {
    requirePermission(viewer, Permission.PROGRAMME_PLAN);
    const standing = await sessionStanding(this.db.manager, viewer, sessionId);
    const [row] = await this.db.query<MaterialRow[]>(
      `INSERT INTO session_materials AS m (session_id, region_id, kind, title, url, added_by)
       VALUES ($1, $2, 'LINK', $3, $4, $5) RETURNING ${COLUMNS}`,
      [standing.sessionId, standing.regionId, input.title.trim(), input.url, viewer.userId],
    );
    return toMaterial(row!);
  }

  /** Checks the file first (name, size, type from its bytes, as evidence files); stores nothing on a refusal. */
  async addFile(viewer: Viewer, sessionId: string, rawName: string, content: Buffer): Promise<SessionMaterial> {
    requirePermission(viewer, Permission.PROGRAMME_PLAN);
    const standing = await sessionStanding(this.db.manager, viewer, sessionId);
    const { fileName, contentType } = checkUploadedFile(rawName, content);
    const [row] = await this.db.query<MaterialRow[]>(
      `INSERT INTO session_materials AS m (session_id, region_id, kind, title, file_name, content_type, size_bytes, sha256,
                                        content, added_by)
       VALUES ($1, $2, 'FILE', $3, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [
        standing.sessionId,
        standing.regionId,
        fileName,
        contentType,
        content.length,
        createHash('sha256').update(content).digest('hex'),
        content,
        viewer.userId,
      ],
    );
    return toMaterial(row!);
  }

  async remove(viewer: Viewer, id: string): Promise<boolean> {
    requirePermission(viewer, Permission.PROGRAMME_PLAN);
    const [, count] = isUuid(id)
      ? await this.db.query<[unknown[], number]>(`DELETE FROM session_materials WHERE id = $1 AND region_id = $2`, [
          id,
          requireRegionId(viewer.regionId),
        ])
      : [[], 0];
    if (!count) {
      throw new NotFoundError('Material');
    }
    return true;
  }

  /** A file for staff and the session's confirmed registrants; anyone else gets the NOT_FOUND of a missing id. */
  async download(viewer: Viewer, id: string): Promise<{ fileName: string; contentType: string; content: Buffer }> {
    const [row] = isUuid(id)
      ? await this.db.query<{ session_id: string; file_name: string; content_type: string; content: Buffer }[]>(
          `SELECT session_id, file_name, content_type, content FROM session_materials
            WHERE id = $1 AND region_id = $2 AND kind = 'FILE'`,
          [id, requireRegionId(viewer.regionId)],
        )
      : [];
    if (!row || !mayReadMaterials(await sessionStanding(this.db.manager, viewer, row.session_id))) {
      throw new NotFoundError('Material');
    }
    return { fileName: row.file_name, contentType: row.content_type, content: row.content };
  }
}
