import { describe, expect, it } from 'vitest';
import { DatabaseAvailability } from '../../db/availability';
import { createLogger } from '../../logging/logger';
import { supervise, type Supervised } from './supervise';

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

/** Stands in for graphile-worker's runner: `fail` ends it as its cron does when the database is away. */
function fakeRunner() {
  let fail!: (error: Error) => void;
  let stopped = false;
  const promise = new Promise<void>((_resolve, reject) => (fail = reject));
  const runner: Supervised = {
    promise,
    async stop() {
      stopped = true;
    },
  };
  return { runner, fail, isStopped: () => stopped };
}

describe('supervise', () => {
  it('starts a runner that died in an outage again once the database answers, and stops the new one', async () => {
    const log = createLogger('silent');
    let databaseUp = false;
    const availability = new DatabaseAvailability(async () => (databaseUp ? 1 : Promise.reject(refused())), log, 20);
    const runners: ReturnType<typeof fakeRunner>[] = [];
    let attempts = 0;
    const start = async () => {
      attempts += 1;
      if (runners.length > 0 && !databaseUp) {
        throw refused();
      }
      const next = fakeRunner();
      runners.push(next);
      return next.runner;
    };
    const supervisor = await supervise(start, { availability, log, name: 'test worker', retryMs: 20 });
    runners[0]!.fail(refused());
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(runners).toHaveLength(1);
    expect(attempts).toBeGreaterThan(2);
    expect(availability.available).toBe(false);

    databaseUp = true;
    const deadline = Date.now() + 2_000;
    while (runners.length < 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(runners).toHaveLength(2);
    await supervisor.stop();
    expect(runners[1]!.isStopped()).toBe(true);
    await availability.stop();
  });

  it('throws when the first start fails', async () => {
    const log = createLogger('silent');
    const availability = new DatabaseAvailability(async () => 1, log);
    await expect(
      supervise(() => Promise.reject(new Error('bad config')), { availability, log, name: 'test worker' }),
    ).rejects.toThrow('bad config');
  });
});
