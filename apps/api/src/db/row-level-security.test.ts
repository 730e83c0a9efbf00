import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createFacet, createRecommendation, createScan, createTheme, linkTheme } from '../test/confidential-factories';
import { createUser, municipalityId } from '../test/factories';
import { startTestApp, type TestApp } from '../test/test-app';

/**
 * The second wall: raw SQL as the application role, bypassing every service filter. Only the
 * transaction-local viewer settings decide what PostgreSQL returns.
 */
let app: TestApp;
let almelo: string;
let enschede: string;
let regionId: string;

const CONFIDENTIAL_TABLES = ['scans', 'recommendations', 'recommendation_status_changes', 'recommendation_themes', 'audit_log'];

async function asViewer<T>(db: DataSource, settings: Record<string, string>, sql: string, params: unknown[] = []): Promise<T> {
  return db.transaction(async (tx) => {
    for (const [key, value] of Object.entries(settings)) {
      await tx.query(`SELECT set_config($1, $2, true)`, [`app.${key}`, value]);
    }
    return tx.query(sql, params) as Promise<T>;
  });
}

beforeAll(async () => {
  app = await startTestApp();
  almelo = await municipalityId(app, 'GM0141');
  enschede = await municipalityId(app, 'GM0153');
  regionId = ((await app.owner.query(`SELECT id FROM regions WHERE name = 'Twente'`)) as { id: string }[])[0]!.id;
  const facet = await createFacet(app);
  const theme = await createTheme(app);
  const rec = await createRecommendation(app, await createScan(app, 'GM0141'), facet);
  await linkTheme(app, rec, theme);
  await app.owner.query(
    `INSERT INTO recommendation_status_changes (recommendation_id, region_id, municipality_id, from_status, to_status)
     SELECT id, region_id, municipality_id, 'OPEN', 'IN_PROGRESS' FROM recommendations WHERE id = $1`,
    [rec],
  );
  const user = await createUser(app, 'RIEC_ANALYST');
  await app.owner.query(
    `INSERT INTO audit_log (region_id, municipality_id, actor_user_id, actor_role, action, entity)
     VALUES ($1, $2, $3, 'RIEC_ANALYST', 'READ', 'recommendation')`,
    [regionId, almelo, user.id],
  );
});
afterAll(() => app.close());

describe('row-level security on confidential tables', () => {
  it('the application role neither owns the tables nor bypasses RLS', async () => {
    const [role] = (await app.app.query(
      `SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
    )) as { rolsuper: boolean; rolbypassrls: boolean }[];
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = (await app.app.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user`,
    )) as unknown[];
    expect(owned).toEqual([]);
    const forced = (await app.owner.query(
      `SELECT relname FROM pg_class WHERE relname = ANY($1) AND relrowsecurity AND relforcerowsecurity`,
      [CONFIDENTIAL_TABLES],
    )) as { relname: string }[];
    expect(forced.map((r) => r.relname).sort()).toEqual([...CONFIDENTIAL_TABLES].sort());
  });

  it.each(CONFIDENTIAL_TABLES)('%s: no settings, no rows', async (table) => {
    expect(await asViewer(app.app, {}, `SELECT * FROM ${table}`)).toEqual([]);
  });

  it.each(CONFIDENTIAL_TABLES)("%s: another municipality's coordinator gets zero rows", async (table) => {
    const rows = await asViewer<unknown[]>(
      app.app,
      { role: 'MUNICIPAL_COORDINATOR', region_id: regionId, municipality_id: enschede, user_id: '00000000-0000-4000-8000-000000000001' },
      `SELECT * FROM ${table}`,
    );
    expect(rows).toEqual([]);
  });

  it.each(CONFIDENTIAL_TABLES)('%s: the own coordinator sees the rows', async (table) => {
    const rows = await asViewer<unknown[]>(
      app.app,
      { role: 'MUNICIPAL_COORDINATOR', region_id: regionId, municipality_id: almelo, user_id: '00000000-0000-4000-8000-000000000001' },
      `SELECT * FROM ${table}`,
    );
    expect(rows.length).toBeGreaterThan(0);
  });

  it.each(['ADMIN', 'PROGRAMME_STAFF'])('%s settings see nothing', async (role) => {
    for (const table of CONFIDENTIAL_TABLES) {
      expect(await asViewer(app.app, { role, region_id: regionId, user_id: '00000000-0000-4000-8000-000000000001' }, `SELECT * FROM ${table}`)).toEqual([]);
    }
  });

  it('an analyst of another region sees nothing', async () => {
    const [other] = (await app.owner.query(`INSERT INTO regions (name) VALUES ('Achterhoek') RETURNING id`)) as { id: string }[];
    for (const table of CONFIDENTIAL_TABLES) {
      expect(await asViewer(app.app, { role: 'RIEC_ANALYST', region_id: other!.id }, `SELECT * FROM ${table}`)).toEqual([]);
    }
  });

  it("a coordinator cannot write another municipality's rows, even with raw SQL", async () => {
    const settings = { role: 'MUNICIPAL_COORDINATOR', region_id: regionId, municipality_id: enschede, user_id: '00000000-0000-4000-8000-000000000001' };
    const updated = await asViewer<[unknown[], number]>(app.app, settings, `UPDATE recommendations SET status = 'DONE'`);
    expect(updated[1]).toBe(0);
    await expect(
      asViewer(app.app, settings, `INSERT INTO scans (region_id, municipality_id, scan_date, kind) VALUES ($1, $2, '2022-01-01', 'RESCAN')`, [regionId, almelo]),
    ).rejects.toThrow(/row-level security/);
    const [row] = (await app.owner.query(`SELECT count(*)::int AS n FROM recommendations WHERE status = 'DONE'`)) as { n: number }[];
    expect(row?.n).toBe(0);
  });

  it('settings do not outlive their transaction on a pooled connection', async () => {
    await asViewer(app.app, { role: 'RIEC_ANALYST', region_id: regionId }, 'SELECT 1');
    const [after] = (await app.app.query(`SELECT current_setting('app.role', true) AS role`)) as { role: string | null }[];
    expect(after?.role ?? '').toBe('');
    expect(await app.app.query('SELECT * FROM recommendations')).toEqual([]);
  });
});
