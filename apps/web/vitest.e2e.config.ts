import { defineConfig } from 'vitest/config';

// Browser tests share one production server (started in the global setup) and its login throttle,
// so files run one after another; each test still gets its own browser context.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
