import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import {
  createFacet,
  createRecommendation,
  createScan,
  createTheme,
  linkTheme,
} from '../../test/confidential-factories';
import { actAs, actAsInNewRegion } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { matchingWords, significantWords } from './theme-words';

const LINK = `mutation Link($ids: [ID!]!, $themeIds: [ID!]!, $versions: [Int!]!) {
  linkRecommendationsToThemes(ids: $ids, themeIds: $themeIds, expectedVersions: $versions) { id version themes { id } }
}`;
const SUGGEST = `query Suggest($ids: [ID!]!) {
  themeSuggestions(recommendationIds: $ids) {
    recommendationId suggestions { theme { id title } fromFacet words { word themeWord } }
  }
}`;

let app: TestApp;
let analyst: Client;
let facet: string;
let otherFacet: string;
let vastgoed: string;
let zorg: string;
let almeloRec: string;
let enschedeRec: string;

async function versionOf(id: string): Promise<number> {
  const [row] = await app.owner.query<{ version: number }[]>('SELECT version FROM recommendations WHERE id = $1', [id]);
  return row!.version;
}
async function themesOf(id: string): Promise<string[]> {
  const rows = await app.owner.query<{ theme_id: string }[]>(
    'SELECT theme_id FROM recommendation_themes WHERE recommendation_id = $1 ORDER BY theme_id',
    [id],
  );
  return rows.map((r) => r.theme_id);
}

beforeAll(async () => {
  app = await startTestApp();
  ({ client: analyst } = await actAs(app, 'RIEC_ANALYST'));
  facet = await createFacet(app, 'Testfacet vastgoed');
  otherFacet = await createFacet(app, 'Testfacet zorg');
  vastgoed = await createTheme(app, 'Malafide vastgoedtransacties');
  zorg = await createTheme(app, 'Zorgfraude');
  await app.owner.query(`UPDATE themes SET description = 'Signalen bij panden en huurders' WHERE id = $1`, [vastgoed]);
  await app.owner.query('INSERT INTO theme_facets (theme_id, facet_id) VALUES ($1, $2)', [zorg, otherFacet]);
  almeloRec = await createRecommendation(app, await createScan(app, 'GM0141'), facet, {
    title: 'Bibob-toets bij vastgoedtransacties van de gemeente',
  });
  enschedeRec = await createRecommendation(app, await createScan(app, 'GM0153'), otherFacet, {
    title: 'Signalen van zorgaanbieders delen',
  });
});
afterAll(() => app.close());

describe('linkRecommendationsToThemes', () => {
  it('links every recommendation, keeps existing links, raises each version and audits per municipality', async () => {
    await linkTheme(app, enschedeRec, zorg);
    const versions = [await versionOf(almeloRec), await versionOf(enschedeRec)];
    const { linkRecommendationsToThemes: saved } = await analyst.ok<{
      linkRecommendationsToThemes: { id: string; version: number; themes: { id: string }[] }[];
    }>(LINK, { ids: [almeloRec, enschedeRec], themeIds: [vastgoed], versions });
    expect(saved.map((r) => r.version)).toEqual([versions[0]! + 1, versions[1]! + 1]);
    expect(await themesOf(almeloRec)).toEqual([vastgoed]);
    expect(await themesOf(enschedeRec)).toEqual([vastgoed, zorg].sort());
    const audit = await app.owner.query<{ municipality: string; entity_id: string }[]>(
      `SELECT m.cbs_code AS municipality, a.entity_id FROM audit_log a JOIN municipalities m ON m.id = a.municipality_id
        WHERE a.action = 'LINK' AND a.entity = 'recommendation_theme' AND a.entity_id = ANY($1) ORDER BY m.cbs_code`,
      [[almeloRec, enschedeRec]],
    );
    expect(audit).toEqual([
      { municipality: 'GM0141', entity_id: almeloRec },
      { municipality: 'GM0153', entity_id: enschedeRec },
    ]);
  });

  it('writes nothing when one version is stale, and lists every stale one', async () => {
    const fresh = await createRecommendation(app, await createScan(app, 'GM0164'), facet);
    const before = [await versionOf(almeloRec), await versionOf(enschedeRec), await versionOf(fresh)];
    const result = await analyst.gql(LINK, {
      ids: [almeloRec, enschedeRec, fresh],
      themeIds: [zorg],
      versions: [before[0]! - 1, before[1], before[2]! - 1],
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      stale: expect.arrayContaining([
        { id: almeloRec, currentVersion: before[0] },
        { id: fresh, currentVersion: before[2] },
      ]) as unknown,
    });
    expect((result.errors?.[0]?.extensions?.stale as unknown[]).length).toBe(2);
    expect([await versionOf(almeloRec), await versionOf(enschedeRec), await versionOf(fresh)]).toEqual(before);
    expect(await themesOf(fresh)).toEqual([]);
    expect(await themesOf(almeloRec)).toEqual([vastgoed]);
  });

  it('writes nothing for an unknown theme, a missing recommendation or mismatched versions', async () => {
    const v = await versionOf(almeloRec);
    const unknownTheme = await analyst.gql(LINK, {
      ids: [almeloRec],
      themeIds: [vastgoed, '00000000-0000-4000-8000-000000000001'],
      versions: [v],
    });
    expect(unknownTheme.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await analyst.gql(LINK, {
      ids: [almeloRec, '00000000-0000-4000-8000-000000000002'],
      themeIds: [zorg],
      versions: [v, 1],
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const mismatched = await analyst.gql(LINK, { ids: [almeloRec], themeIds: [zorg], versions: [v, v] });
    expect(mismatched.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await versionOf(almeloRec)).toBe(v);
    expect(await themesOf(almeloRec)).toEqual([vastgoed]);
  });

  it('is for analysts of the region only', async () => {
    const v = await versionOf(almeloRec);
    const vars = { ids: [almeloRec], themeIds: [zorg], versions: [v] };
    for (const role of ['ADMIN', 'PROGRAMME_STAFF', 'MUNICIPAL_COORDINATOR', 'PARTICIPANT'] as const) {
      const { client } = await actAs(app, role);
      expect(await client.errorCode(LINK, vars), role).toBe('FORBIDDEN');
      expect(await client.errorCode(SUGGEST, { ids: [almeloRec] }), role).toBe('FORBIDDEN');
    }
    const { client: elsewhere } = await actAsInNewRegion(app, 'RIEC_ANALYST');
    expect(await elsewhere.errorCode(LINK, vars)).toBe('NOT_FOUND');
    expect(await elsewhere.errorCode(SUGGEST, { ids: [almeloRec] })).toBe('NOT_FOUND');
    expect(await new Client(app).errorCode(LINK, vars)).toBe('UNAUTHENTICATED');
    expect(await versionOf(almeloRec)).toBe(v);
  });
});

describe('themeSuggestions', () => {
  it('suggests from the facet and from title words, with why, leaving linked themes out', async () => {
    const rec = await createRecommendation(app, await createScan(app, 'GM0141'), otherFacet, {
      title: 'Zorgfraude en malafide vastgoedtransacties aanpakken',
    });
    const { themeSuggestions } = await analyst.ok<{
      themeSuggestions: {
        recommendationId: string;
        suggestions: { theme: { id: string }; fromFacet: boolean; words: { word: string; themeWord: string }[] }[];
      }[];
    }>(SUGGEST, { ids: [rec, almeloRec] });
    expect(themeSuggestions[0]).toEqual({
      recommendationId: rec,
      suggestions: [
        {
          theme: { id: zorg, title: 'Zorgfraude' },
          fromFacet: true,
          words: [{ word: 'zorgfraude', themeWord: 'zorgfraude' }],
        },
        {
          theme: { id: vastgoed, title: 'Malafide vastgoedtransacties' },
          fromFacet: false,
          words: [
            { word: 'malafide', themeWord: 'malafide' },
            { word: 'vastgoedtransacties', themeWord: 'vastgoedtransacties' },
          ],
        },
      ],
    });
    // Almelo's is linked to the vastgoed theme already and shares nothing with Zorgfraude.
    expect(themeSuggestions[1]).toEqual({ recommendationId: almeloRec, suggestions: [] });
  });
});

describe('theme words', () => {
  it('drops Dutch stop words and short words, and matches compounds and inflections by their stem', () => {
    expect(significantWords('De gemeente moet het Bibob-beleid van 2024 actualiseren')).toEqual([
      'bibob',
      'beleid',
      '2024',
    ]);
    expect(matchingWords('Vastgoedscan uitvoeren in de wijk', 'Vastgoed en ondermijning')).toEqual([
      { word: 'vastgoedscan', themeWord: 'vastgoed' },
    ]);
    expect(matchingWords('Bestuurlijke rapportage', 'Bestemmingsplannen')).toEqual([]);
    expect(matchingWords('Ondermijnende activiteiten in panden', 'Ondermijning: signalen bij panden')).toEqual([
      { word: 'ondermijnende', themeWord: 'ondermijning' },
      { word: 'panden', themeWord: 'panden' },
    ]);
    expect(matchingWords('Huurders screenen', 'Signalen bij panden en huurders')).toEqual([
      { word: 'huurders', themeWord: 'huurders' },
    ]);
  });
});
