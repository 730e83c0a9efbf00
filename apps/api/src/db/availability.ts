import type { Logger } from '../logging/logger';

/** How long clients are told to wait before sending a request again while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * Node's socket errors, and PostgreSQL's admin shutdown, crash shutdown, "cannot connect now"
 * (starting up or shutting down) and "too many connections". SQLSTATE class 08 (connection
 * exceptions) is matched as a class.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

/** node-postgres and pg-pool raise these without a code: a connection that died, or a pool that waited too long. */
const UNAVAILABLE_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/**
 * Whether an error means the database could not be reached (rather than that a query was wrong).
 * TypeORM wraps the driver's error in `driverError`, GraphQL in `originalError`, others use `cause`; Node reports a refused
 * connection to several addresses as an AggregateError.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) {
    return false;
  }
  const { code, message, driverError, originalError, cause, errors } = error as Record<string, unknown>;
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) {
    return true;
  }
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) {
    return true;
  }
  const inner = [driverError, originalError, cause, ...(Array.isArray(errors) ? (errors as unknown[]) : [])];
  return inner.some((e) => isDatabaseUnavailable(e, depth + 1));
}

/**
 * Tracks whether the database is reachable. Whoever meets an error tells it (`noteError`); the
 * first outage error starts it probing every `intervalMs` until the database answers again. An
 * outage is logged once when it starts and once when it ends, with its duration, instead of once per
 * failed request or job. Listeners (the background worker) hear about the recovery.
 */
export class DatabaseAvailability {
  private downSince: number | undefined;
  private probing: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private stopped = false;
  private readonly recoveryListeners = new Set<() => void>();

  constructor(
    private readonly probe: () => Promise<unknown>,
    private readonly log: Logger,
    private readonly intervalMs = 500,
  ) {}

  get available(): boolean {
    return this.downSince === undefined;
  }

  /** Returns whether the error was the database being unreachable. */
  noteError(error: unknown): boolean {
    if (!isDatabaseUnavailable(error)) {
      return false;
    }
    if (this.downSince === undefined && !this.stopped) {
      this.downSince = Date.now();
      this.log.error({ err: error }, 'database unavailable; answering 503 until it is back');
      this.probing = this.probeUntilBack();
    }
    return true;
  }

  onRecovery(listener: () => void): () => void {
    this.recoveryListeners.add(listener);
    return () => this.recoveryListeners.delete(listener);
  }

  private async probeUntilBack(): Promise<void> {
    while (!this.stopped) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.intervalMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      if (this.stopped) {
        return;
      }
      try {
        await this.probe();
      } catch {
        continue;
      }
      const outageMs = Date.now() - (this.downSince ?? Date.now());
      this.downSince = undefined;
      this.log.warn({ outageMs }, 'database available again');
      for (const listener of this.recoveryListeners) {
        listener();
      }
      return;
    }
  }

  /** Stops probing (at shutdown, before the pool closes). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.probing;
  }
}
