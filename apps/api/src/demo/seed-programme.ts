import type { DataSource, EntityManager } from 'typeorm';
import {
  DEFAULT_COMMENT_QUESTION_ID,
  DEFAULT_OVERALL_QUESTION_ID,
} from '../db/migrations/1764900014000-evaluation-questions';
import { seededRandom } from './demo-random';
import {
  DEMO_FACILITATORS,
  DEMO_VENUES,
  PAST_ACTIVITIES,
  UPCOMING_ACTIVITIES,
  type DemoActivity,
} from './demo-programme-content';

type Random = ReturnType<typeof seededRandom>;

interface Context {
  tx: EntityManager;
  regionId: string;
  staffId: string;
  themes: Map<string, string>;
  venues: string[];
  facilitators: string[];
  /** Active municipal users (coordinators and participants) with their municipality. */
  people: { id: string; municipality_id: string; email: string }[];
  random: Random;
}

const COMMENTS = [
  'Heel praktisch, direct toepasbaar in ons team.',
  'Goede casussen uit de regio.',
  'Meer tijd voor vragen zou fijn zijn.',
  'Nuttig om collega’s van andere gemeenten te spreken.',
  'Sterke inleiding, het middagdeel was wat lang.',
];

/**
 * The learning programme 2022–2025 with past sessions (attendance, evaluations), and a current
 * programme starting this year whose sessions lie in the coming months: open ones, and one full
 * session with a waitlist. Dates of the current programme are relative to today, so the demo
 * always has something to register for.
 */
export async function seedProgramme(db: DataSource, regionId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [staff] = await tx.query<
      {
        id: string;
      }[]
    >(`SELECT id FROM users WHERE email = 'staff@rodedraad.example'`);
    const themes = new Map(
      (
        await tx.query<
          {
            id: string;
            title: string;
          }[]
        >('SELECT id, title FROM themes WHERE region_id = $1', [regionId])
      ).map((t) => [t.title, t.id]),
    );
    const venues: string[] = [];
    for (const venue of DEMO_VENUES) {
      const [row] = await tx.query<{ id: string }[]>(
        `INSERT INTO venues (region_id, name, address, room) VALUES ($1, $2, $3, $4) RETURNING id`,
        [regionId, venue.name, venue.address, venue.room],
      );
      venues.push(row!.id);
    }
    const facilitators: string[] = [];
    for (const facilitator of DEMO_FACILITATORS) {
      const [row] = await tx.query<{ id: string }[]>(
        `INSERT INTO facilitators (region_id, name, organisation) VALUES ($1, $2, $3) RETURNING id`,
        [regionId, facilitator.name, facilitator.organisation],
      );
      facilitators.push(row!.id);
    }
    const people = await tx.query<Context['people']>(
      `SELECT id, municipality_id, email FROM users
        WHERE region_id = $1 AND role IN ('MUNICIPAL_COORDINATOR', 'PARTICIPANT') ORDER BY email`,
      [regionId],
    );
    const ctx: Context = {
      tx,
      regionId,
      staffId: staff!.id,
      themes,
      venues,
      facilitators,
      people,
      random: seededRandom(2022),
    };

    const past = await createProgramme(ctx, 'Leerprogramma Weerbaar Twente 2022–2025', 2022, 2025, 'CLOSED');
    const sessionsInYear = new Map<number, number>();
    let index = 0;
    for (const activity of PAST_ACTIVITIES) {
      const first = sessionsInYear.get(activity.year) ?? 0;
      const activityId = await createActivity(ctx, past, activity, activity.year, 1 + Math.floor((first * 25) / 91));
      for (let i = 0; i < activity.sessions; i += 1) {
        // Every session of a year on its own day, 25 days apart from early February: no double bookings.
        const nth = (sessionsInYear.get(activity.year) ?? 0) + 1;
        sessionsInYear.set(activity.year, nth);
        const date = new Date(Date.UTC(activity.year, 1, 3 + nth * 25));
        index += 1;
        const sessionId = await createSession(ctx, activityId, date, 'COMPLETED', 20, index);
        await pastRegistrations(ctx, sessionId);
      }
    }

    const year = new Date().getUTCFullYear();
    const current = await createProgramme(
      ctx,
      `Leerprogramma Weerbaar Twente ${year}–${year + 3}`,
      year,
      year + 3,
      'ACTIVE',
    );
    let offset = 10;
    for (const activity of UPCOMING_ACTIVITIES) {
      const activityId = await createActivity(ctx, current, activity, year + (offset > 150 ? 1 : 0), null);
      for (let i = 0; i < activity.sessions; i += 1) {
        const date = new Date(Date.now() + offset * 24 * 3600 * 1000);
        offset += 13;
        await createSession(ctx, activityId, date, 'OPEN', 25, offset);
      }
    }
    await fullSessionWithWaitlist(ctx, current, year);
  });
}

async function createProgramme(ctx: Context, name: string, from: number, to: number, status: string): Promise<string> {
  const [row] = await ctx.tx.query<{ id: string }[]>(
    `INSERT INTO programmes (region_id, name, start_year, end_year, goals, status) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      ctx.regionId,
      name,
      from,
      to,
      'Samen leren op de rode draden uit de weerbaarheidsscans: kennis delen, vaardigheden oefenen en elkaar vinden.',
      status,
    ],
  );
  return row!.id;
}

async function createActivity(
  ctx: Context,
  programmeId: string,
  activity: DemoActivity,
  year: number,
  quarter: number | null,
) {
  const [row] = await ctx.tx.query<{ id: string }[]>(
    `INSERT INTO learning_activities (region_id, programme_id, title, description, format, learning_goals, target_audiences,
                                      planned_year, planned_quarter, owner_user_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      ctx.regionId,
      programmeId,
      activity.title,
      activity.description,
      activity.format,
      activity.goals,
      activity.audiences,
      year,
      quarter,
      ctx.staffId,
    ],
  );
  for (const title of activity.themes) {
    await ctx.tx.query('INSERT INTO activity_themes (activity_id, theme_id) VALUES ($1, $2)', [
      row!.id,
      ctx.themes.get(title),
    ]);
  }
  return row!.id;
}

/** Saturday and Sunday move to the next Monday: nobody holds a masterclass at the weekend. */
function onWeekday(date: Date): Date {
  const shift = { 0: 1, 6: 2 }[date.getUTCDay()] ?? 0;
  return new Date(date.getTime() + shift * 24 * 3600 * 1000);
}

async function createSession(
  ctx: Context,
  activityId: string,
  date: Date,
  status: string,
  capacity: number,
  index: number,
) {
  const day = onWeekday(date).toISOString().slice(0, 10);
  const online = ctx.random.next() < 0.2;
  const [row] = await ctx.tx.query<{ id: string }[]>(
    `INSERT INTO sessions (region_id, activity_id, starts_at, ends_at, venue_id, online_url, host_municipality_id, capacity,
                           registration_deadline, status)
     SELECT $1, $2, ($3 || ' 09:30')::timestamp AT TIME ZONE 'Europe/Amsterdam', ($3 || ' 12:30')::timestamp AT TIME ZONE 'Europe/Amsterdam',
            $4, $5, (SELECT id FROM municipalities WHERE region_id = $1 ORDER BY name OFFSET $6 LIMIT 1), $7,
            ($3 || ' 09:30')::timestamp AT TIME ZONE 'Europe/Amsterdam' - interval '3 days', $8
     RETURNING id`,
    [
      ctx.regionId,
      activityId,
      day,
      online ? null : ctx.venues[index % ctx.venues.length],
      online ? 'https://meet.example/weerbaar-twente' : null,
      index % 14,
      capacity,
      status,
    ],
  );
  await ctx.tx.query(
    'INSERT INTO session_facilitators (session_id, facilitator_id, during, cancelled) SELECT id, $2, during, false FROM sessions WHERE id = $1',
    [row!.id, ctx.facilitators[index % ctx.facilitators.length]],
  );
  return row!.id;
}

/** 6–14 attendees, most present; at least three evaluations on most sessions, fewer on some (then suppressed). */
async function pastRegistrations(ctx: Context, sessionId: string) {
  const chosen = ctx.random.shuffle(ctx.people).slice(0, ctx.random.int(6, 14));
  let evaluations = 0;
  const wanted = ctx.random.next() < 0.25 ? 2 : ctx.random.int(3, 8);
  // Drawn in the order a statement per row drew them, so the demo data stays the same; written in two
  // statements per session (the demo start waits for every round trip).
  const attended: boolean[] = [];
  const evaluators: { userId: string; rating: number; comment: string }[] = [];
  for (const person of chosen) {
    const present = ctx.random.next() < 0.85;
    attended.push(present);
    if (present && evaluations < wanted) {
      evaluations += 1;
      const rating = ctx.random.int(3, 5);
      const comment = ctx.random.next() < 0.6 ? ctx.random.pick(COMMENTS) : '';
      evaluators.push({ userId: person.id, rating, comment });
    }
  }
  await ctx.tx.query(
    `INSERT INTO registrations (session_id, user_id, municipality_id, status, registered_by, attended, created_at)
     SELECT $1, p.user_id, p.municipality_id, 'CONFIRMED', p.user_id, p.attended,
            (SELECT starts_at - interval '20 days' FROM sessions WHERE id = $1)
       FROM unnest($2::uuid[], $3::uuid[], $4::boolean[]) WITH ORDINALITY AS p(user_id, municipality_id, attended, n)
      ORDER BY p.n`,
    [sessionId, chosen.map((p) => p.id), chosen.map((p) => p.municipality_id), attended],
  );
  if (evaluators.length === 0) {
    return;
  }
  // Answers to the default question set: the overall rating and, often, a comment; rows in the order above.
  await ctx.tx.query(
    `WITH a AS (SELECT * FROM unnest($2::uuid[], $3::smallint[], $4::text[]) WITH ORDINALITY AS a(user_id, rating, comment, n)),
          e AS (INSERT INTO evaluations (session_id, user_id) SELECT $1, a.user_id FROM a ORDER BY a.n RETURNING id, user_id)
     INSERT INTO evaluation_answers (evaluation_id, question_id, rating, text)
     SELECT evaluation_id, question_id, rating, text FROM (
       SELECT e.id AS evaluation_id, $5::uuid AS question_id, a.rating, NULL::text AS text, a.n, 0 AS k FROM e JOIN a USING (user_id)
       UNION ALL
       SELECT e.id, $6::uuid, NULL, a.comment, a.n, 1 FROM e JOIN a USING (user_id) WHERE a.comment <> ''
     ) rows
     ORDER BY n, k`,
    [
      sessionId,
      evaluators.map((e) => e.userId),
      evaluators.map((e) => e.rating),
      evaluators.map((e) => e.comment),
      DEFAULT_OVERALL_QUESTION_ID,
      DEFAULT_COMMENT_QUESTION_ID,
    ],
  );
}

/** A small intervisie group that is full, with one colleague waiting; participant.almelo is not on it. */
async function fullSessionWithWaitlist(ctx: Context, programmeId: string, year: number) {
  const activityId = await createActivity(
    ctx,
    programmeId,
    {
      title: 'Intervisie coördinatoren weerbaarheid',
      description:
        'Een kleine groep coördinatoren bespreekt de opvolging van hun aanbevelingen, zonder namen of details buiten de groep.',
      format: 'INTERVISIE',
      themes: ['Integere en weerbare organisatie', 'Bewustwording in bestuur en organisatie'],
      audiences: ['POLICY_ADVISOR'],
      goals: 'Van elkaar leren hoe je opvolging organiseert.',
    },
    year,
    null,
  );
  await recentSessionToEvaluate(ctx, activityId);
  const sessionId = await createSession(ctx, activityId, new Date(Date.now() + 21 * 24 * 3600 * 1000), 'FULL', 4, 7);
  const queue = ['borne', 'dinkelland', 'enschede', 'haaksbergen', 'hellendoorn'].map((slug) =>
    ctx.people.find((p) => p.email === `participant.${slug}@rodedraad.example`)!,
  );
  for (const [index, person] of queue.entries()) {
    await ctx.tx.query(
      `INSERT INTO registrations (session_id, user_id, municipality_id, status, registered_by) VALUES ($1, $2, $3, $4, $2)`,
      [sessionId, person.id, person.municipality_id, index < 4 ? 'CONFIRMED' : 'WAITLISTED'],
    );
  }
}

/** Who attended the intervisie two days ago and can still evaluate it (nobody has yet). */
export const DEMO_EVALUATORS = ['almelo', 'hengelo', 'oldenzaal', 'wierden'];

/**
 * An intervisie held two days ago, with its own question set, that its attendees can still evaluate:
 * the demo shows the form, and the "already evaluated" state once answered.
 */
async function recentSessionToEvaluate(ctx: Context, activityId: string) {
  // Two or more days ago on a weekday (createSession moves weekends forward, which could be today).
  let day = new Date(Date.now() - 2 * 24 * 3600 * 1000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) {
    day = new Date(day.getTime() - 24 * 3600 * 1000);
  }
  const sessionId = await createSession(ctx, activityId, day, 'COMPLETED', 12, 9);
  for (const slug of DEMO_EVALUATORS) {
    const person = ctx.people.find((p) => p.email === `participant.${slug}@rodedraad.example`)!;
    await ctx.tx.query(
      `INSERT INTO registrations (session_id, user_id, municipality_id, status, registered_by, attended, created_at)
       VALUES ($1, $2, $3, 'CONFIRMED', $2, true, (SELECT starts_at - interval '10 days' FROM sessions WHERE id = $1))`,
      [sessionId, person.id, person.municipality_id],
    );
  }
  await ctx.tx.query('INSERT INTO evaluation_question_sets (activity_id, updated_by) VALUES ($1, $2)', [
    activityId,
    ctx.staffId,
  ]);
  await ctx.tx.query(
    `INSERT INTO evaluation_questions (activity_id, position, kind, text, scale_max, low_label, high_label, required)
     VALUES ($1, 0, 'SCALE', 'Hoe bruikbaar was deze intervisie voor je werk?', 5, 'Niet bruikbaar', 'Zeer bruikbaar', true),
            ($1, 1, 'SCALE', 'Hoe veilig voelde het om casussen in te brengen?', 5, 'Onveilig', 'Heel veilig', false),
            ($1, 2, 'OPEN', 'Wat neem je mee naar je eigen organisatie?', NULL, '', '', false)`,
    [activityId],
  );
}
