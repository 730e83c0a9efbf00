import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServerProcess } from './server-process';

/** Time from spawning the built server to a healthy /readyz, on an empty and on an existing data directory. */
export async function benchStartup(): Promise<Record<string, number>> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rd-bench-start-'));
  try {
    const empty = await startServerProcess({ RD_DATA_DIR: dataDir });
    await empty.stop();
    const existing = await startServerProcess({ RD_DATA_DIR: dataDir });
    await existing.stop();
    return {
      'startup: empty data dir → /readyz (ms)': Math.round(empty.readyAfterMs),
      'startup: existing data dir → /readyz (ms)': Math.round(existing.readyAfterMs),
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
