import type { RequestHandler } from 'express';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export interface GracefulStopOptions {
  /** Keep accepting until no connection has come in for this long: the kernel's backlog is empty then. */
  quietMs?: number;
  /** Stop accepting after this long even if connections keep coming. */
  maxAcceptMs?: number;
  /** Give requests already received this long to finish; then the remaining connections are cut. */
  graceMs?: number;
}

/**
 * Stops an HTTP server without cutting off a request it already received. Apollo's drain plugin
 * (like `server.close()` on Node ≥ 19) closes the listening socket at once, which resets every
 * connection still waiting in the kernel's accept queue, and ends every connection whose request
 * has not been parsed yet, because it looks idle: under load that cut off a third of the requests
 * in flight. Here, on stop:
 *  1. every response from now on says `Connection: close` (keep-alive clients go elsewhere), and
 *     readiness reports "stopping";
 *  2. connections are still accepted until none has arrived for `quietMs` (bounded by `maxAcceptMs`),
 *     so what the clients already sent is read and handled;
 *  3. the listening socket closes; idle connections are ended, busy ones after their response;
 *  4. it resolves when every request received has been answered, or `graceMs` has passed (then the
 *     rest is destroyed, and `stop` reports it was not graceful).
 */
const FRESH_GRACE_MS = 2_000;

export class GracefulStop {
  private stopping = false;
  private lastConnectionAt = 0;
  private readonly requestsPerSocket = new Map<Socket, number>();
  /** Connections accepted whose first request has not been parsed yet: their bytes may be on the way. */
  private readonly fresh = new Set<Socket>();
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly server: Server) {
    server.on('connection', (socket: Socket) => {
      this.lastConnectionAt = performance.now();
      this.requestsPerSocket.set(socket, 0);
      this.fresh.add(socket);
      socket.once('close', () => {
        this.requestsPerSocket.delete(socket);
        this.fresh.delete(socket);
        this.notifyIfIdle();
      });
    });
    server.on('request', (req, res) => {
      const socket = req.socket;
      this.fresh.delete(socket);
      this.requestsPerSocket.set(socket, (this.requestsPerSocket.get(socket) ?? 0) + 1);
      // 'close' rather than 'finish': also when the client went away before the answer.
      res.once('close', () => {
        const left = Math.max(0, (this.requestsPerSocket.get(socket) ?? 1) - 1);
        this.requestsPerSocket.set(socket, left);
        if (this.stopping && left === 0) {
          socket.end();
        }
        this.notifyIfIdle();
      });
    });
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  /** Express middleware: once stopping, every answer closes its connection. */
  readonly closeConnections: RequestHandler = (_req, res, next) => {
    if (this.stopping) {
      res.setHeader('Connection', 'close');
    }
    next();
  };

  private get busy(): number {
    let requests = this.fresh.size;
    for (const count of this.requestsPerSocket.values()) {
      requests += count;
    }
    return requests;
  }

  private notifyIfIdle() {
    if (this.busy === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      waiters.forEach((resolve) => resolve());
    }
  }

  /** Resolves true when every received request was answered, false when the grace period ran out. */
  async stop(options: GracefulStopOptions = {}): Promise<boolean> {
    const { quietMs = 1_000, maxAcceptMs = 5_000, graceMs = 20_000 } = options;
    this.stopping = true;
    const started = performance.now();
    if (this.server.listening) {
      this.lastConnectionAt = Math.max(this.lastConnectionAt, started);
      for (;;) {
        while (performance.now() - this.lastConnectionAt < quietMs && performance.now() - started < maxAcceptMs) {
          await new Promise((resolve) => setTimeout(resolve, quietMs / 5));
        }
        // A timer runs before the event loop's I/O phase: after a stall (a busy or starved process)
        // the quiet period looks over while connections still wait in the backlog, and closing then
        // resets them. One I/O phase accepts them all; if any came, keep listening.
        const before = this.lastConnectionAt;
        await new Promise((resolve) => setImmediate(resolve));
        if (this.lastConnectionAt === before || performance.now() - started >= maxAcceptMs) {
          break;
        }
      }
    }
    const closed = new Promise<void>((resolve) => {
      if (!this.server.listening) {
        resolve();
        return;
      }
      // Node's close() also ends connections without a request in progress; each busy one ends after its answer.
      this.server.close(() => resolve());
    });
    // Idle keep-alive connections end now; a connection that has sent nothing yet gets a moment
    // for its request to arrive (ending it at once cut requests off), then ends too.
    for (const [socket, requests] of this.requestsPerSocket) {
      if (requests === 0 && !this.fresh.has(socket)) {
        socket.end();
      }
    }
    const silent = setTimeout(() => {
      for (const socket of this.fresh) {
        socket.end();
      }
    }, FRESH_GRACE_MS);
    const idle = new Promise<void>((resolve) => {
      this.idleWaiters.push(resolve);
      this.notifyIfIdle();
    });
    let timer: NodeJS.Timeout | undefined;
    const graceful = await Promise.race([
      idle.then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), graceMs);
      }),
    ]);
    clearTimeout(timer);
    clearTimeout(silent);
    if (!graceful) {
      for (const socket of this.requestsPerSocket.keys()) {
        socket.destroy();
      }
    }
    await closed;
    return graceful;
  }
}
