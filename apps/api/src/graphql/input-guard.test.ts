import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../test/client';
import { actAs } from '../test/factories';
import { startTestApp, type TestApp } from '../test/test-app';
import { ROW_NUMBER_IDS } from './input-guard';
import { getSchema } from './schema';

let app: TestApp;
let analyst: Client;
beforeAll(async () => {
  app = await startTestApp();
  ({ client: analyst } = await actAs(app, 'RIEC_ANALYST'));
});
afterAll(() => app.close());

type Path = (string | number)[];

/** A well-formed value of the type, with every optional input field filled, so every leaf is present. */
function sample(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) {
    return sample(type.ofType, depth);
  }
  if (isListType(type)) {
    return [sample(type.ofType, depth)];
  }
  if (isInputObjectType(type)) {
    return depth > 4
      ? null
      : Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, sample(f.type, depth + 1)]));
  }
  if (isEnumType(type)) {
    return type.getValues()[0]!.value;
  }
  switch (type.name) {
    case 'ID':
      return randomUUID();
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'LocalDate':
      return '2030-01-01';
    case 'DateTimeISO':
      return '2030-01-01T10:00:00.000Z';
    default:
      return 'tekst';
  }
}

/** Paths to every leaf of the named scalar type inside a value of `type`. */
function leaves(type: GraphQLInputType, scalar: string, path: Path, depth = 0): Path[] {
  if (isNonNullType(type)) {
    return leaves(type.ofType, scalar, path, depth);
  }
  if (isListType(type)) {
    return leaves(type.ofType, scalar, [...path, 0], depth);
  }
  if (isInputObjectType(type)) {
    return depth > 4
      ? []
      : Object.values(type.getFields()).flatMap((f) => leaves(f.type, scalar, [...path, f.name], depth + 1));
  }
  return getNamedType(type).name === scalar ? [path] : [];
}

function setAt(target: Record<string, unknown>, path: Path, value: unknown) {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    node = node[key] as Record<string | number, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

interface Case {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  path: Path;
}

/** The field the API reports: list indexes only for rows of input objects, i.e. not as the last step. */
const reported = (path: Path) => path.filter((step, i) => typeof step === 'string' || i < path.length - 1).join('.');

/** Every root field with a leaf of the scalar anywhere in its arguments, once per leaf, all passed as variables. */
async function casesFor(scalar: string, bad: unknown): Promise<Case[]> {
  const schema = await getSchema();
  const cases: Case[] = [];
  for (const [operation, root] of [
    ['query', schema.getQueryType()!],
    ['mutation', schema.getMutationType()!],
  ] as const) {
    for (const field of Object.values(root.getFields()) as GraphQLField<unknown, unknown>[]) {
      if (!field.args.length) {
        continue;
      }
      const definitions = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const call = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
      const query = `${operation} (${definitions}) { ${field.name}(${call})${selection} }`;
      for (const arg of field.args) {
        for (const path of leaves(arg.type, scalar, [arg.name])) {
          const variables = Object.fromEntries(field.args.map((a) => [a.name, sample(a.type)]));
          setAt(variables, path, bad);
          cases.push({ name: `${field.name}: ${path.join('.')}`, query, variables, path });
        }
      }
    }
  }
  return cases;
}

describe('malformed ids are BAD_USER_INPUT INVALID_ID, for every ID argument and input field', () => {
  // '123' is a row number: well-formed only where the schema coordinate is listed in ROW_NUMBER_IDS.
  for (const bad of ['abc', '', '123', `${randomUUID()} `]) {
    it(`every root field, every ID leaf, through variables: ${JSON.stringify(bad)}`, async () => {
      const cases = (await casesFor('ID', bad)).filter((c) => !(bad === '123' && c.name === 'retryOutboxMessage: id'));
      expect(cases.length).toBeGreaterThan(50);
      for (const c of cases) {
        const result = await analyst.gql(c.query, c.variables);
        expect({ case: c.name, extensions: result.errors?.[0]?.extensions }).toEqual({
          case: c.name,
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'INVALID_ID',
            fields: [{ field: reported(c.path), reason: 'INVALID_ID' }],
          },
        });
        expect(result.status).toBe(400);
      }
    });
  }

  it('row-number ids (the outbox) take digits and nothing else', async () => {
    const schema = await getSchema();
    for (const coordinate of ROW_NUMBER_IDS) {
      const [, type, field, arg] = /^(\w+)\.(\w+)\((\w+):\)$/.exec(coordinate) ?? [];
      const owner = type === 'Mutation' ? schema.getMutationType() : schema.getQueryType();
      expect(
        owner?.getFields()[field!]?.args.find((a) => a.name === arg),
        coordinate,
      ).toBeDefined();
    }
    const { client: admin } = await actAs(app, 'ADMIN');
    const RETRY = `mutation ($id: ID!) { retryOutboxMessage(id: $id) { id } }`;
    expect(await admin.errorCode(RETRY, { id: '123' })).toBe('NOT_FOUND');
    expect((await admin.gql(RETRY, { id: randomUUID() })).errors?.[0]?.extensions?.reason).toBe('INVALID_ID');
    expect((await admin.gql(RETRY, { id: '1'.repeat(19) })).errors?.[0]?.extensions?.reason).toBe('INVALID_ID');
  });

  it('inline literals, numbers and list items too', async () => {
    for (const query of [
      `{ scans(municipalityId: "abc") { id } }`,
      `{ scan(id: 5) { id } }`,
      `mutation { setRecommendationThemes(id: "${randomUUID()}", themeIds: ["${randomUUID()}", "x"], expectedVersion: 1) { id } }`,
      `query ($id: ID = "abc") { scan(id: $id) { id } }`,
    ]) {
      const result = await analyst.gql(query);
      expect({
        query,
        code: result.errors?.[0]?.extensions?.code,
        reason: result.errors?.[0]?.extensions?.reason,
      }).toEqual({
        query,
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_ID',
      });
    }
  });

  it('a well-formed id of nothing is still NOT_FOUND', async () => {
    const result = await analyst.gql(`query ($id: ID!) { scan(id: $id) { id } }`, { id: randomUUID() });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('text PostgreSQL cannot store is BAD_USER_INPUT INVALID_CHARACTERS, for every text argument', () => {
  it('a NUL byte in every String leaf of every root field', async () => {
    const cases = await casesFor('String', 'voor\u0000na');
    expect(cases.length).toBeGreaterThan(50);
    for (const c of cases) {
      const result = await analyst.gql(c.query, c.variables);
      expect({ case: c.name, extensions: result.errors?.[0]?.extensions }).toEqual({
        case: c.name,
        extensions: {
          code: 'BAD_USER_INPUT',
          reason: 'INVALID_CHARACTERS',
          fields: [{ field: reported(c.path), reason: 'INVALID_CHARACTERS' }],
        },
      });
    }
  });

  it('inline, in a nested field argument, and a lone surrogate', async () => {
    const inline = await analyst.gql(`{ recommendations(filter: { search: "a\\u0000b" }) { total } }`);
    expect(inline.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CHARACTERS' });

    const surrogate = await analyst.gql(`query ($s: String) { recommendations(filter: { search: $s }) { total } }`, {
      s: 'a\ud800b',
    });
    expect(surrogate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CHARACTERS' });
  });

  it('ordinary text, emoji included, passes', async () => {
    const result = await analyst.gql(`query ($s: String) { recommendations(filter: { search: $s }) { total } }`, {
      s: 'zoë 😀 "x"',
    });
    expect(result.errors).toBeUndefined();
  });
});
