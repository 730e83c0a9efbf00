import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../db/embedded-postgres';

const MAIN_JS = path.resolve(__dirname, '../../dist/main.js');
export const REPO_ROOT = path.resolve(__dirname, '../../../..');

/** The npm that runs this process (`npm run bench` sets npm_execpath), else the one on the PATH. */
function npmCommand(args: string[]): { command: string; args: string[] } {
  const npmCli = process.env.npm_execpath;
  return npmCli && /npm-cli\.js$/.test(npmCli)
    ? { command: process.execPath, args: [npmCli, ...args] }
    : { command: 'npm', args };
}

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

function processGroupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs the built server (`node dist/main.js`) as `npm start` does, and waits until it is ready. With
 * `npmStart`, runs `npm start` itself in the repository, its build step included.
 */
export async function startServerProcess(
  env: Record<string, string>,
  options: { timeoutMs?: number; npmStart?: boolean } = {},
): Promise<ServerProcess> {
  const { timeoutMs = 60_000 } = options;
  const port = await freePort();
  const started = performance.now();
  // As `npm start` runs it: without the test runner's NODE_ENV=test, which changes Apollo's behaviour.
  const { NODE_ENV: _testEnv, ...inherited } = process.env;
  if (options.npmStart) {
    // As typed in a shell: the settings of the `npm run` that started this process (its workspace, its
    // prefix) must not steer the inner npm.
    for (const name of Object.keys(inherited).filter((key) => /^npm_/i.test(key) || key === 'INIT_CWD')) {
      delete inherited[name];
    }
  }
  const { command, args } = options.npmStart ? npmCommand(['start']) : { command: process.execPath, args: [MAIN_JS] };
  const child = spawn(command, args, {
    cwd: options.npmStart ? REPO_ROOT : undefined,
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
            const code = await exited;
            // npm may end before the server it started: done when nothing of the group is left.
            while (child.pid && processGroupAlive(child.pid)) {
              await new Promise((resolve) => setTimeout(resolve, 50));
            }
            return code;
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
