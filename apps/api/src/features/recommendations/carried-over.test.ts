import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFacet, createRecommendation, createScan } from '../../test/confidential-factories';
import { actAs } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const CHOICE = `query Choice($id: ID!) {
  carriedOverChoice(id: $id) { current { id title scanDate } candidates { id reference title scanDate } }
}`;
const SET = `mutation Set($id: ID!, $fromId: ID, $v: Int!) {
  setRecommendationCarriedOver(id: $id, fromId: $fromId, expectedVersion: $v) { id version }
}`;

let app: TestApp;
let facet: string;
let baseline: string;
let otherBaseline: string;
let rescanRec: string;
let enschedeBaseline: string;

async function stored(id: string) {
  const [row] = await app.owner.query<{ carried_over_from_id: string | null; version: number }[]>(
    'SELECT carried_over_from_id, version FROM recommendations WHERE id = $1',
    [id],
  );
  return row!;
}

beforeAll(async () => {
  app = await startTestApp();
  facet = await createFacet(app, 'Testfacet voortzetting');
  const first = await createScan(app, 'GM0141', '2021-06-01');
  const second = await createScan(app, 'GM0141', '2024-06-01');
  baseline = await createRecommendation(app, first, facet, { title: 'Bibob-beleid vaststellen', reference: 'A1' });
  otherBaseline = await createRecommendation(app, first, facet, { title: 'Meldpunt inrichten', reference: 'A2' });
  rescanRec = await createRecommendation(app, second, facet, { title: 'Bibob-beleid uitvoeren' });
  enschedeBaseline = await createRecommendation(app, await createScan(app, 'GM0153', '2020-01-01'), facet);
});
afterAll(() => app.close());

describe('carried over from an earlier scan', () => {
  it("offers the analyst the municipality's earlier recommendations only, and sets and clears the link", async () => {
    const { client } = await actAs(app, 'RIEC_ANALYST');
    const { carriedOverChoice } = await client.ok<{
      carriedOverChoice: { current: unknown; candidates: { id: string; scanDate: string }[] };
    }>(CHOICE, { id: rescanRec });
    expect(carriedOverChoice.current).toBeNull();
    // Not Enschede's, not the re-scan's own ones.
    expect(carriedOverChoice.candidates.map((c) => c.id)).toEqual([baseline, otherBaseline]);
    expect(carriedOverChoice.candidates[0]!.scanDate).toBe('2021-06-01');

    const { version } = await stored(rescanRec);
    const saved = await client.ok<{ setRecommendationCarriedOver: { version: number } }>(SET, {
      id: rescanRec,
      fromId: baseline,
      v: version,
    });
    expect(saved.setRecommendationCarriedOver.version).toBe(version + 1);
    expect(await stored(rescanRec)).toEqual({ carried_over_from_id: baseline, version: version + 1 });
    const again = await client.ok<{ carriedOverChoice: { current: { id: string } } }>(CHOICE, { id: rescanRec });
    expect(again.carriedOverChoice.current.id).toBe(baseline);
    const audit = await app.owner.query<{ action: string }[]>(
      `SELECT action FROM audit_log WHERE entity_id = $1 AND action = 'UPDATE'`,
      [rescanRec],
    );
    expect(audit).toHaveLength(1);

    await client.ok(SET, { id: rescanRec, fromId: null, v: version + 1 });
    expect(await stored(rescanRec)).toEqual({ carried_over_from_id: null, version: version + 2 });
  });

  it('refuses another municipality, a later or the same scan, a bad id and a stale version, changing nothing', async () => {
    const { client } = await actAs(app, 'RIEC_ANALYST');
    const before = await stored(rescanRec);
    for (const fromId of [enschedeBaseline, rescanRec]) {
      const refused = await client.gql(SET, { id: rescanRec, fromId, v: before.version });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'fromId', reason: 'NOT_EARLIER_RECOMMENDATION' }],
      });
    }
    const malformed = await client.gql(SET, { id: rescanRec, fromId: 'not-an-id', v: before.version });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'fromId', reason: 'INVALID_ID' }],
    });
    // A baseline recommendation cannot carry over the re-scan's: that scan is later.
    const backwards = await client.gql(SET, { id: baseline, fromId: rescanRec, v: (await stored(baseline)).version });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const stale = await client.gql(SET, { id: rescanRec, fromId: baseline, v: before.version - 1 });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect(await stored(rescanRec)).toEqual(before);
    expect(await stored(baseline)).toMatchObject({ carried_over_from_id: null });
  });

  it("is the analysts' only: coordinators, participants and staff are refused, and the database holds the rule too", async () => {
    for (const role of ['MUNICIPAL_COORDINATOR', 'PARTICIPANT', 'PROGRAMME_STAFF', 'ADMIN'] as const) {
      const { client } = await actAs(app, role);
      const choice = await client.gql(CHOICE, { id: rescanRec });
      expect(choice.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const set = await client.gql(SET, { id: rescanRec, fromId: baseline, v: (await stored(rescanRec)).version });
      expect(set.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await stored(rescanRec)).toMatchObject({ carried_over_from_id: null });
    // Straight to the table as the owner, past the service: the trigger refuses another municipality's.
    await expect(
      app.owner.query('UPDATE recommendations SET carried_over_from_id = $2 WHERE id = $1', [
        rescanRec,
        enschedeBaseline,
      ]),
    ).rejects.toThrow(/earlier scan of the same municipality/);
  });
});
