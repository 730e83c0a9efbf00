// Decides whether the web app's Vite build can be skipped: a stamp records a hash of every input of the
// last successful build and the files it wrote. Contents are hashed, not times, so a checkout, a copy
// or a touch that leaves the files as they were does not force a build, and any real change does.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Directories of the web app that are no input of its build (tests, tooling, output). */
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'e2e', 'coverage', '.e2e-artifacts']);
/** Test files are never imported by the app, so editing one needs no new build. */
const SKIPPED_FILES = /(\.test\.(ts|tsx|mts|mjs)|^vitest(\.[\w-]+)?\.config\.(ts|mts))$/;

function filesUnder(root, dir, out) {
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
      if (!SKIPPED_DIRS.has(entry.name)) filesUnder(root, rel, out);
    } else if (!SKIPPED_FILES.test(entry.name)) {
      out.push(rel);
    }
  }
}

/**
 * Every file the web build reads, relative to the repository root: the web app (sources, index.html,
 * public files, Vite/PostCSS/TypeScript settings, .env files), the shared package's source (Vite
 * bundles it directly), the TypeScript base settings and the dependency versions (the lock file and
 * the installed tree's own record of what is in node_modules).
 */
export function webBuildInputs(root) {
  const files = [];
  filesUnder(root, 'apps/web', files);
  filesUnder(root, 'packages/shared/src', files);
  for (const file of ['package.json', 'package-lock.json', 'tsconfig.base.json', 'node_modules/.package-lock.json']) {
    if (existsSync(path.join(root, file))) files.push(file);
  }
  return files.sort();
}

/** Settings outside the files that change what Vite writes: NODE_ENV picks React's build, VITE_* reach the app. */
function buildEnvironment(env) {
  return Object.keys(env)
    .filter((name) => name === 'NODE_ENV' || name.startsWith('VITE_'))
    .sort()
    .map((name) => `${name}=${env[name]}`);
}

export function webInputHash(root, env = process.env) {
  const hash = createHash('sha256');
  for (const file of webBuildInputs(root)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  hash.update(buildEnvironment(env).join('\0'));
  return hash.digest('hex');
}

export function stampFile(root) {
  return path.join(root, 'apps/web/node_modules/.cache/rode-draad/web-build.json');
}

function outputFiles(distDir) {
  const files = [];
  filesUnder(distDir, '', files);
  return Object.fromEntries(files.sort().map((file) => [file, statSync(path.join(distDir, file)).size]));
}

/**
 * Whether the web app needs a Vite build, and why: no stamp (never built here, or the last build
 * did not finish), an input changed, or a file the last build wrote is gone or has another size.
 */
export function webBuildState(root, env = process.env) {
  const hash = webInputHash(root, env);
  const distDir = path.join(root, 'apps/web/dist');
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile(root), 'utf8'));
  } catch {
    return { upToDate: false, hash, reason: 'no record of an earlier build' };
  }
  if (stamp.inputHash !== hash) {
    return { upToDate: false, hash, reason: 'its inputs changed' };
  }
  const outputs = Object.entries(stamp.outputs ?? {});
  if (!outputs.some(([file]) => file === 'index.html')) {
    return { upToDate: false, hash, reason: 'no record of an earlier build' };
  }
  for (const [file, size] of outputs) {
    let actual;
    try {
      actual = statSync(path.join(distDir, file)).size;
    } catch {
      return { upToDate: false, hash, reason: `apps/web/dist/${file} is missing` };
    }
    if (actual !== size) {
      return { upToDate: false, hash, reason: `apps/web/dist/${file} changed` };
    }
  }
  return { upToDate: true, hash, reason: 'nothing changed' };
}

/** Before a build: an interrupted build must not leave a stamp that matches. */
export function removeStamp(root) {
  rmSync(stampFile(root), { force: true });
}

/** After a successful build, with the hash taken before it started (an edit during the build is caught next time). */
export function writeStamp(root, inputHash) {
  const file = stampFile(root);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ inputHash, outputs: outputFiles(path.join(root, 'apps/web/dist')) }));
}
