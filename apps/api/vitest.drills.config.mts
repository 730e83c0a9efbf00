import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * `npm run drills`: what production throws at the app, against real PostgreSQL (docs/operations.md).
 * Not part of `npm test`. One drill at a time, so each figure is measured on an otherwise idle
 * machine. The minute-long database outage runs only with RD_DRILLS_SLOW=1 (`npm run drills:outage`).
 */
export default defineConfig({
  resolve: {
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['src/drills/**/*.drill.ts'],
    exclude: process.env.RD_DRILLS_SLOW ? [] : ['src/drills/database-outage.drill.ts'],
    globalSetup: ['src/test/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
