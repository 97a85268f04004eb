import { and, desc, eq, gt, lt, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { accountFlags, accounts, apiTokens, instanceSettings, passwordResets, sessions } from '../db/schema';
import type { DigestFrequency } from '../domain/time/digest-schedule';

export async function countAccounts(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(accounts);
  return row?.n ?? 0;
}

export async function findAccountByEmail(db: DbOrTx, email: string) {
  const [row] = await db
    .select()
    .from(accounts)
    .where(sql`lower(${accounts.email}) = ${email.toLowerCase()}`);
  return row;
}

export async function findAccountById(db: DbOrTx, id: string) {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
  return row;
}

export async function findOwner(db: DbOrTx) {
  const [row] = await db.select().from(accounts).where(eq(accounts.role, 'owner'));
  return row;
}

export async function insertAccount(
  db: DbOrTx,
  values: {
    email: string;
    name: string | null;
    passwordHash: string;
    role: 'owner' | 'member';
    timeZone?: string;
    digestFrequency?: DigestFrequency;
  },
) {
  const [row] = await db.insert(accounts).values(values).returning();
  return row!;
}

export type AccountChanges = Partial<
  Pick<typeof accounts.$inferInsert, 'name' | 'timeZone' | 'digestFrequency' | 'digestHour' | 'vouchCriteria'>
>;

export async function updateAccount(db: DbOrTx, id: string, values: AccountChanges) {
  const [row] = await db.update(accounts).set(values).where(eq(accounts.id, id)).returning();
  return row;
}

export async function setPasswordHash(db: DbOrTx, id: string, passwordHash: string): Promise<void> {
  await db.update(accounts).set({ passwordHash }).where(eq(accounts.id, id));
}

export async function getAllowSignups(db: DbOrTx): Promise<boolean> {
  const [row] = await db
    .select({ value: instanceSettings.value })
    .from(instanceSettings)
    .where(eq(instanceSettings.key, accountFlags.allowSignupsKey));
  return row?.value === true;
}

export async function setAllowSignups(db: DbOrTx, allow: boolean): Promise<void> {
  await db
    .insert(instanceSettings)
    .values({ key: accountFlags.allowSignupsKey, value: allow })
    .onConflictDoUpdate({ target: instanceSettings.key, set: { value: allow, updatedAt: sql`now()` } });
}

export async function insertSession(
  db: DbOrTx,
  values: { tokenHash: string; accountId: string; csrfToken: string; expiresAt: Date },
) {
  await db.insert(sessions).values(values);
}

export async function findLiveSession(db: DbOrTx, tokenHash: string, now: Date) {
  const [row] = await db
    .select({
      accountId: sessions.accountId,
      csrfToken: sessions.csrfToken,
      email: accounts.email,
      role: accounts.role,
    })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return row;
}

export async function deleteSession(db: DbOrTx, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function listLiveSessions(db: DbOrTx, accountId: string, now: Date) {
  return db
    .select({ tokenHash: sessions.tokenHash, createdAt: sessions.createdAt, expiresAt: sessions.expiresAt })
    .from(sessions)
    .where(and(eq(sessions.accountId, accountId), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.createdAt));
}

/** Ends every session of the account except the one with `keepTokenHash`; returns how many ended. */
export async function deleteSessionsExcept(
  db: DbOrTx,
  accountId: string,
  keepTokenHash: string | undefined,
): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(
      keepTokenHash === undefined
        ? eq(sessions.accountId, accountId)
        : and(eq(sessions.accountId, accountId), ne(sessions.tokenHash, keepTokenHash)),
    )
    .returning({ tokenHash: sessions.tokenHash });
  return rows.length;
}

export async function deleteExpiredSessions(db: DbOrTx, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function insertApiToken(
  db: DbOrTx,
  values: { accountId: string; name: string; tokenHash: string },
) {
  const [row] = await db.insert(apiTokens).values(values).returning();
  return row!;
}

export async function findApiToken(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({
      id: apiTokens.id,
      accountId: apiTokens.accountId,
      lastUsedAt: apiTokens.lastUsedAt,
      email: accounts.email,
      role: accounts.role,
    })
    .from(apiTokens)
    .innerJoin(accounts, eq(accounts.id, apiTokens.accountId))
    .where(eq(apiTokens.tokenHash, tokenHash));
  return row;
}

export async function touchApiToken(db: DbOrTx, id: string, now: Date): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id));
}

export async function listApiTokens(db: DbOrTx, accountId: string) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.accountId, accountId))
    .orderBy(desc(apiTokens.createdAt));
}

export async function deleteApiToken(db: DbOrTx, accountId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(apiTokens)
    .where(and(eq(apiTokens.accountId, accountId), eq(apiTokens.id, id)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

export async function insertPasswordReset(
  db: DbOrTx,
  values: { accountId: string; tokenHash: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db.insert(passwordResets).values(values);
}

export async function findPasswordReset(db: DbOrTx, tokenHash: string) {
  const [row] = await db.select().from(passwordResets).where(eq(passwordResets.tokenHash, tokenHash));
  return row;
}

/** Uses the reset once: false when it was already used (a second tab, a replayed link). */
export async function usePasswordReset(db: DbOrTx, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.id, id), sql`${passwordResets.usedAt} is null`))
    .returning({ id: passwordResets.id });
  return rows.length === 1;
}

/** Every other link of the account stops working once its password is set. */
export async function retirePasswordResets(db: DbOrTx, accountId: string, now: Date): Promise<void> {
  await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.accountId, accountId), sql`${passwordResets.usedAt} is null`));
}

/** Links asked for since `since`, to limit how many one address can be sent. */
export async function countRecentPasswordResets(db: DbOrTx, accountId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(passwordResets)
    .where(and(eq(passwordResets.accountId, accountId), gt(passwordResets.createdAt, since)));
  return row?.n ?? 0;
}
