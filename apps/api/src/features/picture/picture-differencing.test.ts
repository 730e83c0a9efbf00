import { FOLLOW_UP_STATUSES, shareDistribution, type FollowUpCounts, type FollowUpStatus } from '@rode-draad/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TWENTE_MUNICIPALITIES } from '../../db/migrations/1764300000100-twente-region';
import type { Client } from '../../test/client';
import { actAs } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';

/*
 * The attack from the review, replayed: publish, let one municipality change one link or one
 * follow-up status, publish again, and try to compute the exact change from the two snapshots as
 * any reader of the region could. Whole percentages gave it away every time; banded shares plus
 * the differencing check must not.
 */

type Band = { from: number; to: number } | null;
interface Shares {
  suppressed: boolean;
  open: Band;
  inProgress: Band;
  done: Band;
  notAdopted: Band;
}
interface Line {
  theme: { id: string };
  municipalities: { kind: string; value: number | null; bound: number | null };
  followUp: Shares;
}
interface Snapshot {
  threshold: number;
  lines: Line[];
}

const LINE = `theme { id } municipalities { kind value bound } followUp { suppressed open { from to } inProgress { from to } done { from to } notAdopted { from to } }`;
const PREVIEW = `query { picturePreview { differencingRisks { theme { id } cell smallestChange } } }`;
const PUBLISH = `mutation ($note: String!, $ack: [DifferencingCellInput!]) {
  publishPicture(note: $note, acknowledgedRisks: $ack) { threshold lines { ${LINE} } } }`;

const CODES = TWENTE_MUNICIPALITIES.map(([, code]) => code);
const K = 3;

let app: TestApp;
let analyst: Client;
let regionId: string;
let facetId: string;
let themeId: string;

/** Adds `count` recommendations of one municipality with the given status, linked to the theme. */
async function addLinked(code: string, status: FollowUpStatus, count = 1): Promise<void> {
  await app.owner.query(
    `WITH m AS (SELECT id FROM municipalities WHERE cbs_code = $2),
          s AS (INSERT INTO scans (region_id, municipality_id, scan_date, kind)
                SELECT $1, m.id, DATE '2024-03-01', 'BASELINE' FROM m RETURNING id, municipality_id),
          c AS (INSERT INTO scan_consents (scan_id, region_id, municipality_id, status, basis)
                SELECT s.id, $1, s.municipality_id, 'AGREED', 'Collegebesluit' FROM s),
          r AS (INSERT INTO recommendations (region_id, municipality_id, scan_id, title, facet_id, priority, status, status_reason)
                SELECT $1, s.municipality_id, s.id, 'Aanbeveling', $3, 'P2', $4,
                       CASE WHEN $4 = 'NOT_ADOPTED' THEN 'Past niet' END
                  FROM s, generate_series(1, $6) RETURNING id, municipality_id)
     INSERT INTO recommendation_themes (recommendation_id, theme_id, region_id, municipality_id)
     SELECT r.id, $5, $1, r.municipality_id FROM r`,
    [regionId, code, facetId, status, themeId, count],
  );
}

/** One linked recommendation of the municipality, in the given status. */
async function oneLinked(code: string, status: FollowUpStatus): Promise<string> {
  const [row] = await app.owner.query<{ id: string }[]>(
    `SELECT r.id FROM recommendations r JOIN recommendation_themes rt ON rt.recommendation_id = r.id AND rt.theme_id = $1
       JOIN municipalities m ON m.id = r.municipality_id WHERE m.cbs_code = $2 AND r.status = $3 LIMIT 1`,
    [themeId, code, status],
  );
  return row!.id;
}

async function setStatus(code: string, from: FollowUpStatus, to: FollowUpStatus): Promise<void> {
  await app.owner.query(
    `UPDATE recommendations SET status = $2, status_reason = CASE WHEN $2 = 'NOT_ADOPTED' THEN 'Past niet' END WHERE id = $1`,
    [await oneLinked(code, from), to],
  );
}

async function unlink(code: string, status: FollowUpStatus): Promise<void> {
  await app.owner.query('DELETE FROM recommendation_themes WHERE recommendation_id = $1 AND theme_id = $2', [
    await oneLinked(code, status),
    themeId,
  ]);
}

const KEYS: Record<FollowUpStatus, keyof Omit<Shares, 'suppressed'>> = {
  OPEN: 'open',
  IN_PROGRESS: 'inProgress',
  DONE: 'done',
  NOT_ADOPTED: 'notAdopted',
};

/** What the published rules would show for these counts, in the API's own shape. */
function render(counts: FollowUpCounts, municipalities: number, k: number): Shares {
  const shares = shareDistribution(counts, municipalities, k);
  const view: Shares = { suppressed: shares.suppressed, open: null, inProgress: null, done: null, notAdopted: null };
  if (!shares.suppressed) {
    for (const status of FOLLOW_UP_STATUSES) {
      view[KEYS[status]] = shares.bands[status];
    }
  }
  return view;
}

const same = (a: Shares | Band, b: Shares | Band) => JSON.stringify(a) === JSON.stringify(b);

/** One municipality changed one thing: a link added or removed (±1 in a status) or one status changed. */
const SINGLE_CHANGES: FollowUpCounts[] = FOLLOW_UP_STATUSES.flatMap((s) => [
  delta({ [s]: 1 }),
  delta({ [s]: -1 }),
  ...FOLLOW_UP_STATUSES.filter((t) => t !== s).map((t) => delta({ [s]: -1, [t]: 1 })),
]);

function delta(parts: Partial<FollowUpCounts>): FollowUpCounts {
  return { OPEN: 0, IN_PROGRESS: 0, DONE: 0, NOT_ADOPTED: 0, ...parts };
}

const MAX_TOTAL = 100;

/**
 * The attacker's tables, from the published rules: per total N ≤ MAX_TOTAL, whether shares are shown
 * at all (that depends on N and the municipalities only) and, per status, which counts would be
 * shown as this line shows them. The search below is then lookups.
 */
function fitTable(line: Line, municipalities: number, k: number): boolean[][][] {
  return [...Array(MAX_TOTAL + 2).keys()].map((total) =>
    FOLLOW_UP_STATUSES.map((status) =>
      [...Array(total + 1).keys()].map((c) => {
        const counts = delta({ [status]: c, [status === 'OPEN' ? 'DONE' : 'OPEN']: total - c });
        const shown = render(counts, municipalities, k);
        return shown.suppressed === line.followUp.suppressed && same(shown[KEYS[status]], line.followUp[KEYS[status]]);
      }),
    ),
  );
}

/**
 * The attacker: every count vector (total up to MAX_TOTAL) that the first snapshot's line is
 * consistent with, every single change from it whose result is consistent with the second line.
 * Returns the distinct changes that explain the two snapshots (stopping at two); exactly one means the change was computed.
 */
function explainingChanges(before: Line, after: Line, k: number): Set<string> {
  const municipalities = (line: Line) => (line.municipalities.kind === 'EXACT' ? line.municipalities.value! : null);
  const m1 = municipalities(before);
  const m2 = municipalities(after);
  // The attacker reads the counts of municipalities as published; in this theme they are exact, and the shares shown.
  expect(m1).not.toBeNull();
  expect(m2).not.toBeNull();
  expect(before.followUp.suppressed).toBe(false);
  const fitsBefore = fitTable(before, m1!, k);
  const fitsAfter = fitTable(after, m2!, k);
  const fits = (table: boolean[][][], c: FollowUpCounts, total: number) =>
    FOLLOW_UP_STATUSES.every((s, i) => table[total]![i]![c[s]] === true);
  const found = new Set<string>();
  for (let total = m1!; total <= MAX_TOTAL; total += 1) {
    for (let open = 0; open <= total; open += 1) {
      for (let inProgress = 0; inProgress <= total - open; inProgress += 1) {
        for (let done = 0; done <= total - open - inProgress; done += 1) {
          const c1 = { OPEN: open, IN_PROGRESS: inProgress, DONE: done, NOT_ADOPTED: total - open - inProgress - done };
          if (!fits(fitsBefore, c1, total)) {
            continue;
          }
          for (const change of SINGLE_CHANGES) {
            const c2 = delta({});
            for (const s of FOLLOW_UP_STATUSES) {
              c2[s] = c1[s] + change[s];
            }
            const total2 = c2.OPEN + c2.IN_PROGRESS + c2.DONE + c2.NOT_ADOPTED;
            if (FOLLOW_UP_STATUSES.some((s) => c2[s] < 0) || total2 < m2! || total2 > MAX_TOTAL + 1) {
              continue;
            }
            if (fits(fitsAfter, c2, total2)) {
              found.add(JSON.stringify(change));
            }
            if (found.size > 1) {
              return found; // Two explanations: the change cannot be computed.
            }
          }
        }
      }
    }
  }
  return found;
}

beforeAll(async () => {
  app = await startTestApp();
  analyst = (await actAs(app, 'RIEC_ANALYST')).client;
  const [region] = await app.owner.query<{ id: string }[]>(`SELECT id FROM regions WHERE name = 'Twente'`);
  regionId = region!.id;
  const [facet] = await app.owner.query<{ id: string }[]>(
    `INSERT INTO facets (region_id, name) VALUES ($1, 'Testfacet verschil') RETURNING id`,
    [regionId],
  );
  facetId = facet!.id;
  const [theme] = await app.owner.query<{ id: string }[]>(
    `INSERT INTO themes (region_id, title, year_identified, active) VALUES ($1, 'Vastgoed', 2023, true) RETURNING id`,
    [regionId],
  );
  themeId = theme!.id;
  // Every municipality agreed to share a scan (14 contributors read "more than 11": the rule uses n = 12).
  await app.owner.query(
    `WITH s AS (INSERT INTO scans (region_id, municipality_id, scan_date, kind)
                SELECT $1, m.id, DATE '2024-01-01', 'BASELINE' FROM municipalities m WHERE m.region_id = $1
                RETURNING id, municipality_id)
     INSERT INTO scan_consents (scan_id, region_id, municipality_id, status, basis)
     SELECT s.id, $1, s.municipality_id, 'AGREED', 'Collegebesluit' FROM s`,
    [regionId],
  );
  // Six municipalities, 25 recommendations: 15 open, 5 in progress, 5 done (60 / 20 / 20 %).
  for (const code of CODES.slice(0, 5)) {
    await addLinked(code, 'OPEN', 3);
  }
  await addLinked(CODES[5]!, 'IN_PROGRESS', 5);
  await addLinked(CODES[5]!, 'DONE', 5);
});
afterAll(() => app.close());

describe('differencing two snapshots', () => {
  it('the attacker computes nothing exact from two published pictures around a single change', async () => {
    const publish = async (ack: { themeId: string; cell: string }[] = []) =>
      analyst.gql<{ publishPicture: Snapshot }>(PUBLISH, { note: 'Beeld', ack });
    const line = (snapshot: Snapshot) => snapshot.lines.find((l) => l.theme.id === themeId)!;
    let previous = (await analyst.ok<{ publishPicture: Snapshot }>(PUBLISH, { note: 'Eerste' })).publishPicture;

    const changes: [string, () => Promise<void>][] = [
      ['an existing municipality links one more done recommendation', () => addLinked(CODES[0]!, 'DONE')],
      ['one recommendation moves from open to in progress', () => setStatus(CODES[1]!, 'OPEN', 'IN_PROGRESS')],
      ['one link is removed', () => unlink(CODES[2]!, 'OPEN')],
      ['one recommendation is done', () => setStatus(CODES[3]!, 'OPEN', 'DONE')],
      ['a seventh municipality links one recommendation', () => addLinked(CODES[6]!, 'OPEN')],
      ['one more is done', () => setStatus(CODES[4]!, 'OPEN', 'DONE')],
    ];
    let refusedAtLeastOnce = false;
    let publishedWithoutConfirmation = 0;
    for (const [what, change] of changes) {
      await change();
      const attempt = await publish();
      if (attempt.data?.publishPicture) {
        // Published without anyone confirming: the two snapshots must not give the change away.
        publishedWithoutConfirmation += 1;
        const current = attempt.data.publishPicture;
        expect(line(current).municipalities, what).toEqual(line(previous).municipalities);
        expect(explainingChanges(line(previous), line(current), K).size, what).toBeGreaterThan(1);
        previous = current;
        continue;
      }
      // Refused: the differencing check saw what the attacker would, and names the cell to confirm.
      refusedAtLeastOnce = true;
      expect(attempt.errors?.[0]?.extensions, what).toMatchObject({
        code: 'CONFLICT',
        reason: 'DIFFERENCING_UNCONFIRMED',
      });
      const { risks } = attempt.errors![0]!.extensions as { risks: { themeId: string; cell: string }[] };
      const { picturePreview } = await analyst.ok<{
        picturePreview: { differencingRisks: { theme: { id: string }; cell: string }[] };
      }>(PREVIEW);
      expect(picturePreview.differencingRisks.map((r) => ({ themeId: r.theme.id, cell: r.cell }))).toEqual(risks);
      previous = (await analyst.ok<{ publishPicture: Snapshot }>(PUBLISH, { note: 'Bevestigd', ack: risks }))
        .publishPicture;
    }
    // The scenario exercises both paths.
    expect(refusedAtLeastOnce).toBe(true);
    expect(publishedWithoutConfirmation).toBeGreaterThanOrEqual(2);
  }, 120_000);

  it('flags one more municipality in an exact count', async () => {
    const { picturePreview: before } = await analyst.ok<{ picturePreview: { differencingRisks: unknown[] } }>(PREVIEW);
    expect(before.differencingRisks).toEqual([]);
    await addLinked(CODES[7]!, 'OPEN');
    const { picturePreview } = await analyst.ok<{ picturePreview: { differencingRisks: unknown[] } }>(PREVIEW);
    expect(picturePreview.differencingRisks).toContainEqual({
      theme: { id: themeId },
      cell: 'MUNICIPALITIES',
      smallestChange: 1,
    });
  });
});
