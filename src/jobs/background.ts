// Background work for one process: email delivery, the timed introduction sweeps, the digest sweep and the matching refresh, on the pg-boss
// queue in the application database. The server calls startBackgroundWork after it opens the database
// and stop() before closing it. Tests drive the same work deterministically by calling the job functions
// (deliverDue, the sweeps) with a ManualClock instead.
import type PgBoss from 'pg-boss';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { CHECK_BACKS_JOB, noteDueCheckBacks } from '../introductions/jobs/check-backs';
import { FOLLOW_UPS_JOB, sendDueFollowUps } from '../introductions/jobs/follow-ups';
import { SEND_REMINDERS_JOB, sendRemindersAndExpire } from '../introductions/jobs/send-reminders';
import type { DeliveryDeps } from '../mail/delivery';
import { smtpTransport } from '../mail/transport';
import { createRefresher, REFRESH_SUGGESTIONS_JOB } from '../matching/jobs/refresh-suggestions';
import { MATCHING_CHANNEL } from '../matching/pending';
// Named for what it is: biome reads a `use…` call as a React hook.
import { useEmbedder as universalSentenceEncoder } from '../matching/use-embedder';
import type { Clock } from '../shared/clock';
import type { Logger } from '../shared/logger';
import { DB_MAINTENANCE_CRON, DB_MAINTENANCE_JOB, embeddedMaintenance } from './db-maintenance';
import {
  createDeliverEmailQueue,
  DELIVER_EMAIL_JOB,
  DELIVERY_BATCH,
  deliverEmailHandler,
  enqueueDeliveries,
} from './deliver-email';
import { listenForOutbox } from './outbox-listener';
import { dueForDelivery, OUTBOX_SWEEP_JOB } from './outbox-sweep';
import { startQueue, withSetupLock } from './queue';
import { SEND_DIGESTS_CRON, SEND_DIGESTS_JOB, sendDueDigests } from './send-digests';

export interface BackgroundDeps {
  database: Database;
  clock: Clock;
  config: Config;
  log: Logger;
}

export interface BackgroundOptions {
  pollingIntervalSeconds?: number;
  /** Run the minute-by-minute sweeps (default true). */
  schedule?: boolean;
}

export interface BackgroundWork {
  boss: PgBoss;
  /** Queue every message that is due now and wake the delivery worker. */
  wake(): Promise<void>;
  stop(): Promise<void>;
}

const EVERY_MINUTE = '* * * * *';

export async function startBackgroundWork(
  deps: BackgroundDeps,
  opts: BackgroundOptions = {},
): Promise<BackgroundWork> {
  const { database, log } = deps;
  return withSetupLock(database, async () => {
    const boss = await startQueue(database, log, { pollingIntervalSeconds: opts.pollingIntervalSeconds });
    try {
      return await startWork(boss, deps, opts);
    } catch (err) {
      // Stop the queue's timers too, or a process whose start failed would never exit.
      await boss.stop({ graceful: false, close: false, wait: true }).catch(() => {});
      throw err;
    }
  });
}

async function startWork(
  boss: PgBoss,
  deps: BackgroundDeps,
  opts: BackgroundOptions,
): Promise<BackgroundWork> {
  const { database, clock, config, log } = deps;
  const db = database.db;
  const transport = config.mail.smtpUrl ? smtpTransport(config.mail.smtpUrl) : null;
  const delivery: DeliveryDeps = { db, clock, log, settings: config.mail, transport };
  await createDeliverEmailQueue(boss);
  // A full batch means more may be waiting: fetch again at once instead of waiting for the poll.
  let deliverWorker = '';
  const onBatch = (size: number) => {
    if (size >= DELIVERY_BATCH) boss.notifyWorker(deliverWorker);
  };
  deliverWorker = await boss.work(
    DELIVER_EMAIL_JOB,
    { batchSize: DELIVERY_BATCH },
    deliverEmailHandler(boss, delivery, onBatch),
  );

  // Coalesces bursts of notifications into one pass at a time, plus one more if any arrived meanwhile.
  let running: Promise<void> | null = null;
  let again = false;
  const pass = async () => {
    do {
      again = false;
      await enqueueDeliveries(boss, await dueForDelivery(db, clock));
      boss.notifyWorker(deliverWorker);
    } while (again);
  };
  const wake = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = pass()
      .catch((err) => log.warn({ err }, 'queueing due mail failed'))
      .finally(() => {
        running = null;
      });
    return running;
  };

  const introDeps = { db, clock, config, log };
  const matching = createRefresher({ db, clock, log, embedder: universalSentenceEncoder() });
  const sweeps: [string, string, () => Promise<unknown>][] = [
    [OUTBOX_SWEEP_JOB, EVERY_MINUTE, wake],
    [SEND_REMINDERS_JOB, EVERY_MINUTE, () => sendRemindersAndExpire(introDeps)],
    [CHECK_BACKS_JOB, EVERY_MINUTE, () => noteDueCheckBacks(introDeps)],
    [FOLLOW_UPS_JOB, EVERY_MINUTE, () => sendDueFollowUps(introDeps)],
    [REFRESH_SUGGESTIONS_JOB, EVERY_MINUTE, () => matching.sweep()],
    [SEND_DIGESTS_JOB, SEND_DIGESTS_CRON, () => sendDueDigests(introDeps)],
  ];
  if (database.kind === 'pglite') {
    sweeps.push([DB_MAINTENANCE_JOB, DB_MAINTENANCE_CRON, embeddedMaintenance(db, log)]);
  }
  for (const [name, cron, run] of sweeps) {
    await boss.createQueue(name, { name, policy: 'singleton', retryLimit: 0 });
    await boss.work(name, { pollingIntervalSeconds: 10 }, async () => {
      await run();
    });
    if (opts.schedule !== false) await boss.schedule(name, cron, {}, { tz: 'UTC' });
  }

  const unlisten = await listenForOutbox(database, () => void wake(), log);
  const unlistenMatching = await listenForOutbox(database, () => void matching.wake(), log, {
    channel: MATCHING_CHANNEL,
  });
  await wake();
  void matching.wake();
  log.debug({ transport: transport ? 'smtp' : 'local outbox only' }, 'background work started');

  return {
    boss,
    wake,
    async stop() {
      await unlisten();
      await unlistenMatching();
      await running;
      await matching.stop();
      await boss.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
      transport?.close();
    },
  };
}
