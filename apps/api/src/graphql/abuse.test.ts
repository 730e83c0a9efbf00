import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logging/logger';
import { Client } from '../test/client';
import { startTestApp, type TestApp } from '../test/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function raw(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] } };
}

const firstCode = (json: { errors?: { extensions?: { code?: string } }[] }) => json.errors?.[0]?.extensions?.code;

async function expectHealthy() {
  expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  const me = await new Client(app).gql(`{ me { id } }`);
  expect(me.data).toEqual({ me: null });
}

describe('bad input gets a typed error and the server stays healthy', () => {
  it('malformed JSON', async () => {
    const result = await raw('{"query": "{ me { id } }"');
    expect(result.status).toBe(400);
    expect(firstCode(result.json)).toBe('BAD_USER_INPUT');
    await expectHealthy();
  });

  it('malformed GraphQL', async () => {
    const result = await raw(JSON.stringify({ query: '{ me { id ' }));
    expect(firstCode(result.json)).toBe('BAD_USER_INPUT');
    expect(result.text).not.toMatch(/at .*\.js:\d+/);
    await expectHealthy();
  });

  it.each([
    ['a syntax error', '{ me { id }'],
    ['a character GraphQL does not know', '%ZZ'],
    ['more tokens than allowed', `{ ${'__typename '.repeat(2100)}}`],
  ])('%s is 400 GRAPHQL_PARSE_FAILED', async (_name, query) => {
    const result = await raw(JSON.stringify({ query }));
    expect(result.status).toBe(400);
    expect(result.json.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_PARSE_FAILED',
    });
  });

  it('a subscription is 400: there are none', async () => {
    const result = await raw(JSON.stringify({ query: 'subscription { me { id } }' }));
    expect(result.status).toBe(400);
    expect(result.json.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNSUPPORTED_OPERATION',
    });
  });

  it('a persisted-query hash that does not match its query, or an unknown version, is 400', async () => {
    for (const persistedQuery of [
      { version: 1, sha256Hash: 'abc' },
      { version: 2, sha256Hash: 'abc' },
    ]) {
      const result = await raw(JSON.stringify({ query: '{ me { id } }', extensions: { persistedQuery } }));
      expect(result.status).toBe(400);
      expect(result.json.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_REQUEST' });
    }
  });

  it('more than 50 bad variable values is 400, not an internal error', async () => {
    const sort = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`f${i}`, i]));
    const result = await raw(
      JSON.stringify({
        query: 'query ($s: RecommendationSort) { recommendations(sort: $s) { total } }',
        variables: { s: sort },
      }),
    );
    expect(result.status).toBe(400);
    expect(result.json.errors?.map((e) => e.extensions?.code)).toEqual(
      Array(result.json.errors?.length).fill('BAD_USER_INPUT'),
    );
    expect(result.text).toMatch(/Too many errors processing variables/);
  });

  it('a session cookie that is not percent-encoded counts as no session', async () => {
    const result = await new Client(app, { cookie: 'rd_session=%ZZ' }).gql('{ me { id } }');
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ me: null });
  });

  it('a calendar path Express cannot decode is 400', async () => {
    const response = await fetch(`${app.url}/calendar/%ZZ.ics`);
    expect(response.status).toBe(400);
    await expectHealthy();
  });

  it('an unknown field', async () => {
    const result = await raw(JSON.stringify({ query: '{ me { passwordHash } }' }));
    expect(firstCode(result.json)).toBe('BAD_USER_INPUT');
  });

  it('a query 20 levels deep', async () => {
    const deep = `{ me { ${'municipality { '.repeat(19)} id ${'} '.repeat(19)} } }`;
    const result = await raw(JSON.stringify({ query: deep }));
    expect(firstCode(result.json)).toBe('BAD_USER_INPUT');
    await expectHealthy();
  });

  it('200 aliases', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: me { id }`).join(' ');
    const result = await raw(JSON.stringify({ query: `{ ${aliases} }` }));
    expect(firstCode(result.json)).toBe('BAD_USER_INPUT');
    await expectHealthy();
  });

  it('a 2 MB body', async () => {
    const result = await raw(
      JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(2 * 1024 * 1024) } }),
    );
    expect(result.status).toBe(413);
    expect(firstCode(result.json)).toBe('BAD_USER_INPUT');
    await expectHealthy();
  });

  it('wrong variable types', async () => {
    const result = await raw(
      JSON.stringify({
        query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
        variables: { e: 42, p: { nested: true } },
      }),
    );
    expect(firstCode(result.json)).toBe('BAD_USER_INPUT');
    await expectHealthy();
  });

  it('batched requests are refused', async () => {
    const result = await raw(JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]));
    expect(result.status).toBe(400);
    expect(firstCode(result.json)).toBe('BAD_USER_INPUT');
  });

  it('a simple cross-site form post is refused by CSRF prevention', async () => {
    const result = await raw('query={me{id}}', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(result.status).toBe(400);
    expect(firstCode(result.json)).toBe('BAD_USER_INPUT');
  });

  it('a body that is not a GraphQL request', async () => {
    const result = await raw(JSON.stringify({ nothing: true }));
    expect(result.status).toBe(400);
    expect(firstCode(result.json)).toBe('BAD_USER_INPUT');
  });
});

describe('client mistakes in the log', () => {
  it('are info lines, never errors', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logged = await startTestApp({}, { log: createLogger('info', destination) });
    try {
      const post = (body: unknown) =>
        fetch(`${logged.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const answers = [
        await post({ query: '{ me { id }' }),
        await post({ query: 'subscription { me { id } }' }),
        await post({ query: '{ me { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }),
        await post({ query: '{ mee }' }),
        await fetch(`${logged.url}/calendar/%ZZ.ics`),
      ];
      expect(answers.map((a) => a.status)).toEqual([400, 400, 400, 400, 400]);
      const levels = lines.map((line) => (JSON.parse(line) as { level: number }).level);
      expect(levels.filter((level) => level >= 50)).toEqual([]);
      expect(levels.filter((level) => level === 30).length).toBeGreaterThanOrEqual(answers.length);
    } finally {
      await logged.close();
    }
  });
});

// Each spells out schema names as "Did you mean …?": a literal typo (validation), an enum value and
// an input field passed in variables (coercion, which Apollo's hideSchemaDetailsFromClientErrors misses).
const SUGGESTING_REQUESTS: [string, Record<string, unknown>][] = [
  ['{ mee { id } }', {}],
  ['query ($f: RecommendationSortField!) { recommendations(sort: { field: $f }) { total } }', { f: 'TITEL' }],
  ['query ($s: RecommendationSort) { recommendations(sort: $s) { total } }', { s: { feld: 'PRIORITY' } }],
  ['query ($p: Priority) { recommendations(filter: { priority: $p }) { total } }', { p: 'P' }],
];

describe('production mode', () => {
  it('gives no schema suggestions, in validation or in variables', async () => {
    const production = await startTestApp({ production: true });
    try {
      for (const [query, variables] of SUGGESTING_REQUESTS) {
        // The same request suggests outside production, so each one would leak a name.
        const dev = (await new Client(app).gql(query, variables)).errors?.[0]?.message;
        expect(dev).toMatch(/Did you mean/);
        const result = await new Client(production).gql(query, variables);
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean|Suggestion|"TITLE"|"field"|"P\d"/);
      }
    } finally {
      await production.close();
    }
  });

  it('turns introspection and field suggestions off', async () => {
    const production = await startTestApp({ production: true });
    try {
      const client = new Client(production);
      const introspection = await client.gql('{ __schema { types { name } } }');
      expect(introspection.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const typo = await client.gql('{ mee { id } }');
      expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    } finally {
      await production.close();
    }
  });
});

describe('health', () => {
  it('reports liveness and readiness', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${app.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('reports not ready when the database is unreachable', async () => {
    const other = await startTestApp();
    await other.app.destroy();
    try {
      const response = await fetch(`${other.url}/readyz`);
      expect(response.status).toBe(503);
      // A failure nobody planned for: a generic message and code, no internals.
      const client = new Client(other);
      client.cookie = 'rd_session=some-token';
      const result = await client.gql(`{ me { id } }`);
      expect(result.errors).toEqual([
        {
          message: 'Something went wrong on our side. Try again later.',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ]);
    } finally {
      await other.close();
    }
  });
});
