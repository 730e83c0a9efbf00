import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TWENTE_MUNICIPALITIES } from '../../db/migrations/1764300000100-twente-region';
import type { Client } from '../../test/client';
import { actAs } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

/*
 * The picture counts only what municipalities agreed to share, and nobody but the municipality and
 * the RIEC can tell whether a given municipality holds something back: the published figures are
 * the same whichever municipality withdrew, counts below k stay suppressed, and published
 * snapshots never change.
 */

const LINE = `theme { id } municipalities { kind value bound } followUp { suppressed open { from to } inProgress { from to } done { from to } notAdopted { from to } }`;
const PREVIEW = `query { picturePreview { municipalityCount contributingCount contributingMunicipalities { name }
  lines { ${LINE} } differencingRisks { theme { id } cell smallestChange } } }`;
const PUBLISH = `mutation ($ack: [DifferencingCellInput!]) { publishPicture(note: "Beeld", acknowledgedRisks: $ack) {
  id municipalityCount contributingCount lines { ${LINE} } } }`;
const SNAPSHOT = `query ($id: ID!) { pictureSnapshot(id: $id) { id municipalityCount contributingCount lines { ${LINE} } } }`;
const HOLD = `mutation ($id: ID!) { holdBackRecommendation(recommendationId: $id) { recommendationId } }`;
const RELEASE = `mutation ($id: ID!) { releaseRecommendation(recommendationId: $id) { recommendationId } }`;

interface Line {
  theme: { id: string };
  municipalities: { kind: string; value: number | null; bound: number | null };
}
interface Picture {
  id?: string;
  municipalityCount: number;
  contributingCount: number | null;
  contributingMunicipalities?: { name: string }[];
  lines: Line[];
  differencingRisks?: { theme: { id: string }; cell: string; smallestChange: number }[];
}

const NAMES = TWENTE_MUNICIPALITIES.map(([name]) => name);
const CODES = TWENTE_MUNICIPALITIES.map(([, code]) => code);

let app: TestApp;
let regionId: string;
let facetId: string;
let analyst: Client;
let reader: Client;
/** Seven municipalities agreed with a recommendation on it, two more that did not agree. */
let wide: string;
/** Exactly three agreed municipalities. */
let narrow: string;
const coordinators = new Map<string, Client>();
/** The recommendation of a municipality (code) on a theme. */
const recOf = new Map<string, string>();

async function scanWith(code: string, consent: 'AGREED' | 'REFUSED' | 'NOT_DECIDED'): Promise<string> {
  const [row] = await app.owner.query<{ id: string }[]>(
    `INSERT INTO scans (region_id, municipality_id, scan_date, kind)
     SELECT $1, id, DATE '2024-03-01', 'BASELINE' FROM municipalities WHERE cbs_code = $2 RETURNING id`,
    [regionId, code],
  );
  if (consent !== 'NOT_DECIDED') {
    await app.owner.query(
      `INSERT INTO scan_consents (scan_id, region_id, municipality_id, status, basis)
       SELECT id, region_id, municipality_id, $2, 'Collegebesluit' FROM scans WHERE id = $1`,
      [row!.id, consent],
    );
  }
  return row!.id;
}

async function linked(scanId: string, themeId: string, code: string): Promise<void> {
  const [row] = await app.owner.query<{ id: string }[]>(
    `INSERT INTO recommendations (region_id, municipality_id, scan_id, title, facet_id, priority, status)
     SELECT region_id, municipality_id, id, 'Aanbeveling', $2, 'P2', 'OPEN' FROM scans WHERE id = $1 RETURNING id`,
    [scanId, facetId],
  );
  await app.owner.query(
    `INSERT INTO recommendation_themes (recommendation_id, theme_id, region_id, municipality_id)
     SELECT id, $2, region_id, municipality_id FROM recommendations WHERE id = $1`,
    [row!.id, themeId],
  );
  recOf.set(`${themeId}:${code}`, row!.id);
}

const lineOf = (picture: Picture, themeId: string) => picture.lines.find((l) => l.theme.id === themeId)!;
const preview = async () => (await analyst.ok<{ picturePreview: Picture }>(PREVIEW)).picturePreview;
const hold = (code: string, themeId: string) =>
  coordinators.get(code)!.ok(HOLD, { id: recOf.get(`${themeId}:${code}`) });
const release = (code: string, themeId: string) =>
  coordinators.get(code)!.ok(RELEASE, { id: recOf.get(`${themeId}:${code}`) });
/** What readers learn from a picture: its figures, without the analyst-only parts. */
const published = (p: Picture) => ({ contributingCount: p.contributingCount, lines: p.lines });

beforeAll(async () => {
  app = await startTestApp();
  analyst = (await actAs(app, 'RIEC_ANALYST')).client;
  reader = (await actAs(app, 'PROGRAMME_STAFF')).client;
  regionId = (await app.owner.query<{ id: string }[]>(`SELECT id FROM regions WHERE name = 'Twente'`))[0]!.id;
  facetId = (
    await app.owner.query<{ id: string }[]>(
      `INSERT INTO facets (region_id, name) VALUES ($1, 'Testfacet toestemming') RETURNING id`,
      [regionId],
    )
  )[0]!.id;
  const theme = async (title: string) =>
    (
      await app.owner.query<{ id: string }[]>(
        `INSERT INTO themes (region_id, title, year_identified) VALUES ($1, $2, 2023) RETURNING id`,
        [regionId, title],
      )
    )[0]!.id;
  wide = await theme('Vastgoed');
  narrow = await theme('Zorgfraude');
  // Eleven municipalities agreed, one refused, one has not decided, one has no scan.
  const scans = new Map<string, string>();
  for (const code of CODES.slice(0, 11)) {
    scans.set(code, await scanWith(code, 'AGREED'));
  }
  scans.set(CODES[11]!, await scanWith(CODES[11]!, 'REFUSED'));
  scans.set(CODES[12]!, await scanWith(CODES[12]!, 'NOT_DECIDED'));
  for (const code of [...CODES.slice(0, 7), CODES[11]!, CODES[12]!]) {
    await linked(scans.get(code)!, wide, code);
  }
  for (const code of CODES.slice(0, 3)) {
    await linked(scans.get(code)!, narrow, code);
  }
  for (const code of CODES.slice(0, 4)) {
    coordinators.set(code, (await actAs(app, 'MUNICIPAL_COORDINATOR', { municipality: code })).client);
  }
});
afterAll(() => app.close());

describe('the picture from agreed outcomes only', () => {
  it('counts agreed scans only; the analyst sees which municipalities contribute, n is their number', async () => {
    const picture = await preview();
    expect(picture.municipalityCount).toBe(11);
    expect(picture.contributingCount).toBe(11);
    expect(picture.contributingMunicipalities!.map((m) => m.name)).toEqual([...NAMES.slice(0, 11)].sort());
    // The refused and undecided scans' recommendations are not counted: 7, not 9. With n = 11, 7 is exact.
    expect(lineOf(picture, wide).municipalities).toEqual({ kind: 'EXACT', value: 7, bound: null });
    expect(lineOf(picture, narrow).municipalities).toEqual({ kind: 'EXACT', value: 3, bound: null });
  });

  it('holding back changes the next snapshot only, and its difference cannot point at the municipality', async () => {
    const first = (await analyst.ok<{ publishPicture: Picture }>(PUBLISH)).publishPicture;
    expect(first.contributingCount).toBe(11);
    const { pictureSnapshot: firstRead } = await reader.ok<{ pictureSnapshot: Picture }>(SNAPSHOT, { id: first.id });

    // Almelo withdraws one recommendation: the count drops, n does not move.
    await hold(CODES[0]!, wide);
    const almeloWithdrew = await preview();
    expect(lineOf(almeloWithdrew, wide).municipalities).toEqual({ kind: 'EXACT', value: 6, bound: null });
    expect(almeloWithdrew.contributingCount).toBe(11);
    expect(almeloWithdrew.differencingRisks).toEqual([
      { theme: { id: wide }, cell: 'MUNICIPALITIES', smallestChange: 1 },
    ]);

    // Had Hengelo withdrawn instead, every published figure would be the same.
    await release(CODES[0]!, wide);
    await hold(CODES[3]!, wide);
    const otherWithdrew = await preview();
    expect(published(otherWithdrew)).toEqual(published(almeloWithdrew));
    await release(CODES[3]!, wide);
    await hold(CODES[0]!, wide);

    const ack = [{ themeId: wide, cell: 'MUNICIPALITIES' }];
    const second = (await analyst.ok<{ publishPicture: Picture }>(PUBLISH, { ack })).publishPicture;
    expect(lineOf(second, wide).municipalities).toEqual({ kind: 'EXACT', value: 6, bound: null });
    // The earlier snapshot stays as it was.
    const { pictureSnapshot: firstAgain } = await reader.ok<{ pictureSnapshot: Picture }>(SNAPSHOT, { id: first.id });
    expect(firstAgain).toEqual(firstRead);
    expect(lineOf(firstAgain, wide).municipalities).toEqual({ kind: 'EXACT', value: 7, bound: null });
  });

  it('a withdrawal below k is suppressed, whichever of the municipalities it was', async () => {
    const worlds = [];
    for (const code of CODES.slice(0, 3)) {
      await hold(code, narrow);
      worlds.push(published(await preview()));
      await release(code, narrow);
    }
    for (const world of worlds) {
      expect(world).toEqual(worlds[0]);
      expect(world.lines.find((l) => l.theme.id === narrow)!.municipalities).toEqual({
        kind: 'FEWER_THAN',
        value: null,
        bound: 3,
      });
    }
  });

  it('shows readers the contributing count only when it passes the k rule', async () => {
    // Two more agree: 13 of 14 reads "more than 11", so readers get no count and n is taken as 12.
    await app.owner.query(
      `UPDATE scan_consents SET status = 'AGREED'
        WHERE municipality_id = (SELECT id FROM municipalities WHERE cbs_code = $1)`,
      [CODES[11]],
    );
    await scanWith(CODES[13]!, 'AGREED');
    const picture = await preview();
    expect(picture.contributingMunicipalities).toHaveLength(13);
    expect(picture.contributingCount).toBeNull();
    const risks = picture.differencingRisks!.map((r) => ({ themeId: r.theme.id, cell: r.cell }));
    const snapshot = (await analyst.ok<{ publishPicture: Picture }>(PUBLISH, { ack: risks })).publishPicture;
    const { pictureSnapshot } = await reader.ok<{ pictureSnapshot: Picture }>(SNAPSHOT, { id: snapshot.id });
    expect(pictureSnapshot.contributingCount).toBeNull();
    // 13 of 14 reads "more than 11": the rule takes n = 12 and says no more.
    expect(pictureSnapshot.municipalityCount).toBe(12);
  });
});
