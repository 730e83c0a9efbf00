import { randomBytes } from 'node:crypto';
import { createTheme } from './confidential-factories';
import { municipalityId } from './factories';
import { createProgramme } from './programme-factories';
import type { TestApp } from './test-app';

/**
 * Peer-learning rows written as the superuser for test set-up, in Twente. A track builds its own
 * programme and theme; an enrolment needs its track.
 */
const twente = `(SELECT id FROM regions WHERE name = 'Twente')`;
const DAY = 24 * 3600 * 1000;

export interface TestTrack {
  id: string;
  goalIds: string[];
  themeId: string;
}

export async function createTrack(
  app: TestApp,
  options: {
    title?: string;
    open?: boolean;
    goals?: string[];
    groupForm?: 'PAIRS' | 'PAIRS_OR_TRIOS';
    themeId?: string;
    startsOn?: string;
    endsOn?: string;
  } = {},
): Promise<TestTrack> {
  const programmeId = await createProgramme(app, { startYear: 2020, endYear: 2030 });
  const themeId = options.themeId ?? (await createTheme(app));
  const now = Date.now();
  const [opensAt, closesAt] =
    options.open === false
      ? [new Date(now - 30 * DAY), new Date(now - DAY)]
      : [new Date(now - DAY), new Date(now + 30 * DAY)];
  const [track] = await app.owner.query<{ id: string }[]>(
    `INSERT INTO peer_tracks (region_id, programme_id, title, starts_on, ends_on, enrolment_opens_at, enrolment_closes_at, group_form)
     VALUES (${twente}, $1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      programmeId,
      options.title ?? `Traject ${randomBytes(3).toString('hex')}`,
      options.startsOn ?? '2026-01-01',
      options.endsOn ?? '2027-12-31',
      opensAt,
      closesAt,
      options.groupForm ?? 'PAIRS',
    ],
  );
  await app.owner.query(`INSERT INTO peer_track_themes (track_id, theme_id, region_id) VALUES ($1, $2, ${twente})`, [
    track!.id,
    themeId,
  ]);
  const goals = await app.owner.query<{ id: string; position: number }[]>(
    `INSERT INTO peer_track_goals (track_id, region_id, position, title)
     SELECT $1, ${twente}, g.n - 1, g.title FROM unnest($2::text[]) WITH ORDINALITY AS g(title, n) RETURNING id, position`,
    [track!.id, options.goals ?? ['Bibob-beleid', 'Bibob in vergunningen', 'Bibob in vastgoed']],
  );
  return { id: track!.id, goalIds: goals.sort((a, b) => a.position - b.position).map((g) => g.id), themeId };
}

/** An enrolment of the municipality (CBS code) with needs and shares per goal, in goal order. */
export async function createEnrolment(
  app: TestApp,
  track: TestTrack,
  cbsCode: string,
  declarations: { need: number; share: number }[] = [],
  options: { consent?: boolean; withdrawn?: boolean } = {},
): Promise<string> {
  const mId = await municipalityId(app, cbsCode);
  const [row] = await app.owner.query<{ id: string }[]>(
    `INSERT INTO peer_enrolments (track_id, region_id, municipality_id, consent_show_goals, withdrawn_at)
     VALUES ($1, ${twente}, $2, $3, $4) RETURNING id`,
    [track.id, mId, options.consent ?? true, options.withdrawn ? new Date() : null],
  );
  for (const [i, d] of declarations.entries()) {
    await app.owner.query(
      `INSERT INTO peer_enrolment_goals (enrolment_id, track_id, goal_id, region_id, municipality_id, need, share)
       VALUES ($1, $2, $3, ${twente}, $4, $5, $6)`,
      [row!.id, track.id, track.goalIds[i], mId, d.need, d.share],
    );
  }
  return row!.id;
}

/**
 * A proposal of the track with one group of the given enrolments, as the engine would have stored
 * it (learning lines both ways on the first goal, all of them consented and shared when published).
 */
export async function createGroup(
  app: TestApp,
  track: TestTrack,
  enrolmentIds: string[],
  status: 'DRAFT' | 'PUBLISHED' = 'PUBLISHED',
  /** Adds the group to this proposal instead of a new one. */
  intoProposal?: string,
): Promise<{ proposalId: string; groupId: string }> {
  const [proposal] = intoProposal
    ? [{ id: intoProposal }]
    : await app.owner.query<{ id: string }[]>(
        `INSERT INTO peer_proposals (track_id, region_id, status, enrolment_fingerprint, total, exact, published_at)
     SELECT id, region_id, $2,
            (SELECT md5(string_agg(e.id || ':' || e.version, ',' ORDER BY e.id)) FROM peer_enrolments e WHERE e.track_id = $1),
            6, true, CASE WHEN $2 = 'DRAFT' THEN NULL ELSE now() END
       FROM peer_tracks WHERE id = $1 RETURNING id`,
        [track.id, status],
      );
  const members = await app.owner.query<{ municipality_id: string }[]>(
    'SELECT municipality_id FROM peer_enrolments WHERE id = ANY($1::uuid[]) ORDER BY municipality_id',
    [enrolmentIds],
  );
  const [a, b] = members.map((m) => m.municipality_id);
  const learning = [
    { goalId: track.goalIds[0], learner: a, from: b, points: 3 },
    { goalId: track.goalIds[0], learner: b, from: a, points: 3 },
  ];
  const explanation = {
    learning,
    costOfBreaking: 2,
    ...(status === 'PUBLISHED' ? { shared: learning.map(({ points: _, ...line }) => line) } : {}),
  };
  const [group] = await app.owner.query<{ id: string }[]>(
    `INSERT INTO peer_groups (proposal_id, track_id, region_id, position, score, explanation)
     SELECT $1, id, region_id, (SELECT count(*) FROM peer_groups WHERE proposal_id = $1), 6, $3::jsonb
       FROM peer_tracks WHERE id = $2 RETURNING id`,
    [proposal!.id, track.id, JSON.stringify(explanation)],
  );
  await app.owner.query(
    `INSERT INTO peer_group_members (group_id, track_id, municipality_id, enrolment_id, region_id)
     SELECT $1, e.track_id, e.municipality_id, e.id, e.region_id FROM peer_enrolments e WHERE e.id = ANY($2::uuid[])`,
    [group!.id, enrolmentIds],
  );
  return { proposalId: proposal!.id, groupId: group!.id };
}
