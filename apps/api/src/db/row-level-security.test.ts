import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import {
  createAttachment,
  createFacet,
  createRecommendation,
  createScan,
  createTheme,
  linkTheme,
} from '../test/confidential-factories';
import { createUser, municipalityId, sessionTokenOf } from '../test/factories';
import { createActivity } from '../test/programme-factories';
import { startTestApp, type TestApp } from '../test/test-app';

/**
 * The second wall: raw SQL as the application role, bypassing every service filter. Only the
 * session secret handed to PostgreSQL decides what it returns; settings an attacker can write
 * (`app.role`, `app.municipality_id`, ...) count for nothing.
 */
let app: TestApp;
let almelo: string;
let regionId: string;
let almeloCoordinator: string;
let enschedeCoordinator: string;
let analyst: string;
let activity: string;

const CONFIDENTIAL_TABLES = [
  'scans',
  'recommendations',
  'recommendation_events',
  'recommendation_attachments',
  'recommendation_themes',
  'recommendation_learning_links',
  'scan_consents',
  'recommendation_holdbacks',
  'audit_log',
];

async function asViewer<T>(
  db: DataSource,
  settings: Record<string, string>,
  sql: string,
  params: unknown[] = [],
): Promise<T> {
  return db.transaction(async (tx) => {
    for (const [key, value] of Object.entries(settings)) {
      await tx.query(`SELECT set_config($1, $2, true)`, [`app.${key}`, value]);
    }
    return tx.query<Promise<T>>(sql, params);
  });
}

async function asUser(userId: string) {
  return { session_token: await sessionTokenOf(app, userId) };
}

beforeAll(async () => {
  app = await startTestApp();
  almelo = await municipalityId(app, 'GM0141');
  regionId = (await app.owner.query<{ id: string }[]>(`SELECT id FROM regions WHERE name = 'Twente'`))[0]!.id;
  const facet = await createFacet(app);
  const theme = await createTheme(app);
  const rec = await createRecommendation(app, await createScan(app, 'GM0141'), facet);
  await linkTheme(app, rec, theme);
  await app.owner.query(
    `INSERT INTO recommendation_events (recommendation_id, region_id, municipality_id, kind, from_status, to_status)
     SELECT id, region_id, municipality_id, 'STATUS', 'OPEN', 'IN_PROGRESS' FROM recommendations WHERE id = $1`,
    [rec],
  );
  await createAttachment(app, rec);
  await app.owner.query(
    `INSERT INTO scan_consents (scan_id, region_id, municipality_id, status, basis)
     SELECT scan_id, region_id, municipality_id, 'AGREED', 'Collegebesluit' FROM recommendations WHERE id = $1`,
    [rec],
  );
  await app.owner.query(
    `INSERT INTO recommendation_holdbacks (recommendation_id, region_id, municipality_id)
     SELECT id, region_id, municipality_id FROM recommendations WHERE id = $1`,
    [rec],
  );
  activity = await createActivity(app);
  await app.owner.query(
    `INSERT INTO recommendation_learning_links (recommendation_id, region_id, municipality_id, activity_id)
     SELECT id, region_id, municipality_id, $2 FROM recommendations WHERE id = $1`,
    [rec, activity],
  );
  analyst = (await createUser(app, 'RIEC_ANALYST')).id;
  almeloCoordinator = (await createUser(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' })).id;
  enschedeCoordinator = (await createUser(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' })).id;
  await app.owner.query(
    `INSERT INTO audit_log (region_id, municipality_id, actor_user_id, actor_role, action, entity)
     VALUES ($1, $2, $3, 'RIEC_ANALYST', 'READ', 'recommendation')`,
    [regionId, almelo, analyst],
  );
});
afterAll(() => app.close());

describe('row-level security on confidential tables', () => {
  it('the application role neither owns the tables nor bypasses RLS', async () => {
    const [role] = await app.app.query<{ rolsuper: boolean; rolbypassrls: boolean }[]>(
      `SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await app.app.query<unknown[]>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user`,
    );
    expect(owned).toEqual([]);
    const forced = await app.owner.query<{ relname: string }[]>(
      `SELECT relname FROM pg_class WHERE relname = ANY($1) AND relrowsecurity AND relforcerowsecurity`,
      [CONFIDENTIAL_TABLES],
    );
    expect(forced.map((r) => r.relname).sort()).toEqual([...CONFIDENTIAL_TABLES].sort());
  });

  it.each(CONFIDENTIAL_TABLES)('%s: no session, no rows', async (table) => {
    expect(await asViewer(app.app, {}, `SELECT * FROM ${table}`)).toEqual([]);
  });

  it.each(CONFIDENTIAL_TABLES)("%s: another municipality's coordinator gets zero rows", async (table) => {
    const rows = await asViewer<unknown[]>(app.app, await asUser(enschedeCoordinator), `SELECT * FROM ${table}`);
    expect(rows).toEqual([]);
  });

  it.each(CONFIDENTIAL_TABLES)('%s: the own coordinator sees the rows', async (table) => {
    const rows = await asViewer<unknown[]>(app.app, await asUser(almeloCoordinator), `SELECT * FROM ${table}`);
    expect(rows.length).toBeGreaterThan(0);
  });

  it.each(['ADMIN', 'PROGRAMME_STAFF'] as const)('%s sessions see nothing', async (role) => {
    const settings = await asUser((await createUser(app, role)).id);
    for (const table of CONFIDENTIAL_TABLES) {
      expect(await asViewer(app.app, settings, `SELECT * FROM ${table}`)).toEqual([]);
    }
  });

  it('an analyst of another region sees nothing', async () => {
    const [other] = await app.owner.query<
      {
        id: string;
      }[]
    >(`INSERT INTO regions (name) VALUES ('Achterhoek') RETURNING id`);
    const foreign = await createUser(app, 'RIEC_ANALYST', { regionId: other!.id });
    const settings = await asUser(foreign.id);
    for (const table of CONFIDENTIAL_TABLES) {
      expect(await asViewer(app.app, settings, `SELECT * FROM ${table}`)).toEqual([]);
    }
  });

  it('settings an SQL injection could write gain nothing: role, region and municipality come from the session', async () => {
    const forged = { role: 'RIEC_ANALYST', region_id: regionId, municipality_id: almelo, user_id: analyst };
    for (const table of CONFIDENTIAL_TABLES) {
      expect(await asViewer(app.app, forged, `SELECT * FROM ${table}`)).toEqual([]);
      // A participant of another municipality with a live session, dressing up as an analyst.
      const participant = await createUser(app, 'PARTICIPANT', { municipality: 'GM0153' });
      expect(
        await asViewer(app.app, { ...forged, ...(await asUser(participant.id)) }, `SELECT * FROM ${table}`),
      ).toEqual([]);
    }
  });

  it('a made-up, expired or disabled session is no session', async () => {
    expect(await asViewer(app.app, { session_token: 'x'.repeat(43) }, 'SELECT * FROM recommendations')).toEqual([]);
    const expired = await asUser(almeloCoordinator);
    await app.owner.query(`UPDATE user_sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
      almeloCoordinator,
    ]);
    expect(await asViewer(app.app, expired, 'SELECT * FROM recommendations')).toEqual([]);
    const disabled = await createUser(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' });
    const settings = await asUser(disabled.id);
    await app.owner.query('UPDATE users SET disabled_at = now() WHERE id = $1', [disabled.id]);
    expect(await asViewer(app.app, settings, 'SELECT * FROM recommendations')).toEqual([]);
  });

  it("a coordinator cannot write another municipality's rows, even with raw SQL", async () => {
    const settings = await asUser(enschedeCoordinator);
    const updated = await asViewer<[unknown[], number]>(
      app.app,
      settings,
      `UPDATE recommendations SET status = 'DONE'`,
    );
    expect(updated[1]).toBe(0);
    await expect(
      asViewer(
        app.app,
        settings,
        `INSERT INTO scans (region_id, municipality_id, scan_date, kind) VALUES ($1, $2, '2022-01-01', 'RESCAN')`,
        [regionId, almelo],
      ),
    ).rejects.toThrow(/row-level security/);
    const [row] = await app.owner.query<
      {
        n: number;
      }[]
    >(`SELECT count(*)::int AS n FROM recommendations WHERE status = 'DONE'`);
    expect(row?.n).toBe(0);
  });

  it("the own coordinator may update follow-up but not a recommendation's content, even with raw SQL", async () => {
    const settings = await asUser(almeloCoordinator);
    await expect(asViewer(app.app, settings, `UPDATE recommendations SET title = 'rewritten'`)).rejects.toThrow(
      /only RIEC analysts/,
    );
    const updated = await asViewer<[unknown[], number]>(
      app.app,
      settings,
      `UPDATE recommendations SET due_date = '2030-01-01'`,
    );
    expect(updated[1]).toBeGreaterThan(0);
    const analystSettings = await asUser(analyst);
    const edited = await asViewer<[unknown[], number]>(
      app.app,
      analystSettings,
      `UPDATE recommendations SET body = body || '.'`,
    );
    expect(edited[1]).toBeGreaterThan(0);
  });

  it('the timeline and its files: append-only, written by the own coordinator only and as themselves', async () => {
    const [rec] = await app.owner.query<{ id: string }[]>(`SELECT id FROM recommendations LIMIT 1`);
    const insert = (actor: string) =>
      `INSERT INTO recommendation_events (recommendation_id, region_id, municipality_id, kind, note, actor_user_id)
       SELECT id, region_id, municipality_id, 'PROGRESS', 'x', '${actor}' FROM recommendations WHERE id = '${rec!.id}'`;
    for (const user of [almeloCoordinator, enschedeCoordinator, analyst]) {
      const settings = await asUser(user);
      for (const table of ['recommendation_events', 'recommendation_attachments']) {
        await expect(asViewer(app.app, settings, `UPDATE ${table} SET region_id = region_id`)).rejects.toThrow(
          /permission denied/,
        );
        await expect(asViewer(app.app, settings, `DELETE FROM ${table}`)).rejects.toThrow(/permission denied/);
      }
    }
    // Another municipality's coordinator cannot even see the recommendation to copy its scope from.
    const enschede = await asViewer<[unknown[], number]>(
      app.app,
      await asUser(enschedeCoordinator),
      insert(enschedeCoordinator),
    );
    expect(enschede).toEqual([]);
    await expect(asViewer(app.app, await asUser(analyst), insert(analyst))).rejects.toThrow(/row-level security/);
    await expect(asViewer(app.app, await asUser(almeloCoordinator), insert(analyst))).rejects.toThrow(
      /row-level security/,
    );
    await expect(asViewer(app.app, await asUser(almeloCoordinator), insert(almeloCoordinator))).resolves.toBeDefined();
  });

  it('learning links: added and removed by the own coordinator or an analyst as themselves, never changed', async () => {
    const [target] = await app.owner.query<{ id: string; region_id: string; municipality_id: string }[]>(
      `SELECT id, region_id, municipality_id FROM recommendations LIMIT 1`,
    );
    const other = await createActivity(app);
    const insert = (actor: string, to = other) =>
      `INSERT INTO recommendation_learning_links (recommendation_id, region_id, municipality_id, activity_id, created_by)
       VALUES ('${target!.id}', '${target!.region_id}', '${target!.municipality_id}', '${to}', '${actor}')`;
    for (const user of [almeloCoordinator, analyst]) {
      await expect(
        asViewer(app.app, await asUser(user), `UPDATE recommendation_learning_links SET created_by = created_by`),
      ).rejects.toThrow(/permission denied/);
    }
    // Forged ids from another municipality, or someone else as creator: refused.
    await expect(asViewer(app.app, await asUser(enschedeCoordinator), insert(enschedeCoordinator))).rejects.toThrow(
      /row-level security/,
    );
    await expect(asViewer(app.app, await asUser(almeloCoordinator), insert(analyst))).rejects.toThrow(
      /row-level security/,
    );
    // A link whose municipality differs from its recommendation's: refused even for an analyst.
    const enschede = await municipalityId(app, 'GM0153');
    await expect(
      asViewer(
        app.app,
        await asUser(analyst),
        insert(analyst).replace(`'${target!.municipality_id}'`, `'${enschede}'`),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(asViewer(app.app, await asUser(analyst), insert(analyst))).resolves.toBeDefined();
    await expect(
      asViewer(app.app, await asUser(almeloCoordinator), insert(almeloCoordinator, await createActivity(app))),
    ).resolves.toBeDefined();
    // Another municipality's coordinator deletes nothing.
    await asViewer(app.app, await asUser(enschedeCoordinator), `DELETE FROM recommendation_learning_links`);
    const [count] = await app.owner.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM recommendation_learning_links`,
    );
    expect(count?.n).toBe(3);
  });

  it('audit entries are pinned to the session: no forged actor, role or municipality', async () => {
    const settings = await asUser(enschedeCoordinator);
    const forge = (actor: string, role: string, municipality: string | null) =>
      asViewer(
        app.app,
        settings,
        `INSERT INTO audit_log (region_id, municipality_id, actor_user_id, actor_role, actor_municipality_id, action, entity)
         VALUES ($1, $2, $3, $4, $5, 'READ', 'recommendation')`,
        [regionId, almelo, actor, role, municipality],
      );
    const enschede = await municipalityId(app, 'GM0153');
    await expect(forge(analyst, 'MUNICIPAL_COORDINATOR', enschede)).rejects.toThrow(/row-level security/);
    await expect(forge(enschedeCoordinator, 'RIEC_ANALYST', enschede)).rejects.toThrow(/row-level security/);
    await expect(forge(enschedeCoordinator, 'MUNICIPAL_COORDINATOR', almelo)).rejects.toThrow(/row-level security/);
    await expect(forge(enschedeCoordinator, 'MUNICIPAL_COORDINATOR', enschede)).resolves.toBeDefined();
  });

  it('the session secret does not outlive its transaction on a pooled connection', async () => {
    await asViewer(app.app, await asUser(analyst), 'SELECT 1');
    const [after] = await app.app.query<
      {
        token: string | null;
      }[]
    >(`SELECT current_setting('app.session_token', true) AS token`);
    expect(after?.token ?? '').toBe('');
    expect(await app.app.query('SELECT * FROM recommendations')).toEqual([]);
  });
});
