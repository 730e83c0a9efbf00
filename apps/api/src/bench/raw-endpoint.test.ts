import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../features/auth/session-cookie';
import { createTestDatabase } from '../test/database';
import { startTestApp, type TestApp } from '../test/test-app';
import { seedNational, type BenchRole, type NationalIds } from './national-data';
import { benchOperations, type BenchOperation } from './national-operations';
import { startRawEndpoint, type RawEndpoint } from './raw-endpoint';

/**
 * The bench's yardstick is honest only if it answers what the app answers: the same rows and
 * fields, under the same scope and row-level security.
 */
describe('the raw endpoint of the national bench', () => {
  let app: TestApp;
  let raw: RawEndpoint;
  let ids: NationalIds;

  beforeAll(async () => {
    const db = await createTestDatabase();
    // A small national set: 342 municipalities, 1,000 sessions, 400 recommendations.
    ({ ids } = await seedNational({ ownerUrl: db.ownerUrl, appUrl: db.appUrl, scale: 0.02 }));
    // The bench participant owns two of the municipality's recommendations, so its list has rows.
    const owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
    await owner.query(
      `UPDATE recommendations SET owner_user_id = $1
        WHERE id IN (SELECT id FROM recommendations WHERE municipality_id = $2 ORDER BY reference LIMIT 2)`,
      [ids.users.participant.id, ids.municipalityId],
    );
    await owner.end();
    app = await startTestApp({ production: true }, { db });
    raw = await startRawEndpoint({ databaseUrl: db.appUrl, poolSize: 2 });
  }, 120_000);

  afterAll(async () => {
    await raw?.stop();
    await app?.close();
  });

  const cookie = (role: BenchRole) => `${SESSION_COOKIE}=${ids.users[role].token}`;

  async function both(op: Pick<BenchOperation, 'operation' | 'query' | 'variables'>, role: BenchRole) {
    const post = async (url: string, body: unknown) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookie(role) },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    };
    const graphql = await post(`${app.url}/graphql`, { query: op.query, variables: op.variables });
    const answer = await post(`${raw.url}/${op.operation}`, { variables: op.variables });
    expect(graphql.errors).toBeUndefined();
    expect(answer.errors).toBeUndefined();
    return { graphql: graphql.data!, raw: answer.data! };
  }

  it.each([
    ['sessionsList', 'participant'],
    ['calendarMonth', 'participant'],
    ['sessionsList', 'staff'],
    ['recommendationsCoordinator', 'coordinator'],
    ['recommendationsRegion', 'analyst'],
    ['recommendationsCoordinator', 'participant'],
    ['latestPicture', 'participant'],
  ] as const)('answers %s as the %s exactly as GraphQL does', async (name, role) => {
    const op = benchOperations(ids)[name];
    const { graphql, raw: answer } = await both(op, role);
    expect(answer).toEqual(graphql);
    const list = Object.values(graphql)[0] as { items?: unknown[]; lines?: unknown[] } | null;
    // A comparison of empty answers would prove nothing.
    expect((list?.items ?? list?.lines ?? []).length).toBeGreaterThan(0);
  });

  it("shows a coordinator no row of another municipality's confidential recommendations", async () => {
    const op = benchOperations(ids).recommendationsCoordinator;
    const own = await both(op, 'coordinator');
    const items = (own.raw.recommendations as { items: { municipality: { id: string } }[] }).items;
    expect(items.every((item) => item.municipality.id === ids.municipalityId)).toBe(true);

    const asked = await both(
      { ...op, variables: { ...op.variables, filter: { municipalityId: ids.otherMunicipalityId } } },
      'coordinator',
    );
    expect(asked.raw).toEqual({ recommendations: { total: 0, items: [] } });
    expect(asked.raw).toEqual(asked.graphql);
    // … while that municipality has them: its own coordinator sees them.
    const other = await both(op, 'otherCoordinator');
    expect((other.raw.recommendations as { total: number }).total).toBeGreaterThan(0);
  });
});
