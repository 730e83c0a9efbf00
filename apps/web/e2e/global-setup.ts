import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') {
          resolve(address.port);
        } else {
          reject(new Error('no port assigned'));
        }
      });
    });
  });
}

async function waitUntilReady(baseURL: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`the server exited with code ${server.exitCode} before it was ready`);
    }
    try {
      const response = await fetch(`${baseURL}/readyz`);
      if (response.status === 200) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server was not ready within ${READY_TIMEOUT_MS / 1000}s`);
}

function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      // A clean shutdown also stops the embedded PostgreSQL; only force it when that hangs.
      server.kill('SIGKILL');
    }, STOP_TIMEOUT_MS);
    server.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

/**
 * Starts the production build on a fresh, demo-seeded data directory with extra environment
 * (e.g. an SMTP server of a test's own); returns its address and how to stop it and remove its data.
 */
export async function startServer(
  env: Record<string, string> = {},
): Promise<{ baseURL: string; server: ChildProcess; teardown: () => Promise<void> }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rode-draad-e2e-'));
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['apps/api/dist/main.js'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      RD_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      // Links in mails and demo invitations lead to the address the browser uses.
      RD_PUBLIC_URL: baseURL,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Kept quiet unless start-up fails, when its output is the diagnosis; warnings still show later.
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  server.stdout?.on('data', collect);
  server.stderr?.on('data', collect);
  const teardown = async () => {
    await stop(server);
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(baseURL, server);
  } catch (error) {
    process.stderr.write(output);
    await teardown();
    throw error;
  }
  server.stdout?.off('data', collect);
  server.stderr?.off('data', collect);
  server.stdout?.resume();
  server.stderr?.pipe(process.stderr);
  return { baseURL, server, teardown };
}

/** Starts the production build on a fresh, demo-seeded data directory, shared by all browser tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { baseURL, teardown } = await startServer();
  project.provide('baseURL', baseURL);
  return teardown;
}
