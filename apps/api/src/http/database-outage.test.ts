import { Writable } from 'node:stream';
import { inject, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logging/logger';
import { Client } from '../test/client';
import { createTestDatabase, openDataSource } from '../test/database';
import { createUser, TEST_PASSWORD } from '../test/factories';
import { TcpProxy } from '../test/tcp-proxy';
import { startTestApp, type TestApp } from '../test/test-app';

const lines: Record<string, unknown>[] = [];
const log = createLogger(
  'info',
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  }),
);

let proxy: TcpProxy;
let app: TestApp;
beforeAll(async () => {
  proxy = new TcpProxy(inject('postgres').port);
  await proxy.open();
  const db = await createTestDatabase();
  const through = new URL(db.appUrl);
  through.port = String(proxy.port);
  // The app reaches its database through the proxy; the factories go around it.
  app = await startTestApp({}, { log, dataSource: await openDataSource(through.toString()), db });
});
afterAll(async () => {
  await app.close();
  await proxy.cut();
});

const LOGIN = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { role } }';

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (await check()) {
      return performance.now() - started;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`not within ${timeoutMs} ms`);
}

describe('while the database cannot be reached', () => {
  it('answers 503 SERVICE_UNAVAILABLE with a retry hint, logs the outage once, and recovers by itself', async () => {
    const user = await createUser(app, 'PARTICIPANT');
    const client = new Client(app);
    expect((await client.gql(LOGIN, { e: user.email, p: TEST_PASSWORD })).data).toEqual({
      login: { role: 'PARTICIPANT' },
    });

    await proxy.cut();
    for (let i = 0; i < 3; i += 1) {
      const anonymous = await new Client(app).gql(LOGIN, { e: user.email, p: TEST_PASSWORD });
      expect(anonymous.status).toBe(503);
      expect(anonymous.headers.get('retry-after')).toBe('5');
      expect(anonymous.errors).toEqual([
        {
          message: 'The service is briefly unavailable. Try again in a few seconds.',
          path: ['login'],
          locations: [{ line: 1, column: 39 }],
          extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 },
        },
      ]);
      // With a session cookie the failure comes earlier, while the request's context is built.
      const loggedIn = await client.gql('{ me { id } }');
      expect(loggedIn.status).toBe(503);
      expect(loggedIn.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 });
    }
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('5');

    await proxy.open();
    const recoveryMs = await waitFor(async () => (await fetch(`${app.url}/readyz`)).status === 200, 5_000);
    expect(recoveryMs).toBeLessThan(5_000);
    // The monitor probes on its own: it notices within a second, without any request.
    await waitFor(async () => lines.some((line) => line.msg === 'database available again'), 1_000);
    expect((await client.gql('{ me { id } }')).data).toEqual({ me: { id: user.id } });

    const messages = lines.map((line) => line.msg);
    expect(messages.filter((m) => m === 'database unavailable; answering 503 until it is back')).toHaveLength(1);
    const back = lines.filter((line) => line.msg === 'database available again');
    expect(back).toHaveLength(1);
    expect(back[0]?.outageMs).toEqual(expect.any(Number));
    expect(
      lines.filter(
        (line) => (line.level as number) >= 50 && line.msg !== 'database unavailable; answering 503 until it is back',
      ),
    ).toEqual([]);
  });
});
