import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { LoginThrottleRules } from '../features/auth/login-throttle';
import { createApp } from '../http/app';
import { createLogger, type Logger } from '../logging/logger';
import { StatementCounter, createTestDatabase, openDataSource, type TestDatabase } from './database';

export interface TestApp {
  url: string;
  db: TestDatabase;
  /** The app's own pool (application role). */
  app: DataSource;
  /** Superuser pool for factories and checks behind the app's back. */
  owner: DataSource;
  statements: StatementCounter;
  close(): Promise<void>;
}

type AppConfig = Parameters<typeof createApp>[0]['config'];

const defaults: AppConfig = {
  production: false,
  sessionIdleMinutes: 120,
  sessionAbsoluteHours: 12,
  secureCookies: false,
  trustProxy: 0,
  webDistDir: '/nonexistent',
  publicUrl: 'http://rodedraad.test',
  mail: { from: 'Rode Draad <noreply@rodedraad.test>', smtp: undefined, linkSecret: 'test-link-secret' },
};

/**
 * The real HTTP app on a free port over a private database: what a test file talks to. `log` lets a
 * test read the log; `loginThrottle` shortens the throttle's delays; `db` and `dataSource` give the
 * app another way to its database (e.g. through a proxy that can cut it off).
 */
export async function startTestApp(
  overrides: Partial<Pick<Config, keyof AppConfig>> = {},
  options: {
    log?: Logger;
    loginThrottle?: Partial<LoginThrottleRules>;
    db?: TestDatabase;
    dataSource?: DataSource;
  } = {},
): Promise<TestApp> {
  const db = options.db ?? (await createTestDatabase());
  const statements = new StatementCounter();
  const app = options.dataSource ?? (await openDataSource(db.appUrl, statements));
  const owner = await openDataSource(db.ownerUrl);
  const { server, stop } = await createApp({
    config: { ...defaults, ...overrides },
    dataSource: app,
    log: options.log ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    loginThrottle: options.loginThrottle,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    app,
    owner,
    statements,
    async close() {
      // No clients left to wait for: skip the accept window a server keeps open on SIGTERM.
      await stop({ quietMs: 0 });
      server.closeAllConnections();
      for (const dataSource of [app, owner]) {
        if (dataSource.isInitialized) {
          await dataSource.destroy();
        }
      }
    },
  };
}
