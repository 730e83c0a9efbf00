import { ROLES } from '@rode-draad/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import { createTheme } from '../../test/confidential-factories';
import { actAs, actAsInNewRegion } from '../../test/factories';
import { createTrack } from '../../test/peer-factories';
import { createActivity, createProgramme, createSession } from '../../test/programme-factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { expectOneWinner } from '../../test/versions';

const PROGRAMME_FIELDS = 'id name startYear endYear goals status version viewerCan { edit }';
const PROGRAMMES = `{ programmes { ${PROGRAMME_FIELDS} } }`;
const PROGRAMME = `query ($id: ID!) { programme(id: $id) { ${PROGRAMME_FIELDS} } }`;
const CREATE_PROGRAMME = `mutation ($input: ProgrammeInput!) { createProgramme(input: $input) { ${PROGRAMME_FIELDS} } }`;
const UPDATE_PROGRAMME = `mutation ($id: ID!, $input: ProgrammeInput!, $expectedVersion: Int!) {
  updateProgramme(id: $id, input: $input, expectedVersion: $expectedVersion) { ${PROGRAMME_FIELDS} }
}`;
const ACTIVITY_FIELDS = `id title format version targetAudiences plannedYear plannedQuarter learningGoals themes { id } programme { id }
  owner { id } sessions { id } viewerCan { edit }`;
const ACTIVITIES = `query ($filter: ActivityFilter, $page: PageInput) { activities(filter: $filter, page: $page) { total items { ${ACTIVITY_FIELDS} } } }`;
const ACTIVITY = `query ($id: ID!) { activity(id: $id) { ${ACTIVITY_FIELDS} } }`;
const CREATE_ACTIVITY = `mutation ($input: ActivityInput!) { createActivity(input: $input) { ${ACTIVITY_FIELDS} } }`;
const UPDATE_ACTIVITY = `mutation ($id: ID!, $input: ActivityInput!, $expectedVersion: Int!) {
  updateActivity(id: $id, input: $input, expectedVersion: $expectedVersion) { ${ACTIVITY_FIELDS} }
}`;
const ROADMAP = `query ($programmeId: ID!, $byQuarter: Boolean) { roadmap(programmeId: $programmeId, byQuarter: $byQuarter) {
  years byQuarter periods { year quarter } rows { theme { id title facets { id } } gapYears activityCounts sessionCounts trackCounts } } }`;
const ROADMAP_CELL = `query ($programmeId: ID!, $themeId: ID!, $year: Int!, $quarter: Int, $byQuarter: Boolean, $page: PageInput) {
  roadmapCell(programmeId: $programmeId, themeId: $themeId, year: $year, quarter: $quarter, byQuarter: $byQuarter, page: $page) {
    activities { total items { id title } } tracks { id title } } }`;
const BUILDER = `query ($programmeId: ID!) { programmeBuilder(programmeId: $programmeId) { snapshotPublishedAt
  themes { rank theme { id } municipalities { kind value bound } activityCount nextSession { id } } } }`;
const THEME_PROGRAMME = `query ($themeId: ID!) { themeProgramme(themeId: $themeId) { theme { id } activities { id sessions { id } } } }`;

interface Cell {
  year: number;
  quarter: number | null;
  activityCount: number;
  sessionCount: number;
  trackCount: number;
  gap: boolean;
}
interface CellContent {
  activities: { total: number; items: { id: string; title: string }[] };
  tracks: { id: string; title: string }[];
}
interface Row {
  theme: { id: string };
  gapYears: number[];
  cells: Cell[];
}
interface RoadmapAnswer {
  years: number[];
  periods: { year: number; quarter: number | null }[];
  rows: (Omit<Row, 'cells'> & { activityCounts: number[]; sessionCounts: number[]; trackCounts: number[] })[];
}

let app: TestApp;
let staff: Client;
let staffUserId: string;

beforeAll(async () => {
  app = await startTestApp();
  const acting = await actAs(app, 'PROGRAMME_STAFF');
  staff = acting.client;
  staffUserId = acting.user.id;
});
afterAll(() => app.close());

/** The roadmap with its per-period count lists zipped into cells, as the page reads them. */
const roadmapOf = async (variables: { programmeId: string; byQuarter?: boolean }) => {
  const { roadmap } = await staff.ok<{ roadmap: RoadmapAnswer }>(ROADMAP, variables);
  const rows: Row[] = roadmap.rows.map(({ activityCounts, sessionCounts, trackCounts, ...row }) => {
    for (const counts of [activityCounts, sessionCounts, trackCounts]) {
      expect(counts).toHaveLength(roadmap.periods.length);
    }
    return {
      ...row,
      cells: roadmap.periods.map((period, i) => ({
        ...period,
        activityCount: activityCounts[i]!,
        sessionCount: sessionCounts[i]!,
        trackCount: trackCounts[i]!,
        gap: activityCounts[i]! + trackCounts[i]! === 0,
      })),
    };
  });
  return { roadmap: { years: roadmap.years, rows } };
};
const unique = (prefix: string) => `${prefix} ${Math.random().toString(36).slice(2, 8)}`;
const programmeInput = (overrides: Record<string, unknown> = {}) => ({
  name: unique('Leerprogramma'),
  startYear: 2022,
  endYear: 2025,
  goals: 'Samen weerbaarder.',
  ...overrides,
});
const dbState = async () =>
  app.owner.query<unknown>(`SELECT (SELECT json_agg(p ORDER BY p.id) FROM programmes p) AS programmes,
                          (SELECT json_agg(a ORDER BY a.id) FROM learning_activities a) AS activities,
                          (SELECT json_agg(t ORDER BY t.activity_id, t.theme_id) FROM activity_themes t) AS links`);

describe('programmes and activities: the ladder', () => {
  it('anonymous visitors get UNAUTHENTICATED everywhere', async () => {
    const programmeId = await createProgramme(app);
    const activityId = await createActivity(app, { programmeId });
    const anonymous = new Client(app);
    for (const [query, variables] of [
      [PROGRAMMES, {}],
      [PROGRAMME, { id: programmeId }],
      [CREATE_PROGRAMME, { input: programmeInput() }],
      [UPDATE_PROGRAMME, { id: programmeId, input: programmeInput(), expectedVersion: 1 }],
      [ACTIVITIES, {}],
      [ACTIVITY, { id: activityId }],
      [CREATE_ACTIVITY, { input: { programmeId, title: 'x', format: 'WORKSHOP', themeIds: [] } }],
      [
        UPDATE_ACTIVITY,
        { id: activityId, input: { programmeId, title: 'x', format: 'WORKSHOP', themeIds: [] }, expectedVersion: 1 },
      ],
      [ROADMAP, { programmeId }],
      [ROADMAP_CELL, { programmeId, themeId: programmeId, year: 2023 }],
      [BUILDER, { programmeId }],
      [THEME_PROGRAMME, { themeId: programmeId }],
    ] as const) {
      expect(await anonymous.errorCode(query, variables), query).toBe('UNAUTHENTICATED');
    }
  });

  it('bad input gets BAD_USER_INPUT per field and writes nothing', async () => {
    const programmeId = await createProgramme(app, { startYear: 2022, endYear: 2025 });
    const activityId = await createActivity(app, { programmeId });
    const themeId = await createTheme(app);
    const before = await dbState();
    for (const [overrides, field, reason] of [
      [{ name: ' ' }, 'name', 'isNotBlank'],
      [{ startYear: 1999 }, 'startYear', 'min'],
      [{ startYear: 2025, endYear: 2024 }, 'endYear', 'BEFORE_START_YEAR'],
    ] as const) {
      for (const result of [
        await staff.gql(CREATE_PROGRAMME, { input: programmeInput(overrides) }),
        await staff.gql(UPDATE_PROGRAMME, { id: programmeId, input: programmeInput(overrides), expectedVersion: 1 }),
      ]) {
        expect(result.errors?.[0]?.extensions, `${field} ${reason}`).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: [{ field, reason }],
        });
      }
    }
    const activity = (overrides: Record<string, unknown>) => ({
      programmeId,
      title: 'Workshop',
      format: 'WORKSHOP',
      themeIds: [themeId],
      ...overrides,
    });
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const [overrides, field, reason] of [
      [{ themeIds: [] }, 'themeIds', 'arrayMinSize'],
      [{ themeIds: [missing] }, 'themeIds', 'UNKNOWN_THEME'],
      [{ plannedYear: 2026 }, 'plannedYear', 'OUTSIDE_PROGRAMME_PERIOD'],
      [{ plannedQuarter: 2 }, 'plannedQuarter', 'YEAR_REQUIRED'],
      [{ plannedYear: 2023, plannedQuarter: 5 }, 'plannedQuarter', 'max'],
      [{ ownerUserId: missing }, 'ownerUserId', 'UNKNOWN_OWNER'],
      [{ programmeId: missing }, 'programmeId', 'UNKNOWN_PROGRAMME'],
      [{ title: '' }, 'title', 'isNotBlank'],
    ] as const) {
      for (const result of [
        await staff.gql(CREATE_ACTIVITY, { input: activity(overrides) }),
        await staff.gql(UPDATE_ACTIVITY, { id: activityId, input: activity(overrides), expectedVersion: 1 }),
      ]) {
        expect(result.errors?.[0]?.extensions, `${field} ${reason}`).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: expect.arrayContaining([{ field, reason }]),
        });
      }
    }
    expect(await dbState()).toEqual(before);
  });

  it('every other role gets FORBIDDEN for every mutation, and nothing changes', async () => {
    const programmeId = await createProgramme(app);
    const activityId = await createActivity(app, { programmeId });
    const themeId = await createTheme(app);
    const before = await dbState();
    const activity = { programmeId, title: 'Workshop', format: 'WORKSHOP', themeIds: [themeId] };
    for (const role of ROLES.filter((r) => r !== 'PROGRAMME_STAFF')) {
      const { client } = await actAs(app, role);
      expect(await client.errorCode(CREATE_PROGRAMME, { input: programmeInput() }), role).toBe('FORBIDDEN');
      expect(
        await client.errorCode(UPDATE_PROGRAMME, { id: programmeId, input: programmeInput(), expectedVersion: 1 }),
        role,
      ).toBe('FORBIDDEN');
      expect(await client.errorCode(CREATE_ACTIVITY, { input: activity }), role).toBe('FORBIDDEN');
      expect(
        await client.errorCode(UPDATE_ACTIVITY, { id: activityId, input: activity, expectedVersion: 1 }),
        role,
      ).toBe('FORBIDDEN');
    }
    expect(await dbState()).toEqual(before);
  });

  it('staff create and update; every role of the region reads; another region gets NOT_FOUND', async () => {
    const { createProgramme: programme } = await staff.ok<{ createProgramme: { id: string; status: string } }>(
      CREATE_PROGRAMME,
      {
        input: programmeInput(),
      },
    );
    expect(programme.status).toBe('DRAFT');
    const updated = await staff.ok<{ updateProgramme: { status: string; endYear: number } }>(UPDATE_PROGRAMME, {
      id: programme.id,
      input: programmeInput({ endYear: 2026, status: 'ACTIVE' }),
      expectedVersion: 1,
    });
    expect(updated.updateProgramme).toMatchObject({ status: 'ACTIVE', endYear: 2026, version: 2 });
    const [themeA, themeB] = [await createTheme(app), await createTheme(app)];
    const { createActivity: activity } = await staff.ok<{
      createActivity: { id: string; owner: { id: string }; themes: { id: string }[] };
    }>(CREATE_ACTIVITY, {
      input: {
        programmeId: programme.id,
        title: 'Masterclass vastgoed',
        format: 'MASTERCLASS',
        themeIds: [themeA],
        targetAudiences: ['BIBOB_ADVISOR', 'POLICY_ADVISOR'],
        plannedYear: 2024,
        plannedQuarter: 2,
      },
    });
    expect(activity.owner.id).toBe(staffUserId);
    const changed = await staff.ok<{ updateActivity: { themes: { id: string }[]; format: string } }>(UPDATE_ACTIVITY, {
      id: activity.id,
      input: {
        programmeId: programme.id,
        title: 'Masterclass vastgoed',
        format: 'INTERVISIE',
        themeIds: [themeB, themeA],
      },
      expectedVersion: 1,
    });
    expect(changed.updateActivity).toMatchObject({ format: 'INTERVISIE', version: 2 });
    expect(changed.updateActivity.themes.map((t) => t.id).sort()).toEqual([themeA, themeB].sort());
    const moved = await staff.gql(UPDATE_ACTIVITY, {
      id: activity.id,
      input: { programmeId: await createProgramme(app), title: 'x', format: 'WORKSHOP', themeIds: [themeA] },
      expectedVersion: 2,
    });
    expect(moved.errors?.[0]?.extensions).toMatchObject({
      fields: [{ field: 'programmeId', reason: 'CANNOT_CHANGE_PROGRAMME' }],
    });
    for (const role of ROLES) {
      const { client } = await actAs(app, role);
      const { activities } = await client.ok<{ activities: { items: { id: string; viewerCan: { edit: boolean } }[] } }>(
        ACTIVITIES,
        {
          filter: { themeId: themeB },
        },
      );
      expect(activities.items.map((a) => a.id)).toEqual([activity.id]);
      expect(activities.items[0]!.viewerCan.edit).toBe(role === 'PROGRAMME_STAFF');
      expect((await client.ok<{ programmes: { id: string }[] }>(PROGRAMMES)).programmes.map((p) => p.id)).toContain(
        programme.id,
      );
    }
    const other = await actAsInNewRegion(app, 'PROGRAMME_STAFF');
    expect(await other.client.errorCode(PROGRAMME, { id: programme.id })).toBe('NOT_FOUND');
    expect(await other.client.errorCode(ACTIVITY, { id: activity.id })).toBe('NOT_FOUND');
    expect(
      await other.client.errorCode(UPDATE_PROGRAMME, { id: programme.id, input: programmeInput(), expectedVersion: 2 }),
    ).toBe('NOT_FOUND');
    expect(await other.client.errorCode(ROADMAP, { programmeId: programme.id })).toBe('NOT_FOUND');
    expect(await other.client.errorCode(THEME_PROGRAMME, { themeId: themeA })).toBe('NOT_FOUND');
    expect((await other.client.ok<{ programmes: unknown[] }>(PROGRAMMES)).programmes).toEqual([]);
    const foreign = await other.client.gql(CREATE_ACTIVITY, {
      input: { programmeId: programme.id, title: 'x', format: 'WORKSHOP', themeIds: [themeA] },
    });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      fields: [{ field: 'programmeId', reason: 'UNKNOWN_PROGRAMME' }],
    });
  });
});

describe('optimistic versions', () => {
  it('of two concurrent programme updates with the same version one saves, the other gets STALE_VERSION; the winner is stored', async () => {
    const programmeId = await createProgramme(app);
    const colleague = (await actAs(app, 'PROGRAMME_STAFF')).client;
    const edits = [programmeInput({ goals: 'Eerste' }), programmeInput({ goals: 'Tweede', status: 'ACTIVE' })];
    const winner = await expectOneWinner(
      app,
      { table: 'programmes', id: programmeId },
      [staff, colleague].map(
        (client, i) => () => client.gql(UPDATE_PROGRAMME, { id: programmeId, input: edits[i], expectedVersion: 1 }),
      ),
      1,
    );
    const { programme } = await staff.ok<{ programme: Record<string, unknown> }>(PROGRAMME, { id: programmeId });
    expect(programme).toMatchObject({ ...edits[winner], version: 2 });
  });

  it('updateActivity races the same way, also when one of them only changes the themes', async () => {
    const programmeId = await createProgramme(app);
    const [themeA, themeB] = [await createTheme(app), await createTheme(app)];
    const activityId = await createActivity(app, { programmeId, themeIds: [themeA] });
    const { activity: loaded } = await staff.ok<{ activity: { title: string; version: number } }>(ACTIVITY, {
      id: activityId,
    });
    const colleague = (await actAs(app, 'PROGRAMME_STAFF')).client;
    // The first edit changes only the themes: the version must rise for that too.
    const base = {
      programmeId,
      title: loaded.title,
      format: 'WORKSHOP',
      targetAudiences: ['BIBOB_ADVISOR'],
      plannedYear: 2023,
    };
    const edits = [
      { ...base, themeIds: [themeB] },
      { ...base, title: unique('Werkplaats'), themeIds: [themeA] },
    ];
    const winner = await expectOneWinner(
      app,
      { table: 'learning_activities', id: activityId },
      [staff, colleague].map(
        (client, i) => () =>
          client.gql(UPDATE_ACTIVITY, { id: activityId, input: edits[i], expectedVersion: loaded.version }),
      ),
      loaded.version,
    );
    const { activity } = await staff.ok<{ activity: { title: string; version: number; themes: { id: string }[] } }>(
      ACTIVITY,
      { id: activityId },
    );
    expect(activity).toMatchObject({ title: edits[winner]!.title, version: loaded.version + 1 });
    expect(activity.themes.map((t) => t.id)).toEqual(edits[winner]!.themeIds);
  });
});

describe('roadmap', () => {
  it('shows per theme and year what is planned, and flags the gaps', async () => {
    const programmeId = await createProgramme(app, { startYear: 2022, endYear: 2025 });
    const [planned, empty] = [await createTheme(app, unique('Gepland')), await createTheme(app, unique('Leeg'))];
    const a = await createActivity(app, {
      programmeId,
      themeIds: [planned],
      title: 'B-activiteit',
      plannedYear: 2023,
      plannedQuarter: 3,
    });
    const b = await createActivity(app, { programmeId, themeIds: [planned], title: 'A-activiteit', plannedYear: null });
    // 2024-12-31 23:30 UTC is 2025 in Amsterdam: the cell follows the region's calendar.
    await createSession(app, { activityId: b, startsAt: new Date('2024-12-31T23:30:00Z') });
    await createSession(app, { activityId: b, startsAt: new Date('2024-03-01T09:00:00Z') });
    await createSession(app, { activityId: a, startsAt: new Date('2022-05-01T09:00:00Z'), status: 'CANCELLED' });

    const { roadmap } = await roadmapOf({ programmeId });
    expect(roadmap.years).toEqual([2022, 2023, 2024, 2025]);
    const row = (themeId: string) => roadmap.rows.find((r) => r.theme.id === themeId)!;
    expect(row(planned).gapYears).toEqual([2022]);
    expect(row(planned).cells.map((c) => [c.year, c.quarter, c.activityCount, c.sessionCount, c.gap])).toEqual([
      [2022, null, 0, 0, true],
      [2023, null, 1, 0, false],
      [2024, null, 1, 1, false],
      [2025, null, 1, 1, false],
    ]);
    expect(row(empty).gapYears).toEqual([2022, 2023, 2024, 2025]);
    const cell = async (year: number, quarter: number | null = null, byQuarter = false) =>
      (
        await staff.ok<{ roadmapCell: CellContent }>(ROADMAP_CELL, {
          programmeId,
          themeId: planned,
          year,
          quarter,
          byQuarter,
        })
      ).roadmapCell;
    // A cancelled session is no offer; a session on New Year's Eve in UTC is the next year in Amsterdam.
    expect(await cell(2022)).toEqual({ activities: { total: 0, items: [] }, tracks: [] });
    expect((await cell(2023)).activities.items).toEqual([{ id: a, title: 'B-activiteit' }]);
    expect((await cell(2024)).activities.items).toEqual([{ id: b, title: 'A-activiteit' }]);
    expect((await cell(2025)).activities.items).toEqual([{ id: b, title: 'A-activiteit' }]);
    expect((await cell(2023, 3, true)).activities.items).toEqual([{ id: a, title: 'B-activiteit' }]);
    expect((await cell(2025, 1, true)).activities.items).toEqual([{ id: b, title: 'A-activiteit' }]);
    expect((await cell(2024, 4, true)).activities.total).toBe(0);

    const byQuarter = await roadmapOf({ programmeId, byQuarter: true });
    const cells = byQuarter.roadmap.rows.find((r) => r.theme.id === planned)!.cells;
    expect(cells).toHaveLength(4 * 5);
    const filled = cells.filter((c) => !c.gap).map((c) => [c.year, c.quarter]);
    expect(filled).toEqual([
      [2023, 3],
      [2024, 1],
      [2025, 1],
    ]);
  });

  it('counts peer-learning tracks in every year and quarter they run: a theme with only a track has no gap there', async () => {
    const programmeId = await createProgramme(app, { startYear: 2022, endYear: 2025 });
    const themeId = await createTheme(app, unique('Alleen traject'));
    const track = async (title: string, startsOn: string, endsOn: string) => {
      const { id } = await createTrack(app, { themeId, title, startsOn, endsOn });
      await app.owner.query('UPDATE peer_tracks SET programme_id = $1 WHERE id = $2', [programmeId, id]);
      return id;
    };
    const bibob = await track('Bibob-traject', '2023-05-01', '2024-02-15');
    const vastgoed = await track('Vastgoed-traject', '2024-01-01', '2024-03-31');
    await createTrack(app, { themeId, title: 'Ander programma', startsOn: '2022-01-01', endsOn: '2025-12-31' });

    const { roadmap } = await roadmapOf({ programmeId });
    const row = roadmap.rows.find((r) => r.theme.id === themeId)!;
    expect(row.gapYears).toEqual([2022, 2025]);
    expect(row.cells.map((c) => [c.year, c.activityCount, c.trackCount, c.gap])).toEqual([
      [2022, 0, 0, true],
      [2023, 0, 1, false],
      [2024, 0, 2, false],
      [2025, 0, 0, true],
    ]);
    const tracksIn = async (year: number, quarter: number | null = null, byQuarter = false) =>
      (await staff.ok<{ roadmapCell: CellContent }>(ROADMAP_CELL, { programmeId, themeId, year, quarter, byQuarter }))
        .roadmapCell.tracks;
    expect(await tracksIn(2024)).toEqual([
      { id: bibob, title: 'Bibob-traject' },
      { id: vastgoed, title: 'Vastgoed-traject' },
    ]);
    expect(await tracksIn(2023, 4, true)).toEqual([{ id: bibob, title: 'Bibob-traject' }]);
    expect(await tracksIn(2024, null, true)).toEqual([]);

    const byQuarter = await roadmapOf({ programmeId, byQuarter: true });
    const cells = byQuarter.roadmap.rows.find((r) => r.theme.id === themeId)!.cells;
    expect(cells.filter((c) => !c.gap).map((c) => [c.year, c.quarter, c.trackCount])).toEqual([
      [2023, 2, 1],
      [2023, 3, 1],
      [2023, 4, 1],
      [2024, 1, 2],
    ]);
    // The "quarter open" column holds activities planned without a quarter, never tracks.
    expect(cells.filter((c) => c.quarter === null).every((c) => c.trackCount === 0)).toBe(true);
  });

  it('counts in every cell exactly what opening the cell lists, by year and by quarter', async () => {
    const programmeId = await createProgramme(app, { startYear: 2022, endYear: 2025 });
    const themes = [await createTheme(app, unique('Telling')), await createTheme(app, unique('Telling'))];
    for (let i = 0; i < 6; i += 1) {
      const activityId = await createActivity(app, {
        programmeId,
        themeIds: i % 3 === 0 ? themes : [themes[i % 2]!],
        plannedYear: i === 5 ? null : 2022 + (i % 4),
        plannedQuarter: i % 2 === 0 || i === 5 ? null : 1 + (i % 4),
      });
      await createSession(app, { activityId, startsAt: new Date(Date.UTC(2023 + (i % 2), (i * 5) % 12, 3, 9)) });
      await createSession(app, { activityId, startsAt: new Date(Date.UTC(2024, (i * 7) % 12, 10, 9)) });
    }
    for (const [i, themeId] of themes.entries()) {
      const { id } = await createTrack(app, { themeId, startsOn: `${2022 + i}-11-01`, endsOn: '2024-04-30' });
      await app.owner.query('UPDATE peer_tracks SET programme_id = $1 WHERE id = $2', [programmeId, id]);
    }
    for (const byQuarter of [false, true]) {
      const { roadmap } = await roadmapOf({ programmeId, byQuarter });
      let seen = 0;
      for (const themeId of themes) {
        for (const c of roadmap.rows.find((r) => r.theme.id === themeId)!.cells) {
          const { roadmapCell } = await staff.ok<{ roadmapCell: CellContent }>(ROADMAP_CELL, {
            programmeId,
            themeId,
            year: c.year,
            quarter: c.quarter,
            byQuarter,
          });
          expect([
            roadmapCell.activities.total,
            roadmapCell.activities.items.length,
            roadmapCell.tracks.length,
          ]).toEqual([c.activityCount, c.activityCount, c.trackCount]);
          expect(c.gap).toBe(c.activityCount === 0 && c.trackCount === 0);
          seen += c.activityCount;
        }
      }
      expect(seen).toBeGreaterThan(6);
    }
  });

  it('pages a cell by title with the total, and refuses what is not a cell', async () => {
    const programmeId = await createProgramme(app, { startYear: 2022, endYear: 2025 });
    const themeId = await createTheme(app, unique('Veel'));
    const ids = new Map<string, string>();
    for (const title of ['delta', 'Bravo', 'alfa', 'Charlie']) {
      ids.set(title, await createActivity(app, { programmeId, themeIds: [themeId], title, plannedYear: 2024 }));
    }
    const page = async (offset: number, limit: number) =>
      (
        await staff.ok<{ roadmapCell: CellContent }>(ROADMAP_CELL, {
          programmeId,
          themeId,
          year: 2024,
          page: { offset, limit },
        })
      ).roadmapCell.activities;
    expect(await page(0, 3)).toEqual({
      total: 4,
      items: ['alfa', 'Bravo', 'Charlie'].map((title) => ({ id: ids.get(title), title })),
    });
    expect(await page(3, 3)).toEqual({ total: 4, items: [{ id: ids.get('delta'), title: 'delta' }] });
    // Planned in the year without a quarter: only in the "quarter open" column by quarter.
    const open = await staff.ok<{ roadmapCell: CellContent }>(ROADMAP_CELL, {
      programmeId,
      themeId,
      year: 2024,
      quarter: null,
      byQuarter: true,
    });
    expect(open.roadmapCell.activities.total).toBe(4);
    const q1 = await staff.ok<{ roadmapCell: CellContent }>(ROADMAP_CELL, {
      programmeId,
      themeId,
      year: 2024,
      quarter: 1,
      byQuarter: true,
    });
    expect(q1.roadmapCell.activities.total).toBe(0);

    const refused = async (variables: Record<string, unknown>) =>
      (await staff.gql(ROADMAP_CELL, { programmeId, themeId, ...variables })).errors?.[0]?.extensions;
    expect(await refused({ year: 2026 })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'year', reason: 'OUTSIDE_PROGRAMME_PERIOD' }],
    });
    expect(await refused({ year: 2024, quarter: 2 })).toMatchObject({
      fields: [{ field: 'quarter', reason: 'OUT_OF_RANGE' }],
    });
    expect(await refused({ year: 2024, quarter: 5, byQuarter: true })).toMatchObject({
      fields: [{ field: 'quarter', reason: 'OUT_OF_RANGE' }],
    });
  });

  it('every role of the region opens a cell; another region gets NOT_FOUND for the programme and the theme', async () => {
    const programmeId = await createProgramme(app, { startYear: 2022, endYear: 2025 });
    const themeId = await createTheme(app, unique('Iedereen'));
    const activityId = await createActivity(app, { programmeId, themeIds: [themeId], title: 'Voor iedereen' });
    const variables = { programmeId, themeId, year: 2023 };
    for (const role of ROLES) {
      const { client } = await actAs(app, role);
      const { roadmapCell } = await client.ok<{ roadmapCell: CellContent }>(ROADMAP_CELL, variables);
      expect(roadmapCell.activities.items).toEqual([{ id: activityId, title: 'Voor iedereen' }]);
    }
    const other = await actAsInNewRegion(app, 'PROGRAMME_STAFF');
    expect(await other.client.errorCode(ROADMAP_CELL, variables)).toBe('NOT_FOUND');
    // Their own programme with our theme: the theme is not theirs either.
    const { createProgramme: own } = await other.client.ok<{ createProgramme: { id: string } }>(CREATE_PROGRAMME, {
      input: programmeInput(),
    });
    const foreignTheme = await other.client.gql(ROADMAP_CELL, { ...variables, programmeId: own.id });
    expect(foreignTheme.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(foreignTheme.data?.roadmapCell ?? null).toBeNull();
  });

  it('keeps its counts until something they count changes, through the API or in the database', async () => {
    const programmeId = await createProgramme(app, { startYear: 2022, endYear: 2025 });
    const [themeA, themeB] = [await createTheme(app, unique('Bewaard')), await createTheme(app, unique('Bewaard'))];
    const activityId = await createActivity(app, {
      programmeId,
      themeIds: [themeA],
      plannedYear: 2023,
      plannedQuarter: 1,
    });
    const sessionId = await createSession(app, { activityId, startsAt: new Date('2024-02-01T09:00:00Z') });
    const answers = async () => [
      (await staff.ok<{ roadmap: RoadmapAnswer }>(ROADMAP, { programmeId, byQuarter: false })).roadmap,
      (await staff.ok<{ roadmap: RoadmapAnswer }>(ROADMAP, { programmeId, byQuarter: true })).roadmap,
    ];
    // A marker written into the kept counts shows for as long as they are used.
    const mark = async () => {
      await answers();
      await app.owner.query(
        `UPDATE roadmap_count_cache SET counts = jsonb_build_object($2::text, '[99, 99]'::jsonb) WHERE programme_id = $1`,
        [programmeId, `${themeA}:1`],
      );
    };
    const marked = async () =>
      (await answers()).map((roadmap) => roadmap.rows.find((r) => r.theme.id === themeA)!.activityCounts[0]);
    const version = async (table: string, id: string) =>
      (await app.owner.query<{ version: number }[]>(`SELECT version FROM ${table} WHERE id = $1`, [id]))[0]!.version;

    await mark();
    expect(await marked()).toEqual([99, 99]);
    // Changes that count nothing keep them: a session filling up, an activity renamed through the API.
    await app.owner.query(`UPDATE sessions SET status = 'FULL', capacity = 1 WHERE id = $1`, [sessionId]);
    await staff.ok(UPDATE_ACTIVITY, {
      id: activityId,
      input: {
        programmeId,
        title: 'Hernoemd',
        format: 'WORKSHOP',
        themeIds: [themeA],
        plannedYear: 2023,
        plannedQuarter: 1,
      },
      expectedVersion: await version('learning_activities', activityId),
    });
    expect(await marked()).toEqual([99, 99]);

    let newActivityId = '';
    const changes: [string, () => Promise<unknown>][] = [
      ['a new session', () => createSession(app, { activityId, startsAt: new Date('2025-05-01T09:00:00Z') })],
      [
        'a session moved',
        () =>
          app.owner.query(
            `UPDATE sessions SET starts_at = '2022-08-01T09:00Z', ends_at = '2022-08-01T12:00Z',
                                 registration_deadline = '2022-08-01T09:00Z' WHERE id = $1`,
            [sessionId],
          ),
      ],
      [
        'an activity replanned and given a second theme (API)',
        async () =>
          staff.ok(UPDATE_ACTIVITY, {
            id: activityId,
            input: {
              programmeId,
              title: 'Herpland',
              format: 'WORKSHOP',
              themeIds: [themeA, themeB],
              plannedYear: 2024,
            },
            expectedVersion: await version('learning_activities', activityId),
          }),
      ],
      [
        'a session cancelled (API)',
        async () =>
          staff.ok(`mutation ($id: ID!, $v: Int!) { cancelSession(id: $id, expectedVersion: $v) { id } }`, {
            id: sessionId,
            v: await version('sessions', sessionId),
          }),
      ],
      ['a session deleted', () => app.owner.query('DELETE FROM sessions WHERE id = $1', [sessionId])],
      [
        'a theme taken off',
        () =>
          app.owner.query('DELETE FROM activity_themes WHERE activity_id = $1 AND theme_id = $2', [activityId, themeB]),
      ],
      [
        'a new activity',
        async () =>
          (newActivityId = await createActivity(app, { programmeId, themeIds: [themeA, themeB], plannedYear: 2022 })),
      ],
      // Its themes go with it, when the activity can no longer be found from them.
      ['an activity deleted', () => app.owner.query('DELETE FROM learning_activities WHERE id = $1', [newActivityId])],
    ];
    for (const [what, change] of changes) {
      await mark();
      expect(await marked(), what).toEqual([99, 99]);
      await change();
      const kept = await answers();
      await app.owner.query('DELETE FROM roadmap_count_cache WHERE programme_id = $1', [programmeId]);
      expect(kept, what).toEqual(await answers());
    }
  });

  it('gives the region a new version once per transaction, at its commit, so writers do not wait on each other', async () => {
    const activityId = await createActivity(app, { plannedYear: 2023 });
    const insertSessions = (n: number) =>
      `INSERT INTO sessions (region_id, activity_id, starts_at, ends_at, online_url, capacity, registration_deadline)
       SELECT a.region_id, a.id, t, t + interval '2 hours', 'https://meet.example/s', 20, t
         FROM learning_activities a, generate_series(1, ${n}) i, LATERAL (SELECT now() + i * interval '1 day' AS t) x
        WHERE a.id = $1`;
    const region = async () =>
      (
        await app.owner.query<{ version: string; used: string }[]>(
          `SELECT v.version, (SELECT last_value FROM roadmap_version_seq) AS used
             FROM roadmap_versions v JOIN learning_activities a ON a.region_id = v.region_id WHERE a.id = $1`,
          [activityId],
        )
      )[0]!;
    const [first, second] = [app.owner.createQueryRunner(), app.owner.createQueryRunner()];
    try {
      const before = await region();
      await first.startTransaction();
      await first.query(insertSessions(3), [activityId]);
      await first.query(insertSessions(2), [activityId]);
      expect(await region()).toEqual(before);
      // Another writer of the same region is not held up by the first one's changes.
      await second.startTransaction();
      await second.query(`SET LOCAL lock_timeout = '2s'`);
      await second.query(insertSessions(1), [activityId]);
      await second.commitTransaction();
      const afterSecond = await region();
      expect(BigInt(afterSecond.used) - BigInt(before.used)).toBe(1n);
      await first.commitTransaction();
      const afterFirst = await region();
      // Five sessions in two statements, one new version.
      expect(BigInt(afterFirst.used) - BigInt(afterSecond.used)).toBe(1n);
      expect(afterFirst.version).toBe(afterFirst.used);
    } finally {
      await first.release();
      await second.release();
    }
    // A new region has its version from the start.
    const { regionId } = await actAsInNewRegion(app, 'PROGRAMME_STAFF');
    expect(await app.owner.query('SELECT 1 AS one FROM roadmap_versions WHERE region_id = $1', [regionId])).toEqual([
      { one: 1 },
    ]);
  });

  it('runs the same number of SQL statements whatever the number of themes, activities, sessions and tracks', async () => {
    const programmeId = await createProgramme(app);
    const themeId = await createTheme(app, unique('Tellen'));
    const count = async () => {
      app.statements.reset();
      await staff.ok(ROADMAP, { programmeId, byQuarter: true });
      const roadmap = app.statements.count;
      app.statements.reset();
      await staff.ok(ROADMAP_CELL, { programmeId, themeId, year: 2023, quarter: 2, byQuarter: true });
      return { roadmap, cell: app.statements.count };
    };
    const few = await count();
    for (let i = 0; i < 15; i += 1) {
      const themeIds = [themeId, await createTheme(app)];
      const activityId = await createActivity(app, { programmeId, themeIds, plannedYear: 2022 + (i % 4) });
      await createSession(app, { activityId, startsAt: new Date(Date.UTC(2023, i % 12, 1, 9)) });
      const { id } = await createTrack(app, { themeId, startsOn: `${2022 + (i % 4)}-03-01`, endsOn: '2025-06-30' });
      await app.owner.query('UPDATE peer_tracks SET programme_id = $1 WHERE id = $2', [programmeId, id]);
    }
    expect(await count()).toEqual(few);
  });
});

describe('programmes list', () => {
  it('runs the same number of SQL statements for few and many programmes (no N+1)', async () => {
    const count = async () => {
      app.statements.reset();
      const { programmes } = await staff.ok<{ programmes: unknown[] }>(PROGRAMMES);
      return { statements: app.statements.count, programmes: programmes.length };
    };
    const few = await count();
    for (let i = 0; i < 15; i += 1) {
      await createActivity(app, { programmeId: await createProgramme(app, { startYear: 2020 + (i % 5) }) });
    }
    const many = await count();
    expect(many.programmes).toBe(few.programmes + 15);
    expect(many.statements).toBe(few.statements);
  });
});

describe('programmeBuilder and themeProgramme', () => {
  it('ranks active themes by the band of the latest published picture, with the offer on each', async () => {
    const other = await actAsInNewRegion(app, 'PROGRAMME_STAFF');
    const theme = async (title: string, active = true) =>
      (
        await app.owner.query<{ id: string }[]>(
          `INSERT INTO themes (region_id, title, year_identified, active) VALUES ($1, $2, 2021, $3) RETURNING id`,
          [other.regionId, title, active],
        )
      )[0]!.id;
    const [wide, exact5, exact3, few, missing, retired] = [
      await theme('Breed'),
      await theme('Vijf'),
      await theme('Drie'),
      await theme('Weinig'),
      await theme('Ontbreekt'),
      await theme('Oud', false),
    ];
    const line = (themeId: string, municipalities: Record<string, unknown>) => ({
      themeId,
      title: 'x',
      municipalities,
      followUp: {},
    });
    const insert = (lines: unknown[], at: string) =>
      app.owner.query(
        `INSERT INTO picture_snapshots (region_id, threshold, municipality_count, lines, published_at) VALUES ($1, 3, 14, $2, $3)`,
        [other.regionId, JSON.stringify(lines), at],
      );
    // An older snapshot with the opposite order must not count.
    await insert([line(few, { kind: 'MORE_THAN', bound: 11 })], '2024-01-01T00:00:00Z');
    await insert(
      [
        line(few, { kind: 'FEWER_THAN', bound: 3 }),
        line(exact3, { kind: 'EXACT', value: 3 }),
        line(wide, { kind: 'MORE_THAN', bound: 11 }),
        line(exact5, { kind: 'EXACT', value: 5 }),
        line(retired, { kind: 'MORE_THAN', bound: 11 }),
      ],
      '2025-01-01T00:00:00Z',
    );
    const [programme] = await app.owner.query<{ id: string }[]>(
      `INSERT INTO programmes (region_id, name, start_year, end_year) VALUES ($1, 'P', 2024, 2031) RETURNING id`,
      [other.regionId],
    );
    const [activity] = await app.owner.query<{ id: string }[]>(
      `INSERT INTO learning_activities (region_id, programme_id, title, format, owner_user_id) VALUES ($1, $2, 'A', 'WORKSHOP', $3) RETURNING id`,
      [other.regionId, programme!.id, other.user.id],
    );
    await app.owner.query(`INSERT INTO activity_themes VALUES ($1, $2)`, [activity!.id, exact3]);
    const [next] = await app.owner.query<{ id: string }[]>(
      `INSERT INTO sessions (region_id, activity_id, starts_at, ends_at, online_url, capacity, registration_deadline)
       VALUES ($1, $2, '2030-06-01T09:00Z', '2030-06-01T12:00Z', 'https://x.example', 10, '2030-06-01T09:00Z') RETURNING id`,
      [other.regionId, activity!.id],
    );

    const { programmeBuilder } = await other.client.ok<{
      programmeBuilder: {
        snapshotPublishedAt: string;
        themes: {
          rank: number;
          theme: { id: string };
          municipalities: unknown;
          activityCount: number;
          nextSession: { id: string } | null;
        }[];
      };
    }>(BUILDER, { programmeId: programme!.id });
    expect(programmeBuilder.snapshotPublishedAt).toBe('2025-01-01T00:00:00.000Z');
    expect(programmeBuilder.themes.map((t) => t.theme.id)).toEqual([wide, exact5, exact3, few, missing]);
    expect(programmeBuilder.themes.map((t) => t.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(programmeBuilder.themes[0]!.municipalities).toEqual({ kind: 'MORE_THAN', value: null, bound: 11 });
    expect(programmeBuilder.themes[4]!.municipalities).toBeNull();
    expect(programmeBuilder.themes[2]).toMatchObject({ activityCount: 1, nextSession: { id: next!.id } });

    const { themeProgramme } = await other.client.ok<{
      themeProgramme: { activities: { id: string; sessions: { id: string }[] }[] };
    }>(THEME_PROGRAMME, { themeId: exact3 });
    expect(themeProgramme.activities).toEqual([{ id: activity!.id, sessions: [{ id: next!.id }] }]);
  });
});
