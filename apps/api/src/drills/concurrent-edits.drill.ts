import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFacet, createRecommendation, createScan } from '../test/confidential-factories';
import { actAs } from '../test/factories';
import { startTestApp, type TestApp } from '../test/test-app';
import { figure } from './figures';

const UPDATE = `mutation ($id: ID!, $input: RecommendationInput!, $expectedVersion: Int!) {
  updateRecommendation(id: $id, input: $input, expectedVersion: $expectedVersion) { id title version }
}`;
const EDITS = 30;
const ROUNDS = 5;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('drill: concurrent edits', () => {
  it(`${EDITS} analysts save the same recommendation version at once, ${ROUNDS} rounds: one wins, the rest are told`, async () => {
    const facet = await createFacet(app);
    const scan = await createScan(app, 'GM0141');
    const analysts = await Promise.all(Array.from({ length: 3 }, () => actAs(app, 'RIEC_ANALYST')));
    let lostUpdates = 0;
    let wrongAnswers = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const id = await createRecommendation(app, scan, facet);
      const answers = await Promise.all(
        Array.from({ length: EDITS }, (_, i) =>
          analysts[i % analysts.length]!.client.gql<{ updateRecommendation: { title: string; version: number } }>(
            UPDATE,
            {
              id,
              input: { title: `Versie ${round}-${i}`, body: `Toelichting ${i}`, facetId: facet, priority: 'P2' },
              expectedVersion: 1,
            },
          ),
        ),
      );
      const saved = answers.filter((a) => a.data?.updateRecommendation);
      const stale = answers.filter((a) => a.errors?.[0]?.extensions?.reason === 'STALE_VERSION');
      const [stored] = await app.owner.query<
        {
          title: string;
          version: number;
        }[]
      >('SELECT title, version FROM recommendations WHERE id = $1', [id]);
      // A lost update: a save reported as successful whose title is not what is stored.
      lostUpdates += saved.filter((a) => a.data!.updateRecommendation.title !== stored!.title).length;
      wrongAnswers += saved.length === 1 && stale.length === EDITS - 1 && stored!.version === 2 ? 0 : 1;
      figure(`concurrent edits round ${round + 1}: saved / told STALE_VERSION`, `${saved.length} / ${stale.length}`);
    }
    figure('concurrent edits: lost updates', lostUpdates);
    expect({ lostUpdates, wrongAnswers }).toEqual({ lostUpdates: 0, wrongAnswers: 0 });
  });
});
