import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberAuditEntries } from '../features/audit/audit.service';
import { SessionService } from '../features/auth/session.service';
import { createUser, municipalityId, type TestUser } from '../test/factories';
import { startTestApp, type TestApp } from '../test/test-app';
import { runConfidential } from './confidential';
import { Permission } from './permissions';
import type { Acting } from './viewer';

/**
 * Membership scope, shown on a test table: a record that belongs to a set of municipalities (as a
 * peer group's shared log will belong to every member) is visible to each member, through the
 * service filter and through row-level security alike, and each member's audit log hears of it.
 */
let app: TestApp;
let sessions: SessionService;
let almeloEnschede: string;
let hengeloBorne: string;
const ids: Record<string, string> = {};

async function acting(user: TestUser): Promise<Acting> {
  const viewer = await sessions.resolve(await sessions.create(user.id));
  return { viewer: viewer!, requestId: `test-${user.id}` };
}

/** Through the scoped helper: the membership filter in SQL, row-level security underneath. */
async function visibleLogs(user: TestUser, withFilter = true): Promise<string[]> {
  return runConfidential(app.app, await acting(user), Permission.SCAN_READ, async ({ tx, scope }) => {
    const filter = scope('l', { members: { table: 'shared_log_members', record: 'log_id' } });
    const rows = await tx
      .createQueryBuilder()
      .select('l.id', 'id')
      .from('shared_logs', 'l')
      .where(withFilter ? filter.sql : 'TRUE', withFilter ? filter.params : {})
      .orderBy('l.title')
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  });
}

beforeAll(async () => {
  app = await startTestApp();
  sessions = new SessionService(app.app, { idleMinutes: 60, absoluteHours: 1 });
  for (const code of ['GM0141', 'GM0153', 'GM0164', 'GM0147']) {
    ids[code] = await municipalityId(app, code);
  }
  await app.owner.query(`
    CREATE TABLE shared_logs (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), region_id uuid NOT NULL, title text NOT NULL);
    CREATE TABLE shared_log_members (log_id uuid REFERENCES shared_logs(id), municipality_id uuid NOT NULL, PRIMARY KEY (log_id, municipality_id));
    ALTER TABLE shared_logs ENABLE ROW LEVEL SECURITY; ALTER TABLE shared_logs FORCE ROW LEVEL SECURITY;
    ALTER TABLE shared_log_members ENABLE ROW LEVEL SECURITY; ALTER TABLE shared_log_members FORCE ROW LEVEL SECURITY;
    CREATE POLICY shared_log_members_read ON shared_log_members FOR SELECT USING (municipality_id = (SELECT rd_municipality_id()));
    CREATE POLICY shared_logs_read ON shared_logs FOR SELECT USING (
      region_id = (SELECT rd_region_id()) AND (
        (SELECT rd_role()) = 'RIEC_ANALYST'
        OR EXISTS (SELECT 1 FROM shared_log_members m WHERE m.log_id = id AND m.municipality_id = (SELECT rd_municipality_id()))));
    GRANT SELECT ON shared_logs, shared_log_members TO rode_draad_app;
  `);
  const share = async (title: string, codes: string[]) => {
    const [row] = await app.owner.query<{ id: string }[]>(
      `INSERT INTO shared_logs (region_id, title) SELECT region_id, $1 FROM municipalities WHERE id = $2 RETURNING id`,
      [title, ids[codes[0]!]],
    );
    for (const code of codes) {
      await app.owner.query('INSERT INTO shared_log_members (log_id, municipality_id) VALUES ($1, $2)', [
        row!.id,
        ids[code],
      ]);
    }
    return row!.id;
  };
  almeloEnschede = await share('a: Almelo en Enschede', ['GM0141', 'GM0153']);
  hengeloBorne = await share('b: Hengelo en Borne', ['GM0164', 'GM0147']);
});
afterAll(() => app.close());

describe('membership scope', () => {
  it('shows a shared record to each member municipality, and to nobody else', async () => {
    const almelo = await createUser(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' });
    const enschede = await createUser(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0153' });
    const hengelo = await createUser(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0164' });
    const losser = await createUser(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0168' });
    expect(await visibleLogs(almelo)).toEqual([almeloEnschede]);
    expect(await visibleLogs(enschede)).toEqual([almeloEnschede]);
    expect(await visibleLogs(hengelo)).toEqual([hengeloBorne]);
    expect(await visibleLogs(losser)).toEqual([]);
    expect(await visibleLogs(await createUser(app, 'RIEC_ANALYST'))).toEqual([almeloEnschede, hengeloBorne]);
  });

  it('holds in the database without the service filter: row-level security alone', async () => {
    expect(
      await visibleLogs(await createUser(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0141' }), false),
    ).toEqual([almeloEnschede]);
    expect(
      await visibleLogs(await createUser(app, 'MUNICIPAL_COORDINATOR', { municipality: 'GM0168' }), false),
    ).toEqual([]);
  });

  it("writes one audit entry per member municipality, each readable in that municipality's log", async () => {
    const analyst = await createUser(app, 'RIEC_ANALYST');
    await runConfidential(app.app, await acting(analyst), Permission.SCAN_READ, ({ audit }) =>
      audit(
        memberAuditEntries([ids.GM0141!, ids.GM0153!, ids.GM0141!], {
          action: 'READ',
          entity: 'peer_group_log',
          entityId: almeloEnschede,
        }),
      ),
    );
    const rows = await app.owner.query<{ municipality_id: string }[]>(
      `SELECT municipality_id FROM audit_log WHERE entity = 'peer_group_log' AND entity_id = $1 ORDER BY municipality_id`,
      [almeloEnschede],
    );
    expect(rows.map((r) => r.municipality_id)).toEqual([ids.GM0141, ids.GM0153].sort());
  });
});
