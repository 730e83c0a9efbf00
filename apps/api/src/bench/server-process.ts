import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../db/embedded-postgres';

export const MAIN_JS = path.resolve(__dirname, '../../dist/main.js');

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Milliseconds from spawn until /readyz answered 200. */
  readyAfterMs: number;
  /**
   * SIGINT goes to the whole process group, as a Ctrl-C in a terminal does; SIGTERM to the server
   * process only, as an orchestrator sends it.
   */
  stop(signal?: 'SIGINT' | 'SIGTERM'): Promise<number | null>;
}

/** Runs the built server (`node dist/main.js`) as `npm start` does, and waits until it is ready. */
export async function startServerProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const port = await freePort();
  const started = performance.now();
  // As `npm start` runs it: without the test runner's NODE_ENV=test, which changes Apollo's behaviour.
  const { NODE_ENV: _testEnv, ...inherited } = process.env;
  const child = spawn(process.execPath, [MAIN_JS], {
    env: { ...inherited, LOG_LEVEL: 'warn', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a group-wide SIGINT reaches exactly the server and its children.
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) {
      throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    }
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.status === 200) {
        return {
          child,
          url,
          output: () => output,
          readyAfterMs: performance.now() - started,
          stop: async (signal = 'SIGINT') => {
            if (signal === 'SIGINT' && child.pid) {
              process.kill(-child.pid, signal);
            } else {
              child.kill(signal);
            }
            return exited;
          },
        };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server not ready within ${timeoutMs} ms:\n${output}`);
}
