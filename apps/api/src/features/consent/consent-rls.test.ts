import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createFacet, createRecommendation, createScan } from '../../test/confidential-factories';
import { createUser, sessionTokenOf } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

/**
 * Consent in the database, as the application role with raw SQL: only the municipality's own
 * coordinators write it (as themselves), analysts read it, owning participants see neither the
 * decision, the hold-backs nor their timeline entries.
 */
let app: TestApp;
let scan: string;
let rec: string;
let coordinator: string;
let otherCoordinator: string;
let analyst: string;
let owner: string;

async function asUser<T>(db: DataSource, userId: string, sql: string, params: unknown[] = []): Promise<T> {
  const token = await sessionTokenOf(app, userId);
  return db.transaction(async (tx) => {
    await tx.query(`SELECT set_config('app.session_token', $1, true)`, [token]);
    return tx.query<Promise<T>>(sql, params);
  });
}

const INSERT_CONSENT = `INSERT INTO scan_consents (scan_id, region_id, municipality_id, status, basis, decided_by)
  SELECT id, region_id, municipality_id, 'AGREED', 'Collegebesluit', $2 FROM scans WHERE id = $1`;

beforeAll(async () => {
  app = await startTestApp();
  scan = await createScan(app, 'GM0141');
  owner = (await createUser(app, 'PARTICIPANT', { municipality: 'GM0141' })).id;
  rec = await createRecommendation(app, scan, await createFacet(app), { ownerUserId: owner });
  coordinator = (await createUser(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' })).id;
  otherCoordinator = (await createUser(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' })).id;
  analyst = (await createUser(app, 'RIEC_ANALYST')).id;
});
afterAll(() => app.close());

describe('row-level security on consent', () => {
  it('an analyst reads consent but cannot record it or hold anything back', async () => {
    await expect(asUser(app.app, analyst, INSERT_CONSENT, [scan, analyst])).rejects.toThrow(/row-level security/);
    await expect(
      asUser(
        app.app,
        analyst,
        `INSERT INTO recommendation_holdbacks (recommendation_id, region_id, municipality_id, held_back_by)
         SELECT id, region_id, municipality_id, $2 FROM recommendations WHERE id = $1`,
        [rec, analyst],
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("another municipality's coordinator cannot record it, even naming the scan", async () => {
    await expect(
      asUser(
        app.app,
        otherCoordinator,
        `INSERT INTO scan_consents (scan_id, region_id, municipality_id, status, basis, decided_by)
         SELECT $1, region_id, id, 'AGREED', 'Collegebesluit', $2 FROM municipalities WHERE cbs_code = 'GM0141'`,
        [scan, otherCoordinator],
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('the own coordinator records it as themselves only, and an AGREED without basis is refused', async () => {
    await expect(asUser(app.app, coordinator, INSERT_CONSENT, [scan, analyst])).rejects.toThrow(/row-level security/);
    await expect(
      asUser(
        app.app,
        coordinator,
        `INSERT INTO scan_consents (scan_id, region_id, municipality_id, status, basis, decided_by)
         SELECT id, region_id, municipality_id, 'AGREED', '  ', $2 FROM scans WHERE id = $1`,
        [scan, coordinator],
      ),
    ).rejects.toThrow(/scan_consents_agreed_basis/);
    await asUser(app.app, coordinator, INSERT_CONSENT, [scan, coordinator]);
    await asUser(
      app.app,
      coordinator,
      `INSERT INTO recommendation_holdbacks (recommendation_id, region_id, municipality_id, held_back_by)
       SELECT id, region_id, municipality_id, $2 FROM recommendations WHERE id = $1`,
      [rec, coordinator],
    );
    await asUser(
      app.app,
      coordinator,
      `INSERT INTO recommendation_events (recommendation_id, region_id, municipality_id, kind, actor_user_id)
       SELECT id, region_id, municipality_id, 'HOLD_BACK', $2 FROM recommendations WHERE id = $1`,
      [rec, coordinator],
    );
    expect(await asUser<unknown[]>(app.app, analyst, 'SELECT * FROM scan_consents')).toHaveLength(1);
    expect(await asUser<unknown[]>(app.app, analyst, 'SELECT * FROM recommendation_holdbacks')).toHaveLength(1);
    expect(await asUser<unknown[]>(app.app, otherCoordinator, 'SELECT * FROM scan_consents')).toEqual([]);
  });

  it('the owning participant sees the recommendation but neither consent, hold-back nor their timeline entries', async () => {
    expect(await asUser<unknown[]>(app.app, owner, 'SELECT id FROM recommendations')).toHaveLength(1);
    expect(await asUser<unknown[]>(app.app, owner, 'SELECT * FROM scan_consents')).toEqual([]);
    expect(await asUser<unknown[]>(app.app, owner, 'SELECT * FROM recommendation_holdbacks')).toEqual([]);
    const kinds = await asUser<{ kind: string }[]>(app.app, owner, 'SELECT kind FROM recommendation_events');
    expect(kinds.map((k) => k.kind)).not.toContain('HOLD_BACK');
    const all = await asUser<{ kind: string }[]>(app.app, coordinator, 'SELECT kind FROM recommendation_events');
    expect(all.map((k) => k.kind)).toContain('HOLD_BACK');
  });

  it('a decision is replaced, never removed by the application role', async () => {
    await expect(asUser(app.app, coordinator, 'DELETE FROM scan_consents')).rejects.toThrow(/permission denied/);
  });
});
