import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { createApp } from '../http/app';
import { createLogger } from '../logging/logger';

/** The session lifetimes of the bench's app, which the raw endpoint resolves sessions with too. */
export const BENCH_SESSION_SETTINGS = { idleMinutes: 120, absoluteHours: 12 };

/**
 * The app as production runs it (no web build: the benches measure the API), listening on a free
 * loopback port. `stop` closes the HTTP server and its connections; the data source stays the caller's.
 */
export async function startBenchApp(
  dataSource: DataSource,
): Promise<{ graphqlUrl: string; stop: () => Promise<void> }> {
  const { server, stop } = await createApp({
    config: {
      production: true,
      sessionIdleMinutes: BENCH_SESSION_SETTINGS.idleMinutes,
      sessionAbsoluteHours: BENCH_SESSION_SETTINGS.absoluteHours,
      secureCookies: false,
      trustProxy: 0,
      webDistDir: '/nonexistent',
      publicUrl: 'http://localhost',
      mail: { from: 'noreply@localhost', smtp: undefined },
    },
    dataSource,
    log: createLogger('warn'),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    graphqlUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    stop: async () => {
      await stop();
      server.closeAllConnections();
    },
  };
}
