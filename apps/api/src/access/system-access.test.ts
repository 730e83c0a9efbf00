import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFacet, createRecommendation, createScan } from '../test/confidential-factories';
import { municipalityId } from '../test/factories';
import { startTestApp, type TestApp } from '../test/test-app';
import { SystemAccess } from './system-access';

let app: TestApp;
let system: SystemAccess;

beforeAll(async () => {
  app = await startTestApp();
  const facet = await createFacet(app);
  await createRecommendation(app, await createScan(app, 'GM0141'), facet);
  await createRecommendation(app, await createScan(app, 'GM0153'), facet);
  system = await SystemAccess.register(app.owner, 'follow-up-reminders');
});
afterAll(() => app.close());

describe('the system path for background jobs', () => {
  it('reads recommendations of every municipality under its purpose, and audits the read as SYSTEM', async () => {
    const almelo = await municipalityId(app, 'GM0141');
    const count = await system.inTransaction(app.app, async ({ tx, audit }) => {
      const rows = await tx.query<unknown[]>('SELECT id FROM recommendations');
      await audit([
        { municipalityId: almelo, action: 'LIST', entity: 'recommendation', details: { count: rows.length } },
      ]);
      return rows.length;
    });
    expect(count).toBe(2);
    const [entry] = await app.owner.query<unknown[]>(
      `SELECT actor_user_id, actor_role, request_id FROM audit_log WHERE actor_role = 'SYSTEM'`,
    );
    expect(entry).toEqual({ actor_user_id: null, actor_role: 'SYSTEM', request_id: 'system:follow-up-reminders' });
  });

  it('reaches nothing else: no scans, no writes', async () => {
    await system.inTransaction(app.app, async ({ tx }) => {
      expect(await tx.query('SELECT id FROM scans')).toEqual([]);
      const [, updated] = await tx.query<[unknown, number]>(`UPDATE recommendations SET due_date = '2030-01-01'`);
      expect(updated).toBe(0);
    });
  });

  it('cannot be had by the application role: the tokens are unreadable, a forged token is no token', async () => {
    await expect(app.app.query('SELECT * FROM system_tokens')).rejects.toThrow(/permission denied/);
    const forged = await app.app.transaction(async (tx) => {
      await tx.query(`SELECT set_config('app.system_token', $1, true)`, ['forged-token-forged-token-forged-token-xx']);
      return tx.query<Promise<unknown[]>>('SELECT id FROM recommendations');
    });
    expect(forged).toEqual([]);
  });

  it('stops working once its token expires', async () => {
    const shortLived = await SystemAccess.register(app.owner, 'follow-up-reminders');
    await app.owner.query(`UPDATE system_tokens SET expires_at = now() - interval '1 second'`);
    expect(
      await shortLived.inTransaction(app.app, ({ tx }) =>
        tx.query<Promise<unknown[]>>('SELECT id FROM recommendations'),
      ),
    ).toEqual([]);
  });
});
