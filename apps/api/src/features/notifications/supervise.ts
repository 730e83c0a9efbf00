import type { DatabaseAvailability } from '../../db/availability';
import type { Logger } from '../../logging/logger';

/** What `supervise` keeps running: graphile-worker's runner has this shape. */
export interface Supervised {
  /** Settles when it stopped by itself (rejects after an error) or was stopped. */
  promise: Promise<void>;
  stop(): Promise<void>;
}

export interface SuperviseOptions {
  availability: DatabaseAvailability;
  log: Logger;
  name: string;
  /** Between attempts while the database is away; start is cheap then (the connection is refused at once). */
  retryMs?: number;
  /** Between attempts after any other failure, which a retry every second would only repeat in the log. */
  slowRetryMs?: number;
}

/**
 * Starts something long-running and starts it again whenever it stops by itself, e.g. the
 * background worker, whose cron scheduler gives up when the database is away at a minute's tick.
 * The first start must succeed (its error is thrown); later starts are retried until one does, so
 * the worker is back within about `retryMs` of the database accepting connections again.
 */
export async function supervise(
  start: () => Promise<Supervised>,
  options: SuperviseOptions,
): Promise<{ stop(): Promise<void> }> {
  const { availability, log, name, retryMs = 1_000, slowRetryMs = 30_000 } = options;
  let stopped = false;
  let current: Supervised | undefined;
  let wake: (() => void) | undefined;
  let restarting: Promise<void> | undefined;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const restart = async () => {
    while (!stopped) {
      try {
        const next = await start();
        if (stopped) {
          await next.stop();
          return;
        }
        watch(next);
        log.info(`${name} running again`);
        return;
      } catch (error) {
        const outage = availability.noteError(error);
        if (!outage) {
          log.error({ err: error }, `${name} could not start again; retrying`);
        }
        await pause(outage ? retryMs : slowRetryMs);
      }
    }
  };

  const watch = (running: Supervised) => {
    current = running;
    running.promise.then(
      () => undefined,
      (error: unknown) => {
        if (stopped) {
          return;
        }
        current = undefined;
        if (!availability.noteError(error)) {
          log.error({ err: error }, `${name} stopped after an error; starting it again`);
        }
        restarting = restart();
      },
    );
  };

  watch(await start());
  return {
    async stop() {
      stopped = true;
      wake?.();
      await restarting;
      await current?.stop();
    },
  };
}
