import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { GracefulStop } from './graceful-stop';

let server: Server;

afterEach(() => {
  server?.closeAllConnections();
});

async function listen(): Promise<{ port: number; stopper: GracefulStop }> {
  server = createServer((_req, res) => res.end('ok'));
  const stopper = new GracefulStop(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') {
    throw new Error('no port');
  }
  return { port: address.port, stopper };
}

/** A client connection that has been accepted but has not sent its request yet. */
async function connectedSilently(port: number): Promise<Socket> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  return socket;
}

/** Blocks this process's event loop, as a busy or CPU-starved server is blocked. */
const stall = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * A client in another process (it must run while this one stalls): on "go" it connects, sends one
 * request and prints the answer, or `RESET <code>` when the connection fails.
 */
function clientProcess(port: number) {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `process.stdin.once('data', () => {
         const s = require('net').connect(${port}, '127.0.0.1', () => s.write('GET / HTTP/1.1\\r\\nHost: t\\r\\n\\r\\n'));
         s.on('data', (d) => process.stdout.write(d));
         s.on('error', (e) => process.stdout.write('RESET ' + e.code));
         s.on('close', () => process.exit(0));
       });
       process.stdout.write('ready');`,
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  let output = '';
  const ready = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  const done = new Promise<string>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('latin1')));
    child.once('exit', () => resolve(output.replace(/^ready/, '')));
  });
  return { ready, done, go: () => child.stdin.write('go\n') };
}

describe('graceful stop', () => {
  it('serves a connection that waited in the backlog while the process stalled, instead of resetting it', async () => {
    const { port, stopper } = await listen();
    const client = clientProcess(port);
    await client.ready;
    const stopped = stopper.stop({ quietMs: 50, maxAcceptMs: 5_000 });
    client.go();
    // The client connects while this process cannot accept: its connection waits in the kernel's
    // backlog, and when the stall ends the quiet period already looks over.
    stall(800);
    expect(await client.done).toMatch(/^HTTP\/1\.1 200/);
    expect(await stopped).toBe(true);
  });

  it('ends a connection that never sends anything after a grace period, and reports a graceful stop', async () => {
    const { port, stopper } = await listen();
    const socket = await connectedSilently(port);
    const ended = new Promise<void>((resolve) => socket.once('end', resolve));
    const started = performance.now();
    expect(await stopper.stop({ quietMs: 50, maxAcceptMs: 100 })).toBe(true);
    await ended;
    expect(performance.now() - started).toBeGreaterThanOrEqual(1_000);
  });

  it('ends idle keep-alive connections at once', async () => {
    const { port, stopper } = await listen();
    const socket = await connectedSilently(port);
    socket.write('GET / HTTP/1.1\r\nHost: test\r\n\r\n');
    await new Promise<void>((resolve) => socket.once('data', () => resolve()));
    const ended = new Promise<void>((resolve) => socket.once('end', resolve));
    const started = performance.now();
    expect(await stopper.stop({ quietMs: 50, maxAcceptMs: 100 })).toBe(true);
    await ended;
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
