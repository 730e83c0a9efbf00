import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT, startServerProcess } from './server-process';
import { median } from './stats';

/** Runs on a shared machine: the middle of a few runs says more than one. */
const RUNS = 3;

/** `npm start`'s build step on its own (`node scripts/build.mjs`), which must find nothing to do. */
async function timeBuildStep(): Promise<number> {
  const started = performance.now();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`build failed:\n${text}`))));
  });
  if (output.includes('building')) {
    throw new Error(`the build step built although nothing changed:\n${output}`);
  }
  return performance.now() - started;
}

/**
 * What a user waits for: `npm start` in the repository (its build step with nothing changed included,
 * since `npm run bench` has just built everything) until /readyz answers, on an empty data directory and
 * then on the one it left.
 */
export async function benchStartup(): Promise<Record<string, number>> {
  const builds: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    builds.push(await timeBuildStep());
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rd-bench-start-'));
  try {
    const empty = await startServerProcess({ RD_DATA_DIR: dataDir }, { npmStart: true, timeoutMs: 180_000 });
    await empty.stop();
    const existing: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const server = await startServerProcess({ RD_DATA_DIR: dataDir }, { npmStart: true, timeoutMs: 120_000 });
      existing.push(server.readyAfterMs);
      await server.stop();
    }
    return {
      [`startup: build step, nothing changed (ms, median of ${RUNS})`]: Math.round(median(builds)),
      'startup: npm start, empty data dir → /readyz (ms)': Math.round(empty.readyAfterMs),
      [`startup: npm start, existing data dir → /readyz (ms, median of ${RUNS})`]: Math.round(median(existing)),
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
