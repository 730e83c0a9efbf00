// Decides whether a build can be skipped: a stamp records a hash of every input of the last successful
// build of a target and the files it wrote. Contents are hashed, not times, so a checkout, a copy or a
// touch that leaves the files as they were does not force a build, and any real change does.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Test files are never part of a build's output, so editing one needs no new build. */
const SKIPPED_FILES = /(\.test\.(ts|tsx|mts|mjs)|^vitest(\.[\w-]+)?\.config\.(ts|mts)|\.tsbuildinfo)$/;
/** Dependency versions: the lock file and npm's own record of what is installed in node_modules. */
const DEPENDENCIES = ['package.json', 'package-lock.json', 'tsconfig.base.json', 'node_modules/.package-lock.json'];

/**
 * What each build reads and writes. `web`: the web app (sources, index.html, public files, Vite, PostCSS
 * and TypeScript settings, .env files) and the shared package's source, which Vite bundles directly;
 * NODE_ENV picks React's build and VITE_* reach the app. `server`: what `tsc -b apps/api` compiles, the
 * API and the shared package with their settings.
 */
const TARGETS = {
  web: {
    inputs: ['apps/web', 'packages/shared/src'],
    skippedDirs: ['node_modules', 'dist', 'e2e', 'coverage', '.e2e-artifacts'],
    outputs: ['apps/web/dist'],
    env: (name) => name === 'NODE_ENV' || name.startsWith('VITE_'),
    // `vite build` builds for production when NODE_ENV is unset, so unset and `production` are the same
    // build (the server process and the bench set it to production before they run the build step).
    envDefaults: { NODE_ENV: 'production' },
  },
  server: {
    inputs: ['apps/api', 'packages/shared'],
    // As apps/api/tsconfig.json excludes them.
    skippedDirs: ['node_modules', 'dist', 'coverage', 'apps/api/src/test', 'apps/api/src/drills'],
    outputs: ['apps/api/dist', 'packages/shared/dist'],
    env: () => false,
  },
};

function filesUnder(root, dir, out, skippedDirs = []) {
  let entries;
  try {
    entries = readdirSync(path.join(root, dir), { withFileTypes: true });
  } catch (error) {
    if (error.code === 'ENOENT') return;
    throw error;
  }
  for (const entry of entries) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!skippedDirs.includes(entry.name) && !skippedDirs.includes(rel)) filesUnder(root, rel, out, skippedDirs);
    } else if (!SKIPPED_FILES.test(entry.name)) {
      out.push(rel);
    }
  }
}

/** Every input file of `target`, relative to the repository root. */
function buildInputs(target, root) {
  const { inputs, skippedDirs } = TARGETS[target];
  const files = [];
  for (const dir of inputs) filesUnder(root, dir, files, skippedDirs);
  for (const file of DEPENDENCIES) {
    if (existsSync(path.join(root, file))) files.push(file);
  }
  return files.sort();
}

function inputHash(target, root, env = process.env) {
  const hash = createHash('sha256');
  for (const file of buildInputs(target, root)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  const values = { ...TARGETS[target].envDefaults };
  for (const name of Object.keys(env).filter(TARGETS[target].env)) {
    if (env[name]) values[name] = env[name];
  }
  for (const name of Object.keys(values).sort()) {
    hash.update(`${name}=${values[name]}\0`);
  }
  return hash.digest('hex');
}

function stampFile(target, root) {
  return path.join(root, `node_modules/.cache/rode-draad/${target}-build.json`);
}

function outputFiles(target, root) {
  const files = [];
  for (const dir of TARGETS[target].outputs) filesUnder(root, dir, files);
  return Object.fromEntries(files.sort().map((file) => [file, statSync(path.join(root, file)).size]));
}

/**
 * Whether `target` needs a build, and why: no stamp (never built here, or the last build did not
 * finish), an input changed, or a file the last build wrote is gone or has another size.
 */
export function buildState(target, root, env = process.env) {
  const hash = inputHash(target, root, env);
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile(target, root), 'utf8'));
  } catch {
    return { upToDate: false, hash, reason: 'no record of an earlier build' };
  }
  if (stamp.inputHash !== hash) {
    return { upToDate: false, hash, reason: 'its inputs changed' };
  }
  const outputs = Object.entries(stamp.outputs ?? {});
  if (outputs.length === 0) {
    return { upToDate: false, hash, reason: 'no record of an earlier build' };
  }
  for (const [file, size] of outputs) {
    let actual;
    try {
      actual = statSync(path.join(root, file)).size;
    } catch {
      return { upToDate: false, hash, reason: `${file} is missing` };
    }
    if (actual !== size) {
      return { upToDate: false, hash, reason: `${file} changed` };
    }
  }
  return { upToDate: true, hash, reason: 'nothing changed' };
}

/** Before a build: an interrupted build must not leave a stamp that matches. */
export function removeStamp(target, root) {
  rmSync(stampFile(target, root), { force: true });
}

/** After a successful build, with the hash taken before it started (an edit during the build is caught next time). */
export function writeStamp(target, root, hash) {
  const file = stampFile(target, root);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ inputHash: hash, outputs: outputFiles(target, root) }));
}
