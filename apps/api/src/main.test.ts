import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess } from './bench/server-process';

/** PostgreSQL server processes whose data directory lies under `dir`. */
function postgresProcessesUnder(dir: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes('postgres') && line.includes(dir));
}

async function login(url: string, email: string, password: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { role } }',
      variables: { e: email, p: password },
    }),
  });
  return (await response.json()) as { data?: { login: { role: string } }; errors?: unknown[] };
}

describe('the server process (npm start)', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'rd-start-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts on an empty data directory with demo data, stops cleanly, and keeps data on restart', async () => {
    const first = await startServerProcess({ RD_DATA_DIR: dataDir });
    expect(first.output()).toContain('admin@rodedraad.example');
    expect((await login(first.url, 'coordinator.hof-van-twente@rodedraad.example', 'rodedraad-demo')).data).toEqual({
      login: { role: 'MUNICIPAL_COORDINATOR' },
    });
    expect(postgresProcessesUnder(dataDir).length).toBeGreaterThan(0);
    // Like Ctrl-C in a terminal: the whole process group gets SIGINT, and still nothing errs.
    expect(await first.stop('SIGINT')).toBe(0);
    expect(first.output()).not.toMatch(/"level":50/);
    expect(postgresProcessesUnder(dataDir)).toEqual([]);

    const second = await startServerProcess({ RD_DATA_DIR: dataDir });
    // No second seeding: the demo banner is printed only when the database was empty.
    expect(second.output()).not.toContain('admin@rodedraad.example');
    expect((await login(second.url, 'admin@rodedraad.example', 'rodedraad-demo')).data).toEqual({
      login: { role: 'ADMIN' },
    });
    const health = await fetch(`${second.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await second.stop('SIGTERM')).toBe(0);
    expect(second.output()).not.toMatch(/"level":50/);
    expect(postgresProcessesUnder(dataDir)).toEqual([]);
  }, 120_000);

  it('answers every request already received when SIGTERM arrives, then stops in order', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rd-start-sigterm-'));
    try {
      const server = await startServerProcess({ RD_DATA_DIR: dir, LOG_LEVEL: 'info' });
      // Slow ones (argon2) and quick ones, each on its own connection, all at once.
      const requests = Array.from({ length: 240 }, (_, i) =>
        i % 6 === 0
          ? login(server.url, 'coordinator.almelo@rodedraad.example', 'rodedraad-demo').then(() => 200)
          : fetch(`${server.url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query: '{ me { id } }' }),
            }).then(async (response) => (await response.text(), response.status)),
      );
      await new Promise((resolve) => setTimeout(resolve, 30));
      const exited = server.stop('SIGTERM');
      const outcomes = await Promise.allSettled(requests);
      const cutOff = outcomes.filter((o) => o.status === 'rejected');
      expect(cutOff).toEqual([]);
      expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : 0)).filter((status) => status !== 200)).toEqual(
        [],
      );
      expect(await exited).toBe(0);
      const log = server.output();
      expect(log).not.toMatch(/"level":50/);
      const order = [
        '"msg":"shutting down"',
        '"msg":"http server closed"',
        '"msg":"background worker stopped"',
        '"msg":"stopped"',
      ];
      expect(order.map((line) => log.indexOf(line))).toEqual(
        [...order.map((line) => log.indexOf(line))].sort((a, b) => a - b),
      );
      expect(order.every((line) => log.includes(line))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('starts without demo data when RD_DEMO=0', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rd-start-nodemo-'));
    try {
      const server = await startServerProcess({
        RD_DATA_DIR: dir,
        RD_DEMO: '0',
        RD_ADMIN_EMAIL: 'Beheer@Example.org',
        RD_ADMIN_PASSWORD: 'a-long-admin-password',
      });
      expect((await login(server.url, 'admin@rodedraad.example', 'rodedraad-demo')).errors).toHaveLength(1);
      expect((await login(server.url, 'beheer@example.org', 'a-long-admin-password')).data).toEqual({
        login: { role: 'ADMIN' },
      });
      expect(await server.stop()).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('runs in production mode by default, yet serves plain HTTP like before; NODE_ENV=production keeps its meaning', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rd-start-mode-'));
    const admin = { RD_DEMO: '0', RD_ADMIN_EMAIL: 'beheer@example.org', RD_ADMIN_PASSWORD: 'a-long-admin-password' };
    const introspect = (url: string) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
      }).then((response) => response.json() as Promise<{ data?: unknown; errors?: unknown[] }>);
    const loginCookie = async (url: string) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { role } }',
          variables: { e: admin.RD_ADMIN_EMAIL, p: admin.RD_ADMIN_PASSWORD },
        }),
      });
      expect(await response.json()).toEqual({ data: { login: { role: 'ADMIN' } } });
      return response.headers.get('set-cookie') ?? '';
    };
    try {
      // As `npm start` on a laptop: no NODE_ENV at all.
      const local = await startServerProcess({ RD_DATA_DIR: dir, LOG_LEVEL: 'info', ...admin });
      expect(local.output()).toMatch(/"msg":"Rode Draad is running"/);
      expect(local.output()).toMatch(/"nodeEnv":"production","production":false/);
      // Browsers drop a Secure cookie sent over http://, so a login would not stick.
      expect(await loginCookie(local.url)).not.toMatch(/;\s*Secure/i);
      expect((await introspect(local.url)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      expect(await local.stop()).toBe(0);

      const deployed = await startServerProcess({ RD_DATA_DIR: dir, LOG_LEVEL: 'info', NODE_ENV: 'production' });
      expect(deployed.output()).toMatch(/"nodeEnv":"production","production":true/);
      expect(await loginCookie(deployed.url)).toMatch(/;\s*Secure/i);
      expect((await introspect(deployed.url)).errors).toHaveLength(1);
      expect(await deployed.stop()).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('refuses to start with a weak RD_ADMIN_PASSWORD, before starting a database', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rd-start-weak-admin-'));
    try {
      await expect(
        startServerProcess({
          RD_DATA_DIR: dir,
          RD_DEMO: '0',
          RD_ADMIN_EMAIL: 'beheer@example.org',
          RD_ADMIN_PASSWORD: 'password1234',
        }),
      ).rejects.toThrow(/server exited with 1[\s\S]*RD_ADMIN_PASSWORD is too easy to guess/);
      expect(postgresProcessesUnder(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses to start with a weak RD_FIRST_ANALYST_PASSWORD, before starting a database', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'rd-start-weak-analyst-'));
    try {
      await expect(
        startServerProcess({
          RD_DATA_DIR: dir,
          RD_DEMO: '0',
          RD_FIRST_ANALYST_EMAIL: 'analist@riec.example',
          RD_FIRST_ANALYST_PASSWORD: 'password1234',
        }),
      ).rejects.toThrow(/server exited with 1[\s\S]*RD_FIRST_ANALYST_PASSWORD is too easy to guess/);
      expect(postgresProcessesUnder(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
