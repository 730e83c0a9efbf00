import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, municipalityId, sessionTokenOf } from '../../test/factories';
import { createEnrolment, createTrack } from '../../test/peer-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

/**
 * The last wall for peer learning: raw SQL as the application role, past every service filter.
 * Only the session behind the request decides what each new table shows.
 */
let app: TestApp;
let almelo: string;
let hengelo: string;
const users: Record<string, string> = {};
let draftGroup: string;

/** Tables that belong to municipalities: another municipality's session sees none of their rows. */
const MUNICIPAL_TABLES = [
  'peer_enrolments',
  'peer_enrolment_goals',
  'peer_enrolment_contacts',
  'peer_enrolment_preferences',
  'peer_proposals',
  'peer_groups',
  'peer_group_members',
  'peer_group_meetings',
  'peer_group_log_entries',
  'peer_group_evaluations',
  'peer_group_nudges',
];
const ALL_TABLES = [...MUNICIPAL_TABLES, 'peer_tracks', 'peer_track_themes', 'peer_track_goals'];

async function rows(userId: string | null, sql: string, params: unknown[] = []): Promise<unknown[]> {
  const token = userId ? await sessionTokenOf(app, userId) : null;
  return app.app.transaction(async (tx) => {
    if (token) {
      await tx.query(`SELECT set_config('app.session_token', $1, true)`, [token]);
    }
    return await tx.query<unknown[]>(sql, params);
  });
}

beforeAll(async () => {
  app = await startTestApp();
  almelo = await municipalityId(app, 'GM0141');
  hengelo = await municipalityId(app, 'GM0164');
  for (const [key, role, municipality] of [
    ['staff', 'PROGRAMME_STAFF', undefined],
    ['almelo', 'MUNICIPAL_COORDINATOR', 'GM0141'],
    ['almeloParticipant', 'PARTICIPANT', 'GM0141'],
    ['hengelo', 'MUNICIPAL_COORDINATOR', 'GM0164'],
    ['enschede', 'MUNICIPAL_COORDINATOR', 'GM0153'],
    ['enschedeParticipant', 'PARTICIPANT', 'GM0153'],
    ['admin', 'ADMIN', undefined],
    ['analyst', 'RIEC_ANALYST', undefined],
  ] as const) {
    users[key] = (await createUser(app, role, municipality ? { municipality } : {})).id;
  }
  const track = await createTrack(app);
  const almeloEnrolment = await createEnrolment(app, track, 'GM0141', [{ need: 3, share: 0 }]);
  const hengeloEnrolment = await createEnrolment(app, track, 'GM0164', [{ need: 0, share: 3 }]);
  await app.owner.query(
    `INSERT INTO peer_enrolment_contacts (enrolment_id, track_id, user_id, region_id, municipality_id)
     SELECT id, track_id, $2, region_id, municipality_id FROM peer_enrolments WHERE id = $1`,
    [hengeloEnrolment, users.hengelo],
  );
  await app.owner.query(
    `INSERT INTO peer_enrolment_preferences (enrolment_id, track_id, region_id, municipality_id, other_municipality_id, kind)
     SELECT id, track_id, region_id, municipality_id, $2, 'AVOID' FROM peer_enrolments WHERE id = $1`,
    [hengeloEnrolment, await municipalityId(app, 'GM0153')],
  );
  const group = async (status: 'DRAFT' | 'PUBLISHED') => {
    const [proposal] = await app.owner.query<{ id: string }[]>(
      `INSERT INTO peer_proposals (track_id, region_id, status, enrolment_fingerprint, total, exact, published_at)
       SELECT id, region_id, $2, 'x', 9, true, CASE WHEN $2 = 'DRAFT' THEN NULL ELSE now() END FROM peer_tracks WHERE id = $1
       RETURNING id`,
      [track.id, status],
    );
    const [g] = await app.owner.query<{ id: string }[]>(
      `INSERT INTO peer_groups (proposal_id, track_id, region_id, position, score)
       SELECT $1, id, region_id, 0, 9 FROM peer_tracks WHERE id = $2 RETURNING id`,
      [proposal!.id, track.id],
    );
    await app.owner.query(
      `INSERT INTO peer_group_members (group_id, track_id, municipality_id, enrolment_id, region_id)
       SELECT $1, e.track_id, e.municipality_id, e.id, e.region_id FROM peer_enrolments e WHERE e.id = ANY($2::uuid[])`,
      [g!.id, [almeloEnrolment, hengeloEnrolment]],
    );
    return g!.id;
  };
  const published = await group('PUBLISHED');
  draftGroup = await group('DRAFT');
  const [meeting] = await app.owner.query<{ id: string }[]>(
    `INSERT INTO peer_group_meetings (group_id, region_id, kind, starts_at, ends_at)
     SELECT id, region_id, 'SITE_VISIT', now(), now() + interval '2 hours' FROM peer_groups WHERE id = $1 RETURNING id`,
    [published],
  );
  await app.owner.query(
    `INSERT INTO peer_group_log_entries (meeting_id, group_id, region_id, author_user_id, author_municipality_id, discussed)
     SELECT $1, id, region_id, $3, $4, 'besproken' FROM peer_groups WHERE id = $2`,
    [meeting!.id, published, users.almelo, almelo],
  );
  await app.owner.query(
    `INSERT INTO peer_group_nudges (group_id, region_id, gap_from) SELECT id, region_id, now() FROM peer_groups WHERE id = $1`,
    [published],
  );
  await app.owner.query(
    `INSERT INTO peer_group_evaluations (group_id, track_id, region_id, municipality_id, user_id, rating)
     SELECT id, track_id, region_id, $2, $3, 4 FROM peer_groups WHERE id = $1`,
    [published, hengelo, users.hengelo],
  );
});
afterAll(() => app.close());

describe('row-level security on peer-learning tables', () => {
  it('every new table has forced row-level security', async () => {
    const forced = await app.owner.query<{ relname: string }[]>(
      `SELECT relname FROM pg_class WHERE relname = ANY($1) AND relrowsecurity AND relforcerowsecurity`,
      [ALL_TABLES],
    );
    expect(forced.map((r) => r.relname).sort()).toEqual([...ALL_TABLES].sort());
  });

  it.each(MUNICIPAL_TABLES)('%s: no session, no rows', async (table) => {
    expect(await rows(null, `SELECT * FROM ${table}`)).toEqual([]);
  });

  it.each(MUNICIPAL_TABLES)("%s: another municipality's coordinator and participant get zero rows", async (table) => {
    expect(await rows(users.enschede!, `SELECT * FROM ${table}`)).toEqual([]);
    expect(await rows(users.enschedeParticipant!, `SELECT * FROM ${table}`)).toEqual([]);
  });

  it.each(MUNICIPAL_TABLES)('%s: admins and analysts get zero rows', async (table) => {
    expect(await rows(users.admin!, `SELECT * FROM ${table}`)).toEqual([]);
    expect(await rows(users.analyst!, `SELECT * FROM ${table}`)).toEqual([]);
  });

  it("a member sees its own enrolment, the published group, its log and its partner's contacts; nothing else", async () => {
    const count = async (sql: string) => (await rows(users.almelo!, sql)).length;
    expect(await count(`SELECT * FROM peer_enrolments`)).toBe(1);
    expect(await count(`SELECT * FROM peer_enrolment_goals`)).toBe(1);
    expect(await count(`SELECT * FROM peer_enrolment_preferences`)).toBe(0);
    expect(await count(`SELECT * FROM peer_enrolment_contacts`)).toBe(1);
    expect(await count(`SELECT * FROM peer_proposals`)).toBe(0);
    expect(await count(`SELECT * FROM peer_groups`)).toBe(1);
    expect(await count(`SELECT * FROM peer_groups WHERE id = '${draftGroup}'`)).toBe(0);
    expect(await count(`SELECT * FROM peer_group_members`)).toBe(2);
    expect(await count(`SELECT * FROM peer_group_log_entries`)).toBe(1);
    expect(await count(`SELECT * FROM peer_group_evaluations`)).toBe(0);
    expect(await count(`SELECT * FROM peer_group_nudges`)).toBe(0);
    expect((await rows(users.almeloParticipant!, `SELECT * FROM peer_group_log_entries`)).length).toBe(1);
    expect((await rows(users.almeloParticipant!, `SELECT * FROM peer_enrolments`)).length).toBe(0);
  });

  it('staff see enrolments, proposals and groups, but evaluations only after the window closed', async () => {
    expect((await rows(users.staff!, `SELECT * FROM peer_enrolments`)).length).toBe(2);
    expect((await rows(users.staff!, `SELECT * FROM peer_proposals`)).length).toBe(2);
    expect((await rows(users.staff!, `SELECT * FROM peer_group_nudges`)).length).toBe(1);
    await expect(
      rows(
        users.staff!,
        `INSERT INTO peer_group_nudges (group_id, region_id, gap_from) SELECT id, region_id, now() - interval '1 day' FROM peer_groups LIMIT 1`,
      ),
    ).rejects.toThrow(/row-level security/);
    expect((await rows(users.staff!, `SELECT * FROM peer_group_evaluations`)).length).toBe(0);
    await app.owner.query(`UPDATE peer_tracks SET enrolment_opens_at = now() - interval '3 days',
                             enrolment_closes_at = now() - interval '2 days', evaluation_closes_at = now() - interval '1 day'`);
    expect((await rows(users.staff!, `SELECT * FROM peer_group_evaluations`)).length).toBe(1);
  });

  it("nobody writes another municipality's enrolment or a group, even with raw SQL", async () => {
    const [track] = await app.owner.query<
      {
        id: string;
        region_id: string;
      }[]
    >(`SELECT id, region_id FROM peer_tracks LIMIT 1`);
    await expect(
      rows(users.enschede!, `INSERT INTO peer_enrolments (track_id, region_id, municipality_id) VALUES ($1, $2, $3)`, [
        track!.id,
        track!.region_id,
        almelo,
      ]),
    ).rejects.toThrow(/row-level security/);
    const updated = (await rows(users.enschede!, `UPDATE peer_enrolments SET consent_show_goals = false`)) as [
      unknown[],
      number,
    ];
    expect(updated[1]).toBe(0);
    const moved = (await rows(users.almelo!, `UPDATE peer_groups SET locked = true`)) as [unknown[], number];
    expect(moved[1]).toBe(0);
    await expect(
      rows(
        users.almelo!,
        `INSERT INTO peer_tracks (region_id, programme_id, title, starts_on, ends_on, enrolment_opens_at, enrolment_closes_at, group_form)
                           SELECT region_id, programme_id, 'x', starts_on, ends_on, enrolment_opens_at, enrolment_closes_at, group_form FROM peer_tracks LIMIT 1`,
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('a contact person must be a colleague of the enrolling municipality, whatever writes the row', async () => {
    await expect(
      rows(
        users.almelo!,
        `INSERT INTO peer_enrolment_contacts (enrolment_id, track_id, user_id, region_id, municipality_id)
         SELECT id, track_id, $1, region_id, municipality_id FROM peer_enrolments WHERE municipality_id = $2`,
        [users.hengelo, almelo],
      ),
    ).rejects.toThrow(/contact person belongs/);
  });
});
