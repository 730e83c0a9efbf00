import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { runConfidential } from '../../access/confidential';
import { Permission } from '../../access/permissions';
import type { Acting } from '../../access/viewer';
import { NotFoundError } from '../../common/errors';
import { checkUploadedFile } from '../../common/http-files';
import { isUuid } from '../../common/ids';
import type { RecommendationService } from '../recommendations/recommendation.service';
import { appendTimeline } from './follow-up.service';
import type { Attachment } from './follow-up.types';

export interface AttachmentFile extends Attachment {
  content: Buffer;
}

/**
 * Evidence files of follow-up, kept in PostgreSQL: added by the recommendation's coordinators or owner
 * (with a timeline entry, in one transaction), downloaded by whoever may read the recommendation,
 * every download audited.
 */
export class AttachmentService {
  constructor(
    private readonly db: DataSource,
    private readonly recommendations: RecommendationService,
  ) {}

  /**
   * Checks the file (not empty, at most 10 MB, a name, an accepted type detected from its bytes)
   * before anything is stored; then stores it and its timeline entry together.
   */
  async upload(acting: Acting, recommendationId: string, rawName: string, content: Buffer): Promise<Attachment> {
    // Evidence is progress: coordinators, and owners on their own recommendations.
    return runConfidential(this.db, acting, Permission.FOLLOW_UP_PROGRESS, async ({ tx, audit }) => {
      const rec = await this.recommendations.findVisible(tx, acting, recommendationId, Permission.FOLLOW_UP_PROGRESS);
      const { fileName, contentType } = checkUploadedFile(rawName, content);
      const [row] = await tx.query<{ id: string }[]>(
        `INSERT INTO recommendation_attachments (recommendation_id, region_id, municipality_id, file_name, content_type,
                                                 size_bytes, sha256, content, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          rec.id,
          rec.regionId,
          rec.municipalityId,
          fileName,
          contentType,
          content.length,
          createHash('sha256').update(content).digest('hex'),
          content,
          acting.viewer.userId,
        ],
      );
      await appendTimeline(tx, rec, acting.viewer.userId, [{ kind: 'ATTACHMENT', attachment_id: row!.id }]);
      await audit([
        {
          municipalityId: rec.municipalityId,
          action: 'CREATE',
          entity: 'recommendation_attachment',
          entityId: row!.id,
        },
      ]);
      return { id: row!.id, fileName, contentType, sizeBytes: content.length };
    });
  }

  /**
   * The file, if the viewer may read its recommendation; otherwise the same NOT_FOUND as for an id
   * that does not exist (and a denied attempt in the owning municipality's log).
   */
  async download(acting: Acting, id: string): Promise<AttachmentFile> {
    return runConfidential(this.db, acting, Permission.RECOMMENDATION_READ, async ({ tx, scope, audit }) => {
      if (!isUuid(id)) {
        throw new NotFoundError('Attachment');
      }
      // The recommendation's scope (a participant: only what is assigned to them), and RLS below it.
      const filter = scope('r', { user: 'owner_user_id' });
      const row = await tx
        .createQueryBuilder()
        .select(['a.id AS id', 'a.file_name AS file_name', 'a.content_type AS content_type'])
        .addSelect(['a.size_bytes AS size_bytes', 'a.content AS content', 'a.municipality_id AS municipality_id'])
        .from('recommendation_attachments', 'a')
        .innerJoin('recommendations', 'r', 'r.id = a.recommendation_id')
        .where('a.id = :id', { id })
        .andWhere(filter.sql, filter.params)
        .getRawOne<{
          id: string;
          file_name: string;
          content_type: string;
          size_bytes: number;
          content: Buffer;
          municipality_id: string;
        }>();
      if (!row) {
        throw new NotFoundError('Attachment', { entity: 'recommendation_attachment', id });
      }
      await audit([
        {
          municipalityId: row.municipality_id,
          action: 'DOWNLOAD',
          entity: 'recommendation_attachment',
          entityId: row.id,
        },
      ]);
      return {
        id: row.id,
        fileName: row.file_name,
        contentType: row.content_type,
        sizeBytes: row.size_bytes,
        content: row.content,
      };
    });
  }
}
