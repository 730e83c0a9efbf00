import type { DataSource, EntityManager } from 'typeorm';
import { runConfidential, type ConfidentialWork } from '../../access/confidential';
import { Permission } from '../../access/permissions';
import { can, requireOn } from '../../access/policy';
import type { Acting } from '../../access/viewer';
import { BadInputError, ConflictError, NotFoundError, type FieldProblem } from '../../common/errors';
import { isUniqueViolation } from '../../common/db-errors';
import { isUuid } from '../../common/ids';
import { checkVersion } from '../../common/versions';
import { listAuditEntries } from '../audit/audit.service';
import { enrolmentOpen, findTrack, type TrackRecord } from './track.service';
import type { PeerEnrolment, PeerEnrolmentInput, PreferenceKind } from './enrolment.types';

interface EnrolmentRow {
  id: string;
  track_id: string;
  municipality_id: string;
  municipality_name: string;
  available_months: string[];
  consent_show_goals: boolean;
  withdrawn_at: Date | null;
  version: number;
  updated_at: Date;
}

const ENROLMENT_COLUMNS = `e.id, e.track_id, e.municipality_id, m.name AS municipality_name,
  ARRAY(SELECT to_char(d, 'YYYY-MM') FROM unnest(e.available_months) AS d ORDER BY d) AS available_months,
  e.consent_show_goals, e.withdrawn_at, e.version, e.updated_at`;

/**
 * Enrolments of municipalities in tracks (brief, confidentiality rule 6). Programme staff see every
 * enrolment of the region with its declarations; a coordinator sees and writes the own
 * municipality's only, and only while the window is open. Every read and write is audited for the
 * municipality concerned.
 */
export class PeerEnrolmentService {
  constructor(private readonly db: DataSource) {}

  /** Staff: every enrolment of the track (withdrawn ones too); a coordinator: the own one. */
  async list(acting: Acting, trackId: string): Promise<PeerEnrolment[]> {
    const permission = can(acting.viewer, Permission.TRACK_MANAGE) ? Permission.TRACK_MANAGE : Permission.TRACK_ENROL;
    return runConfidential(this.db, acting, permission, async (work) => {
      const track = await findTrack(work.tx, acting.viewer.regionId, trackId);
      const scope = work.scope('e');
      const rows = await work.tx
        .createQueryBuilder()
        .select(ENROLMENT_COLUMNS)
        .from('peer_enrolments', 'e')
        .innerJoin('municipalities', 'm', 'm.id = e.municipality_id')
        .where('e.track_id = :trackId', { trackId: track.id })
        .andWhere(scope.sql, scope.params)
        .orderBy('m.name')
        .getRawMany<EnrolmentRow>();
      await work.audit(
        listAuditEntries(
          'peer_enrolment',
          rows.map((r) => ({ municipalityId: r.municipality_id })),
        ),
      );
      return this.complete(work.tx, rows);
    });
  }

  /** Enrols the viewer's municipality (again, after a withdrawal) while the window is open. */
  async enrol(
    acting: Acting,
    trackId: string,
    municipalityId: string,
    input: PeerEnrolmentInput,
  ): Promise<PeerEnrolment> {
    return runConfidential(this.db, acting, Permission.TRACK_ENROL, async (work) => {
      const {
        tx,
        acting: { viewer },
      } = work;
      // Another municipality answers like one that does not exist, as everywhere in the access layer.
      requireOn(viewer, Permission.TRACK_ENROL, { regionId: viewer.regionId, municipalityId }, 'Municipality');
      // No lock on the track (coordinators may not update it); two racing first enrolments meet
      // at the unique (track, municipality) index instead.
      const track = await findTrack(tx, viewer.regionId, trackId);
      requireOpen(track);
      const values = await checkInput(tx, track, municipalityId, input);
      const [existing] = await tx.query<{ id: string; version: number; withdrawn_at: Date | null }[]>(
        'SELECT id, version, withdrawn_at FROM peer_enrolments WHERE track_id = $1 AND municipality_id = $2 FOR UPDATE',
        [track.id, municipalityId],
      );
      if (existing && !existing.withdrawn_at) {
        throw new ConflictError('ALREADY_ENROLLED', 'Your municipality is already enrolled in this track.', {
          currentVersion: existing.version,
        });
      }
      let id: string;
      if (existing) {
        id = existing.id;
        await tx.query(
          `UPDATE peer_enrolments SET withdrawn_at = NULL, available_months = $2::date[], consent_show_goals = $3,
                  version = version + 1, updated_at = now() WHERE id = $1`,
          [id, values.months, input.consentShowGoals],
        );
      } else {
        const [row] = (await tx
          .query(
            `INSERT INTO peer_enrolments (track_id, region_id, municipality_id, available_months, consent_show_goals, created_by)
             VALUES ($1, $2, $3, $4::date[], $5, $6) RETURNING id`,
            [track.id, viewer.regionId, municipalityId, values.months, input.consentShowGoals, viewer.userId],
          )
          .catch((error: unknown) => {
            if (isUniqueViolation(error, 'peer_enrolments_track_id_municipality_id_key')) {
              throw new ConflictError('ALREADY_ENROLLED', 'Your municipality is already enrolled in this track.');
            }
            throw error;
          })) as { id: string }[];
        id = row!.id;
      }
      await writeChildren(tx, { id, trackId: track.id, regionId: viewer.regionId, municipalityId }, input, !!existing);
      await work.audit([{ municipalityId, action: 'CREATE', entity: 'peer_enrolment', entityId: id }]);
      return this.one(work, id);
    });
  }

  async update(acting: Acting, id: string, input: PeerEnrolmentInput, expectedVersion: number): Promise<PeerEnrolment> {
    return runConfidential(this.db, acting, Permission.TRACK_ENROL, async (work) => {
      const enrolment = await this.findOwn(work, id);
      checkVersion(enrolment, expectedVersion, 'enrolment');
      if (enrolment.withdrawn_at) {
        throw new ConflictError('ENROLMENT_CLOSED', 'This enrolment was withdrawn; enrol again instead.');
      }
      const track = await findTrack(work.tx, acting.viewer.regionId, enrolment.track_id);
      requireOpen(track);
      const values = await checkInput(work.tx, track, enrolment.municipality_id, input);
      await work.tx.query(
        `UPDATE peer_enrolments SET available_months = $2::date[], consent_show_goals = $3, version = version + 1,
                updated_at = now() WHERE id = $1`,
        [id, values.months, input.consentShowGoals],
      );
      await writeChildren(
        work.tx,
        { id, trackId: track.id, regionId: track.region_id, municipalityId: enrolment.municipality_id },
        input,
        true,
      );
      await work.audit([
        { municipalityId: enrolment.municipality_id, action: 'UPDATE', entity: 'peer_enrolment', entityId: id },
      ]);
      return this.one(work, id);
    });
  }

  async withdraw(acting: Acting, id: string, expectedVersion: number): Promise<PeerEnrolment> {
    return runConfidential(this.db, acting, Permission.TRACK_ENROL, async (work) => {
      const enrolment = await this.findOwn(work, id);
      checkVersion(enrolment, expectedVersion, 'enrolment');
      requireOpen(await findTrack(work.tx, acting.viewer.regionId, enrolment.track_id));
      if (!enrolment.withdrawn_at) {
        await work.tx.query(
          'UPDATE peer_enrolments SET withdrawn_at = now(), version = version + 1, updated_at = now() WHERE id = $1',
          [id],
        );
      }
      await work.audit([
        { municipalityId: enrolment.municipality_id, action: 'DELETE', entity: 'peer_enrolment', entityId: id },
      ]);
      return this.one(work, id);
    });
  }

  /** The own municipality's enrolment under a row lock; anything else answers NOT_FOUND. */
  private async findOwn(work: ConfidentialWork, id: string): Promise<EnrolmentRow> {
    const scope = work.scope('e');
    const rows = isUuid(id)
      ? await work.tx
          .createQueryBuilder()
          .select('e.id, e.track_id, e.municipality_id, e.version, e.withdrawn_at')
          .from('peer_enrolments', 'e')
          .where('e.id = :id', { id })
          .andWhere(scope.sql, scope.params)
          .setLock('pessimistic_write')
          .getRawMany<EnrolmentRow>()
      : [];
    if (!rows[0]) {
      throw new NotFoundError('Enrolment');
    }
    return rows[0];
  }

  private async one(work: ConfidentialWork, id: string): Promise<PeerEnrolment> {
    const rows = await work.tx.query<EnrolmentRow[]>(
      `SELECT ${ENROLMENT_COLUMNS} FROM peer_enrolments e JOIN municipalities m ON m.id = e.municipality_id WHERE e.id = $1`,
      [id],
    );
    return (await this.complete(work.tx, rows))[0]!;
  }

  /** Declarations, contacts and preferences of the enrolments: one query each, whatever the number. */
  private async complete(tx: EntityManager, rows: EnrolmentRow[]): Promise<PeerEnrolment[]> {
    const ids = rows.map((r) => r.id);
    const [declarations, contacts, preferences] = (await Promise.all([
      tx.query(
        `SELECT d.enrolment_id, d.goal_id, d.need, d.share FROM peer_enrolment_goals d
           JOIN peer_track_goals g ON g.id = d.goal_id WHERE d.enrolment_id = ANY($1::uuid[]) ORDER BY g.position`,
        [ids],
      ),
      tx.query(
        `SELECT c.enrolment_id, u.id AS user_id, u.name, u.email FROM peer_enrolment_contacts c
           JOIN users u ON u.id = c.user_id WHERE c.enrolment_id = ANY($1::uuid[]) ORDER BY u.name`,
        [ids],
      ),
      tx.query(
        `SELECT p.enrolment_id, p.other_municipality_id, m.name, p.kind FROM peer_enrolment_preferences p
           JOIN municipalities m ON m.id = p.other_municipality_id WHERE p.enrolment_id = ANY($1::uuid[]) ORDER BY m.name`,
        [ids],
      ),
    ])) as [
      { enrolment_id: string; goal_id: string; need: number; share: number }[],
      { enrolment_id: string; user_id: string; name: string; email: string }[],
      { enrolment_id: string; other_municipality_id: string; name: string; kind: PreferenceKind }[],
    ];
    return rows.map((r) => ({
      id: r.id,
      trackId: r.track_id,
      municipalityId: r.municipality_id,
      municipalityName: r.municipality_name,
      availableMonths: r.available_months,
      consentShowGoals: r.consent_show_goals,
      withdrawnAt: r.withdrawn_at,
      version: r.version,
      updatedAt: r.updated_at,
      declarations: declarations
        .filter((d) => d.enrolment_id === r.id)
        .map((d) => ({ goalId: d.goal_id, need: d.need, share: d.share })),
      contacts: contacts
        .filter((c) => c.enrolment_id === r.id)
        .map((c) => ({ userId: c.user_id, name: c.name, email: c.email })),
      preferences: preferences
        .filter((p) => p.enrolment_id === r.id)
        .map((p) => ({ municipalityId: p.other_municipality_id, municipalityName: p.name, kind: p.kind })),
    }));
  }
}

function requireOpen(track: TrackRecord): void {
  if (!enrolmentOpen(track)) {
    throw new ConflictError('ENROLMENT_CLOSED', 'Enrolment for this track is not open.');
  }
}

/** Checks what the database cannot see: goals of this track, months in its period, colleagues, municipalities. */
async function checkInput(tx: EntityManager, track: TrackRecord, municipalityId: string, input: PeerEnrolmentInput) {
  const problems: FieldProblem[] = [];
  const goals = new Set(
    (await tx.query<{ id: string }[]>('SELECT id FROM peer_track_goals WHERE track_id = $1', [track.id])).map(
      (g) => g.id,
    ),
  );
  const seen = new Set<string>();
  input.declarations.forEach((d, i) => {
    if (!goals.has(d.goalId) || seen.has(d.goalId)) {
      problems.push({ field: `declarations.${i}.goalId`, reason: 'UNKNOWN_GOAL' });
    }
    seen.add(d.goalId);
  });
  const first = track.starts_on.slice(0, 7);
  const last = track.ends_on.slice(0, 7);
  input.availableMonths.forEach((month, i) => {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month) || month < first || month > last) {
      problems.push({ field: `availableMonths.${i}`, reason: 'INVALID_MONTH' });
    }
  });
  const contactIds = input.contactUserIds.filter(isUuid);
  const colleagues = await tx.query<{ id: string }[]>(
    'SELECT id FROM users WHERE id = ANY($1::uuid[]) AND municipality_id = $2 AND disabled_at IS NULL',
    [contactIds, municipalityId],
  );
  input.contactUserIds.forEach((userId, i) => {
    if (!colleagues.some((c) => c.id === userId)) {
      problems.push({ field: `contactUserIds.${i}`, reason: 'NOT_A_COLLEAGUE' });
    }
  });
  const others = await tx.query<{ id: string }[]>(
    'SELECT id FROM municipalities WHERE id = ANY($1::uuid[]) AND region_id = $2 AND id <> $3',
    [input.preferences.map((p) => p.municipalityId).filter(isUuid), track.region_id, municipalityId],
  );
  const preferred = new Set<string>();
  input.preferences.forEach((p, i) => {
    if (!others.some((o) => o.id === p.municipalityId) || preferred.has(p.municipalityId)) {
      problems.push({ field: `preferences.${i}.municipalityId`, reason: 'UNKNOWN_MUNICIPALITY' });
    }
    preferred.add(p.municipalityId);
  });
  if (problems.length) {
    throw new BadInputError('Some fields are not valid.', problems);
  }
  return { months: input.availableMonths.map((m) => `${m}-01`) };
}

async function writeChildren(
  tx: EntityManager,
  enrolment: { id: string; trackId: string; regionId: string; municipalityId: string },
  input: PeerEnrolmentInput,
  replace: boolean,
): Promise<void> {
  const { id, trackId, regionId, municipalityId } = enrolment;
  if (replace) {
    for (const table of ['peer_enrolment_goals', 'peer_enrolment_contacts', 'peer_enrolment_preferences']) {
      await tx.query(`DELETE FROM ${table} WHERE enrolment_id = $1`, [id]);
    }
  }
  const base = [id, trackId, regionId, municipalityId];
  await tx.query(
    `INSERT INTO peer_enrolment_goals (enrolment_id, track_id, region_id, municipality_id, goal_id, need, share)
     SELECT $1, $2, $3, $4, d.goal_id, d.need, d.share
       FROM jsonb_to_recordset($5::jsonb) AS d(goal_id uuid, need smallint, share smallint)`,
    [...base, JSON.stringify(input.declarations.map((d) => ({ goal_id: d.goalId, need: d.need, share: d.share })))],
  );
  await tx.query(
    `INSERT INTO peer_enrolment_contacts (enrolment_id, track_id, region_id, municipality_id, user_id)
     SELECT $1, $2, $3, $4, unnest($5::uuid[])`,
    [...base, input.contactUserIds],
  );
  await tx.query(
    `INSERT INTO peer_enrolment_preferences (enrolment_id, track_id, region_id, municipality_id, other_municipality_id, kind)
     SELECT $1, $2, $3, $4, p.other, p.kind FROM jsonb_to_recordset($5::jsonb) AS p(other uuid, kind text)`,
    [...base, JSON.stringify(input.preferences.map((p) => ({ other: p.municipalityId, kind: p.kind })))],
  );
}
