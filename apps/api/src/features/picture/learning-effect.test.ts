import { ROLES } from '@rode-draad/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TWENTE_MUNICIPALITIES } from '../../db/migrations/1764300000100-twente-region';
import type { Client } from '../../test/client';
import {
  createFacet,
  createRecommendation,
  agreeToShare,
  createScan,
  createTheme,
  linkTheme,
} from '../../test/confidential-factories';
import { actAs, createUser } from '../../test/factories';
import { createEnrolment, createGroup, createTrack } from '../../test/peer-factories';
import { createActivity, createSession } from '../../test/programme-factories';
import { createRegistration } from '../../test/registration-factories';
import { startTestApp, type TestApp } from '../../test/test-app';

/**
 * Learning → follow-up in the regional picture: per theme, municipalities that took part in the
 * theme's learning against those that did not, computed when previewed or published, stored with the
 * snapshot and banded under the picture's disclosure rules (n = 14, k = 3).
 */

const BAND = `kind value bound`;
const EFFECT = `learningEffect { suppressed tookPartMunicipalities { ${BAND} } tookPartProgress { from to }
  didNotMunicipalities { ${BAND} } didNotProgress { from to } }`;
const LINE = `theme { id } ${EFFECT}`;
const PREVIEW = `query { picturePreview { lines { ${LINE} } differencingRisks { theme { id } cell smallestChange } } }`;
const PUBLISH = `mutation Publish($note: String!) { publishPicture(note: $note) { id lines { ${LINE} } } }`;
const SNAPSHOT = `query Snapshot($id: ID!) { pictureSnapshot(id: $id) { id lines { ${LINE} } } }`;
const THEME_LINE = `query ThemeLine($themeId: ID!) { themePictureLine(themeId: $themeId) { ${LINE} } }`;

type Count = { kind: string; value: number | null; bound: number | null } | null;
type Progress = { from: number; to: number } | null;
interface Effect {
  suppressed: boolean;
  tookPartMunicipalities: Count;
  tookPartProgress: Progress;
  didNotMunicipalities: Count;
  didNotProgress: Progress;
}
interface Line {
  theme: { id: string };
  learningEffect: Effect | null;
}

const CODES = TWENTE_MUNICIPALITIES.map(([, code]) => code);
const exact = (value: number) => ({ kind: 'EXACT', value, bound: null });
const SUPPRESSED: Effect = {
  suppressed: true,
  tookPartMunicipalities: null,
  tookPartProgress: null,
  didNotMunicipalities: null,
  didNotProgress: null,
};
const shown = (tookPart: number, tookPartProgress: Progress, didNot: number, didNotProgress: Progress): Effect => ({
  suppressed: false,
  tookPartMunicipalities: exact(tookPart),
  tookPartProgress,
  didNotMunicipalities: exact(didNot),
  didNotProgress,
});

let app: TestApp;
let analyst: Client;
let facetId: string;
let themeA: string;
let themeB: string;
let sessionA: string;
let sessionB: string;
let snapshotId: string;
let published: Line[];
const recommendationsA: string[] = [];

const effectOf = (lines: Line[], themeId: string): Effect | null => {
  const line = lines.find((l) => l.theme.id === themeId);
  if (!line) {
    throw new Error(`no line for theme ${themeId}`);
  }
  return line.learningEffect;
};

/** Recommendations of the municipality (one new scan) linked to the theme, one per status. */
async function recommendations(themeId: string, code: string, statuses: string[]): Promise<string[]> {
  // Agreed to share: only agreed scans feed the picture.
  const scanId = await agreeToShare(app, await createScan(app, code));
  const ids: string[] = [];
  for (const status of statuses) {
    const id = await createRecommendation(app, scanId, facetId, { status });
    await linkTheme(app, id, themeId);
    ids.push(id);
  }
  return ids;
}

/** A participant of the municipality registered for the session, with the given attendance. */
async function attend(sessionId: string, code: string, attended = true): Promise<void> {
  const person = await createUser(app, 'PARTICIPANT', { municipality: code });
  await createRegistration(app, sessionId, person.id, { attended });
}

async function pastSession(themeId: string): Promise<string> {
  const activityId = await createActivity(app, { themeIds: [themeId] });
  return createSession(app, { activityId, startsAt: new Date(Date.now() - 30 * 24 * 3600_000), status: 'COMPLETED' });
}

async function preview(): Promise<{ lines: Line[]; differencingRisks: { theme: { id: string }; cell: string }[] }> {
  return (await analyst.ok<{ picturePreview: Awaited<ReturnType<typeof preview>> }>(PREVIEW)).picturePreview;
}

beforeAll(async () => {
  app = await startTestApp();
  analyst = (await actAs(app, 'RIEC_ANALYST')).client;
  facetId = await createFacet(app);
  themeA = await createTheme(app, 'Leren werkt');
  themeB = await createTheme(app, 'Randgeval');
  const otherTheme = await createTheme(app, 'Ander thema');

  // Theme A. Took part: 0 and 1 attended a session, 2 and 3 are in a published peer group.
  sessionA = await pastSession(themeA);
  await attend(sessionA, CODES[0]!);
  await attend(sessionA, CODES[1]!);
  const track = await createTrack(app, { themeId: themeA });
  await createGroup(app, track, [
    await createEnrolment(app, track, CODES[2]!),
    await createEnrolment(app, track, CODES[3]!),
  ]);
  // Not taking part: registered without attending, in a draft group only, attended another theme.
  await attend(sessionA, CODES[4]!, false);
  const draftTrack = await createTrack(app, { themeId: themeA });
  await createGroup(
    app,
    draftTrack,
    [await createEnrolment(app, draftTrack, CODES[5]!), await createEnrolment(app, draftTrack, CODES[6]!)],
    'DRAFT',
  );
  await attend(await pastSession(otherTheme), CODES[7]!);
  // Attended, but no recommendation on the theme: in neither side.
  await attend(sessionA, CODES[13]!);
  for (const code of CODES.slice(0, 4)) {
    recommendationsA.push(...(await recommendations(themeA, code, ['DONE', 'IN_PROGRESS', 'OPEN'])));
  }
  for (const code of CODES.slice(4, 9)) {
    await recommendations(themeA, code, ['OPEN', 'OPEN', 'NOT_ADOPTED']);
  }

  // Theme B: two took part (k − 1), three did not.
  sessionB = await pastSession(themeB);
  await attend(sessionB, CODES[0]!);
  await attend(sessionB, CODES[1]!);
  for (const code of CODES.slice(0, 5)) {
    await recommendations(themeB, code, ['OPEN', 'OPEN', 'OPEN', 'OPEN']);
  }
});
afterAll(() => app.close());

describe('learning → follow-up in the preview', () => {
  it('compares the sides by attendance and published peer groups, in bands', async () => {
    const { lines } = await preview();
    // Took part: each 2 of 3 progressed (mean ⅔); did not: none (the not-adopted one is not progress).
    expect(effectOf(lines, themeA)).toEqual(shown(4, { from: 50, to: 75 }, 5, { from: 0, to: 25 }));
  });

  it('suppresses a theme at the k boundary on each side, and shows it from k on both', async () => {
    expect(effectOf((await preview()).lines, themeB)).toEqual(SUPPRESSED); // took part: 2
    await attend(sessionB, CODES[2]!);
    expect(effectOf((await preview()).lines, themeB)).toEqual(SUPPRESSED); // did not: 2
    await recommendations(themeB, CODES[5]!, ['DONE']);
    // Did not: 4 + 4 + 1 recommendations, fewer than 4k = 12: the count shows, the progress does not.
    expect(effectOf((await preview()).lines, themeB)).toEqual(shown(3, { from: 0, to: 25 }, 3, null));
  });

  it.each(ROLES.filter((r) => r !== 'RIEC_ANALYST'))('is not computed for %s', async (role) => {
    const { client } = await actAs(app, role, { municipality: CODES[0] });
    expect(await client.errorCode(PREVIEW)).toBe('FORBIDDEN');
  });
});

describe('learning → follow-up in a snapshot', () => {
  it('is stored with the snapshot as previewed, and every role of the region reads the same', async () => {
    const { lines } = await preview();
    published = (await analyst.ok<{ publishPicture: { id: string; lines: Line[] } }>(PUBLISH, { note: 'Met leren' }))
      .publishPicture.lines;
    snapshotId = (await analyst.ok<{ latestPicture: { id: string } }>('query { latestPicture { id } }')).latestPicture
      .id;
    expect(effectOf(published, themeA)).toEqual(effectOf(lines, themeA));
    expect(effectOf(published, themeB)).toEqual(effectOf(lines, themeB));
    for (const role of ROLES) {
      const { client } = await actAs(app, role, { municipality: CODES[8] });
      const { pictureSnapshot } = await client.ok<{ pictureSnapshot: { lines: Line[] } }>(SNAPSHOT, { id: snapshotId });
      expect(pictureSnapshot.lines, role).toEqual(published);
      const { themePictureLine } = await client.ok<{ themePictureLine: Line }>(THEME_LINE, { themeId: themeA });
      expect(themePictureLine.learningEffect, role).toEqual(effectOf(published, themeA));
    }
  });

  it('does not change when follow-up and attendance change afterwards', async () => {
    const [stored] = await app.owner.query<{ lines: unknown }[]>('SELECT lines FROM picture_snapshots WHERE id = $1', [
      snapshotId,
    ]);
    await app.owner.query(`UPDATE recommendations SET status = 'OPEN' WHERE id = ANY($1::uuid[])`, [recommendationsA]);
    await attend(sessionA, CODES[4]!);
    const { pictureSnapshot } = await analyst.ok<{ pictureSnapshot: { lines: Line[] } }>(SNAPSHOT, { id: snapshotId });
    expect(pictureSnapshot.lines).toEqual(published);
    const [after] = await app.owner.query<{ lines: unknown }[]>('SELECT lines FROM picture_snapshots WHERE id = $1', [
      snapshotId,
    ]);
    expect(after!.lines).toEqual(stored!.lines);
    // The live preview moved: five took part now, none of them with progress.
    expect(effectOf((await preview()).lines, themeA)).toEqual(shown(5, { from: 0, to: 25 }, 4, { from: 0, to: 25 }));
  });

  it('asks the analyst to confirm a comparison that one municipality changed before publishing it', async () => {
    const { differencingRisks } = await preview();
    expect(differencingRisks).toContainEqual({ theme: { id: themeA }, cell: 'LEARNING_EFFECT', smallestChange: 1 });
    const result = await analyst.gql(PUBLISH, { note: 'Te vroeg' });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0]?.extensions?.risks).toContainEqual({ themeId: themeA, cell: 'LEARNING_EFFECT' });
  });

  it('holds bands only: no municipality, exact figure or fraction in what is stored or shown', async () => {
    const rows = await app.owner.query<{ lines: { learningEffect?: unknown }[] }[]>(
      'SELECT lines FROM picture_snapshots WHERE id = $1',
      [snapshotId],
    );
    const stored = rows[0]!.lines.map((l) => l.learningEffect);
    const allowed = new Set([
      'tookPartMunicipalities',
      'tookPartProgress',
      'didNotMunicipalities',
      'didNotProgress',
      'suppressed',
      'tookPart',
      'didNot',
      'municipalities',
      'progress',
      'kind',
      'value',
      'bound',
      'from',
      'to',
    ]);
    const visit = (value: unknown): void => {
      if (typeof value === 'number') {
        expect(Number.isInteger(value)).toBe(true);
      } else if (typeof value === 'string') {
        expect(['EXACT', 'FEWER_THAN', 'MORE_THAN']).toContain(value);
      } else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          expect(allowed.has(key), key).toBe(true);
          visit(inner);
        }
      }
    };
    stored.forEach(visit);
    published.forEach((line) => visit(line.learningEffect));
    const municipalityIds = await app.owner.query<{ id: string }[]>('SELECT id FROM municipalities');
    const text = JSON.stringify(rows[0]!.lines);
    expect(municipalityIds.filter((m) => text.includes(m.id))).toEqual([]);
    // A suppressed comparison carries nothing of either side.
    expect(
      (await preview()).lines
        .filter((l) => l.learningEffect?.suppressed)
        .every(
          (l) => l.learningEffect!.tookPartMunicipalities === null && l.learningEffect!.didNotMunicipalities === null,
        ),
    ).toBe(true);
  });

  it('reads as not computed in snapshots published before it existed', async () => {
    await app.owner.query(
      `INSERT INTO picture_snapshots (region_id, note, threshold, municipality_count, lines, published_at)
       SELECT region_id, 'Oud', threshold, municipality_count,
              (SELECT jsonb_agg(l - 'learningEffect') FROM jsonb_array_elements(lines) l), published_at + interval '1 second'
         FROM picture_snapshots WHERE id = $1`,
      [snapshotId],
    );
    const { themePictureLine } = await analyst.ok<{ themePictureLine: Line }>(THEME_LINE, { themeId: themeA });
    expect(themePictureLine.learningEffect).toBeNull();
  });
});
