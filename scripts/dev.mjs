// `npm run dev`: the API in watch mode (tsc --watch + node --watch) and Vite with hot reload.
// Vite proxies /graphql to the API, so open http://localhost:5173.
import { spawn } from 'node:child_process';

const children = [
  spawn('npx', ['tsc', '-b', '-w', '--preserveWatchOutput'], { cwd: 'apps/api', stdio: 'inherit' }),
  // Give the first compile a head start so node --watch finds dist/main.js.
  spawn(
    'sh',
    ['-c', 'until [ -f dist/main.js ]; do sleep 0.5; done; exec node --watch --enable-source-maps dist/main.js'],
    {
      cwd: 'apps/api',
      stdio: 'inherit',
      // The server defaults its libraries to production mode (apps/api/src/runtime-mode.ts); while
      // developing, graphql-js's checks for a second copy of graphql are worth their time.
      env: { ...process.env, NODE_ENV: process.env.NODE_ENV || 'development' },
    },
  ),
  spawn('npx', ['vite'], { cwd: 'apps/web', stdio: 'inherit' }),
];

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill(signal);
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
for (const child of children) {
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`a dev process exited (${code}); stopping the others`);
      stop('SIGTERM');
      process.exitCode = code ?? 1;
    }
  });
}
