import { ROLES, type Role } from '@rode-draad/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../test/client';
import { actAs, actAsInNewRegion } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { expectOneWinner } from '../../test/versions';

const THEME_FIELDS =
  'id title description yearIdentified active version createdAt updatedAt facets { id name } viewerCan { edit }';
const THEMES = `query Themes($filter: ThemeFilter, $sort: ThemeSort, $page: PageInput) {
  themes(filter: $filter, sort: $sort, page: $page) { total items { ${THEME_FIELDS} } }
}`;
const THEME = `query Theme($id: ID!) { theme(id: $id) { ${THEME_FIELDS} } }`;
const CREATE = `mutation Create($input: ThemeInput!) { createTheme(input: $input) { ${THEME_FIELDS} } }`;
const UPDATE = `mutation Update($id: ID!, $input: ThemeInput!, $expectedVersion: Int!) {
  updateTheme(id: $id, input: $input, expectedVersion: $expectedVersion) { ${THEME_FIELDS} }
}`;
const SET_ACTIVE = `mutation SetActive($id: ID!, $active: Boolean!, $expectedVersion: Int!) {
  setThemeActive(id: $id, active: $active, expectedVersion: $expectedVersion) { id active version }
}`;
const FACETS = `query { facets(includeInactive: true) { id name active } }`;
const CREATE_FACET = `mutation ($name: String!) { createFacet(input: { name: $name }) { id } }`;
const RETIRE_FACET = `mutation ($id: ID!) { setFacetActive(id: $id, active: false, expectedVersion: 1) { id } }`;

interface ThemeRow {
  id: string;
  title: string;
  description: string;
  yearIdentified: number;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  facets: { id: string; name: string }[];
  viewerCan: { edit: boolean };
}

let app: TestApp;
let analyst: Client;
/** Twente's seeded facets, by position. */
let facetIds: string[];

beforeAll(async () => {
  app = await startTestApp();
  analyst = (await actAs(app, 'RIEC_ANALYST')).client;
  facetIds = (await analyst.ok<{ facets: { id: string }[] }>(FACETS)).facets.map((f) => f.id);
});
afterAll(() => app.close());

const unique = (prefix: string) => `${prefix} ${Math.random().toString(36).slice(2, 8)}`;
const input = (overrides: Record<string, unknown> = {}) => ({
  title: unique('Thema'),
  description: 'Een rode draad uit de scans.',
  yearIdentified: 2022,
  facetIds: facetIds.slice(0, 2),
  ...overrides,
});
const create = async (overrides: Record<string, unknown> = {}, client = analyst) =>
  (await client.ok<{ createTheme: ThemeRow }>(CREATE, { input: input(overrides) })).createTheme;
const list = async (client: Client, variables: Record<string, unknown>) =>
  (await client.ok<{ themes: { total: number; items: ThemeRow[] } }>(THEMES, variables)).themes;
/** Everything this feature writes, to show that a refused call changed nothing. */
const dbState = async () =>
  app.owner.query<Promise<unknown[]>>(`SELECT (SELECT json_agg(t ORDER BY t.id) FROM themes t) AS themes,
                          (SELECT json_agg(l ORDER BY l.theme_id, l.facet_id) FROM theme_facets l) AS links,
                          (SELECT json_agg(f ORDER BY f.id) FROM facets f) AS facets`);

describe('the ladder', () => {
  const nonAnalysts = ROLES.filter((r): r is Exclude<Role, 'RIEC_ANALYST'> => r !== 'RIEC_ANALYST');

  it('anonymous visitors get UNAUTHENTICATED for every query and mutation', async () => {
    const theme = await create();
    const anonymous = new Client(app);
    expect(await anonymous.errorCode(THEMES)).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(THEME, { id: theme.id })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(CREATE, { input: input() })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(UPDATE, { id: theme.id, input: input(), expectedVersion: 1 })).toBe(
      'UNAUTHENTICATED',
    );
    expect(await anonymous.errorCode(SET_ACTIVE, { id: theme.id, active: false, expectedVersion: 1 })).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('invalid input gets BAD_USER_INPUT per field and writes nothing', async () => {
    const theme = await create();
    const before = await dbState();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: '  ' }, 'title', 'isNotBlank'],
      [{ title: 'x'.repeat(201) }, 'title', 'isLength'],
      [{ description: 'x'.repeat(5001) }, 'description', 'maxLength'],
      [{ yearIdentified: 1999 }, 'yearIdentified', 'min'],
      [{ yearIdentified: 2101 }, 'yearIdentified', 'max'],
      [{ facetIds: ['not-a-uuid'] }, 'input.facetIds', 'INVALID_ID'],
      [{ facetIds: [facetIds[0], facetIds[0]] }, 'facetIds', 'arrayUnique'],
      [{ facetIds: ['00000000-0000-4000-8000-000000000000'] }, 'facetIds', 'UNKNOWN_FACET'],
    ];
    for (const [overrides, field, reason] of cases) {
      for (const result of [
        await analyst.gql(CREATE, { input: input(overrides) }),
        await analyst.gql(UPDATE, { id: theme.id, input: input(overrides), expectedVersion: 1 }),
      ]) {
        expect(result.errors?.[0]?.extensions, `${field} ${reason}`).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: expect.arrayContaining([{ field, reason }]),
        });
      }
    }
    const badFilter = await analyst.gql(THEMES, { filter: { yearIdentified: 1800, facetId: 'x' } });
    expect(badFilter.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await dbState()).toEqual(before);
  });

  it('every other role gets FORBIDDEN for every mutation, and nothing changes', async () => {
    const theme = await create();
    const before = await dbState();
    for (const role of nonAnalysts) {
      const { client } = await actAs(app, role);
      expect(await client.errorCode(CREATE, { input: input() }), role).toBe('FORBIDDEN');
      expect(await client.errorCode(UPDATE, { id: theme.id, input: input(), expectedVersion: 1 }), role).toBe(
        'FORBIDDEN',
      );
      expect(await client.errorCode(SET_ACTIVE, { id: theme.id, active: false, expectedVersion: 1 }), role).toBe(
        'FORBIDDEN',
      );
    }
    expect(await dbState()).toEqual(before);
  });

  it('every role reads themes; only analysts see edit rights', async () => {
    const theme = await create();
    for (const role of ROLES) {
      const { client } = await actAs(app, role);
      const { theme: read } = await client.ok<{ theme: ThemeRow }>(THEME, { id: theme.id });
      expect(read).toEqual({ ...theme, viewerCan: { edit: role === 'RIEC_ANALYST' } });
      const page = await list(client, { filter: { search: theme.title } });
      expect(page.items.map((t) => t.id)).toEqual([theme.id]);
    }
  });
});

describe('createTheme, updateTheme, setThemeActive', () => {
  it('creates a theme with its facets, in facet order', async () => {
    const theme = await create({ title: `  ${unique('Vastgoed')}  `, facetIds: [facetIds[6], facetIds[4]] });
    expect(theme).toMatchObject({ yearIdentified: 2022, active: true, description: 'Een rode draad uit de scans.' });
    expect(theme.title).toBe(theme.title.trim());
    expect(theme.facets.map((f) => f.id)).toEqual([facetIds[4], facetIds[6]]);
    expect(theme.facets.map((f) => f.name)).toEqual(['Bibob', 'Vastgoed']);
  });

  it('update replaces fields and facets and moves updatedAt and the version, also for a change of facets only', async () => {
    const theme = await create({ facetIds: [facetIds[0], facetIds[1]] });
    expect(theme.version).toBe(1);
    const changes = input({ facetIds: [facetIds[1], facetIds[2]], yearIdentified: 2024, description: '' });
    const { updateTheme } = await analyst.ok<{ updateTheme: ThemeRow }>(UPDATE, {
      id: theme.id,
      input: changes,
      expectedVersion: 1,
    });
    expect(updateTheme.version).toBe(2);
    expect(updateTheme).toMatchObject({ title: changes.title, description: '', yearIdentified: 2024 });
    expect(updateTheme.facets.map((f) => f.id)).toEqual([facetIds[1], facetIds[2]]);
    expect(updateTheme.createdAt).toBe(theme.createdAt);
    expect(new Date(updateTheme.updatedAt) > new Date(theme.updatedAt)).toBe(true);

    const facetsOnly = await analyst.ok<{ updateTheme: ThemeRow }>(UPDATE, {
      id: theme.id,
      input: { ...changes, facetIds: [] },
      expectedVersion: 2,
    });
    expect(facetsOnly.updateTheme.facets).toEqual([]);
    expect(facetsOnly.updateTheme.version).toBe(3);
    expect(new Date(facetsOnly.updateTheme.updatedAt) > new Date(updateTheme.updatedAt)).toBe(true);
  });

  it('refuses a duplicate title in the region, in any case, and writes nothing (theme nor links)', async () => {
    const first = await create();
    const second = await create({ facetIds: [facetIds[0]] });
    const before = await dbState();
    const again = await analyst.gql(CREATE, { input: input({ title: first.title.toUpperCase() }) });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'THEME_TITLE_TAKEN' });
    // The facet change of a refused update must not survive either: one transaction.
    const rename = await analyst.gql(UPDATE, {
      id: second.id,
      input: input({ title: ` ${first.title.toLowerCase()}`, facetIds: [facetIds[3], facetIds[4]] }),
      expectedVersion: 1,
    });
    expect(rename.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'THEME_TITLE_TAKEN' });
    expect(await dbState()).toEqual(before);
  });

  it('links no retired facet anew, but keeps an existing link when the facet retires', async () => {
    const { createFacet } = await analyst.ok<{ createFacet: { id: string } }>(CREATE_FACET, {
      name: unique('Tijdelijk'),
    });
    const theme = await create({ facetIds: [createFacet.id] });
    await analyst.ok(RETIRE_FACET, { id: createFacet.id });
    const kept = await analyst.ok<{ updateTheme: ThemeRow }>(UPDATE, {
      id: theme.id,
      input: input({ title: theme.title, facetIds: [createFacet.id, facetIds[0]] }),
      expectedVersion: 1,
    });
    expect(kept.updateTheme.facets.map((f) => f.id)).toContain(createFacet.id);
    const fresh = await analyst.gql(CREATE, { input: input({ facetIds: [createFacet.id] }) });
    expect(fresh.errors?.[0]?.extensions).toMatchObject({ fields: [{ field: 'facetIds', reason: 'RETIRED_FACET' }] });
  });

  it('retires and reactivates a theme', async () => {
    const theme = await create();
    const retired = await analyst.ok<{ setThemeActive: { active: boolean; version: number } }>(SET_ACTIVE, {
      id: theme.id,
      active: false,
      expectedVersion: 1,
    });
    expect(retired.setThemeActive).toMatchObject({ active: false, version: 2 });
    const { theme: read } = await analyst.ok<{ theme: ThemeRow }>(THEME, { id: theme.id });
    expect(read.active).toBe(false);
    expect(read.facets).toHaveLength(2);
    await analyst.ok(SET_ACTIVE, { id: theme.id, active: true, expectedVersion: 2 });
  });
});

describe('optimistic versions', () => {
  const stored = async (id: string) => (await analyst.ok<{ theme: ThemeRow }>(THEME, { id })).theme;

  it('of two concurrent updates with the same version one saves, the other gets STALE_VERSION, and the winner is stored', async () => {
    const theme = await create();
    const colleague = (await actAs(app, 'RIEC_ANALYST')).client;
    const edits = [0, 1].map((i) => input({ title: `${theme.title} ${i}`, facetIds: [facetIds[i]] }));
    const winner = await expectOneWinner(
      app,
      { table: 'themes', id: theme.id },
      [analyst, colleague].map(
        (client, i) => () => client.gql(UPDATE, { id: theme.id, input: edits[i], expectedVersion: 1 }),
      ),
      1,
    );
    const after = await stored(theme.id);
    expect(after).toMatchObject({ title: edits[winner]!.title, version: 2 });
    expect(after.facets.map((f) => f.id)).toEqual(edits[winner]!.facetIds);
  });

  it('setThemeActive races the same way, with another retire and with an update', async () => {
    const theme = await create();
    const colleague = (await actAs(app, 'RIEC_ANALYST')).client;
    const retire = () => analyst.gql(SET_ACTIVE, { id: theme.id, active: false, expectedVersion: 1 });
    await expectOneWinner(
      app,
      { table: 'themes', id: theme.id },
      [retire, () => colleague.gql(SET_ACTIVE, { id: theme.id, active: false, expectedVersion: 1 })],
      1,
    );
    expect(await stored(theme.id)).toMatchObject({ active: false, version: 2 });

    const changes = input();
    const winner = await expectOneWinner(
      app,
      { table: 'themes', id: theme.id },
      [
        () => analyst.gql(SET_ACTIVE, { id: theme.id, active: true, expectedVersion: 2 }),
        () => colleague.gql(UPDATE, { id: theme.id, input: changes, expectedVersion: 2 }),
      ],
      2,
    );
    expect(await stored(theme.id)).toMatchObject(
      winner === 0
        ? { active: true, title: theme.title, version: 3 }
        : { active: false, title: changes.title, version: 3 },
    );
  });
});

describe('region scoping', () => {
  it("another region's analyst cannot see, change or link to Twente's themes and facets", async () => {
    const twente = await create();
    const other = await actAsInNewRegion(app, 'RIEC_ANALYST');
    const before = await dbState();
    expect((await list(other.client, {})).total).toBe(0);
    for (const [id, code] of [
      [twente.id, 'NOT_FOUND'],
      ['00000000-0000-4000-8000-000000000000', 'NOT_FOUND'],
      ['not-a-uuid', 'BAD_USER_INPUT'],
    ]) {
      expect(await other.client.errorCode(THEME, { id })).toBe(code);
      expect(await other.client.errorCode(UPDATE, { id, input: input({ facetIds: [] }), expectedVersion: 1 })).toBe(
        code,
      );
      expect(await other.client.errorCode(SET_ACTIVE, { id, active: false, expectedVersion: 1 })).toBe(code);
    }
    // Twente's facets are unknown there, exactly like ids that do not exist.
    const linked = await other.client.gql(CREATE, { input: input({ facetIds: [facetIds[0]] }) });
    expect(linked.errors?.[0]?.extensions).toMatchObject({ fields: [{ field: 'facetIds', reason: 'UNKNOWN_FACET' }] });
    expect(await dbState()).toEqual(before);
    // The same title is free in another region, and stays invisible to Twente.
    const own = await create({ title: twente.title, facetIds: [] }, other.client);
    expect((await list(other.client, {})).items.map((t) => t.id)).toEqual([own.id]);
    expect(await analyst.errorCode(THEME, { id: own.id })).toBe('NOT_FOUND');
  });
});

describe('themes list', () => {
  const marker = `lijst${Date.now()}`;
  let ids: Record<string, string>;

  beforeAll(async () => {
    ids = {};
    const specs: [string, number, number[], boolean][] = [
      ['Bram', 2021, [0], true],
      ['Anna', 2023, [0, 1], true],
      ['Cees', 2021, [2], false],
    ];
    for (const [name, year, facets, active] of specs) {
      const theme = await create({
        title: `${name} ${marker}`,
        yearIdentified: year,
        facetIds: facets.map((i) => facetIds[i]),
      });
      ids[name] = theme.id;
      if (!active) {
        await analyst.ok(SET_ACTIVE, { id: theme.id, active: false, expectedVersion: 1 });
      }
    }
  });

  const titles = async (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    (await list(analyst, { filter: { search: marker, ...filter }, ...extra })).items.map((t) => t.title.split(' ')[0]);

  it('searches, filters, sorts and pages', async () => {
    expect(await titles({})).toEqual(['Anna', 'Bram', 'Cees']);
    expect(await titles({ active: true })).toEqual(['Anna', 'Bram']);
    expect(await titles({ active: false })).toEqual(['Cees']);
    expect(await titles({ yearIdentified: 2021 })).toEqual(['Bram', 'Cees']);
    expect(await titles({ facetId: facetIds[0] })).toEqual(['Anna', 'Bram']);
    expect(await titles({ facetId: facetIds[1] })).toEqual(['Anna']);
    expect(await titles({}, { sort: { field: 'YEAR_IDENTIFIED', direction: 'DESC' } })).toEqual([
      'Anna',
      expect.any(String),
      expect.any(String),
    ]);
    expect(await titles({}, { sort: { field: 'TITLE', direction: 'DESC' } })).toEqual(['Cees', 'Bram', 'Anna']);
    const page = await list(analyst, { filter: { search: marker.toUpperCase() }, page: { offset: 1, limit: 1 } });
    expect(page.total).toBe(3);
    expect(page.items.map((t) => t.id)).toEqual([ids.Bram]);
  });

  it('treats LIKE wildcards in the search as plain text, and caps the page size', async () => {
    expect((await list(analyst, { filter: { search: '%_%' } })).total).toBe(0);
    const result = await analyst.gql(THEMES, { page: { offset: 0, limit: 1000 } });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'limit', reason: 'max' }],
    });
  });

  it('runs the same number of SQL statements for 3 and for 40 themes with facets (no N+1)', async () => {
    const other = await actAsInNewRegion(app, 'RIEC_ANALYST');
    const facetsThere: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { createFacet } = await other.client.ok<{ createFacet: { id: string } }>(CREATE_FACET, { name: `F${i}` });
      facetsThere.push(createFacet.id);
    }
    for (let i = 0; i < 40; i += 1) {
      await create({ title: `Thema ${i}`, facetIds: facetsThere.slice(0, (i % 3) + 1) }, other.client);
    }
    const count = async (limit: number) => {
      app.statements.reset();
      const page = await list(other.client, { page: { offset: 0, limit } });
      expect(page.items).toHaveLength(limit);
      expect(page.items.every((t) => t.facets.length > 0)).toBe(true);
      return app.statements.count;
    };
    expect(await count(40)).toBe(await count(3));
  });
});
