import type { DataSource, EntityManager } from 'typeorm';
import { runConfidential, type ConfidentialWork } from '../../access/confidential';
import { Permission, rolesWith } from '../../access/permissions';
import type { Acting } from '../../access/viewer';
import { BadInputError, ConflictError, NotFoundError, type FieldProblem } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { checkVersion } from '../../common/versions';
import { memberAuditEntries, type AuditEntry } from '../audit/audit.service';
import { enqueueNotifications } from '../notifications/outbox';
import type { PairingEngine, PairingInput, LearningLine } from './pairing-contract';
import { groupKey, learningLines, loadPool, type Pool } from './pairing-pool';
import type { GroupExplanation, ProposalStatus } from './proposal.entity';
import type { PeerArrangementScore, PeerProposal } from './proposal.types';
import { findTrack, type TrackRecord } from './track.service';

interface ProposalRow {
  id: string;
  track_id: string;
  status: ProposalStatus;
  version: number;
  enrolment_fingerprint: string;
  total: number;
  repeats: number;
  exact: boolean;
  computed_at: Date;
  published_at: Date | null;
}

/** A group to store: its members (municipality ids), what it scores and why. */
interface GroupToStore {
  members: string[];
  locked: boolean;
  score: number;
  bonus: number;
  repeats: number;
  explanation: GroupExplanation;
}

/** The learning lines members may see: both sides consented; never points. */
type SharedLine = Omit<LearningLine, 'points'>;

const PROPOSAL_COLUMNS = `id, track_id, status, version, enrolment_fingerprint, total, repeats, exact, computed_at, published_at`;

/**
 * Staff's pairing of a track: run the engine (keeping locked groups), lock, rearrange by hand,
 * publish. One draft per track; publishing turns it into the published proposal and the previous
 * one into history. The track row is locked by every write, so runs and publications of one track
 * queue; each change raises the proposal's version, so a change based on an older view is refused
 * (STALE_VERSION), and a proposal whose enrolments changed since it was computed cannot be published.
 */
export class PeerPairingService {
  constructor(
    private readonly db: DataSource,
    private readonly engine: PairingEngine,
  ) {}

  /** The draft if there is one, else the published proposal, else null. */
  async current(acting: Acting, trackId: string): Promise<PeerProposal | null> {
    return runConfidential(this.db, acting, Permission.TRACK_MANAGE, async (work) => {
      const track = await findTrack(work.tx, acting.viewer.regionId, trackId);
      const [row] = await work.tx.query<ProposalRow[]>(
        `SELECT ${PROPOSAL_COLUMNS} FROM peer_proposals WHERE track_id = $1 AND status IN ('DRAFT','PUBLISHED')
          ORDER BY status = 'DRAFT' DESC LIMIT 1`,
        [track.id],
      );
      if (!row) {
        return null;
      }
      const pool = await loadPool(work.tx, track);
      await work.audit(poolAudit(pool));
      return this.view(work.tx, row, pool);
    });
  }

  /** Runs the engine on the current enrolments, keeping the draft's locked groups. */
  async run(acting: Acting, trackId: string): Promise<PeerProposal> {
    return runConfidential(this.db, acting, Permission.TRACK_MANAGE, async (work) => {
      const track = await findTrack(work.tx, acting.viewer.regionId, trackId, true);
      const pool = await loadPool(work.tx, track);
      const [draft] = await work.tx.query<ProposalRow[]>(
        `SELECT ${PROPOSAL_COLUMNS} FROM peer_proposals WHERE track_id = $1 AND status = 'DRAFT' FOR UPDATE`,
        [track.id],
      );
      const locked = draft ? await lockedGroups(work.tx, draft.id) : [];
      requireActive(
        pool,
        locked.map((g) => g.members),
        'groups',
      );
      const result = this.engine.proposeGroups({ ...pool.input, locked: locked.map((g) => g.members) });
      if (!result.feasible) {
        throw new ConflictError(result.reason, 'No grouping satisfies the rules.', { detail: result.detail });
      }
      const groups: GroupToStore[] = result.groups.map((g) => ({
        members: g.members,
        locked: g.locked,
        score: g.score,
        bonus: g.bonus,
        repeats: g.repeats,
        explanation: g.explanation,
      }));
      const id = await this.store(work, track, draft ?? null, pool, groups, {
        total: result.total,
        repeats: result.repeats,
        exact: result.exact,
      });
      await work.audit(poolAudit(pool));
      return this.viewById(work.tx, id, pool);
    });
  }

  /** Locks or unlocks a group of the draft; locking one with a withdrawn member is refused. */
  async setLocked(acting: Acting, groupId: string, locked: boolean, expectedVersion: number): Promise<PeerProposal> {
    return runConfidential(this.db, acting, Permission.TRACK_MANAGE, async (work) => {
      const [group] = isUuid(groupId)
        ? await work.tx.query<{ id: string; proposal_id: string; track_id: string }[]>(
            `SELECT g.id, g.proposal_id, g.track_id FROM peer_groups g WHERE g.id = $1 AND g.region_id = $2`,
            [groupId, acting.viewer.regionId],
          )
        : [];
      if (!group) {
        throw new NotFoundError('Group');
      }
      const track = await findTrack(work.tx, acting.viewer.regionId, group.track_id, true);
      const proposal = await this.draftForChange(work.tx, group.proposal_id, expectedVersion);
      const pool = await loadPool(work.tx, track);
      if (locked) {
        const members = await work.tx.query<{ municipality_id: string }[]>(
          'SELECT municipality_id FROM peer_group_members WHERE group_id = $1',
          [group.id],
        );
        requireActive(pool, [members.map((m) => m.municipality_id)], 'groupId');
      }
      await work.tx.query('UPDATE peer_groups SET locked = $2 WHERE id = $1', [group.id, locked]);
      await work.tx.query('UPDATE peer_proposals SET version = version + 1 WHERE id = $1', [proposal.id]);
      return this.viewById(work.tx, proposal.id, pool);
    });
  }

  /** What an arrangement by hand would score; nothing is stored. */
  async preview(acting: Acting, proposalId: string, groups: string[][]): Promise<PeerArrangementScore> {
    return runConfidential(this.db, acting, Permission.TRACK_MANAGE, async (work) => {
      const proposal = await this.findProposal(work.tx, acting, proposalId);
      const track = await findTrack(work.tx, acting.viewer.regionId, proposal.track_id);
      const pool = await loadPool(work.tx, track);
      checkArrangement(track, pool, groups);
      const score = this.engine.scoreGroups({ ...pool.input, locked: [] }, groups);
      return {
        total: score.total,
        repeats: score.repeats,
        groupScores: score.perGroup.map((g) => g.score + g.bonus),
        violations: score.violations,
      };
    });
  }

  /** Replaces the draft's groups by an arrangement by hand (move, swap, split), with the new total. */
  async rearrange(
    acting: Acting,
    proposalId: string,
    groups: string[][],
    expectedVersion: number,
  ): Promise<PeerProposal> {
    return runConfidential(this.db, acting, Permission.TRACK_MANAGE, async (work) => {
      const found = await this.findProposal(work.tx, acting, proposalId);
      const track = await findTrack(work.tx, acting.viewer.regionId, found.track_id, true);
      const proposal = await this.draftForChange(work.tx, found.id, expectedVersion);
      const pool = await loadPool(work.tx, track);
      checkArrangement(track, pool, groups);
      const input: PairingInput = { ...pool.input, locked: [] };
      const score = this.engine.scoreGroups(input, groups);
      // The arrangement's shape was checked above; what the engine can still object to is a "rather not" pair.
      if (score.violations.some((v) => v.startsWith('FORBIDDEN_PAIR:'))) {
        throw new BadInputError('This arrangement pairs municipalities that asked not to be paired.', [
          { field: 'groups', reason: 'FORBIDDEN_PAIRS' },
        ]);
      }
      // Groups that stay as they were keep their lock and the engine's explanation.
      const before = new Map((await storedGroups(work.tx, proposal.id)).map((g) => [groupKey(g.members), g]));
      const stored: GroupToStore[] = score.perGroup.map((g) => {
        const kept = before.get(groupKey(g.members));
        return {
          members: g.members,
          locked: kept?.locked ?? false,
          score: g.score,
          bonus: g.bonus,
          repeats: kept?.repeats ?? countRepeats(input, g.members),
          explanation: kept?.explanation ?? { learning: learningLines(pool, g.members), costOfBreaking: null },
        };
      });
      const id = await this.store(work, track, proposal, pool, stored, {
        total: score.total,
        repeats: score.repeats,
        exact: false,
      });
      await work.audit(poolAudit(pool));
      return this.viewById(work.tx, id, pool);
    });
  }

  /**
   * Publishes the draft: the previous publication becomes history, groups that stayed the same keep
   * their meetings, log and evaluations, and the coordinators and contact persons of every group
   * that is new or changed get a message (in-app and e-mail, through the outbox).
   */
  async publish(acting: Acting, proposalId: string, expectedVersion: number): Promise<PeerProposal> {
    return runConfidential(this.db, acting, Permission.TRACK_MANAGE, async (work) => {
      const found = await this.findProposal(work.tx, acting, proposalId);
      const track = await findTrack(work.tx, acting.viewer.regionId, found.track_id, true);
      const proposal = await this.draftForChange(work.tx, found.id, expectedVersion);
      const pool = await loadPool(work.tx, track);
      if (pool.fingerprint !== proposal.enrolment_fingerprint) {
        throw new ConflictError(
          'STALE_VERSION',
          'Enrolments changed since this proposal was computed. Run the pairing again.',
          { currentVersion: proposal.version, enrolmentsChanged: true },
        );
      }
      const [previous] = await work.tx.query<{ id: string }[]>(
        `SELECT id FROM peer_proposals WHERE track_id = $1 AND status = 'PUBLISHED' FOR UPDATE`,
        [track.id],
      );
      const unchanged = new Set<string>();
      if (previous) {
        // A group that stays the same stays the same row, with its meetings, log and evaluations:
        // the published row moves into the new proposal and takes over the draft's figures.
        const old = new Map((await storedGroups(work.tx, previous.id)).map((g) => [groupKey(g.members), g.id]));
        for (const group of await storedGroups(work.tx, proposal.id)) {
          const oldId = old.get(groupKey(group.members));
          if (oldId) {
            await work.tx.query(
              `UPDATE peer_groups o SET proposal_id = n.proposal_id, position = n.position, locked = n.locked,
                      score = n.score, bonus = n.bonus, repeats = n.repeats, explanation = n.explanation
                 FROM peer_groups n WHERE o.id = $1 AND n.id = $2`,
              [oldId, group.id],
            );
            await work.tx.query('DELETE FROM peer_groups WHERE id = $1', [group.id]);
            unchanged.add(oldId);
          }
        }
        await work.tx.query(`UPDATE peer_proposals SET status = 'SUPERSEDED' WHERE id = $1`, [previous.id]);
      }
      const groups = await storedGroups(work.tx, proposal.id);
      for (const group of groups) {
        const shared: SharedLine[] = group.explanation.learning
          .filter((l) => pool.members.get(l.learner)?.consent && pool.members.get(l.from)?.consent)
          .map(({ goalId, learner, from }) => ({ goalId, learner, from }));
        await work.tx.query(
          `UPDATE peer_groups SET explanation = explanation || jsonb_build_object('shared', $2::jsonb) WHERE id = $1`,
          [group.id, JSON.stringify(shared)],
        );
      }
      await work.tx.query(
        `UPDATE peer_proposals SET status = 'PUBLISHED', published_at = now(), published_by = $2, version = version + 1
          WHERE id = $1`,
        [proposal.id, acting.viewer.userId],
      );
      const changedMunicipalities = groups.filter((g) => !unchanged.has(g.id)).flatMap((g) => g.members);
      await this.notify(work.tx, track, changedMunicipalities);
      await work.audit([
        ...poolAudit(pool),
        ...groups.flatMap((g) =>
          memberAuditEntries(g.members, { action: 'CREATE', entity: 'peer_group', entityId: g.id }),
        ),
      ]);
      return this.viewById(work.tx, proposal.id, pool);
    });
  }

  /** Coordinators of the municipalities and the contact persons of their enrolments, once each. */
  private async notify(tx: EntityManager, track: TrackRecord, municipalityIds: string[]): Promise<void> {
    if (!municipalityIds.length) {
      return;
    }
    const recipients = await tx.query<{ id: string }[]>(
      `SELECT u.id FROM users u
        WHERE u.disabled_at IS NULL AND u.region_id = $4 AND u.municipality_id = ANY($1::uuid[]) AND u.role = ANY($3::text[])
       UNION
       SELECT c.user_id FROM peer_enrolment_contacts c JOIN users u ON u.id = c.user_id AND u.disabled_at IS NULL
        WHERE c.track_id = $2 AND c.municipality_id = ANY($1::uuid[])
       ORDER BY 1`,
      [municipalityIds, track.id, rolesWith(Permission.TRACK_ENROL), track.region_id],
    );
    await enqueueNotifications(
      tx,
      recipients.map((r) => ({
        kind: 'PEER_GROUP_PUBLISHED' as const,
        recipientUserId: r.id,
        payload: { trackId: track.id },
      })),
    );
  }

  /** Writes the proposal's groups (replacing a draft's), returning the proposal id. */
  private async store(
    work: ConfidentialWork,
    track: TrackRecord,
    draft: ProposalRow | null,
    pool: Pool,
    groups: GroupToStore[],
    totals: { total: number; repeats: number; exact: boolean },
  ): Promise<string> {
    const { tx, acting } = work;
    let id: string;
    if (draft) {
      id = draft.id;
      await tx.query('DELETE FROM peer_groups WHERE proposal_id = $1', [id]);
      await tx.query(
        `UPDATE peer_proposals SET total = $2, repeats = $3, exact = $4, enrolment_fingerprint = $5, computed_at = now(),
                computed_by = $6, version = version + 1 WHERE id = $1`,
        [id, totals.total, totals.repeats, totals.exact, pool.fingerprint, acting.viewer.userId],
      );
    } else {
      const [row] = await tx.query<{ id: string }[]>(
        `INSERT INTO peer_proposals (track_id, region_id, enrolment_fingerprint, total, repeats, exact, computed_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [track.id, track.region_id, pool.fingerprint, totals.total, totals.repeats, totals.exact, acting.viewer.userId],
      );
      id = row!.id;
    }
    const ordered = [...groups].sort((a, b) => groupKey(a.members).localeCompare(groupKey(b.members)));
    const inserted = await tx.query<{ id: string; position: number }[]>(
      `INSERT INTO peer_groups (proposal_id, track_id, region_id, position, locked, score, bonus, repeats, explanation)
       SELECT $1, $2, $3, g.position - 1, g.locked, g.score, g.bonus, g.repeats, g.explanation
         FROM ROWS FROM (jsonb_to_recordset($4::jsonb) AS (locked boolean, score int, bonus int, repeats int, explanation jsonb))
              WITH ORDINALITY AS g(locked, score, bonus, repeats, explanation, position)
       RETURNING id, position`,
      [
        id,
        track.id,
        track.region_id,
        JSON.stringify(
          ordered.map((g) => ({
            locked: g.locked,
            score: g.score,
            bonus: g.bonus,
            repeats: g.repeats,
            explanation: g.explanation,
          })),
        ),
      ],
    );
    const members = inserted.flatMap((row) =>
      ordered[row.position]!.members.map((municipalityId) => ({
        group_id: row.id,
        municipality_id: municipalityId,
        enrolment_id: pool.members.get(municipalityId)!.enrolmentId,
      })),
    );
    await tx.query(
      `INSERT INTO peer_group_members (group_id, track_id, municipality_id, enrolment_id, region_id)
       SELECT m.group_id, $1, m.municipality_id, m.enrolment_id, $2
         FROM jsonb_to_recordset($3::jsonb) AS m(group_id uuid, municipality_id uuid, enrolment_id uuid)`,
      [track.id, track.region_id, JSON.stringify(members)],
    );
    return id;
  }

  private async findProposal(tx: EntityManager, acting: Acting, id: string): Promise<ProposalRow> {
    const [row] = isUuid(id)
      ? await tx.query<ProposalRow[]>(
          `SELECT ${PROPOSAL_COLUMNS} FROM peer_proposals WHERE id = $1 AND region_id = $2`,
          [id, acting.viewer.regionId],
        )
      : [];
    if (!row) {
      throw new NotFoundError('Proposal');
    }
    return row;
  }

  /** The proposal under a row lock, at the expected version and still a draft. */
  private async draftForChange(tx: EntityManager, id: string, expectedVersion: number): Promise<ProposalRow> {
    const [row] = await tx.query<ProposalRow[]>(
      `SELECT ${PROPOSAL_COLUMNS} FROM peer_proposals WHERE id = $1 FOR UPDATE`,
      [id],
    );
    checkVersion(row!, expectedVersion, 'proposal');
    if (row!.status !== 'DRAFT') {
      throw new ConflictError('PROPOSAL_PUBLISHED', 'This proposal has been published; run the pairing again.');
    }
    return row!;
  }

  private async viewById(tx: EntityManager, id: string, pool: Pool): Promise<PeerProposal> {
    const [row] = await tx.query<ProposalRow[]>(`SELECT ${PROPOSAL_COLUMNS} FROM peer_proposals WHERE id = $1`, [id]);
    return this.view(tx, row!, pool);
  }

  private async view(tx: EntityManager, row: ProposalRow, pool: Pool): Promise<PeerProposal> {
    const groups = await storedGroups(tx, row.id);
    const names = new Map(
      (
        await tx.query<{ id: string; name: string }[]>(
          'SELECT id, name FROM municipalities WHERE id = ANY($1::uuid[])',
          [groups.flatMap((g) => g.members)],
        )
      ).map((m) => [m.id, m.name]),
    );
    return {
      id: row.id,
      trackId: row.track_id,
      status: row.status,
      version: row.version,
      total: row.total,
      repeats: row.repeats,
      exact: row.exact,
      stale: row.status === 'DRAFT' && row.enrolment_fingerprint !== pool.fingerprint,
      computedAt: row.computed_at,
      publishedAt: row.published_at,
      groups: groups.map((g) => ({
        id: g.id,
        position: g.position,
        locked: g.locked,
        score: g.score,
        bonus: g.bonus,
        repeats: g.repeats,
        members: g.members.map((id) => ({ id, name: names.get(id) ?? '' })),
        learning: g.explanation.learning.map((l) => ({
          goalId: l.goalId,
          learnerId: l.learner,
          fromId: l.from,
          points: l.points,
        })),
        costOfBreaking: g.explanation.costOfBreaking,
      })),
    };
  }
}

interface StoredGroup {
  id: string;
  position: number;
  locked: boolean;
  score: number;
  bonus: number;
  repeats: number;
  explanation: GroupExplanation;
  members: string[];
}

async function storedGroups(tx: EntityManager, proposalId: string): Promise<StoredGroup[]> {
  return await tx.query<StoredGroup[]>(
    `SELECT g.id, g.position, g.locked, g.score, g.bonus, g.repeats, g.explanation,
            array_agg(m.municipality_id ORDER BY m.municipality_id) AS members
       FROM peer_groups g JOIN peer_group_members m ON m.group_id = g.id
      WHERE g.proposal_id = $1 GROUP BY g.id ORDER BY g.position`,
    [proposalId],
  );
}

async function lockedGroups(tx: EntityManager, proposalId: string): Promise<StoredGroup[]> {
  return (await storedGroups(tx, proposalId)).filter((g) => g.locked);
}

/** Refuses groups naming a municipality that withdrew (or is not enrolled). */
function requireActive(pool: Pool, groups: string[][], field: string): void {
  const problems: FieldProblem[] = groups.flatMap((members) =>
    members.filter((m) => !pool.members.has(m)).map(() => ({ field, reason: 'ENROLMENT_WITHDRAWN' as const })),
  );
  if (problems.length) {
    throw new BadInputError('A group names a municipality that is no longer enrolled.', problems.slice(0, 1));
  }
}

/**
 * An arrangement places every enrolled municipality (exactly once unless the track allows more
 * groups), in groups of two, or three where the group form allows it: PAIRS allows one trio only
 * when the number is odd.
 */
function checkArrangement(track: TrackRecord, pool: Pool, groups: string[][]): void {
  const problems: FieldProblem[] = [];
  groups.forEach((members, i) =>
    members.forEach((m, j) => {
      if (pool.withdrawn.has(m)) {
        problems.push({ field: `groups.${i}.${j}`, reason: 'ENROLMENT_WITHDRAWN' });
      } else if (!pool.members.has(m)) {
        problems.push({ field: `groups.${i}.${j}`, reason: 'INVALID_GROUPS' });
      }
    }),
  );
  if (problems.length) {
    throw new BadInputError('The arrangement names municipalities that are not enrolled.', problems);
  }
  const placed = groups.flat();
  const distinctEverywhere = new Set(placed).size === placed.length;
  const everyone = [...pool.members.keys()].every((m) => placed.includes(m));
  const sizes = groups.every((g) => new Set(g).size === g.length && g.length >= 2 && g.length <= 3);
  const trios = groups.filter((g) => g.length === 3).length;
  const formOk = track.group_form === 'PAIRS_OR_TRIOS' || trios === (pool.members.size % 2 === 1 ? 1 : 0);
  if (!everyone || !sizes || !formOk || (!track.multiple_groups_allowed && !distinctEverywhere)) {
    throw new BadInputError('The groups do not place every enrolled municipality in the track’s group form.', [
      { field: 'groups', reason: 'INVALID_GROUPS' },
    ]);
  }
}

function countRepeats(input: PairingInput, members: string[]): number {
  const key = (a: string, b: string) => (a < b ? `${a},${b}` : `${b},${a}`);
  const repeats = new Set(input.repeats.map(([a, b]) => key(a, b)));
  let count = 0;
  for (const [i, a] of members.entries()) {
    for (const b of members.slice(i + 1)) {
      count += repeats.has(key(a, b)) ? 1 : 0;
    }
  }
  return count;
}

/** Pairing reads every active enrolment's declarations: one entry in each municipality's log. */
function poolAudit(pool: Pool): AuditEntry[] {
  return [...pool.members.values()].map((m) => ({
    municipalityId: m.municipalityId,
    action: 'READ' as const,
    entity: 'peer_enrolment' as const,
    entityId: m.enrolmentId,
    details: { purpose: 'pairing' },
  }));
}
