import type { DataSource } from 'typeorm';
import { runConfidential, type ConfidentialWork } from '../../access/confidential';
import { Permission } from '../../access/permissions';
import type { Acting } from '../../access/viewer';
import { NotFoundError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { memberAuditEntries } from '../audit/audit.service';
import type { PeerGroup } from './peer-group.types';

interface GroupRow {
  id: string;
  track_id: string;
  track_title: string;
  starts_on: string;
  ends_on: string;
  shared: { goalId: string; learner: string; from: string }[] | null;
}

/**
 * Published groups as their members see them (membership scope: a group belongs to each member
 * municipality): partners with their contact persons, and the goals they are paired on where both
 * sides consented (fixed when the group was published). Never scores, points or other answers:
 * the stored explanation is read for its `shared` lines only. Row-level security shows members
 * only groups of a published proposal.
 */
export class PeerGroupService {
  constructor(private readonly db: DataSource) {}

  /** The viewer's municipality's published groups, newest track first (its peer-learning history). */
  async mine(acting: Acting): Promise<PeerGroup[]> {
    return runConfidential(this.db, acting, Permission.PEER_GROUP_READ, (work) => this.load(work, null));
  }

  async byId(acting: Acting, id: string): Promise<PeerGroup> {
    return runConfidential(this.db, acting, Permission.PEER_GROUP_READ, async (work) => {
      const [group] = isUuid(id) ? await this.load(work, id) : [];
      if (!group) {
        throw new NotFoundError('Group');
      }
      return group;
    });
  }

  private async load(work: ConfidentialWork, id: string | null): Promise<PeerGroup[]> {
    const scope = work.scope('g', { members: { table: 'peer_group_members', record: 'group_id' } });
    const qb = work.tx
      .createQueryBuilder()
      .select(
        `g.id AS id, g.track_id AS track_id, t.title AS track_title, t.starts_on::text AS starts_on,
         t.ends_on::text AS ends_on, g.explanation -> 'shared' AS shared`,
      )
      .from('peer_groups', 'g')
      .innerJoin('peer_tracks', 't', 't.id = g.track_id')
      .where(scope.sql, scope.params)
      .orderBy('t.starts_on', 'DESC')
      .addOrderBy('g.id');
    if (id) {
      qb.andWhere('g.id = :id', { id });
    }
    const groups = await qb.getRawMany<GroupRow>();
    const ids = groups.map((g) => g.id);
    const members = await work.tx.query<{ group_id: string; municipality_id: string; name: string }[]>(
      `SELECT m.group_id, m.municipality_id, mu.name FROM peer_group_members m JOIN municipalities mu ON mu.id = m.municipality_id
        WHERE m.group_id = ANY($1::uuid[]) ORDER BY mu.name`,
      [ids],
    );
    const contacts = await work.tx.query<
      { group_id: string; municipality_id: string; user_id: string; name: string; email: string }[]
    >(
      `SELECT m.group_id, c.municipality_id, u.id AS user_id, u.name, u.email
         FROM peer_group_members m
         JOIN peer_enrolment_contacts c ON c.enrolment_id = m.enrolment_id
         JOIN users u ON u.id = c.user_id AND u.disabled_at IS NULL
        WHERE m.group_id = ANY($1::uuid[]) ORDER BY u.name`,
      [ids],
    );
    const goals = new Map(
      (
        await work.tx.query<{ id: string; title: string }[]>(
          'SELECT id, title FROM peer_track_goals WHERE track_id = ANY($1::uuid[])',
          [[...new Set(groups.map((g) => g.track_id))]],
        )
      ).map((g) => [g.id, g.title]),
    );
    await work.audit(
      groups.flatMap((g) =>
        memberAuditEntries(
          members.filter((m) => m.group_id === g.id).map((m) => m.municipality_id),
          { action: 'READ', entity: 'peer_group', entityId: g.id },
        ),
      ),
    );
    return groups.map((g) => ({
      id: g.id,
      trackId: g.track_id,
      trackTitle: g.track_title,
      trackStartsOn: g.starts_on,
      trackEndsOn: g.ends_on,
      members: members
        .filter((m) => m.group_id === g.id)
        .map((m) => ({
          municipalityId: m.municipality_id,
          name: m.name,
          contacts: contacts
            .filter((c) => c.group_id === g.id && c.municipality_id === m.municipality_id)
            .map((c) => ({ userId: c.user_id, name: c.name, email: c.email })),
        })),
      pairedGoals: (g.shared ?? []).map((l) => ({
        goalId: l.goalId,
        goalTitle: goals.get(l.goalId) ?? '',
        learnerId: l.learner,
        fromId: l.from,
      })),
    }));
  }
}
