import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { LearningLine, PairingInput } from './pairing-contract';
import type { TrackRecord } from './track.service';

/** One active enrolment as the pairing sees it: by municipality, with its declarations in goal order. */
export interface PoolMember {
  municipalityId: string;
  enrolmentId: string;
  needs: number[];
  shares: number[];
  consent: boolean;
}

/** Everything the engine needs about a track's enrolments, and what publishing checks against. */
export interface Pool {
  goals: string[];
  members: Map<string, PoolMember>;
  /** Municipalities whose enrolment is withdrawn. */
  withdrawn: Set<string>;
  input: Omit<PairingInput, 'locked'>;
  /** The enrolments (ids and versions, withdrawn ones too): changes whenever any enrolment changes. */
  fingerprint: string;
}

/**
 * Reads the pool of a track in the caller's (staff) transaction: active enrolments with their
 * declarations, "rather not" pairs (either side), preferred pairs, and repeats: pairs that shared a
 * published group in another track on one of the same themes.
 */
export async function loadPool(tx: EntityManager, track: TrackRecord): Promise<Pool> {
  const goals = (
    await tx.query<
      {
        id: string;
      }[]
    >('SELECT id FROM peer_track_goals WHERE track_id = $1 ORDER BY position', [track.id])
  ).map((g) => g.id);
  const enrolments = await tx.query<
    {
      id: string;
      version: number;
      municipality_id: string;
      consent_show_goals: boolean;
      withdrawn: boolean;
      needs: number[];
      shares: number[];
      goal_ids: string[] | null;
    }[]
  >(
    `SELECT e.id, e.version, e.municipality_id, e.consent_show_goals, e.withdrawn_at IS NOT NULL AS withdrawn,
            coalesce(array_agg(d.need ORDER BY g.position) FILTER (WHERE g.id IS NOT NULL), '{}') AS needs,
            coalesce(array_agg(d.share ORDER BY g.position) FILTER (WHERE g.id IS NOT NULL), '{}') AS shares,
            array_agg(g.id ORDER BY g.position) FILTER (WHERE g.id IS NOT NULL) AS goal_ids
       FROM peer_enrolments e
       LEFT JOIN peer_enrolment_goals d ON d.enrolment_id = e.id
       LEFT JOIN peer_track_goals g ON g.id = d.goal_id
      WHERE e.track_id = $1
      GROUP BY e.id ORDER BY e.municipality_id`,
    [track.id],
  );
  const members = new Map<string, PoolMember>();
  const withdrawn = new Set<string>();
  for (const e of enrolments) {
    if (e.withdrawn) {
      withdrawn.add(e.municipality_id);
      continue;
    }
    // Goals left out of a declaration count 0/0.
    const byGoal = new Map((e.goal_ids ?? []).map((goalId, i) => [goalId, i]));
    const at = (values: number[], goalId: string) => {
      const index = byGoal.get(goalId);
      return index === undefined ? 0 : Number(values[index]);
    };
    members.set(e.municipality_id, {
      municipalityId: e.municipality_id,
      enrolmentId: e.id,
      needs: goals.map((g) => at(e.needs, g)),
      shares: goals.map((g) => at(e.shares, g)),
      consent: e.consent_show_goals,
    });
  }
  const preferences = await tx.query<
    { municipality_id: string; other_municipality_id: string; kind: 'PREFER' | 'AVOID' }[]
  >(
    `SELECT p.municipality_id, p.other_municipality_id, p.kind FROM peer_enrolment_preferences p
       JOIN peer_enrolments e ON e.id = p.enrolment_id AND e.withdrawn_at IS NULL
      WHERE p.track_id = $1 ORDER BY 1, 2`,
    [track.id],
  );
  const active = (p: { municipality_id: string; other_municipality_id: string }) =>
    members.has(p.municipality_id) && members.has(p.other_municipality_id);
  const pairOf = (p: { municipality_id: string; other_municipality_id: string }): [string, string] => [
    p.municipality_id,
    p.other_municipality_id,
  ];
  const repeats = await tx.query<{ x: string; y: string }[]>(
    `SELECT DISTINCT least(a.municipality_id, b.municipality_id) AS x, greatest(a.municipality_id, b.municipality_id) AS y
       FROM peer_groups g
       JOIN peer_proposals p ON p.id = g.proposal_id AND p.status = 'PUBLISHED'
       JOIN peer_group_members a ON a.group_id = g.id
       JOIN peer_group_members b ON b.group_id = g.id AND b.municipality_id > a.municipality_id
      WHERE g.track_id <> $1
        AND EXISTS (SELECT 1 FROM peer_track_themes mine JOIN peer_track_themes theirs ON theirs.theme_id = mine.theme_id
                     WHERE mine.track_id = $1 AND theirs.track_id = g.track_id)
      ORDER BY 1, 2`,
    [track.id],
  );
  // From the very rows the declarations came from: a fingerprint read in a later statement could
  // already see a change committed meanwhile, and a proposal computed from the old declarations
  // would then pass for current. Same value as md5(string_agg(id || ':' || version, ',' ORDER BY id)).
  const fingerprint = enrolments.length
    ? createHash('md5')
        .update(
          enrolments
            .map((e) => `${e.id}:${e.version}`)
            .sort()
            .join(','),
        )
        .digest('hex')
    : '';
  return {
    goals,
    members,
    withdrawn,
    fingerprint,
    input: {
      goals,
      form: track.group_form,
      members: [...members.values()].map((m) => ({ id: m.municipalityId, needs: m.needs, shares: m.shares })),
      forbidden: preferences.filter((p) => p.kind === 'AVOID' && active(p)).map(pairOf),
      preferred: preferences.filter((p) => p.kind === 'PREFER' && active(p)).map(pairOf),
      repeats: repeats.filter((r) => members.has(r.x) && members.has(r.y)).map((r): [string, string] => [r.x, r.y]),
    },
  };
}

/** Who learns what from whom in a group, per goal: for groups arranged by hand (the engine explains its own). */
export function learningLines(pool: Pool, group: string[]): LearningLine[] {
  const lines: LearningLine[] = [];
  pool.goals.forEach((goalId, g) => {
    for (const learner of group) {
      for (const from of group) {
        const points = learner === from ? 0 : pool.members.get(learner)!.needs[g]! * pool.members.get(from)!.shares[g]!;
        if (points > 0) {
          lines.push({ goalId, learner, from, points });
        }
      }
    }
  });
  return lines;
}

/** The same set of municipalities, whatever the order. */
export const groupKey = (members: readonly string[]) => [...members].sort().join(',');
