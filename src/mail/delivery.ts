// Delivers outbox messages: claim (one conditional update), send, record. Transient failures retry with
// exponential backoff; permanent ones fail at once. A crash between send and record leaves a claim that
// expires after the lease and is sent again, once, with the same Message-ID.

import type { MailSettings } from '../config';
import type { Db } from '../db/client';
import type { OutboxRow } from '../db/schema';
import type { Clock } from '../shared/clock';
import type { Logger } from '../shared/logger';
import * as repo from './repository';
import { isPermanentFailure, type MailTransport, type RecipientRefusal, refusalsOf } from './transport';

/** lastError of a message some recipients did not get: who, and what their server answered. */
export function refusedSummary(rejected: RecipientRefusal[]): string {
  return `Not delivered to ${rejected.map((r) => `${r.address} (${r.error})`).join(', ')}`;
}

export interface DeliveryDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  settings: MailSettings;
  /** null: no SMTP configured; messages stay in the local outbox. */
  transport: MailTransport | null;
}

export type DeliveryResult =
  | { status: 'sent' }
  | { status: 'retrying'; nextAttemptAt: Date; error: string }
  | { status: 'failed'; error: string }
  | { status: 'skipped' };

/** How long a claim may be held before it is presumed dead. Well above the transport's timeouts. */
export const CLAIM_LEASE_MS = 5 * 60_000;

/** 30 s, 1 min, 2 min, … capped at 2 h. */
export function backoffMs(attempt: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 2 * 3_600_000);
}

export async function deliverOne(d: DeliveryDeps, id: string): Promise<DeliveryResult> {
  const row = await repo.claim(d.db, id, d.clock.now());
  return row ? deliverClaimed(d, row) : { status: 'skipped' };
}

async function deliverClaimed(d: DeliveryDeps, row: OutboxRow): Promise<DeliveryResult> {
  const id = row.id;
  if (!d.transport) {
    const error = 'no SMTP server is configured (SMTP_URL); the message stays in the outbox';
    await repo.markUnsent(d.db, id, row.attempts, { status: 'failed', error, nextAttemptAt: null });
    return { status: 'failed', error };
  }
  try {
    const result = await d.transport.send(row);
    const rejected = result.rejected.map((r) => ({ ...r, resentAs: null }));
    const now = d.clock.now();
    await repo.markSent(d.db, id, row.attempts, now, {
      accepted: result.accepted,
      rejected,
      error: rejected.length ? refusedSummary(rejected) : null,
    });
    d.log.info(
      { outboxId: id, messageId: row.messageId, response: result.response, rejected },
      rejected.length ? 'mail sent, but refused for some recipients' : 'mail sent',
    );
    const pulledIn = await repo.pullInRetries(d.db, now);
    if (pulledIn.length)
      d.log.info({ count: pulledIn.length }, 'SMTP works again: retrying waiting mail now');
    return { status: 'sent' };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    const permanent = isPermanentFailure(err) || row.attempts >= d.settings.maxAttempts;
    const nextAttemptAt = new Date(d.clock.now().getTime() + backoffMs(row.attempts));
    // Every recipient refused: nodemailer throws, carrying each one's answer.
    const rejected =
      err instanceof Error && 'rejectedErrors' in err
        ? refusalsOf('rejected' in err ? err.rejected : [], err.rejectedErrors)
        : [];
    await repo.markUnsent(d.db, id, row.attempts, {
      status: permanent ? 'failed' : 'retrying',
      error: rejected.length ? refusedSummary(rejected) : error,
      nextAttemptAt: permanent ? null : nextAttemptAt,
      rejected: rejected.map((r) => ({ ...r, resentAs: null })),
    });
    d.log.warn({ outboxId: id, attempt: row.attempts, permanent, err: error }, 'mail delivery failed');
    return permanent ? { status: 'failed', error } : { status: 'retrying', nextAttemptAt, error };
  }
}

export interface DrainReport {
  sent: number;
  retrying: number;
  failed: number;
  released: number;
}

/** Releases stale claims, then delivers every message that is due, oldest first. */
export async function deliverDue(d: DeliveryDeps, opts: { limit?: number } = {}): Promise<DrainReport> {
  const now = d.clock.now();
  const released = await repo.releaseStaleClaims(d.db, new Date(now.getTime() - CLAIM_LEASE_MS), now);
  const report: DrainReport = { sent: 0, retrying: 0, failed: 0, released: released.length };
  // Only what was due when the drain began: a message that fails and is retried later is not retaken.
  for (let n = 0; n < (opts.limit ?? 500); n++) {
    const row = await repo.claimNext(d.db, now);
    if (!row) break;
    const r = await deliverClaimed(d, row);
    if (r.status !== 'skipped') report[r.status]++;
  }
  return report;
}
