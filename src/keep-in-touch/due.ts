// Who is due or overdue for contact, read for Today, the digest, the calendar feed and the losing-touch
// view. v0 CONTRACT (lead): signature fixed; the relationship engineer owns the body (tag cadences,
// indexes, strength) — this version reads people's own cadences only.
import { and, eq, isNotNull, isNull, or } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { people } from '../db/schema';
import { cadenceState, type KeepInTouchStatus } from '../domain/relationship/cadence';

export interface KeepInTouchEntry {
  person: { id: string; name: string };
  status: Exclude<KeepInTouchStatus, 'none'>;
  dueAt: Date;
  overdueAt: Date;
  lastContactAt: Date | null;
}

/** Everyone with a cadence whose status is in `statuses` as of `now`, most overdue first. */
export async function keepInTouchEntries(
  db: DbOrTx,
  accountId: string,
  now: Date,
  timeZone: string,
  statuses: readonly Exclude<KeepInTouchStatus, 'none'>[] = ['due', 'overdue'],
): Promise<KeepInTouchEntry[]> {
  const rows = await db
    .select({
      id: people.id,
      name: people.name,
      idealDays: people.keepInTouchIdealDays,
      maxDays: people.keepInTouchMaxDays,
      lastContactAt: people.lastContactAt,
      createdAt: people.createdAt,
    })
    .from(people)
    .where(
      and(
        eq(people.accountId, accountId),
        isNull(people.deletedAt),
        or(isNotNull(people.keepInTouchIdealDays), isNotNull(people.keepInTouchMaxDays)),
      ),
    );
  const out: KeepInTouchEntry[] = [];
  for (const r of rows) {
    const s = cadenceState(r, r.lastContactAt, r.createdAt, now, timeZone);
    if (s.status === 'none' || !s.dueAt || !s.overdueAt || !statuses.includes(s.status)) continue;
    out.push({
      person: { id: r.id, name: r.name },
      status: s.status,
      dueAt: s.dueAt,
      overdueAt: s.overdueAt,
      lastContactAt: r.lastContactAt,
    });
  }
  return out.sort((x, y) => x.dueAt.getTime() - y.dueAt.getTime());
}
