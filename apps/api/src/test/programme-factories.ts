import { randomBytes } from 'node:crypto';
import { createTheme } from './confidential-factories';
import { createUser } from './factories';
import type { TestApp } from './test-app';

/**
 * Programme rows written as the superuser for test set-up, in Twente. Each factory builds its own
 * parents when not given: a session builds its activity, which builds its programme and theme.
 */
const suffix = () => randomBytes(3).toString('hex');
const twente = `(SELECT id FROM regions WHERE name = 'Twente')`;
const one = async (app: TestApp, sql: string, params: unknown[]) =>
  (await app.owner.query<{ id: string }[]>(sql, params))[0]!.id;

export async function createProgramme(
  app: TestApp,
  options: { name?: string; startYear?: number; endYear?: number; status?: string } = {},
): Promise<string> {
  return one(
    app,
    `INSERT INTO programmes (region_id, name, start_year, end_year, status) VALUES (${twente}, $1, $2, $3, $4) RETURNING id`,
    [
      options.name ?? `Programma ${suffix()}`,
      options.startYear ?? 2022,
      options.endYear ?? 2025,
      options.status ?? 'ACTIVE',
    ],
  );
}

export async function createActivity(
  app: TestApp,
  options: {
    programmeId?: string;
    themeIds?: string[];
    title?: string;
    format?: string;
    targetAudiences?: string[];
    plannedYear?: number | null;
    plannedQuarter?: number | null;
  } = {},
): Promise<string> {
  const programmeId = options.programmeId ?? (await createProgramme(app));
  const owner = await createUser(app, 'PROGRAMME_STAFF');
  const id = await one(
    app,
    `INSERT INTO learning_activities (region_id, programme_id, title, format, target_audiences, planned_year, planned_quarter, owner_user_id)
     VALUES (${twente}, $1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      programmeId,
      options.title ?? `Activiteit ${suffix()}`,
      options.format ?? 'WORKSHOP',
      options.targetAudiences ?? ['BIBOB_ADVISOR'],
      options.plannedYear === undefined ? 2023 : options.plannedYear,
      options.plannedQuarter ?? null,
      owner.id,
    ],
  );
  const themeIds = options.themeIds ?? [await createTheme(app)];
  await app.owner.query(`INSERT INTO activity_themes (activity_id, theme_id) SELECT $1, unnest($2::uuid[])`, [
    id,
    themeIds,
  ]);
  return id;
}

export async function createVenue(app: TestApp, options: { name?: string; room?: string } = {}): Promise<string> {
  return one(
    app,
    `INSERT INTO venues (region_id, name, address, room) VALUES (${twente}, $1, 'Stationsplein 1, Almelo', $2) RETURNING id`,
    [options.name ?? `Locatie ${suffix()}`, options.room ?? 'Zaal 1'],
  );
}

export async function createFacilitator(app: TestApp, options: { name?: string } = {}): Promise<string> {
  return one(
    app,
    `INSERT INTO facilitators (region_id, name, organisation) VALUES (${twente}, $1, 'RIEC Oost-Nederland') RETURNING id`,
    [options.name ?? `Begeleider ${suffix()}`],
  );
}

/** A session (default: OPEN, 20 seats, online, next year) with its activity unless given. */
export async function createSession(
  app: TestApp,
  options: {
    activityId?: string;
    startsAt?: Date;
    endsAt?: Date;
    venueId?: string | null;
    capacity?: number;
    maxPerMunicipality?: number | null;
    status?: string;
    facilitatorIds?: string[];
  } = {},
): Promise<string> {
  const activityId = options.activityId ?? (await createActivity(app));
  const startsAt = options.startsAt ?? new Date(Date.UTC(new Date().getUTCFullYear() + 1, 2, 10, 9));
  const endsAt = options.endsAt ?? new Date(startsAt.getTime() + 3 * 3600_000);
  const id = await one(
    app,
    `INSERT INTO sessions (region_id, activity_id, starts_at, ends_at, venue_id, online_url, capacity, registration_deadline,
                           max_per_municipality, status)
     VALUES (${twente}, $1, $2, $3, $4, $5, $6, $2, $7, $8) RETURNING id`,
    [
      activityId,
      startsAt,
      endsAt,
      options.venueId ?? null,
      options.venueId ? null : 'https://meet.example/sessie',
      options.capacity ?? 20,
      options.maxPerMunicipality ?? null,
      options.status ?? 'OPEN',
    ],
  );
  if (options.facilitatorIds?.length) {
    await app.owner.query(
      `INSERT INTO session_facilitators (session_id, facilitator_id, during, cancelled) SELECT $1, unnest($2::uuid[]), 'empty', false`,
      [id, options.facilitatorIds],
    );
  }
  return id;
}
