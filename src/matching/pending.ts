// The outbox of matching work. Every change that can move a suggestion marks what changed in the SAME
// transaction as the change (the needs, offers and people services, imports, the demo loader, merges and
// restores), and wakes the background refresh with NOTIFY, which arrives when the change commits.
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { jsonParam } from '../db/json-param';
import { rowsOf } from '../db/rows';
import { type MatchSubject, matchEmbeddings, matchPending, people } from '../db/schema';

export const MATCHING_CHANNEL = 'linchpin_matching';

export interface PendingSubject {
  kind: MatchSubject;
  id: string;
}

/**
 * Marks subjects as waiting to be embedded and re-scored. A `profile` stands for everything about the
 * person (their profile, needs and offers). Marking again bumps the version, so a worker busy with an
 * older version leaves the row for the next pass instead of deleting it.
 */
export async function markPending(
  tx: DbOrTx,
  accountId: string,
  subjects: readonly PendingSubject[],
  now: Date = new Date(),
  opts: {
    keepPlace?: boolean;
    /**
     * None of the subjects can be waiting already (people the same transaction created, under new
     * random ids): a plain insert, without ON CONFLICT's speculative insertion per row.
     */
    fresh?: boolean;
  } = {},
): Promise<void> {
  if (subjects.length === 0) return;
  const unique = [...new Map(subjects.map((s) => [`${s.kind}:${s.id}`, s])).values()];
  // The subjects travel as one JSON parameter: as a VALUES list (four parameters a row) marking an
  // import batch's 1,000 people cost more than inserting the people themselves on PGlite.
  const rows = jsonParam(unique.map((s) => ({ kind: s.kind, id: s.id })));
  await tx.execute(sql`insert into ${matchPending} (account_id, subject_kind, subject_id, marked_at)
    select ${accountId}::uuid, s.kind, s.id, ${now.toISOString()}::timestamptz
    from jsonb_to_recordset(${rows}) as s(kind text, id uuid)
    ${
      opts.fresh
        ? sql``
        : sql`on conflict (subject_kind, subject_id) do update
      set version = ${matchPending}.version + 1, marked_at = excluded.marked_at
      ${
        // keepPlace: a row already waiting keeps its place in line; only one a worker holds is bumped,
        // so that worker leaves it for the next pass.
        opts.keepPlace ? sql`where ${matchPending}.claimed_until is not null` : sql``
      }`
    }`);
  await tx.execute(sql`select pg_notify(${MATCHING_CHANNEL}, '')`);
}

/**
 * Everything about these people changed (created, edited, merged, imported, deleted). `fresh`: all of
 * them were created by this transaction (see markPending).
 */
export function markPeopleChanged(
  tx: DbOrTx,
  accountId: string,
  personIds: readonly string[],
  now?: Date,
  opts: { fresh?: boolean } = {},
) {
  return markPending(
    tx,
    accountId,
    personIds.map((id) => ({ kind: 'profile' as const, id })),
    now,
    opts,
  );
}

/** Everything in the account (after a restore): every person, with their needs and offers. */
export async function markAccountChanged(tx: DbOrTx, accountId: string): Promise<void> {
  const rows = await tx.select({ id: people.id }).from(people).where(eq(people.accountId, accountId));
  await markPeopleChanged(
    tx,
    accountId,
    rows.map((r) => r.id),
  );
}

/**
 * Up to `limit` subjects embedded by another model, or another way of reading texts, than `model`: those
 * vectors do not compare with the ones made now, and a subject whose vector is ignored is matched by its
 * words alone. Each is marked to be embedded again and re-scored in the background, as any change is; its
 * suggestions stay on show meanwhile (its text did not change). Subjects already waiting are left as they are
 * and not counted, so 0 means every such subject is waiting or done. Answers how many were marked.
 */
export async function markOtherModels(db: DbOrTx, model: string, now: Date, limit: number): Promise<number> {
  const marked = await rowsOf<{ n: number }>(
    db,
    sql`with marked as (
      insert into ${matchPending} (account_id, subject_kind, subject_id, marked_at)
      select e.account_id, e.subject_kind, e.subject_id, ${now.toISOString()}::timestamptz
      from ${matchEmbeddings} e
      where e.model <> ${model}
        and not exists (select 1 from ${matchPending} p
          where p.subject_kind = e.subject_kind and p.subject_id = e.subject_id)
      limit ${limit}
      on conflict (subject_kind, subject_id) do nothing
      returning 1)
    select count(*)::int as n from marked`,
  );
  const n = Number(marked[0]?.n ?? 0);
  if (n > 0) await db.execute(sql`select pg_notify(${MATCHING_CHANNEL}, '')`);
  return n;
}
