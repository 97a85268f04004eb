// All SQL for the outbox. Writers run inside the caller's transaction; the delivery claims are single
// conditional updates, so two workers (or two processes) can never both send one message.
import { and, desc, eq, gt, gte, inArray, isNull, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { rowsOf } from '../db/rows';
import {
  introductions,
  type OutboxRow,
  type OutboxStatus,
  outboxMessages,
  type RejectedRecipientJson,
} from '../db/schema';

export type NewOutboxRow = typeof outboxMessages.$inferInsert;

/** Wakes delivery workers when the surrounding transaction commits (NOTIFY is transactional). */
export const OUTBOX_CHANNEL = 'linchpin_outbox';

export async function insertOutbox(db: DbOrTx, rows: NewOutboxRow[]): Promise<OutboxRow[]> {
  if (rows.length === 0) return [];
  const inserted = await db.insert(outboxMessages).values(rows).returning();
  if (inserted.some((r) => r.status === 'queued')) {
    await db.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`);
  }
  return inserted;
}

export async function findOutbox(db: DbOrTx, accountId: string, id: string): Promise<OutboxRow | undefined> {
  const [row] = await db
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.accountId, accountId), eq(outboxMessages.id, id)));
  return row;
}

export async function findOutboxById(db: DbOrTx, id: string): Promise<OutboxRow | undefined> {
  const [row] = await db.select().from(outboxMessages).where(eq(outboxMessages.id, id));
  return row;
}

export interface OutboxListQuery {
  introductionId?: string;
  status?: OutboxStatus[];
  limit: number;
  after?: { at: Date; seq: number };
}

/** Newest first. */
export async function listOutbox(db: DbOrTx, accountId: string, q: OutboxListQuery): Promise<OutboxRow[]> {
  const where: (SQL | undefined)[] = [eq(outboxMessages.accountId, accountId)];
  if (q.introductionId) where.push(eq(outboxMessages.introductionId, q.introductionId));
  if (q.status?.length) where.push(inArray(outboxMessages.status, q.status));
  if (q.after) {
    where.push(
      or(
        lt(outboxMessages.createdAt, q.after.at),
        and(eq(outboxMessages.createdAt, q.after.at), lt(outboxMessages.seq, q.after.seq)),
      ),
    );
  }
  return db
    .select()
    .from(outboxMessages)
    .where(and(...where))
    .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.seq))
    .limit(q.limit + 1);
}

export async function listOutboxForIntroduction(
  db: DbOrTx,
  accountId: string,
  introductionId: string,
): Promise<OutboxRow[]> {
  return db
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.accountId, accountId), eq(outboxMessages.introductionId, introductionId)))
    .orderBy(outboxMessages.seq);
}

/** The newest consent request or reminder sent to a person about one introduction. */
export async function latestRequestTo(
  db: DbOrTx,
  accountId: string,
  introductionId: string,
  personId: string,
): Promise<OutboxRow | undefined> {
  const [row] = await db
    .select()
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.accountId, accountId),
        eq(outboxMessages.introductionId, introductionId),
        eq(outboxMessages.recipientPersonId, personId),
        inArray(outboxMessages.kind, ['consent_request', 'reminder']),
      ),
    )
    .orderBy(desc(outboxMessages.seq))
    .limit(1);
  return row;
}

/**
 * The newest consent request or reminder to each person of these introductions (one row per introduction
 * and recipient): whether it reached them is what the introduction shows about their request.
 */
export async function latestRequestsOf(
  db: DbOrTx,
  accountId: string,
  introductionIds: string[],
): Promise<
  Pick<OutboxRow, 'introductionId' | 'recipientPersonId' | 'kind' | 'status' | 'rejected' | 'to' | 'cc'>[]
> {
  if (introductionIds.length === 0) return [];
  return db
    .selectDistinctOn([outboxMessages.introductionId, outboxMessages.recipientPersonId], {
      introductionId: outboxMessages.introductionId,
      recipientPersonId: outboxMessages.recipientPersonId,
      kind: outboxMessages.kind,
      status: outboxMessages.status,
      rejected: outboxMessages.rejected,
      to: outboxMessages.to,
      cc: outboxMessages.cc,
    })
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.accountId, accountId),
        inArray(outboxMessages.introductionId, introductionIds),
        inArray(outboxMessages.kind, ['consent_request', 'reminder']),
      ),
    )
    .orderBy(outboxMessages.introductionId, outboxMessages.recipientPersonId, desc(outboxMessages.seq));
}

/** Consent requests written to a person (any introduction) since a moment; reminders do not count. */
/** Consent requests sent to each of these people since `since`, by person id (absent: none). */
export async function countRequestsToEach(
  db: DbOrTx,
  accountId: string,
  personIds: string[],
  since: Date,
): Promise<Map<string, number>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({ personId: outboxMessages.recipientPersonId, n: sql<number>`count(*)::int` })
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.accountId, accountId),
        inArray(outboxMessages.recipientPersonId, [...new Set(personIds)]),
        eq(outboxMessages.kind, 'consent_request'),
        gte(outboxMessages.createdAt, since),
      ),
    )
    .groupBy(outboxMessages.recipientPersonId);
  return new Map(rows.map((r) => [r.personId!, r.n]));
}

const dueNow = (now: Date) =>
  and(
    inArray(outboxMessages.status, ['queued', 'retrying']),
    or(isNull(outboxMessages.nextAttemptAt), lte(outboxMessages.nextAttemptAt, now)),
  );

/** Ids of messages waiting to be sent now, oldest first. */
export async function dueIds(db: DbOrTx, now: Date, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(dueNow(now))
    .orderBy(outboxMessages.createdAt)
    .limit(limit);
  return rows.map((r) => r.id);
}

/**
 * Takes one message for sending: it must still be due. Returns undefined when another worker took it,
 * it was sent already, or it is not due yet.
 */
export async function claim(db: DbOrTx, id: string, now: Date): Promise<OutboxRow | undefined> {
  const [row] = await db
    .update(outboxMessages)
    .set({ status: 'sending', claimedAt: now, attempts: sql`${outboxMessages.attempts} + 1` })
    .where(and(eq(outboxMessages.id, id), dueNow(now)))
    .returning();
  return row;
}

/**
 * Takes the oldest due message that no other worker is taking right now (SKIP LOCKED), so any number of
 * workers drain the outbox side by side without waiting on each other.
 */
export async function claimNext(db: DbOrTx, now: Date): Promise<OutboxRow | undefined> {
  const next = db
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(dueNow(now))
    .orderBy(outboxMessages.createdAt, outboxMessages.seq)
    .limit(1)
    .for('update', { skipLocked: true });
  const [row] = await db
    .update(outboxMessages)
    .set({ status: 'sending', claimedAt: now, attempts: sql`${outboxMessages.attempts} + 1` })
    .where(and(eq(outboxMessages.id, sql`(${next})`), dueNow(now)))
    .returning();
  return row;
}

/**
 * Marks a claimed message sent. The attempt number fences the claim: a worker whose claim was released
 * as stale (and taken again) can no longer record anything.
 */
export async function markSent(
  db: DbOrTx,
  id: string,
  attempt: number,
  now: Date,
  result: { accepted: string[]; rejected: RejectedRecipientJson[]; error: string | null },
): Promise<boolean> {
  const rows = await db
    .update(outboxMessages)
    .set({
      status: 'sent',
      sentAt: now,
      claimedAt: null,
      nextAttemptAt: null,
      accepted: result.accepted,
      rejected: result.rejected,
      lastError: result.error,
    })
    .where(
      and(
        eq(outboxMessages.id, id),
        eq(outboxMessages.status, 'sending'),
        eq(outboxMessages.attempts, attempt),
      ),
    )
    .returning({ id: outboxMessages.id });
  return rows.length > 0;
}

export async function markUnsent(
  db: DbOrTx,
  id: string,
  attempt: number,
  change: {
    status: 'retrying' | 'failed';
    error: string;
    nextAttemptAt: Date | null;
    rejected?: RejectedRecipientJson[];
  },
): Promise<void> {
  await db
    .update(outboxMessages)
    .set({
      status: change.status,
      lastError: change.error,
      accepted: [],
      rejected: change.rejected ?? [],
      nextAttemptAt: change.nextAttemptAt,
      claimedAt: null,
    })
    .where(
      and(
        eq(outboxMessages.id, id),
        eq(outboxMessages.status, 'sending'),
        eq(outboxMessages.attempts, attempt),
      ),
    );
}

/**
 * The SMTP server just took a message, so whatever waits out a backoff for an earlier failure is likely
 * to go through now: due at once instead of minutes or hours later. Wakes the workers (NOTIFY).
 */
export async function pullInRetries(db: DbOrTx, now: Date): Promise<string[]> {
  const rows = await db
    .update(outboxMessages)
    .set({ nextAttemptAt: now })
    .where(and(eq(outboxMessages.status, 'retrying'), gt(outboxMessages.nextAttemptAt, now)))
    .returning({ id: outboxMessages.id });
  if (rows.length > 0) await db.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`);
  return rows.map((r) => r.id);
}

/**
 * A worker that died between sending and recording it leaves its claim behind. After the lease such a
 * message is sent again, once, with the same Message-ID, so the recipient's mail client sees one message.
 */
export async function releaseStaleClaims(db: DbOrTx, olderThan: Date, now: Date): Promise<string[]> {
  const rows = await db
    .update(outboxMessages)
    .set({
      status: 'retrying',
      claimedAt: null,
      nextAttemptAt: now,
      lastError: 'interrupted during delivery; sending again with the same Message-ID',
    })
    .where(and(eq(outboxMessages.status, 'sending'), lt(outboxMessages.claimedAt, olderThan)))
    .returning({ id: outboxMessages.id });
  return rows.map((r) => r.id);
}

/**
 * After a restore, messages that were still waiting in the backup are not sent by themselves: the
 * original may have gone out after the backup was taken, and a message must never go out twice.
 */
export async function holdRestoredMessages(db: DbOrTx, accountId: string): Promise<void> {
  await db
    .update(outboxMessages)
    .set({
      status: 'failed',
      claimedAt: null,
      nextAttemptAt: null,
      lastError: 'restored from a backup before it was sent; not sent automatically',
    })
    .where(
      and(
        eq(outboxMessages.accountId, accountId),
        inArray(outboxMessages.status, ['queued', 'retrying', 'sending']),
      ),
    );
}

/** One message and the state of its introduction (null: none), locked until the transaction ends. */
export async function lockOutbox(
  db: DbOrTx,
  accountId: string,
  id: string,
): Promise<{ row: OutboxRow; introductionState: string | null } | undefined> {
  const [found] = await db
    .select({ row: outboxMessages, introductionState: introductions.state })
    .from(outboxMessages)
    .leftJoin(introductions, eq(introductions.id, outboxMessages.introductionId))
    .where(and(eq(outboxMessages.accountId, accountId), eq(outboxMessages.id, id)))
    .for('update', { of: outboxMessages });
  return found;
}

/** Sends a failed message again from the start: attempts, errors and per-recipient results cleared. */
export async function requeue(
  db: DbOrTx,
  id: string,
  change: Pick<OutboxRow, 'to' | 'replyTo' | 'text' | 'html'> & { status: 'queued' | 'local' },
): Promise<OutboxRow> {
  const [row] = await db
    .update(outboxMessages)
    .set({
      ...change,
      attempts: 0,
      lastError: null,
      nextAttemptAt: null,
      claimedAt: null,
      sentAt: null,
      accepted: [],
      rejected: [],
    })
    .where(eq(outboxMessages.id, id))
    .returning();
  if (change.status === 'queued') await db.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`);
  return row!;
}

export async function setRejected(db: DbOrTx, id: string, rejected: RejectedRecipientJson[]): Promise<void> {
  await db.update(outboxMessages).set({ rejected }).where(eq(outboxMessages.id, id));
}

/**
 * Messages that did not reach someone and can still be fixed: failed for everyone, or delivered but
 * refused for a recipient nobody has resent to yet. Each with its introduction's state.
 */
export async function undelivered(
  db: DbOrTx,
  accountId: string,
): Promise<{ row: OutboxRow; introductionState: string | null }[]> {
  return db
    .select({ row: outboxMessages, introductionState: introductions.state })
    .from(outboxMessages)
    .leftJoin(introductions, eq(introductions.id, outboxMessages.introductionId))
    .where(
      and(
        eq(outboxMessages.accountId, accountId),
        or(
          eq(outboxMessages.status, 'failed'),
          and(
            eq(outboxMessages.status, 'sent'),
            sql`${outboxMessages.rejected} @> '[{"resentAs": null}]'::jsonb`,
          ),
        ),
      ),
    )
    .orderBy(outboxMessages.createdAt, outboxMessages.seq)
    .limit(200);
}

/** How many of the account's messages are in each status; a status with none is left out. */
export async function countByStatus(
  db: DbOrTx,
  accountId: string,
): Promise<{ status: OutboxStatus; count: number }[]> {
  return rowsOf<{ status: OutboxStatus; count: number }>(
    db,
    sql`select ${outboxMessages.status} as status, count(*)::int as count from ${outboxMessages}
    where ${outboxMessages.accountId} = ${accountId} group by ${outboxMessages.status}`,
  );
}
