// Job: deliver one outbox message. The outbox row is the truth (status, attempts, next attempt); the job
// only says "look at this message now". A message not due, taken by another worker or already sent is
// skipped, so duplicate jobs are harmless. A temporary failure schedules the next job for the backoff time.
import type PgBoss from 'pg-boss';
import { type DeliveryDeps, deliverOne } from '../mail/delivery';

export const DELIVER_EMAIL_JOB = 'deliver-email';

export interface DeliverEmailData {
  outboxId: string;
}

export async function createDeliverEmailQueue(boss: PgBoss): Promise<void> {
  // 'short': at most one waiting job per message (the singleton key), however many processes ask.
  await boss.createQueue(DELIVER_EMAIL_JOB, {
    name: DELIVER_EMAIL_JOB,
    policy: 'short',
    retryLimit: 3,
    retryBackoff: true,
  });
}

export async function enqueueDelivery(boss: PgBoss, outboxId: string, startAfter?: Date): Promise<void> {
  await boss.send(DELIVER_EMAIL_JOB, { outboxId } satisfies DeliverEmailData, {
    // A delayed retry has a key of its own: when SMTP recovers and the message is pulled in
    // (pullInRetries), the immediate job must not be refused as a duplicate of the one waiting hours.
    singletonKey: startAfter ? `${outboxId}:retry` : outboxId,
    ...(startAfter ? { startAfter } : {}),
  });
}

/** Queues many messages in one statement; messages that already have a waiting job are skipped. */
export async function enqueueDeliveries(boss: PgBoss, outboxIds: string[]): Promise<void> {
  for (let i = 0; i < outboxIds.length; i += 500) {
    await boss.insert(
      outboxIds.slice(i, i + 500).map((outboxId) => ({
        name: DELIVER_EMAIL_JOB,
        data: { outboxId } satisfies DeliverEmailData,
        singletonKey: outboxId,
      })),
    );
  }
}

export const DELIVERY_BATCH = 10;

/** Delivers a batch side by side (the SMTP transport pools a few connections). */
export function deliverEmailHandler(boss: PgBoss, deps: DeliveryDeps, onBatch: (size: number) => void) {
  return async (jobs: PgBoss.Job<DeliverEmailData>[]) => {
    await Promise.all(
      jobs.map(async (job) => {
        const result = await deliverOne(deps, job.data.outboxId);
        if (result.status === 'retrying')
          await enqueueDelivery(boss, job.data.outboxId, result.nextAttemptAt);
      }),
    );
    onBatch(jobs.length);
  };
}
