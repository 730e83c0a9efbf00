// `npm run build` (also the first half of `npm start`): builds only what changed, without type-checking the
// web app (that is `npm run typecheck`). Each build is skipped when none of its inputs changed since its
// last success (build-stamp.mjs); otherwise the shared package and the API go through `tsc -b`, which is
// incremental, and the web app through Vite. Both run side by side: neither reads the other's output.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildState, removeStamp, writeStamp } from './build-stamp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A package's command-line entry as the workspace in `dir` resolves it (npm links the same file into .bin). */
function binOf(dir, pkg, name) {
  const require = createRequire(path.join(root, dir, 'package.json'));
  const manifest = require.resolve(`${pkg}/package.json`);
  const { bin } = require(manifest);
  return path.join(path.dirname(manifest), typeof bin === 'string' ? bin : bin[name]);
}

function run(label, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${label} failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}

/** Runs `build` unless `target`'s inputs are those of its last successful build and its output is intact. */
async function unlessUpToDate(target, label, build) {
  const state = buildState(target, root);
  if (state.upToDate) {
    console.log(`${label}: build skipped, nothing changed since the last one`);
    return;
  }
  console.log(`${label}: building, ${state.reason}`);
  removeStamp(target, root);
  await build();
  writeStamp(target, root, state.hash);
}

// The API references the shared package, so one `tsc -b` builds both, each only when its sources changed.
const buildServer = () =>
  unlessUpToDate('server', 'shared package and API', () =>
    run('tsc -b apps/api', [binOf('apps/api', 'typescript', 'tsc'), '-b', 'apps/api'], root),
  );

const buildWeb = () =>
  unlessUpToDate('web', 'web app', () =>
    run('vite build', [binOf('apps/web', 'vite', 'vite'), 'build'], path.join(root, 'apps/web')),
  );

const results = await Promise.allSettled([buildServer(), buildWeb()]);
const failures = results.filter((result) => result.status === 'rejected');
for (const failure of failures) {
  console.error(failure.reason instanceof Error ? failure.reason.message : failure.reason);
}
process.exitCode = failures.length > 0 ? 1 : 0;
