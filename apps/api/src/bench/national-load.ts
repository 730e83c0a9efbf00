import http from 'node:http';
import path from 'node:path';
import { parentPort, Worker } from 'node:worker_threads';

/**
 * The national bench's HTTP clients, in a worker thread: on the server's event loop they would
 * take their share of the very time being measured (most of all for the raw endpoint's short
 * answers).
 */

export interface LoadRequest {
  url: string;
  body: string;
  cookie: string;
}

export interface LoadJob {
  request: LoadRequest;
  concurrency: number;
  /** Stop after this many requests … */
  count?: number;
  /** … or once this many milliseconds have passed (whichever comes first). */
  durationMs?: number;
}

export interface LoadResult {
  /** Round-trip milliseconds of each request, in order of completion. */
  latencies: number[];
  /** Bytes of the last response body (uncompressed). */
  bytes: number;
  elapsedMs: number;
  /** The first failure (status other than 200, or GraphQL errors), if any. */
  error: string | null;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function send(request: LoadRequest): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      request.url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(request.body),
          cookie: request.cookie,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            ms: performance.now() - started,
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(request.body);
  });
}

async function run(job: LoadJob): Promise<LoadResult> {
  const latencies: number[] = [];
  let bytes = 0;
  let error: string | null = null;
  let started = 0;
  const begin = performance.now();
  const deadline = job.durationMs === undefined ? Infinity : begin + job.durationMs;
  const limit = job.count ?? Infinity;
  const client = async () => {
    while (started < limit && performance.now() < deadline) {
      started += 1;
      const response = await send(job.request);
      latencies.push(response.ms);
      bytes = Buffer.byteLength(response.body);
      if (
        !error &&
        (response.status !== 200 || response.body.startsWith('{"errors"') || /"errors":\[/.test(response.body))
      ) {
        error = `HTTP ${response.status}: ${response.body.slice(0, 300)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, client));
  return { latencies, bytes, elapsedMs: performance.now() - begin, error };
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (message: { id: number; job: LoadJob }) => {
    run(message.job).then(
      (result) => port.postMessage({ id: message.id, result }),
      (failure: unknown) =>
        port.postMessage({ id: message.id, result: { latencies: [], bytes: 0, elapsedMs: 0, error: String(failure) } }),
    );
  });
}

/** The worker seen from the bench: one job at a time. */
export class LoadClient {
  private readonly worker = new Worker(path.join(__dirname, 'national-load.js'));
  private next = 0;

  run(job: LoadJob): Promise<LoadResult> {
    const id = (this.next += 1);
    return new Promise((resolve, reject) => {
      const onMessage = (message: { id: number; result: LoadResult }) => {
        if (message.id === id) {
          this.worker.off('message', onMessage);
          this.worker.off('error', reject);
          resolve(message.result);
        }
      };
      this.worker.on('message', onMessage);
      this.worker.once('error', reject);
      this.worker.postMessage({ id, job });
    });
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
