// The digest's SQL: which accounts want one, the row lock that lets one worker at a time work on an
// account, and the unique slot (account, period) that makes each digest go out once.
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { accounts, digestSends } from '../db/schema';

export interface DigestAccount {
  id: string;
  email: string;
  name: string | null;
  timeZone: string;
  digestFrequency: 'none' | 'daily' | 'weekly';
  digestHour: number;
}

const columns = {
  id: accounts.id,
  email: accounts.email,
  name: accounts.name,
  timeZone: accounts.timeZone,
  digestFrequency: accounts.digestFrequency,
  digestHour: accounts.digestHour,
};

/** Every account with a digest turned on (no lock: the sweep decides in memory who is due). */
export async function accountsWithDigest(db: DbOrTx): Promise<DigestAccount[]> {
  return db.select(columns).from(accounts).where(ne(accounts.digestFrequency, 'none'));
}

/** Of these (account, period) pairs, the ones whose slot is already taken, as "accountId period" keys. */
export async function takenSlots(db: DbOrTx, pairs: { accountId: string; periodKey: string }[]) {
  if (pairs.length === 0) return new Set<string>();
  const rows = await db
    .select({ accountId: digestSends.accountId, periodKey: digestSends.periodKey })
    .from(digestSends)
    .where(
      and(
        inArray(
          digestSends.accountId,
          pairs.map((p) => p.accountId),
        ),
        inArray(
          digestSends.periodKey,
          pairs.map((p) => p.periodKey),
        ),
      ),
    );
  return new Set(rows.map((r) => `${r.accountId} ${r.periodKey}`));
}

/**
 * Locks the account row for this transaction, or returns undefined at once when another worker holds it.
 * NO KEY UPDATE, not UPDATE: inserts elsewhere that point at the account (FOR KEY SHARE) go on meanwhile.
 */
export async function lockAccount(tx: DbOrTx, accountId: string): Promise<DigestAccount | undefined> {
  const [row] = await tx
    .select(columns)
    .from(accounts)
    .where(eq(accounts.id, accountId))
    .for('no key update', { skipLocked: true });
  return row;
}

/** Takes the slot; false when it was already taken (this period's digest went out, or was empty). */
export async function takeSlot(
  tx: DbOrTx,
  accountId: string,
  periodKey: string,
  now: Date,
): Promise<boolean> {
  const rows = await tx
    .insert(digestSends)
    .values({ accountId, periodKey, createdAt: now })
    .onConflictDoNothing()
    .returning({ periodKey: digestSends.periodKey });
  return rows.length === 1;
}

export async function recordSlotMessage(
  tx: DbOrTx,
  accountId: string,
  periodKey: string,
  outboxId: string,
): Promise<void> {
  await tx
    .update(digestSends)
    .set({ outboxId })
    .where(and(eq(digestSends.accountId, accountId), eq(digestSends.periodKey, periodKey)));
}

/** The slots of one account, newest first (tests, and what a support question needs). */
export async function slotsOf(db: DbOrTx, accountId: string) {
  return db
    .select()
    .from(digestSends)
    .where(eq(digestSends.accountId, accountId))
    .orderBy(sql`${digestSends.createdAt} desc`);
}
