// Job (every minute): the safety net under email delivery. Releases claims left by a worker that died
// mid-delivery (sent again once, same Message-ID) and queues every message that is due, in case its job
// or its wake-up notification was lost.
import type { Db } from '../db/client';
import { CLAIM_LEASE_MS } from '../mail/delivery';
import { dueIds, releaseStaleClaims } from '../mail/repository';
import type { Clock } from '../shared/clock';

export const OUTBOX_SWEEP_JOB = 'outbox-sweep';

export async function dueForDelivery(db: Db, clock: Clock, limit = 1000): Promise<string[]> {
  const now = clock.now();
  await releaseStaleClaims(db, new Date(now.getTime() - CLAIM_LEASE_MS), now);
  return dueIds(db, now, limit);
}
