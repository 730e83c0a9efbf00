import { startServerProcess, type ServerProcess } from '../bench/server-process';
import { StatementCounter, createTestDatabase, openDataSource } from '../test/database';
import type { TestApp } from '../test/test-app';

/**
 * The built server (`node dist/main.js`, as `npm start` runs it) on a fresh database of the drill's
 * PostgreSQL, plus the owner pool the factories write with: a TestApp whose app is a real process.
 */
export async function startAppProcess(env: Record<string, string> = {}): Promise<TestApp & { process: ServerProcess }> {
  const db = await createTestDatabase();
  const server = await startServerProcess({
    DATABASE_URL: db.appUrl,
    DATABASE_OWNER_URL: db.ownerUrl,
    RD_DEMO: '0',
    // Every process of one deployment shares the invitation-link key.
    RD_LINK_SECRET: 'drill-link-secret-shared-by-every-app-process',
    ...env,
  });
  const owner = await openDataSource(db.ownerUrl);
  const app = await openDataSource(db.appUrl);
  return {
    url: server.url,
    db,
    app,
    owner,
    statements: new StatementCounter(),
    process: server,
    async close() {
      if (server.child.exitCode === null) {
        await server.stop('SIGTERM');
      }
      await owner.destroy();
      await app.destroy();
    },
  };
}
