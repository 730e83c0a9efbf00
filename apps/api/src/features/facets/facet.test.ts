import { ROLES, type Role } from '@rode-draad/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TWENTE_FACETS } from '../../db/migrations/1764400000100-twente-facets';
import { Client } from '../../test/client';
import { actAs, actAsInNewRegion } from '../../test/factories';
import { startTestApp, type TestApp } from '../../test/test-app';
import { expectOneWinner } from '../../test/versions';

const FACETS = `query Facets($all: Boolean) { facets(includeInactive: $all) { id name description position active version viewerCan { edit } } }`;
const CREATE = `mutation Create($input: FacetInput!) { createFacet(input: $input) { id name description position active version } }`;
const UPDATE = `mutation Update($id: ID!, $input: FacetInput!, $expectedVersion: Int!) {
  updateFacet(id: $id, input: $input, expectedVersion: $expectedVersion) { id name description version }
}`;
const SET_ACTIVE = `mutation SetActive($id: ID!, $active: Boolean!, $expectedVersion: Int!) {
  setFacetActive(id: $id, active: $active, expectedVersion: $expectedVersion) { id active version }
}`;
const REORDER = `mutation Reorder($input: ReorderFacetsInput!) { reorderFacets(input: $input) { id position version } }`;

interface FacetRow {
  id: string;
  name: string;
  description: string;
  position: number;
  active: boolean;
  version: number;
  viewerCan: { edit: boolean };
}

let app: TestApp;
let analyst: Client;

beforeAll(async () => {
  app = await startTestApp();
  analyst = (await actAs(app, 'RIEC_ANALYST')).client;
});
afterAll(() => app.close());

const unique = (prefix: string) => `${prefix} ${Math.random().toString(36).slice(2, 8)}`;
const facets = async (client: Client, all = false) => (await client.ok<{ facets: FacetRow[] }>(FACETS, { all })).facets;
const create = async (name = unique('Facet'), description = '') =>
  (await analyst.ok<{ createFacet: FacetRow }>(CREATE, { input: { name, description } })).createFacet;
const dbState = async () =>
  app.owner.query<Promise<unknown[]>>(`SELECT json_agg(f ORDER BY f.id) AS facets FROM facets f`);

describe('facets query', () => {
  it('needs a login', async () => {
    expect(await new Client(app).errorCode(FACETS)).toBe('UNAUTHENTICATED');
  });

  it("lists Twente's default facets, in order, to every role; only analysts may edit", async () => {
    for (const role of ROLES) {
      const { client } = await actAs(app, role);
      const list = await facets(client);
      expect(list.slice(0, TWENTE_FACETS.length).map((f) => [f.position, f.name])).toEqual(
        TWENTE_FACETS.map(([name], index) => [index + 1, name]),
      );
      expect(list.every((f) => f.description.length > 0 && f.active)).toBe(true);
      expect(new Set(list.map((f) => f.viewerCan.edit))).toEqual(new Set([role === 'RIEC_ANALYST']));
    }
  });

  it("shows only the viewer's region", async () => {
    const other = await actAsInNewRegion(app, 'RIEC_ANALYST');
    expect(await facets(other.client, true)).toEqual([]);
    // The same name is free in another region.
    const [name] = TWENTE_FACETS[0]!;
    await other.client.ok(CREATE, { input: { name } });
    expect((await facets(other.client)).map((f) => f.name)).toEqual([name]);
    expect((await facets(analyst)).filter((f) => f.name === name)).toHaveLength(1);
  });
});

describe('facet mutations', () => {
  const nonAnalysts = ROLES.filter((r): r is Exclude<Role, 'RIEC_ANALYST'> => r !== 'RIEC_ANALYST');

  it('are refused for anonymous visitors', async () => {
    const anonymous = new Client(app);
    const [target] = await facets(analyst);
    expect(await anonymous.errorCode(CREATE, { input: { name: 'X' } })).toBe('UNAUTHENTICATED');
    expect(await anonymous.errorCode(UPDATE, { id: target!.id, input: { name: 'X' }, expectedVersion: 1 })).toBe(
      'UNAUTHENTICATED',
    );
    expect(await anonymous.errorCode(SET_ACTIVE, { id: target!.id, active: false, expectedVersion: 1 })).toBe(
      'UNAUTHENTICATED',
    );
    expect(await anonymous.errorCode(REORDER, { input: { ids: [target!.id] } })).toBe('UNAUTHENTICATED');
  });

  it('answer invalid input with BAD_USER_INPUT per field and write nothing', async () => {
    const before = await dbState();
    const [target] = await facets(analyst);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: '' }, 'name', 'isLength'],
      [{ name: '   ' }, 'name', 'isNotBlank'],
      [{ name: 'x'.repeat(121) }, 'name', 'isLength'],
      [{ name: 'Geldig', description: 'x'.repeat(2001) }, 'description', 'maxLength'],
    ];
    for (const [input, field, reason] of cases) {
      for (const result of [
        await analyst.gql(CREATE, { input }),
        await analyst.gql(UPDATE, { id: target!.id, input, expectedVersion: target!.version }),
      ]) {
        expect(result.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: expect.arrayContaining([{ field, reason }]),
        });
      }
    }
    const reorder = await analyst.gql(REORDER, { input: { ids: ['not-a-uuid'] } });
    expect(reorder.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.ids', reason: 'INVALID_ID' }],
    });
    expect(await dbState()).toEqual(before);
  });

  it('are FORBIDDEN for every other role, and change nothing', async () => {
    const [target] = await facets(analyst, true);
    const all = (await facets(analyst, true)).map((f) => f.id);
    const before = await dbState();
    for (const role of nonAnalysts) {
      const { client } = await actAs(app, role);
      expect(await client.errorCode(CREATE, { input: { name: unique('Verboden') } })).toBe('FORBIDDEN');
      expect(
        await client.errorCode(UPDATE, { id: target!.id, input: { name: unique('Verboden') }, expectedVersion: 1 }),
      ).toBe('FORBIDDEN');
      expect(await client.errorCode(SET_ACTIVE, { id: target!.id, active: false, expectedVersion: 1 })).toBe(
        'FORBIDDEN',
      );
      expect(await client.errorCode(REORDER, { input: { ids: [...all].reverse() } })).toBe('FORBIDDEN');
    }
    expect(await dbState()).toEqual(before);
  });

  it('create appends a facet at the end; update changes name and description', async () => {
    const last = Math.max(...(await facets(analyst, true)).map((f) => f.position));
    const created = await create(`  ${unique('Nieuw')}  `, ' Uitleg ');
    expect(created).toMatchObject({ position: last + 1, active: true, description: 'Uitleg' });
    expect(created.name).toBe(created.name.trim());
    const name = unique('Hernoemd');
    const { updateFacet } = await analyst.ok<{ updateFacet: FacetRow }>(UPDATE, {
      id: created.id,
      input: { name, description: 'Nieuwe uitleg' },
      expectedVersion: 1,
    });
    expect(updateFacet).toEqual({ id: created.id, name, description: 'Nieuwe uitleg', version: 2 });
  });

  it('refuses a duplicate name in the region, in any case, on create and update', async () => {
    const first = await create();
    const second = await create();
    const before = await dbState();
    const again = await analyst.gql(CREATE, { input: { name: first.name.toUpperCase() } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'FACET_NAME_TAKEN' });
    const rename = await analyst.gql(UPDATE, {
      id: second.id,
      input: { name: ` ${first.name.toLowerCase()} ` },
      expectedVersion: 1,
    });
    expect(rename.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'FACET_NAME_TAKEN' });
    expect(await dbState()).toEqual(before);
  });

  it('retires and reactivates a facet; retired facets are listed only on request', async () => {
    const facet = await create();
    await analyst.ok(SET_ACTIVE, { id: facet.id, active: false, expectedVersion: 1 });
    expect((await facets(analyst)).some((f) => f.id === facet.id)).toBe(false);
    expect((await facets(analyst, true)).find((f) => f.id === facet.id)?.active).toBe(false);
    await analyst.ok(SET_ACTIVE, { id: facet.id, active: true, expectedVersion: 2 });
    expect((await facets(analyst)).some((f) => f.id === facet.id)).toBe(true);
  });

  it('reorders all facets of the region, and only with the complete list; moved facets get a new version', async () => {
    const listed = await facets(analyst, true);
    const ids = listed.map((f) => f.id);
    const reversed = [...ids].reverse();
    const { reorderFacets } = await analyst.ok<{ reorderFacets: { id: string; position: number; version: number }[] }>(
      REORDER,
      {
        input: { ids: reversed },
      },
    );
    expect(reorderFacets.map(({ id, position }) => ({ id, position }))).toEqual(
      reversed.map((id, index) => ({ id, position: index + 1 })),
    );
    for (const facet of reorderFacets) {
      const was = listed.find((f) => f.id === facet.id)!;
      expect(facet.version, facet.id).toBe(was.position === facet.position ? was.version : was.version + 1);
    }
    const before = await dbState();
    for (const partial of [ids.slice(1), [...ids.slice(1), '00000000-0000-4000-8000-000000000000']]) {
      const result = await analyst.gql(REORDER, { input: { ids: partial } });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'ids', reason: 'NOT_ALL_FACETS' }],
      });
    }
    expect(await dbState()).toEqual(before);
    await analyst.ok(REORDER, { input: { ids } });
  });

  it("answers unknown and other regions' facets with NOT_FOUND", async () => {
    const twente = await create();
    const other = await actAsInNewRegion(app, 'RIEC_ANALYST');
    const before = await dbState();
    for (const [id, code] of [
      [twente.id, 'NOT_FOUND'],
      ['00000000-0000-4000-8000-000000000000', 'NOT_FOUND'],
      ['not-a-uuid', 'BAD_USER_INPUT'],
    ]) {
      expect(await other.client.errorCode(UPDATE, { id, input: { name: 'Overgenomen' }, expectedVersion: 1 })).toBe(
        code,
      );
      expect(await other.client.errorCode(SET_ACTIVE, { id, active: false, expectedVersion: 1 })).toBe(code);
    }
    expect(await dbState()).toEqual(before);
  });
});

describe('optimistic versions', () => {
  const stored = async (id: string) => (await facets(analyst, true)).find((f) => f.id === id)!;

  it('of two concurrent renames with the same version one saves, the other gets STALE_VERSION, and the winner is stored', async () => {
    const facet = await create();
    const colleague = (await actAs(app, 'RIEC_ANALYST')).client;
    const names = [unique('Eerste'), unique('Tweede')];
    const winner = await expectOneWinner(
      app,
      { table: 'facets', id: facet.id },
      [analyst, colleague].map(
        (client, i) => () => client.gql(UPDATE, { id: facet.id, input: { name: names[i] }, expectedVersion: 1 }),
      ),
      1,
    );
    expect(await stored(facet.id)).toMatchObject({ name: names[winner], version: 2 });
  });

  it('setFacetActive races the same way', async () => {
    const facet = await create();
    const colleague = (await actAs(app, 'RIEC_ANALYST')).client;
    await expectOneWinner(
      app,
      { table: 'facets', id: facet.id },
      [analyst, colleague].map(
        (client) => () => client.gql(SET_ACTIVE, { id: facet.id, active: false, expectedVersion: 1 }),
      ),
      1,
    );
    expect(await stored(facet.id)).toMatchObject({ active: false, version: 2 });
  });
});
