import { ROLES, type Role } from '@rode-draad/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TWENTE_MUNICIPALITIES } from '../../db/migrations/1764300000100-twente-region';
import { Client } from '../../test/client';
import { actAs } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

const LINE = `theme { id title } municipalities { kind value bound } followUp { suppressed open { from to } inProgress { from to } done { from to } notAdopted { from to } } trend`;
const PREVIEW = `query { picturePreview { threshold municipalityCount comparedWithPublishedAt lines { ${LINE} } differencingRisks { theme { id } cell smallestChange } } }`;
const PUBLISH = `mutation Publish($note: String!, $ack: [DifferencingCellInput!]) { publishPicture(note: $note, acknowledgedRisks: $ack) { id note publishedAt publishedByName threshold municipalityCount lines { ${LINE} } } }`;
const SNAPSHOTS = `query Snapshots($page: PageInput) { pictureSnapshots(page: $page) { total items { id note threshold lines { ${LINE} } } } }`;
const SNAPSHOT = `query Snapshot($id: ID!) { pictureSnapshot(id: $id) { id note comparedWithPublishedAt lines { ${LINE} } } }`;
const LATEST = `query { latestPicture { id note threshold municipalityCount comparedWithPublishedAt lines { ${LINE} } } }`;
const THEME_LINE = `query ThemeLine($themeId: ID!) { themePictureLine(themeId: $themeId) { ${LINE} } }`;
const SETTINGS = `query { disclosureSettings { threshold municipalityCount maxThreshold } }`;
const SET_K = `mutation SetK($k: Int!) { setDisclosureThreshold(k: $k) { threshold municipalityCount maxThreshold } }`;

type Band = { from: number; to: number } | null;
interface Line {
  theme: { id: string; title: string };
  municipalities: { kind: string; value: number | null; bound: number | null };
  followUp: { suppressed: boolean; open: Band; inProgress: Band; done: Band; notAdopted: Band };
  trend: string | null;
}
interface Risk {
  theme: { id: string };
  cell: string;
  smallestChange: number;
}
interface Snapshot {
  id: string;
  note: string;
  threshold: number;
  municipalityCount: number;
  comparedWithPublishedAt: string | null;
  lines: Line[];
  differencingRisks?: Risk[];
}

const CODES = TWENTE_MUNICIPALITIES.map(([, code]) => code);
const NON_ANALYSTS = ROLES.filter((r): r is Exclude<Role, 'RIEC_ANALYST'> => r !== 'RIEC_ANALYST');

let app: TestApp;
let analyst: Client;
let regionId: string;
let facetId: string;
/** Filled in beforeAll; named by the count of municipalities each theme gets. */
type ThemeKey = 'one' | 'three' | 'eleven' | 'twelve' | 'none' | 'retired';
const themes = {} as Record<ThemeKey, string>;

async function createTheme(title: string, active = true): Promise<string> {
  const [row] = await app.owner.query<{ id: string }[]>(
    `INSERT INTO themes (region_id, title, year_identified, active) VALUES ($1, $2, 2023, $3) RETURNING id`,
    [regionId, title, active],
  );
  return row!.id;
}

/** One recommendation per municipality (new scan each), linked to the theme, with the given status. */
async function link(themeId: string, codes: string[], status = 'OPEN'): Promise<void> {
  await app.owner.query(
    `WITH m AS (SELECT id FROM municipalities WHERE cbs_code = ANY($2)),
          s AS (INSERT INTO scans (region_id, municipality_id, scan_date, kind)
                SELECT $1, m.id, DATE '2024-03-01', 'BASELINE' FROM m RETURNING id, municipality_id),
          c AS (INSERT INTO scan_consents (scan_id, region_id, municipality_id, status, basis)
                SELECT s.id, $1, s.municipality_id, 'AGREED', 'Collegebesluit' FROM s),
          r AS (INSERT INTO recommendations (region_id, municipality_id, scan_id, title, facet_id, priority, status, status_reason)
                SELECT $1, s.municipality_id, s.id, 'Aanbeveling', $3, 'P2', $4,
                       CASE WHEN $4 = 'NOT_ADOPTED' THEN 'Past niet bij de organisatie' END
                  FROM s RETURNING id, municipality_id)
     INSERT INTO recommendation_themes (recommendation_id, theme_id, region_id, municipality_id)
     SELECT r.id, $5, $1, r.municipality_id FROM r`,
    [regionId, codes, facetId, status, themeId],
  );
}

const lineOf = (lines: Line[], themeId: string): Line => {
  const line = lines.find((l) => l.theme.id === themeId);
  if (!line) {
    throw new Error(`no line for theme ${themeId}`);
  }
  return line;
};

beforeAll(async () => {
  app = await startTestApp();
  analyst = (await actAs(app, 'RIEC_ANALYST')).client;
  const [region] = await app.owner.query<{ id: string }[]>(`SELECT id FROM regions WHERE name = 'Twente'`);
  regionId = region!.id;
  const [facet] = await app.owner.query<{ id: string }[]>(
    `INSERT INTO facets (region_id, name) VALUES ($1, 'Testfacet beeld') RETURNING id`,
    [regionId],
  );
  facetId = facet!.id;
  // 14 municipalities, all agreed (k = 3: that count reads "more than 11", so the rule uses n = 12):
  // one, three, eleven and twelve municipalities, and none.
  themes.one = await createTheme('Bibob-toets');
  themes.three = await createTheme('Cameratoezicht');
  themes.eleven = await createTheme('Datadeling');
  themes.twelve = await createTheme('Integriteit');
  themes.none = await createTheme('Zorgfraude');
  themes.retired = await createTheme('Oud thema', false);
  await link(themes.one, CODES.slice(0, 1));
  await link(themes.one, CODES.slice(0, 1), 'DONE'); // a second recommendation of the same municipality
  await link(themes.three, CODES.slice(0, 1));
  await link(themes.three, CODES.slice(1, 3), 'DONE');
  await link(themes.eleven, CODES.slice(0, 11), 'IN_PROGRESS');
  await link(themes.twelve, CODES.slice(0, 12), 'NOT_ADOPTED');
  await link(themes.retired, CODES);
});
afterAll(() => app.close());

describe('who may do what', () => {
  it('refuses anonymous visitors everything', async () => {
    const anonymous = new Client(app);
    for (const [query, variables] of [
      [PREVIEW, {}],
      [PUBLISH, { note: 'x' }],
      [SNAPSHOTS, {}],
      [SNAPSHOT, { id: themes.one }],
      [LATEST, {}],
      [THEME_LINE, { themeId: themes.one }],
      [SETTINGS, {}],
      [SET_K, { k: 3 }],
    ] as const) {
      expect(await anonymous.errorCode(query, variables), query).toBe('UNAUTHENTICATED');
    }
  });

  it.each(NON_ANALYSTS)('refuses %s previews, publishing and the threshold', async (role) => {
    const { client } = await actAs(app, role, { municipality: 'GM0153' });
    expect(await client.errorCode(PREVIEW)).toBe('FORBIDDEN');
    expect(await client.errorCode(PUBLISH, { note: 'x' })).toBe('FORBIDDEN');
    expect(await client.errorCode(SETTINGS)).toBe('FORBIDDEN');
    expect(await client.errorCode(SET_K, { k: 4 })).toBe('FORBIDDEN');
  });

  it('refuses thresholds outside 1..n/2 and overlong notes', async () => {
    for (const k of [0, -1, 8, 50]) {
      const result = await analyst.gql(SET_K, { k });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields).toEqual([{ field: 'k', reason: 'OUT_OF_RANGE' }]);
    }
    expect(await analyst.errorCode(PUBLISH, { note: 'x'.repeat(2001) })).toBe('BAD_USER_INPUT');
    expect(await analyst.ok(SETTINGS)).toEqual({
      disclosureSettings: { threshold: 3, municipalityCount: 14, maxThreshold: 7 },
    });
  });

  it('answers an unknown snapshot or theme as not found, and a malformed id as bad input', async () => {
    expect(await analyst.errorCode(SNAPSHOT, { id: 'not-a-uuid' })).toBe('BAD_USER_INPUT');
    expect(await analyst.errorCode(SNAPSHOT, { id: themes.one })).toBe('NOT_FOUND');
    expect(await analyst.errorCode(THEME_LINE, { themeId: 'not-a-uuid' })).toBe('BAD_USER_INPUT');
  });

  it('is empty before the first snapshot', async () => {
    expect(await analyst.ok(LATEST)).toEqual({ latestPicture: null });
    expect(await analyst.ok(THEME_LINE, { themeId: themes.one })).toEqual({ themePictureLine: null });
  });
});

describe('the preview', () => {
  it('bands counts of municipalities with k = 3 and n = 12, the lowest count "more than 11" contributors can be', async () => {
    const { picturePreview } = await analyst.ok<{ picturePreview: Snapshot }>(PREVIEW);
    expect(picturePreview.threshold).toBe(3);
    expect(picturePreview.municipalityCount).toBe(12);
    expect(picturePreview.comparedWithPublishedAt).toBeNull();
    const band = (key: ThemeKey) => lineOf(picturePreview.lines, themes[key]).municipalities;
    expect(band('one')).toEqual({ kind: 'FEWER_THAN', value: null, bound: 3 });
    expect(band('three')).toEqual({ kind: 'EXACT', value: 3, bound: null });
    expect(band('eleven')).toEqual({ kind: 'MORE_THAN', value: null, bound: 9 });
    expect(band('twelve')).toEqual({ kind: 'MORE_THAN', value: null, bound: 9 });
    expect(band('none')).toEqual({ kind: 'FEWER_THAN', value: null, bound: 3 });
  });

  it('lists active themes only, by title, without trend before any snapshot', async () => {
    const { picturePreview } = await analyst.ok<{ picturePreview: Snapshot }>(PREVIEW);
    expect(picturePreview.lines.map((l) => l.theme.title)).toEqual([
      'Bibob-toets',
      'Cameratoezicht',
      'Datadeling',
      'Integriteit',
      'Zorgfraude',
    ]);
    expect(picturePreview.lines.every((l) => l.trend === null)).toBe(true);
  });

  it('suppresses the follow-up below k municipalities or 4k recommendations, and bands it otherwise', async () => {
    const { picturePreview } = await analyst.ok<{ picturePreview: Snapshot }>(PREVIEW);
    const suppressed = { suppressed: true, open: null, inProgress: null, done: null, notAdopted: null };
    expect(lineOf(picturePreview.lines, themes.one).followUp).toEqual(suppressed); // 1 municipality
    expect(lineOf(picturePreview.lines, themes.none).followUp).toEqual(suppressed);
    expect(lineOf(picturePreview.lines, themes.three).followUp).toEqual(suppressed); // 3 municipalities, 3 recommendations
    expect(lineOf(picturePreview.lines, themes.eleven).followUp).toEqual(suppressed); // 11 recommendations < 4k
    expect(lineOf(picturePreview.lines, themes.twelve).followUp).toEqual({
      suppressed: false,
      open: { from: 0, to: 25 },
      inProgress: { from: 0, to: 25 },
      done: { from: 0, to: 25 },
      notAdopted: { from: 75, to: 100 },
    });
  });

  it('has no differencing risks before the first snapshot', async () => {
    const { picturePreview } = await analyst.ok<{ picturePreview: Snapshot }>(PREVIEW);
    expect(picturePreview.differencingRisks).toEqual([]);
  });

  it('records the read in every municipality’s audit log', async () => {
    const before = await auditCount();
    await analyst.ok(PREVIEW);
    expect((await auditCount()) - before).toBe(14);
  });
});

async function auditCount(): Promise<number> {
  const [row] = await app.owner.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM audit_log WHERE details->>'purpose' IN ('picture_preview', 'picture_publish')`,
  );
  return row!.n;
}

describe('publishing and reading snapshots', () => {
  let first: Snapshot;
  let second: Snapshot;

  it('stores the banded picture with k, n and the note', async () => {
    first = (await analyst.ok<{ publishPicture: Snapshot }>(PUBLISH, { note: '  Eerste beeld  ' })).publishPicture;
    expect(first).toMatchObject({ note: 'Eerste beeld', threshold: 3, municipalityCount: 12 });
    expect(lineOf(first.lines, themes.twelve).municipalities).toEqual({ kind: 'MORE_THAN', value: null, bound: 9 });
    const [row] = await app.owner.query<
      {
        lines: unknown[];
        published_by: string;
      }[]
    >(`SELECT lines, published_by FROM picture_snapshots WHERE id = $1`, [first.id]);
    expect(row!.lines).toContainEqual({
      themeId: themes.one,
      title: 'Bibob-toets',
      municipalities: { kind: 'FEWER_THAN', bound: 3 },
      followUp: { suppressed: true },
      learningEffect: { suppressed: true },
    });
  });

  it('names no municipality in the stored picture', async () => {
    const [row] = await app.owner.query<
      {
        text: string;
      }[]
    >(`SELECT lines::text AS text FROM picture_snapshots WHERE id = $1`, [first.id]);
    const municipalities = await app.owner.query<
      {
        id: string;
        name: string;
        cbs_code: string;
      }[]
    >(`SELECT id, name, cbs_code FROM municipalities`);
    for (const m of municipalities) {
      for (const identifying of [m.id, m.name, m.cbs_code]) {
        expect(row!.text).not.toContain(identifying);
      }
    }
    expect(row!.text).not.toMatch(/municipalityId|municipality_id/);
  });

  it('lets every role of the region read it', async () => {
    for (const role of ROLES) {
      const { client } = await actAs(app, role, { municipality: 'GM0153' });
      const { latestPicture } = await client.ok<{ latestPicture: Snapshot }>(LATEST);
      expect(latestPicture.id).toBe(first.id);
      expect(latestPicture.lines).toEqual(first.lines);
      const { pictureSnapshots } = await client.ok<{ pictureSnapshots: { total: number; items: Snapshot[] } }>(
        SNAPSHOTS,
      );
      expect(pictureSnapshots.items.map((s) => s.id)).toEqual([first.id]);
      expect((await client.ok<{ pictureSnapshot: Snapshot }>(SNAPSHOT, { id: first.id })).pictureSnapshot.id).toBe(
        first.id,
      );
      const { themePictureLine } = await client.ok<{ themePictureLine: Line }>(THEME_LINE, { themeId: themes.three });
      expect(themePictureLine).toEqual(lineOf(first.lines, themes.three));
    }
  });

  it('cannot be changed or removed by the application role', async () => {
    await expect(
      app.app.query(`UPDATE picture_snapshots SET note = 'changed' WHERE id = $1`, [first.id]),
    ).rejects.toThrow(/permission denied/);
    await expect(app.app.query(`DELETE FROM picture_snapshots WHERE id = $1`, [first.id])).rejects.toThrow(
      /permission denied/,
    );
    await expect(app.app.query(`TRUNCATE picture_snapshots`)).rejects.toThrow(/permission denied/);
  });

  it('keeps the title a theme had when published', async () => {
    await app.owner.query(`UPDATE themes SET title = 'Bibob-screening' WHERE id = $1`, [themes.one]);
    const { pictureSnapshot } = await analyst.ok<{ pictureSnapshot: Snapshot }>(SNAPSHOT, { id: first.id });
    expect(lineOf(pictureSnapshot.lines, themes.one).theme.title).toBe('Bibob-toets');
  });

  it('shows the trend against the previous snapshot, judged on bands', async () => {
    await link(themes.three, CODES.slice(3, 5)); // 3 → 5: exact to exact, up
    await app.owner.query(
      `DELETE FROM recommendation_themes WHERE theme_id = $1
         AND municipality_id IN (SELECT id FROM municipalities WHERE cbs_code = ANY($2))`,
      [themes.twelve, CODES.slice(0, 3)],
    ); // 12 → 9: "more than 9" to exact 9, down
    await link(themes.one, CODES.slice(1, 2)); // 1 → 2: still "fewer than 3", same
    await link(themes.eleven, CODES.slice(11, 12)); // 11 → 12: still "more than 9", same
    const added = await createTheme('Nieuw thema');
    const { picturePreview } = await analyst.ok<{ picturePreview: Snapshot }>(PREVIEW);
    expect(picturePreview.comparedWithPublishedAt).not.toBeNull();
    // 3 → 5 and "more than 9" → 9 could each be the work of one or two municipalities.
    const risks = [
      { theme: { id: themes.three }, cell: 'MUNICIPALITIES', smallestChange: 2 },
      { theme: { id: themes.twelve }, cell: 'MUNICIPALITIES', smallestChange: 1 },
    ];
    expect(picturePreview.differencingRisks).toEqual(risks);
    const ack = risks.map((r) => ({ themeId: r.theme.id, cell: r.cell }));
    const refused = await analyst.gql(PUBLISH, { note: 'Tweede beeld', ack: ack.slice(1) });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'DIFFERENCING_UNCONFIRMED',
      risks: [{ themeId: themes.three, cell: 'MUNICIPALITIES' }],
    });

    second = (await analyst.ok<{ publishPicture: Snapshot }>(PUBLISH, { note: 'Tweede beeld', ack })).publishPicture;
    const trend = (lines: Line[], id: string) => lineOf(lines, id).trend;
    for (const lines of [picturePreview.lines, second.lines]) {
      expect(trend(lines, themes.three)).toBe('UP');
      expect(trend(lines, themes.twelve)).toBe('DOWN');
      expect(trend(lines, themes.one)).toBe('SAME');
      expect(trend(lines, themes.eleven)).toBe('SAME');
      expect(trend(lines, themes.none)).toBe('SAME');
      expect(trend(lines, added)).toBe('NEW');
    }
    expect(lineOf(second.lines, themes.one).theme.title).toBe('Bibob-screening');

    const { latestPicture } = await analyst.ok<{ latestPicture: Snapshot }>(LATEST);
    expect(latestPicture.id).toBe(second.id);
    expect(latestPicture.lines).toEqual(second.lines);
    const { pictureSnapshot } = await analyst.ok<{ pictureSnapshot: Snapshot }>(SNAPSHOT, { id: first.id });
    expect(pictureSnapshot.comparedWithPublishedAt).toBeNull();
    expect(pictureSnapshot.lines.every((l) => l.trend === null)).toBe(true);
  });

  it('lists snapshots newest first, paged', async () => {
    const { pictureSnapshots } = await analyst.ok<{ pictureSnapshots: { total: number; items: Snapshot[] } }>(
      SNAPSHOTS,
      {
        page: { offset: 0, limit: 1 },
      },
    );
    expect(pictureSnapshots.total).toBe(2);
    expect(pictureSnapshots.items.map((s) => s.id)).toEqual([second.id]);
    // The older one on the next page still compares with nothing before it.
    const next = await analyst.ok<{ pictureSnapshots: { items: Snapshot[] } }>(SNAPSHOTS, {
      page: { offset: 1, limit: 1 },
    });
    expect(next.pictureSnapshots.items.map((s) => s.id)).toEqual([first.id]);
    expect(await analyst.errorCode(SNAPSHOTS, { page: { offset: 0, limit: 1000 } })).toBe('BAD_USER_INPUT');
  });

  it("does not show another region's snapshots", async () => {
    const [other] = await app.owner.query<
      {
        id: string;
      }[]
    >(`INSERT INTO regions (name) VALUES ('Elders') RETURNING id`);
    const [snapshot] = await app.owner.query<{ id: string }[]>(
      `INSERT INTO picture_snapshots (region_id, threshold, municipality_count, lines) VALUES ($1, 3, 0, '[]') RETURNING id`,
      [other!.id],
    );
    expect(await analyst.errorCode(SNAPSHOT, { id: snapshot!.id })).toBe('NOT_FOUND');
    const { pictureSnapshots } = await analyst.ok<{ pictureSnapshots: { total: number; items: Snapshot[] } }>(
      SNAPSHOTS,
    );
    expect(pictureSnapshots.total).toBe(2);
    expect(pictureSnapshots.items.map((s) => s.id)).not.toContain(snapshot!.id);
  });
});

describe('the threshold', () => {
  it('applies to future previews; published snapshots keep theirs', async () => {
    expect(await analyst.ok(SET_K, { k: 4 })).toEqual({
      setDisclosureThreshold: { threshold: 4, municipalityCount: 14, maxThreshold: 7 },
    });
    const { picturePreview } = await analyst.ok<{ picturePreview: Snapshot }>(PREVIEW);
    expect(picturePreview.threshold).toBe(4);
    // 14 contributors read "more than 10" with k = 4, so n = 11. Cameratoezicht now has 5
    // municipalities, Datadeling 12: that reads exact 5 and "more than 7".
    expect(lineOf(picturePreview.lines, themes.three).municipalities).toEqual({
      kind: 'EXACT',
      value: 5,
      bound: null,
    });
    expect(lineOf(picturePreview.lines, themes.eleven).municipalities).toEqual({
      kind: 'MORE_THAN',
      value: null,
      bound: 7,
    });
    expect(lineOf(picturePreview.lines, themes.one).municipalities).toEqual({
      kind: 'FEWER_THAN',
      value: null,
      bound: 4,
    });
    const { latestPicture } = await analyst.ok<{ latestPicture: Snapshot }>(LATEST);
    expect(latestPicture.threshold).toBe(3);
  });
});

describe('snapshots published with whole percentages', () => {
  it('are read as bands: percentages never leave the API again', async () => {
    const line = {
      themeId: themes.twelve,
      title: 'Integriteit',
      municipalities: { kind: 'EXACT', value: 4 },
      followUp: { suppressed: false, percentages: { OPEN: 33, IN_PROGRESS: 0, DONE: 67, NOT_ADOPTED: 0 } },
    };
    const [legacy] = await app.owner.query<{ id: string }[]>(
      `INSERT INTO picture_snapshots (region_id, published_at, threshold, municipality_count, lines)
       VALUES ($1, '2020-01-01', 3, 14, $2::jsonb) RETURNING id`,
      [regionId, JSON.stringify([line])],
    );
    const { pictureSnapshot } = await analyst.ok<{ pictureSnapshot: Snapshot }>(SNAPSHOT, { id: legacy!.id });
    expect(lineOf(pictureSnapshot.lines, themes.twelve).followUp).toEqual({
      suppressed: false,
      open: { from: 25, to: 50 },
      inProgress: { from: 0, to: 25 },
      done: { from: 50, to: 75 },
      notAdopted: { from: 0, to: 25 },
    });
  });
});
