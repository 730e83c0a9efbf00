import type { DataSource } from 'typeorm';
import type { Viewer } from '../access/viewer';
import { inViewerTransaction } from '../access/viewer-transaction';
import { SessionService } from '../features/auth/session.service';
import { seededRandom } from './demo-random';

/**
 * Peer-learning demo data (fictional): a completed Bibob track of 2024 with published pairs, their
 * meetings, shared logs and evaluations; and a real-estate track whose enrolment window is open,
 * with 11 municipalities enrolled (an odd count, so one trio), ready for staff to run the engine.
 *
 * Every table is under forced row-level security, so the rows go in as the people who would write
 * them, each in a real session: staff the tracks and groups, each coordinator the own enrolment,
 * log and evaluation.
 */
const DAY = 24 * 3600 * 1000;

const BIBOB_GOALS = [
  'Bibob-beleid vastgesteld',
  'Bibob bij vergunningen',
  'Bibob bij vastgoed',
  'Samenwerken met het LBB',
];
const VASTGOED_GOALS = [
  'Zicht op gemeentelijk vastgoed',
  'Signalen bij aan- en verkoop',
  'Integrale controles',
  'Samenwerking met notarissen en makelaars',
];

/** The completed track's groups (CBS codes): pairs, and the enrolments' needs and shares per goal. */
const PAST_GROUPS: [string, string][] = [
  ['GM0141', 'GM0153'],
  ['GM0164', 'GM0147'],
  ['GM0173', 'GM0168'],
  ['GM1742', 'GM0163'],
];
const OPEN_ENROLLED = [
  'GM0141',
  'GM0147',
  'GM1774',
  'GM0153',
  'GM0158',
  'GM0164',
  'GM1735',
  'GM0168',
  'GM0173',
  'GM1742',
  'GM0183',
];

/** Some answers leave the comment empty, as real ones do; comments are released without names. */
const EVALUATION_COMMENTS = [
  'Veel geleerd van de modelbrieven van de partner.',
  '',
  'Het werkbezoek gaf het meeste inzicht.',
  'Graag een vervolg met een derde gemeente.',
  '',
];

interface Person {
  id: string;
  municipality_id: string;
  cbs_code: string;
}

export async function seedPeerLearning(db: DataSource, regionId: string): Promise<void> {
  const random = seededRandom(2024);
  const sessions = new SessionService(db, { idleMinutes: 60, absoluteHours: 1 });
  const [staffRow] = await db.query<
    {
      id: string;
    }[]
  >(`SELECT id FROM users WHERE email = 'staff@rodedraad.example'`);
  const coordinators = await db.query<Person[]>(
    `SELECT u.id, u.municipality_id, m.cbs_code FROM users u JOIN municipalities m ON m.id = u.municipality_id
      WHERE u.region_id = $1 AND u.role = 'MUNICIPAL_COORDINATOR' AND u.email LIKE 'coordinator.%'`,
    [regionId],
  );
  const byCode = new Map(coordinators.map((c) => [c.cbs_code, c]));
  const viewers = new Map<string, Viewer>();
  const viewerOf = async (userId: string): Promise<Viewer> => {
    if (!viewers.has(userId)) {
      const viewer = await sessions.resolve(await sessions.create(userId));
      if (!viewer) {
        throw new Error('A demo user could not start a session.');
      }
      viewers.set(userId, viewer);
    }
    return viewers.get(userId)!;
  };
  const as = async <T>(userId: string, work: Parameters<typeof inViewerTransaction<T>>[2]) =>
    inViewerTransaction(db, await viewerOf(userId), work);
  const staffId = staffRow!.id;
  try {
    const [programmes, themes] = await Promise.all([
      db.query<{ id: string; start_year: number }[]>(
        'SELECT id, start_year FROM programmes WHERE region_id = $1 ORDER BY start_year',
        [regionId],
      ),
      db.query<{ id: string; title: string }[]>('SELECT id, title FROM themes WHERE region_id = $1', [regionId]),
    ]);
    const theme = (title: string) => themes.find((t) => t.title === title)!.id;
    const now = Date.now();

    const track = (programmeId: string, values: unknown[], themeId: string, goals: string[]) =>
      as(staffId, async (tx) => {
        const [row] = await tx.query<{ id: string }[]>(
          `INSERT INTO peer_tracks (region_id, programme_id, title, description, starts_on, ends_on, enrolment_opens_at,
                                    enrolment_closes_at, group_form, evaluation_closes_at, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
          [regionId, programmeId, ...values, staffId],
        );
        await tx.query(`INSERT INTO peer_track_themes (track_id, theme_id, region_id) VALUES ($1, $2, $3)`, [
          row!.id,
          themeId,
          regionId,
        ]);
        const goalIds = await tx.query<{ id: string }[]>(
          `INSERT INTO peer_track_goals (track_id, region_id, position, title)
           SELECT $1, $2, g.n - 1, g.title FROM unnest($3::text[]) WITH ORDINALITY AS g(title, n) RETURNING id`,
          [row!.id, regionId, goals],
        );
        return { id: row!.id, goalIds: goalIds.map((g) => g.id) };
      });

    const enrol = (trackId: string, goalIds: string[], code: string, months: string[]) => {
      const coordinator = byCode.get(code)!;
      const needs = goalIds.map(() => random.int(0, 3));
      const shares = needs.map((need) => (need >= 2 ? random.int(0, 1) : random.int(1, 3)));
      return as(coordinator.id, async (tx) => {
        const [row] = await tx.query<{ id: string }[]>(
          `INSERT INTO peer_enrolments (track_id, region_id, municipality_id, available_months, consent_show_goals, created_by)
           VALUES ($1, $2, $3, $4::date[], $5, $6) RETURNING id`,
          [trackId, regionId, coordinator.municipality_id, months, random.next() < 0.85, coordinator.id],
        );
        await tx.query(
          `INSERT INTO peer_enrolment_goals (enrolment_id, track_id, goal_id, region_id, municipality_id, need, share)
           SELECT $1, $2, g.goal, $3, $4, g.need, g.share FROM unnest($5::uuid[], $6::int[], $7::int[]) AS g(goal, need, share)`,
          [row!.id, trackId, regionId, coordinator.municipality_id, goalIds, needs, shares],
        );
        await tx.query(
          `INSERT INTO peer_enrolment_contacts (enrolment_id, track_id, user_id, region_id, municipality_id)
           VALUES ($1, $2, $3, $4, $5)`,
          [row!.id, trackId, coordinator.id, regionId, coordinator.municipality_id],
        );
        return { id: row!.id, municipalityId: coordinator.municipality_id, needs, shares };
      });
    };

    // The completed track, in the earlier programme.
    const past = await track(
      programmes[0]!.id,
      [
        'Bibob in de praktijk 2024',
        'Gemeenten die de Wet Bibob stevig toepassen, koppelen we aan gemeenten die daarin willen groeien.',
        '2024-03-01',
        '2024-12-31',
        new Date('2024-01-08T08:00:00Z'),
        new Date('2024-02-12T23:00:00Z'),
        'PAIRS',
        new Date('2025-01-31T23:00:00Z'),
      ],
      theme('Bibob-beleid en -toepassing versterken'),
      BIBOB_GOALS,
    );
    const pastEnrolments = new Map<string, Awaited<ReturnType<typeof enrol>>>();
    for (const code of PAST_GROUPS.flat()) {
      pastEnrolments.set(code, await enrol(past.id, past.goalIds, code, ['2024-04-01', '2024-06-01', '2024-09-01']));
    }
    const groupIds = await as(staffId, async (tx) => {
      const [proposal] = await tx.query<{ id: string }[]>(
        `INSERT INTO peer_proposals (track_id, region_id, status, enrolment_fingerprint, total, exact, computed_by,
                                     computed_at, published_at, published_by)
         SELECT $1, $2, 'PUBLISHED', md5(string_agg(id || ':' || version, ',' ORDER BY id)), 0, true, $3,
                '2024-02-14T09:00:00Z', '2024-02-15T09:00:00Z', $3
           FROM peer_enrolments WHERE track_id = $1 RETURNING id`,
        [past.id, regionId, staffId],
      );
      const ids: string[] = [];
      let total = 0;
      for (const [position, pair] of PAST_GROUPS.entries()) {
        const [a, b] = pair.map((code) => pastEnrolments.get(code)!);
        const learning = past.goalIds.flatMap((goalId, g) =>
          [
            { goalId, learner: a!.municipalityId, from: b!.municipalityId, points: a!.needs[g]! * b!.shares[g]! },
            { goalId, learner: b!.municipalityId, from: a!.municipalityId, points: b!.needs[g]! * a!.shares[g]! },
          ].filter((l) => l.points > 0),
        );
        const score = learning.reduce((sum, l) => sum + l.points, 0);
        total += score;
        const shared = learning.map(({ goalId, learner, from }) => ({ goalId, learner, from }));
        const [group] = await tx.query<{ id: string }[]>(
          `INSERT INTO peer_groups (proposal_id, track_id, region_id, position, score, explanation)
           VALUES ($1, $2, $3, $4, $5, $6::jsonb) RETURNING id`,
          [
            proposal!.id,
            past.id,
            regionId,
            position,
            score,
            JSON.stringify({ learning, costOfBreaking: null, shared }),
          ],
        );
        for (const member of [a!, b!]) {
          await tx.query(
            `INSERT INTO peer_group_members (group_id, track_id, municipality_id, enrolment_id, region_id)
             VALUES ($1, $2, $3, $4, $5)`,
            [group!.id, past.id, member.municipalityId, member.id, regionId],
          );
        }
        ids.push(group!.id);
      }
      await tx.query('UPDATE peer_proposals SET total = $2 WHERE id = $1', [proposal!.id, total]);
      return ids;
    });
    // Each pair met twice (a site visit and a peer consultation), kept a short log, and evaluated.
    for (const [index, pair] of PAST_GROUPS.entries()) {
      const [hostCode, guestCode] = pair;
      const host = byCode.get(hostCode)!;
      const guest = byCode.get(guestCode)!;
      const meetingIds = await as(staffId, async (tx) => {
        const ids: string[] = [];
        for (const [n, kind] of (['SITE_VISIT', 'INTERVISIE'] as const).entries()) {
          const startsAt = new Date(Date.UTC(2024, 3 + n * 4 + (index % 2), 10 + index, 8));
          const [row] = await tx.query<{ id: string }[]>(
            `INSERT INTO peer_group_meetings (group_id, region_id, kind, starts_at, ends_at, location, host_municipality_id,
                                              status, created_by, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'HELD', $8, $4::timestamptz - interval '3 weeks', $4) RETURNING id`,
            [
              groupIds[index],
              regionId,
              kind,
              startsAt,
              new Date(startsAt.getTime() + 3 * 3600 * 1000),
              n === 0 ? 'Stadhuis, vergaderzaal' : 'Online',
              (n === 0 ? host : guest).municipality_id,
              staffId,
            ],
          );
          ids.push(row!.id);
        }
        return ids;
      });
      for (const [n, meetingId] of meetingIds.entries()) {
        const author = n === 0 ? host : guest;
        // Written the day after the meeting, so the staff overview's "last activity" lies in 2024.
        await as(author.id, (tx) =>
          tx.query(
            `INSERT INTO peer_group_log_entries (meeting_id, group_id, region_id, author_user_id, author_municipality_id,
                                                 discussed, agreed, created_at, updated_at)
             SELECT $1, $2, $3, $4, $5, $6, $7, m.ends_at + interval '1 day', m.ends_at + interval '1 day'
               FROM peer_group_meetings m WHERE m.id = $1`,
            [
              meetingId,
              groupIds[index],
              regionId,
              author.id,
              author.municipality_id,
              n === 0
                ? 'Rondgang langs de Bibob-toets bij vergunningen; voorbeelden van vragenlijsten en adviesaanvragen.'
                : 'Casus besproken over een vastgoedtransactie; wanneer schakel je het LBB in?',
              n === 0 ? 'Modelbrieven uitwisselen; in het najaar een intervisie.' : 'Werkproces vastleggen en delen.',
            ],
          ),
        );
      }
      // Answered in the evaluation window (closed 31 January 2025): eight answers, so released (k = 3).
      for (const [m, member] of [host, guest].entries()) {
        await as(member.id, (tx) =>
          tx.query(
            `INSERT INTO peer_group_evaluations (group_id, track_id, region_id, municipality_id, user_id, rating, comment,
                                                 created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [
              groupIds[index],
              past.id,
              regionId,
              member.municipality_id,
              member.id,
              random.int(3, 5),
              EVALUATION_COMMENTS[(index * 2 + m) % EVALUATION_COMMENTS.length],
              new Date(Date.UTC(2025, 0, 6 + index * 2 + m, 10)),
            ],
          ),
        );
      }
    }

    // The open track, in the current programme: enrolment closes in three weeks.
    const current = programmes.at(-1)!;
    const year = current.start_year;
    const open = await track(
      current.id,
      [
        'Zicht op vastgoed',
        'Leren van elkaar over vastgoed en ondermijning: wie is er sterk in, wie wil groeien?',
        `${year}-03-01`,
        `${year}-12-31`,
        new Date(now - 14 * DAY),
        new Date(now + 21 * DAY),
        'PAIRS',
        null,
      ],
      theme('Zicht op vastgoed'),
      VASTGOED_GOALS,
    );
    for (const code of OPEN_ENROLLED) {
      await enrol(open.id, open.goalIds, code, [`${year}-04-01`, `${year}-05-01`, `${year}-10-01`]);
    }
  } finally {
    for (const viewer of viewers.values()) {
      await sessions.end(viewer.sessionId);
    }
  }
}
