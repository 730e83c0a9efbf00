import { Logger as WorkerLogger, run, type Runner, type TaskList } from 'graphile-worker';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import { isDatabaseUnavailable, type DatabaseAvailability } from '../../db/availability';
import type { Logger } from '../../logging/logger';
import { createMailTransport, OutboxDelivery } from './outbox.delivery';
import { SystemAccess, type SystemPurpose } from '../../access/system-access';
import { enqueuePeerGroupNudges, enqueuePeerMeetingReminders } from '../peer-learning/group-jobs';
import { enqueueDueSoonReminders, enqueueOverdueDigests } from './follow-up-reminders';
import { enqueueReminders } from './reminders';
import { supervise } from './supervise';

export interface BackgroundWorker {
  stop(): Promise<void>;
}

/**
 * Schedules: deliver the outbox every minute (and again at once while batches come back full),
 * enqueue session reminders and follow-up reminders (due soon, weekly overdue digest) every hour. `?max=1`: a failed run is not retried by graphile-worker; the next
 * tick runs anyway, and the outbox rows keep their own attempts.
 */
const CRONTAB = [
  '* * * * * deliver_outbox ?max=1',
  '7 * * * * enqueue_reminders ?max=1',
  '17 8 * * 1 enqueue_peer_nudges ?max=1',
  '17 * * * * enqueue_follow_up_reminders ?max=1',
].join('\n');

/** The system path's tokens are renewed this often, well within their 30 days. */
const SYSTEM_TOKEN_RENEW_MS = 24 * 3600_000;

/** PostgreSQL's "terminating connection due to administrator command". */
const ADMIN_SHUTDOWN = '57P01';

const isAdminShutdown = (error: unknown) => (error as { code?: unknown } | undefined)?.code === ADMIN_SHUTDOWN;

/**
 * graphile-worker writes an error's message and stack into its own message ("Failed task 7
 * (deliver_outbox, …) with error '…'"): keep the text before them.
 */
function withoutErrorText(message: string, error: unknown): string {
  const text = error instanceof Error ? error.message : '';
  const at = text ? message.indexOf(text) : -1;
  return at < 0 ? message : message.slice(0, at).replace(/[\s:'"]+$/, '');
}

/**
 * pg-pool's end() resolves while its connections are still closing, so when the embedded
 * PostgreSQL stops right after, those connections report an admin shutdown. During our own
 * shutdown that is expected, not an error. While the database is away every poll and task fails:
 * `noteOutage` takes those errors (the outage is logged once, by the availability monitor).
 */
export function workerLogger(
  log: Logger,
  stopping: () => boolean,
  noteOutage: (error: unknown) => boolean = isDatabaseUnavailable,
): WorkerLogger {
  return new WorkerLogger((scope) => (level, rawMessage, rawMeta) => {
    const { job, ...meta } = (rawMeta ?? {}) as {
      job?: { id?: unknown; task_identifier?: unknown; attempts?: unknown };
    };
    // The job's payload stays out; the error is reduced by the logger's serializer.
    const fields = {
      worker: scope.label ?? 'graphile-worker',
      task: scope.taskIdentifier,
      ...meta,
      ...(job ? { job: { id: job.id, task: job.task_identifier, attempts: job.attempts } } : {}),
    };
    const message = withoutErrorText(rawMessage, (meta as { error?: unknown }).error);
    const error = (meta as { error?: unknown }).error;
    if ((stopping() && isAdminShutdown(error)) || (error !== undefined && noteOutage(error))) {
      log.debug(fields, message);
      return;
    }
    // LogLevel is a const enum of graphile's logger, which isolated modules cannot import: compare its values.
    switch (level as string) {
      case 'error':
        log.error(fields, message);
        break;
      case 'warning':
        log.warn(fields, message);
        break;
      case 'info':
        log.debug(fields, message);
        break;
      default:
        log.trace(fields, message);
    }
  });
}

/**
 * Starts graphile-worker (its schema `graphile_worker` is created and migrated by `run`, as the
 * owner: the application role has no rights there and needs none). The tasks themselves work on
 * the application pool, under the same grants as requests. graphile-worker's cron scheduler stops
 * the whole runner when the database is away at a minute's tick: the runner is then started again
 * (see supervise.ts) as soon as the database answers.
 */
export async function startBackgroundWorker(options: {
  ownerUrl: string;
  dataSource: DataSource;
  config: Pick<Config, 'demo' | 'mail' | 'publicUrl'>;
  /** The clock of the follow-up reminders (tests); the real time otherwise. */
  now?: () => Date;
  log: Logger;
  availability: DatabaseAvailability;
}): Promise<BackgroundWorker> {
  const { config, log, availability } = options;
  const transport = config.mail.smtp ? createMailTransport(config.mail.smtp) : null;
  // RD_DEMO_SEND_MAIL: demo data, real mail (config.ts).
  const keepMail = config.demo && !config.mail.sendInDemo;
  if (keepMail) {
    log.info('demo mode: e-mail is kept in the outbox, never sent');
  } else if (!transport) {
    log.warn('SMTP_HOST is not set: e-mail waits in the outbox until SMTP is configured');
  }
  // Our own pool, ended by us after the runner stops: no client of it outlives the worker, and an
  // idle client that the server closes (e.g. PostgreSQL shutting down) is logged, not fatal.
  const pgPool = new Pool({ connectionString: options.ownerUrl, max: 3, application_name: 'rode-draad-worker' });
  const systems = new Map<SystemPurpose, { access: SystemAccess; at: number }>();
  // One token per purpose, registered with the owner connection on first use and renewed daily;
  // the tasks run on the app pool.
  const systemPath = async (purpose: SystemPurpose): Promise<SystemAccess> => {
    const known = systems.get(purpose);
    if (known && Date.now() - known.at <= SYSTEM_TOKEN_RENEW_MS) {
      return known.access;
    }
    const access = await SystemAccess.register(pgPool, purpose);
    systems.set(purpose, { access, at: Date.now() });
    return access;
  };
  const systemAccess = () => systemPath('follow-up-reminders');
  const peerGroups = () => systemPath('peer-groups');
  const delivery = new OutboxDelivery(options.dataSource, {
    transport,
    demo: keepMail,
    from: config.mail.from,
    linkSecret: config.mail.linkSecret,
    publicUrl: config.publicUrl,
    log,
  });
  const taskList: TaskList = {
    deliver_outbox: async (_payload, helpers) => {
      const { hasMore } = await delivery.deliverDue(await systemAccess());
      if (hasMore) {
        await helpers.addJob('deliver_outbox', {}, { jobKey: 'deliver_outbox_more', maxAttempts: 1 });
      }
    },
    enqueue_reminders: async () => {
      const count = await enqueueReminders(options.dataSource);
      const meetings = await enqueuePeerMeetingReminders(options.dataSource, await peerGroups());
      if (count || meetings) {
        log.info({ count, meetings }, 'reminders enqueued');
      }
    },
    enqueue_peer_nudges: async () => {
      const count = await enqueuePeerGroupNudges(options.dataSource, await peerGroups());
      if (count) {
        log.info({ count }, 'peer group nudges enqueued');
      }
    },
    enqueue_follow_up_reminders: async () => {
      const now = options.now?.() ?? new Date();
      const access = await systemAccess();
      const dueSoon = await enqueueDueSoonReminders(options.dataSource, access, now);
      const digests = await enqueueOverdueDigests(options.dataSource, access, now);
      if (dueSoon + digests) {
        // Counts only: which recommendations and whom stays in the outbox.
        log.info({ dueSoon, digests }, 'follow-up reminders enqueued');
      }
    },
  };
  let stopping = false;
  pgPool.on('error', (error) => {
    if ((stopping && isAdminShutdown(error)) || availability.noteError(error)) {
      return;
    }
    log.warn({ err: error }, 'background worker connection lost');
  });
  const startRunner = async (): Promise<Runner> => {
    const runner = await run({
      pgPool,
      concurrency: 1,
      noHandleSignals: true,
      pollInterval: 5_000,
      logger: workerLogger(
        log,
        () => stopping,
        (error) => availability.noteError(error),
      ),
      taskList,
      crontab: CRONTAB,
    });
    try {
      // Catch up at start (and after an outage) instead of waiting for the first tick.
      await runner.addJob('deliver_outbox', {}, { jobKey: 'deliver_outbox_more', maxAttempts: 1 });
      await runner.addJob('enqueue_reminders', {}, { jobKey: 'enqueue_reminders_start', maxAttempts: 1 });
      await runner.addJob('enqueue_follow_up_reminders', {}, { jobKey: 'enqueue_follow_up_start', maxAttempts: 1 });
    } catch (error) {
      await runner.stop().catch(() => undefined);
      throw error;
    }
    return runner;
  };
  let supervisor: Awaited<ReturnType<typeof supervise>>;
  try {
    supervisor = await supervise(startRunner, { availability, log, name: 'background worker' });
  } catch (error) {
    await pgPool.end();
    throw error;
  }
  log.info('background worker started');
  return {
    async stop() {
      stopping = true;
      await supervisor.stop();
      await pgPool.end();
      transport?.close?.();
      log.info('background worker stopped');
    },
  };
}
