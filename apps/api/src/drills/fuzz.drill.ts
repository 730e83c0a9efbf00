import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs } from '../test/factories';
import { startTestApp, type TestApp } from '../test/test-app';
import { figure } from './figures';

const REQUESTS = 10_000;
const CONCURRENCY = 8;
const TIME_LIMIT_MS = 240_000;
const SEED = Number(process.env.RD_FUZZ_SEED ?? 20_251_204);

/** mulberry32: a small seeded generator, so a failing run can be repeated exactly (RD_FUZZ_SEED). */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof generator>;

const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8'));

const STRANGE_STRINGS = [
  '',
  ' ',
  'x'.repeat(5000),
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uFFFF',
  '💥',
  "'; DROP TABLE users; --",
  '%ZZ',
  '../../etc/passwd',
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
  '1e309',
  '-1',
  '9'.repeat(40),
  '<script>',
  '\\',
  '"',
  '{',
  'null',
];

function randomScalar(r: Random): unknown {
  return r.pick<() => unknown>([
    () => r.pick(STRANGE_STRINGS),
    () => r.int(1_000_000) - 500_000,
    () => r.pick([0, -1, 2 ** 31, 2 ** 53 + 1, 1e308, 0.5, -0]),
    () => r.chance(0.5),
    () => null,
    () => crypto.randomUUID(),
    () => new Date(r.int(4_000_000_000_000)).toISOString(),
    () => [r.pick(STRANGE_STRINGS)],
    () => ({ [r.pick(['a', '__proto__', 'constructor', 'id'])]: r.pick(STRANGE_STRINGS) }),
  ])();
}

/** A value for an input type: mostly well-shaped, sometimes the wrong shape or a strange value. */
function inputValue(type: GraphQLInputType, r: Random, depth = 0): unknown {
  if (r.chance(0.08) || depth > 4) {
    return randomScalar(r);
  }
  if (isNonNullType(type)) {
    return inputValue(type.ofType, r, depth);
  }
  if (isListType(type)) {
    return Array.from({ length: r.int(4) }, () => inputValue(type.ofType, r, depth + 1));
  }
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) || r.chance(0.5)) {
        value[field.name] = inputValue(field.type, r, depth + 1);
      }
    }
    return value;
  }
  if (isEnumType(type)) {
    return r.chance(0.9) ? r.pick(type.getValues()).name : r.pick(STRANGE_STRINGS);
  }
  switch (type.name) {
    case 'ID':
      return r.chance(0.7) ? crypto.randomUUID() : r.pick(STRANGE_STRINGS);
    case 'Int':
      return r.pick([0, 1, 10, 100, -1, 2 ** 31, r.int(50)]);
    case 'Float':
      return r.next() * 100;
    case 'Boolean':
      return r.chance(0.5);
    default:
      return r.chance(0.5)
        ? r.pick(STRANGE_STRINGS)
        : new Date(Date.now() + r.int(1e10)).toISOString().slice(0, r.pick([10, 24]));
  }
}

function selection(type: GraphQLObjectType, r: Random, depth: number): string {
  const fields = Object.values(type.getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type)));
  const chosen = Array.from({ length: 1 + r.int(4) }, () => r.pick(fields));
  const parts = [...new Set(chosen)].map((field) => {
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      return field.name;
    }
    return depth < 2 && isObjectType(named) ? `${field.name} { ${selection(named, r, depth + 1)} }` : '__typename';
  });
  return parts.join(' ');
}

/** A well-formed operation on one root field, its arguments passed as variables. */
function operation(r: Random): { query: string; variables: Record<string, unknown> } {
  const kind = r.chance(0.6) ? 'query' : 'mutation';
  const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  const field: GraphQLField<unknown, unknown> = r.pick(Object.values(root.getFields()));
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const args: string[] = [];
  for (const arg of field.args) {
    if (isNonNullType(arg.type) || r.chance(0.5)) {
      definitions.push(`$${arg.name}: ${arg.type.toString()}`);
      args.push(`${arg.name}: $${arg.name}`);
      variables[arg.name] = inputValue(arg.type, r);
    }
  }
  const named = getNamedType(field.type);
  const body = isObjectType(named) ? ` { ${selection(named, r, 0)} }` : '';
  const header = definitions.length ? `(${definitions.join(', ')})` : '';
  return {
    query: `${kind} Fuzz${header} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${body} }`,
    variables,
  };
}

/** Breaks a document the way typos, truncation and hostile clients do. */
function mutate(text: string, r: Random): string {
  let result = text;
  for (let i = 0, n = 1 + r.int(3); i < n; i += 1) {
    const at = r.int(result.length + 1);
    result = r.pick<() => string>([
      () => result.slice(0, at),
      () => result.slice(0, at) + result.slice(at + 1 + r.int(5)),
      () =>
        result.slice(0, at) +
        r.pick([
          '{',
          '}',
          '(',
          ')',
          '$',
          '@skip(if: true)',
          '...',
          '"',
          '\u0000',
          '#',
          'subscription',
          'fragment F on Query { me { id } }',
          ' ',
        ]) +
        result.slice(at),
      () => result + result,
      () => `${'{ '.repeat(r.int(300))}${result}`,
    ])();
  }
  return result;
}

interface Request {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

function request(r: Random, cookie: string): Request {
  const headers: Record<string, string> = {};
  if (r.chance(0.85)) {
    headers['content-type'] = r.pick([
      'application/json',
      'application/json',
      'application/json; charset=utf-8',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/graphql',
      'garbage',
    ]);
  }
  if (r.chance(0.3)) {
    headers['cookie'] = r.pick([
      cookie,
      'rd_session=garbage',
      `rd_session=${'a'.repeat(300)}`,
      'rd_session=%ZZ',
      'a=b; rd_session=',
    ]);
  }
  if (r.chance(0.2)) {
    headers['x-request-id'] = r.pick(['ok-id', 'x'.repeat(200), 'bad id', '']);
  }
  if (r.chance(0.2)) {
    headers['apollo-require-preflight'] = 'true';
  }
  if (r.chance(0.1)) {
    headers['accept'] = r.pick([
      'text/html',
      'application/graphql-response+json',
      'multipart/mixed; deferSpec=20220824',
      '*/*',
      'nonsense',
    ]);
  }
  const roll = r.next();
  if (roll < 0.15) {
    // Other paths and methods.
    const path = r.pick([
      '/healthz',
      '/readyz',
      '/',
      '/graphql',
      // eslint-disable-next-line no-control-regex -- a NUL cannot be part of a URL path
      `/calendar/${r.pick(STRANGE_STRINGS.filter((s) => !/[\u0000\uD800]/.test(s))).replace(/[/#?]/g, '')}.ics`,
      '/calendar/%ZZ.ics',
      '/%E0%A4%A',
      '/assets/x.js.map',
      `/${'a/'.repeat(r.int(50))}`,
      '/graphql/%ZZ',
      '/calendar/',
      '/calendar/x',
    ]);
    return {
      method: r.pick(['GET', 'HEAD', 'DELETE', 'PUT', 'PATCH', 'OPTIONS', 'POST']),
      path: encodeURI(path).replace(/%25/g, '%'),
      headers,
    };
  }
  const { query, variables } = operation(r);
  if (roll < 0.3) {
    // GraphQL over GET, sometimes with a mutation in it.
    const params = new URLSearchParams({
      query: r.chance(0.5) ? query : mutate(query, r),
      variables: JSON.stringify(variables),
    });
    const raw = r.chance(0.1) ? `query=%ZZ&variables=%7B` : params.toString();
    return { method: 'GET', path: `/graphql?${raw}`, headers };
  }
  const payload: Record<string, unknown> = { query: r.chance(0.6) ? query : mutate(query, r), variables };
  if (r.chance(0.1)) {
    payload.operationName = r.pick(['Fuzz', 'Other', '', null, 42]);
  }
  if (r.chance(0.05)) {
    payload.extensions = {
      persistedQuery: { version: r.pick([1, 2, '1']), sha256Hash: r.pick(['abc', 'f'.repeat(64)]) },
    };
  }
  if (r.chance(0.05)) {
    payload.variables = r.pick<unknown>([
      '{}',
      [],
      42,
      null,
      Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`v${i}`, i])),
    ]);
  }
  let body = JSON.stringify(r.chance(0.03) ? [payload, payload] : payload);
  if (r.chance(0.05)) {
    body = mutate(body, r);
  }
  return { method: 'POST', path: '/graphql', headers, body };
}

let app: TestApp;
let cookie: string;
beforeAll(async () => {
  app = await startTestApp({ production: true });
  cookie = (await actAs(app, 'ADMIN')).client.cookie ?? '';
});
afterAll(() => app.close());

describe('drill: a seeded fuzz of the HTTP interface', () => {
  it(`${REQUESTS} random and mutated requests (seed ${SEED}): no 5xx, no internal error`, async () => {
    const r = generator(SEED);
    const requests = Array.from({ length: REQUESTS }, () => request(r, cookie));
    const statuses = new Map<number, number>();
    const serverErrors: string[] = [];
    let internal = 0;
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < requests.length && performance.now() - started < TIME_LIMIT_MS) {
        const req = requests[next++]!;
        const response = await fetch(`${app.url}${req.path}`, {
          method: req.method,
          headers: req.headers,
          body: req.method === 'GET' || req.method === 'HEAD' ? undefined : req.body,
          signal: AbortSignal.timeout(30_000),
        });
        const text = await response.text();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status >= 500 || text.includes('INTERNAL_SERVER_ERROR')) {
          internal += text.includes('INTERNAL_SERVER_ERROR') ? 1 : 0;
          if (serverErrors.length < 10) {
            serverErrors.push(
              `${response.status} ${req.method} ${req.path.slice(0, 80)} ${(req.body ?? '').slice(0, 300)} -> ${text.slice(0, 300)}`,
            );
          }
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const sent = [...statuses.values()].reduce((a, b) => a + b, 0);
    const fiveXX = [...statuses].filter(([status]) => status >= 500).reduce((a, [, n]) => a + n, 0);
    figure('fuzz: requests sent', sent);
    figure(
      'fuzz: answers by status',
      [...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}:${n}`)
        .join(' '),
    );
    figure('fuzz: 5xx answers', fiveXX);
    figure('fuzz: INTERNAL_SERVER_ERROR answers', internal);
    expect(serverErrors).toEqual([]);
    expect(sent).toBe(REQUESTS);
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
  });
});
