// All SQL of matching. Every query is scoped by account id (the pending queue is claimed across
// accounts by the background worker, and each claimed row carries its account).
import { and, asc, desc, eq, gte, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { rowsOf } from '../db/rows';
import {
  accounts,
  consentLog,
  introductionOutcomes,
  introductions,
  type MatchSubject,
  matchEmbeddings,
  matchingSettings,
  matchPending,
  needs,
  noShowOverrides,
  offers,
  people,
  type ScoreTermJson,
  suggestionDismissals,
  suggestions,
} from '../db/schema';
import { livePeopleOf } from '../people/repository';

// ---- the pending queue ----

export interface ClaimedRow {
  accountId: string;
  subjectKind: MatchSubject;
  subjectId: string;
  version: number;
}

/**
 * Takes up to `limit` waiting rows for `leaseMs`, oldest first, skipping rows another worker holds (row
 * locks on PostgreSQL; PGlite has one connection). A worker that dies leaves its lease to run out.
 */
export async function claimPending(
  db: DbOrTx,
  now: Date,
  limit: number,
  leaseMs: number,
): Promise<ClaimedRow[]> {
  const until = new Date(now.getTime() + leaseMs);
  const rows = await rowsOf<{
    account_id: string;
    subject_kind: MatchSubject;
    subject_id: string;
    version: number;
  }>(
    db,
    sql`
    update ${matchPending} set claimed_until = ${until}
    where (subject_kind, subject_id) in (
      select subject_kind, subject_id from ${matchPending}
      where claimed_until is null or claimed_until < ${now}
      order by marked_at, subject_id
      limit ${limit}
      for update skip locked
    )
    returning account_id, subject_kind, subject_id, version`,
  );
  return rows.map((r) => ({
    accountId: r.account_id,
    subjectKind: r.subject_kind,
    subjectId: r.subject_id,
    version: Number(r.version),
  }));
}

/** Done: deleted unless it was marked again meanwhile, in which case it is released for the next pass. */
export async function finishPending(tx: DbOrTx, rows: readonly ClaimedRow[]): Promise<void> {
  for (const r of rows) {
    const deleted = await tx
      .delete(matchPending)
      .where(
        and(
          eq(matchPending.subjectKind, r.subjectKind),
          eq(matchPending.subjectId, r.subjectId),
          eq(matchPending.version, r.version),
        ),
      )
      .returning({ id: matchPending.subjectId });
    if (deleted.length === 0) {
      await tx
        .update(matchPending)
        .set({ claimedUntil: null })
        .where(and(eq(matchPending.subjectKind, r.subjectKind), eq(matchPending.subjectId, r.subjectId)));
    }
  }
}

/** Hands claimed rows back untouched (a worker stopping), so the next pass takes them without waiting out the lease. */
export async function releasePending(db: DbOrTx, rows: readonly ClaimedRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .update(matchPending)
    .set({ claimedUntil: null })
    .where(
      inArray(
        matchPending.subjectId,
        rows.map((r) => r.subjectId),
      ),
    );
}

/** What else of the account is waiting, besides the rows this worker holds. */
export async function pendingOthers(
  db: DbOrTx,
  accountId: string,
  mine: readonly ClaimedRow[],
): Promise<{ providers: boolean; profiles: Set<string>; needs: Set<string> }> {
  const held = new Set(mine.map((r) => `${r.subjectKind}:${r.subjectId}`));
  const rows = await db
    .select({ kind: matchPending.subjectKind, id: matchPending.subjectId })
    .from(matchPending)
    .where(eq(matchPending.accountId, accountId));
  const others = rows.filter((r) => !held.has(`${r.kind}:${r.id}`));
  return {
    providers: others.some((r) => r.kind !== 'need'),
    profiles: new Set(others.filter((r) => r.kind === 'profile').map((r) => r.id)),
    needs: new Set(others.filter((r) => r.kind === 'need').map((r) => r.id)),
  };
}

export async function pendingCount(db: DbOrTx, accountId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(matchPending)
    .where(eq(matchPending.accountId, accountId));
  return Number(row?.n ?? 0);
}

/** A subject waiting to be matched again, with the embedding it had (null: none yet). */
export interface WaitingSubject {
  kind: MatchSubject;
  id: string;
  embedded: { model: string; textHash: string } | null;
}

/**
 * Whether matching work is waiting, as the reads need it: any at all, any that could change the providers
 * of every need (a changed offer or profile), and which of the subjects read are themselves waiting, with
 * the hash of the text their embedding (and so their stored suggestions) was made from. Two EXISTS and one
 * look-up by the subjects read, so the answer costs the same whatever the size of the backlog.
 */
export async function pendingState(
  db: DbOrTx,
  accountId: string,
  read: { needs: readonly string[]; offers: readonly string[]; profiles: readonly string[] },
): Promise<{ any: boolean; providers: boolean; waiting: WaitingSubject[] }> {
  const mine = sql`${matchPending.accountId} = ${accountId}`;
  const subjects = (
    [
      ['need', read.needs],
      ['offer', read.offers],
      ['profile', read.profiles],
    ] as const
  ).flatMap(([kind, ids]) =>
    ids.length === 0
      ? []
      : [and(eq(matchPending.subjectKind, kind), inArray(matchPending.subjectId, [...new Set(ids)]))],
  );
  const [[row], waiting] = await Promise.all([
    db
      .select({
        any: sql<boolean>`exists (select 1 from ${matchPending} where ${mine})`,
        providers: sql<boolean>`exists (select 1 from ${matchPending} where ${mine} and ${matchPending.subjectKind} <> 'need')`,
      })
      .from(accounts)
      .where(eq(accounts.id, accountId)),
    subjects.length === 0
      ? []
      : db
          .select({
            kind: matchPending.subjectKind,
            id: matchPending.subjectId,
            model: matchEmbeddings.model,
            textHash: matchEmbeddings.textHash,
          })
          .from(matchPending)
          .leftJoin(
            matchEmbeddings,
            and(
              eq(matchEmbeddings.subjectKind, matchPending.subjectKind),
              eq(matchEmbeddings.subjectId, matchPending.subjectId),
            ),
          )
          // By kind and id: the primary key's order, so each is one index look-up.
          .where(and(eq(matchPending.accountId, accountId), or(...subjects))),
  ]);
  return {
    any: Boolean(row?.any),
    providers: Boolean(row?.providers),
    waiting: waiting.map((w) => ({
      kind: w.kind,
      id: w.id,
      embedded: w.model !== null && w.textHash !== null ? { model: w.model, textHash: w.textHash } : null,
    })),
  };
}

// ---- what the matcher reads of the account ----

/** The account's people as the matcher reads them; only those in `ids` when given (a read of a few suggestions). */
export async function livePeople(db: DbOrTx, accountId: string, ids?: readonly string[]) {
  if (ids?.length === 0) return [];
  return db
    .select({
      id: people.id,
      name: people.name,
      emails: people.emails,
      company: people.company,
      title: people.title,
      blurb: people.blurb,
      tags: people.tags,
      trust: people.trust,
      vouchCriteria: people.vouchCriteria,
      introPreferences: people.introPreferences,
    })
    .from(people)
    .where(ids ? and(livePeopleOf(accountId), inArray(people.id, [...ids])) : livePeopleOf(accountId));
}
export type MatchPerson = Awaited<ReturnType<typeof livePeople>>[number];

export async function allNeeds(db: DbOrTx, accountId: string) {
  return db.select().from(needs).where(eq(needs.accountId, accountId));
}

export async function needsByIds(db: DbOrTx, accountId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(needs)
    .where(and(eq(needs.accountId, accountId), inArray(needs.id, [...ids])));
}

export async function openNeedsOf(db: DbOrTx, accountId: string, personId: string) {
  return db
    .select()
    .from(needs)
    .where(and(eq(needs.accountId, accountId), eq(needs.personId, personId), eq(needs.status, 'open')));
}

export async function activeOffersByIds(db: DbOrTx, accountId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(offers)
    .where(and(eq(offers.accountId, accountId), eq(offers.status, 'active'), inArray(offers.id, [...ids])));
}

export async function activeOffers(db: DbOrTx, accountId: string) {
  return db
    .select()
    .from(offers)
    .where(and(eq(offers.accountId, accountId), eq(offers.status, 'active')));
}

export async function embeddingsOf(db: DbOrTx, accountId: string) {
  return db.select().from(matchEmbeddings).where(eq(matchEmbeddings.accountId, accountId));
}

export interface EmbeddingValues {
  subjectKind: MatchSubject;
  subjectId: string;
  personId: string;
  model: string;
  textHash: string;
  vector: Float32Array;
}

export async function upsertEmbeddings(
  tx: DbOrTx,
  accountId: string,
  rows: readonly EmbeddingValues[],
  now: Date,
): Promise<void> {
  for (const r of rows) {
    await tx
      .insert(matchEmbeddings)
      .values({ ...r, accountId, updatedAt: now })
      .onConflictDoUpdate({
        target: [matchEmbeddings.subjectKind, matchEmbeddings.subjectId],
        set: { personId: r.personId, model: r.model, textHash: r.textHash, vector: r.vector, updatedAt: now },
      });
  }
}

export async function deleteEmbeddings(
  tx: DbOrTx,
  accountId: string,
  subjects: readonly { kind: MatchSubject; id: string }[],
): Promise<void> {
  for (const s of subjects) {
    await tx
      .delete(matchEmbeddings)
      .where(
        and(
          eq(matchEmbeddings.accountId, accountId),
          eq(matchEmbeddings.subjectKind, s.kind),
          eq(matchEmbeddings.subjectId, s.id),
        ),
      );
  }
}

/**
 * Every introduction of the account (of these people, when given), with the tags of the need it answered
 * (its kind of request).
 */
export async function introductionHistory(db: DbOrTx, accountId: string, personIds?: readonly string[]) {
  if (personIds?.length === 0) return [];
  const ofAccount = eq(introductions.accountId, accountId);
  return db
    .select({
      id: introductions.id,
      personAId: introductions.personAId,
      personBId: introductions.personBId,
      needId: introductions.needId,
      state: introductions.state,
      introducedAt: introductions.introducedAt,
      consentA: introductions.consentA,
      consentB: introductions.consentB,
      needTags: needs.tags,
    })
    .from(introductions)
    .leftJoin(needs, eq(needs.id, introductions.needId))
    .where(
      personIds
        ? and(
            ofAccount,
            or(
              inArray(introductions.personAId, [...personIds]),
              inArray(introductions.personBId, [...personIds]),
            ),
          )
        : ofAccount,
    );
}

/** Every yes and no recorded in the account's consent log, oldest first (the learner's history). */
export async function consentAnswers(db: DbOrTx, accountId: string) {
  return db
    .select({
      personId: consentLog.personId,
      answer: consentLog.answer,
      at: consentLog.createdAt,
      seq: consentLog.seq,
      introductionId: consentLog.introductionId,
      introKind: introductions.kind,
      personAId: introductions.personAId,
      personBId: introductions.personBId,
      needTags: needs.tags,
      needText: needs.text,
    })
    .from(consentLog)
    .innerJoin(introductions, eq(introductions.id, consentLog.introductionId))
    .leftJoin(needs, eq(needs.id, introductions.needId))
    .where(and(eq(consentLog.accountId, accountId), inArray(consentLog.answer, ['yes', 'no', 'withdrawn'])))
    .orderBy(asc(consentLog.createdAt), asc(consentLog.seq));
}

/** The newest answer or outcome: when it is newer than what the learner last saw, every need is re-scored. */
export async function newestEvidence(db: DbOrTx, accountId: string): Promise<Date | null> {
  const [a] = await db
    .select({ at: sql<Date | null>`max(${consentLog.createdAt})` })
    .from(consentLog)
    .where(eq(consentLog.accountId, accountId));
  const [o] = await db
    .select({ at: sql<Date | null>`max(${introductionOutcomes.createdAt})` })
    .from(introductionOutcomes)
    .where(eq(introductionOutcomes.accountId, accountId));
  const times = [a?.at, o?.at]
    .filter((x): x is Date => x !== null && x !== undefined)
    .map((x) => new Date(x));
  return times.length ? new Date(Math.max(...times.map((t) => t.getTime()))) : null;
}

export async function noShowPeople(db: DbOrTx, accountId: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ personId: introductionOutcomes.personId })
    .from(introductionOutcomes)
    .where(and(eq(introductionOutcomes.accountId, accountId), eq(introductionOutcomes.outcome, 'no_show')));
  return new Set(rows.map((r) => r.personId));
}

export async function overriddenPeople(db: DbOrTx, accountId: string): Promise<Set<string>> {
  const rows = await db
    .select({ personId: noShowOverrides.personId })
    .from(noShowOverrides)
    .where(eq(noShowOverrides.accountId, accountId));
  return new Set(rows.map((r) => r.personId));
}

export async function setOverride(db: DbOrTx, accountId: string, personId: string, on: boolean, now: Date) {
  if (on) {
    await db.insert(noShowOverrides).values({ accountId, personId, createdAt: now }).onConflictDoNothing();
  } else {
    await db
      .delete(noShowOverrides)
      .where(and(eq(noShowOverrides.accountId, accountId), eq(noShowOverrides.personId, personId)));
  }
}

// ---- dismissals ----

export async function dismissalsOf(db: DbOrTx, accountId: string) {
  return db
    .select()
    .from(suggestionDismissals)
    .where(eq(suggestionDismissals.accountId, accountId))
    .orderBy(asc(suggestionDismissals.createdAt));
}

/**
 * Holds the need's row until the transaction ends, so two dismissals of one need (a double click) are
 * written one after the other and the second finds the first. NO KEY UPDATE: rows that only point at the
 * need (their foreign keys take KEY SHARE) are not held up.
 */
export async function lockNeedForDismissal(tx: DbOrTx, accountId: string, needId: string) {
  await tx
    .select({ id: needs.id })
    .from(needs)
    .where(and(eq(needs.accountId, accountId), eq(needs.id, needId)))
    .for('no key update');
}

/** The dismissal of this provider for this need, whichever offer it named. */
export async function findDismissal(tx: DbOrTx, accountId: string, needId: string, providerId: string) {
  const [row] = await tx
    .select()
    .from(suggestionDismissals)
    .where(
      and(
        eq(suggestionDismissals.accountId, accountId),
        eq(suggestionDismissals.needId, needId),
        eq(suggestionDismissals.providerId, providerId),
      ),
    )
    .orderBy(asc(suggestionDismissals.createdAt))
    .limit(1);
  return row;
}

export async function insertDismissal(
  tx: DbOrTx,
  accountId: string,
  d: { needId: string; providerId: string; offerId: string | null },
  now: Date,
) {
  const [row] = await tx
    .insert(suggestionDismissals)
    .values({ ...d, accountId, createdAt: now })
    .returning();
  return row!;
}

export async function deleteDismissal(tx: DbOrTx, accountId: string, id: string) {
  const [row] = await tx
    .delete(suggestionDismissals)
    .where(and(eq(suggestionDismissals.accountId, accountId), eq(suggestionDismissals.id, id)))
    .returning();
  return row;
}

// ---- settings ----

export async function findSettings(db: DbOrTx, accountId: string) {
  const [row] = await db.select().from(matchingSettings).where(eq(matchingSettings.accountId, accountId));
  return row;
}

export async function saveSettings(
  db: DbOrTx,
  accountId: string,
  values: { suggestionsPerWeek: number; declineCooldownDays: number },
  now: Date,
) {
  await db
    .insert(matchingSettings)
    .values({ accountId, ...values, updatedAt: now })
    .onConflictDoUpdate({ target: matchingSettings.accountId, set: { ...values, updatedAt: now } });
}

export async function setLearnedUpTo(
  db: DbOrTx,
  accountId: string,
  at: Date,
  defaults: { suggestionsPerWeek: number; declineCooldownDays: number },
) {
  await db
    .insert(matchingSettings)
    .values({ accountId, ...defaults, learnedUpTo: at })
    .onConflictDoUpdate({ target: matchingSettings.accountId, set: { learnedUpTo: at } });
}

/** Accounts whose answers or outcomes are newer than what their suggestions were scored with. */
export async function accountsWithNewEvidence(db: DbOrTx): Promise<string[]> {
  const rows = await rowsOf<{ account_id: string }>(
    db,
    sql`
    select e.account_id from (
      select account_id, max(created_at) as at from ${consentLog} group by account_id
      union all
      select account_id, max(created_at) as at from ${introductionOutcomes} group by account_id
    ) e
    left join ${matchingSettings} s on s.account_id = e.account_id
    group by e.account_id, s.learned_up_to
    having s.learned_up_to is null or max(e.at) > s.learned_up_to`,
  );
  return rows.map((r) => r.account_id);
}

// ---- stored suggestions ----

export interface SuggestionValues {
  needId: string;
  providerId: string;
  offerId: string | null;
  score: number;
  relevance: number;
  terms: ScoreTermJson[];
  reasons: string[];
  vouchUnmet: boolean;
}

/** Replaces the stored list of one need. */
export async function replaceSuggestions(
  tx: DbOrTx,
  accountId: string,
  needId: string,
  rows: readonly SuggestionValues[],
  now: Date,
): Promise<void> {
  await tx
    .delete(suggestions)
    .where(and(eq(suggestions.accountId, accountId), eq(suggestions.needId, needId)));
  if (rows.length === 0) return;
  await tx.insert(suggestions).values(rows.map((r) => ({ ...r, accountId, computedAt: now })));
}

/** One provider's entry in one need's list: written, or removed when `row` is null. */
export async function putSuggestion(
  tx: DbOrTx,
  accountId: string,
  needId: string,
  providerId: string,
  row: SuggestionValues | null,
  now: Date,
): Promise<void> {
  await tx
    .delete(suggestions)
    .where(
      and(
        eq(suggestions.accountId, accountId),
        eq(suggestions.needId, needId),
        eq(suggestions.providerId, providerId),
      ),
    );
  if (row) await tx.insert(suggestions).values({ ...row, accountId, computedAt: now });
}

/** Keeps the `keep` best of one need's list. */
export async function trimSuggestions(tx: DbOrTx, accountId: string, needId: string, keep: number) {
  const rows = await tx
    .select({ id: suggestions.id })
    .from(suggestions)
    .where(and(eq(suggestions.accountId, accountId), eq(suggestions.needId, needId)))
    .orderBy(desc(suggestions.score), asc(suggestions.id))
    .offset(keep);
  if (rows.length)
    await tx.delete(suggestions).where(
      inArray(
        suggestions.id,
        rows.map((r) => r.id),
      ),
    );
}

/** Stored suggestions, best first: of these needs, of this provider, at least this score, at most `limit`. */
export async function storedSuggestions(
  db: DbOrTx,
  accountId: string,
  filter: { needIds?: string[]; providerId?: string; minScore?: number; limit?: number } = {},
) {
  const conditions = [eq(suggestions.accountId, accountId)];
  if (filter.needIds) {
    if (filter.needIds.length === 0) return [];
    conditions.push(inArray(suggestions.needId, filter.needIds));
  }
  if (filter.providerId) conditions.push(eq(suggestions.providerId, filter.providerId));
  if (filter.minScore !== undefined) conditions.push(gte(suggestions.score, filter.minScore));
  const query = db
    .select()
    .from(suggestions)
    .where(and(...conditions))
    .orderBy(desc(suggestions.score), asc(suggestions.id));
  return filter.limit === undefined ? query : query.limit(filter.limit);
}

export async function suggestionNeeds(db: DbOrTx, accountId: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ needId: suggestions.needId })
    .from(suggestions)
    .where(eq(suggestions.accountId, accountId));
  return new Set(rows.map((r) => r.needId));
}
