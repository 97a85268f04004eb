// Today kept between requests on the embedded database: what its statement answered (each source's rows
// and the account's settings), used again while nothing has been written since and the read is recent.
// The items are built anew from the kept rows with every request's own `now`, so wording ("94 days ago")
// and order stay exact; only what the SQL filtered by the clock (due dates, windows) can lag, by at most the
// bound (config `todayKeptSeconds`), and never across the account's local midnight.
//
// Invalidation is the database's write generation (db/write-generation.ts): every statement that is not a
// plain read, by any request or background job of this process, changes it. PostgreSQL has no generation
// (other processes write to it), so nothing is kept there; nor inside a transaction.
import type { TodaySettings } from './repository';

export interface KeptRead {
  /** The database's write generation just before the statement ran. */
  generation: number;
  /** The request's `now` the statement filtered with (ms). */
  readAt: number;
  /** That `now`'s local date in the zone the statement used. */
  today: string;
  settings: TodaySettings;
  selected: ReadonlyMap<string, unknown>;
}

/** Accounts kept at most; past that the oldest kept is dropped (a process serves few accounts at once). */
const MAX_KEPT = 256;

const kept = new Map<string, KeptRead>();

export const keptRead = (key: string): KeptRead | undefined => kept.get(key);

/**
 * Whether a kept read still holds for a request at `q.now` whose local date is `q.today`: nothing written
 * since, read no longer than `maxAgeMs` ago (and not in the request's future: a clock moved back reads
 * again), on the same local day.
 */
export function stillHolds(
  read: KeptRead,
  generation: number,
  q: { now: Date; today: string },
  maxAgeMs: number,
): boolean {
  const age = q.now.getTime() - read.readAt;
  return read.generation === generation && age >= 0 && age < maxAgeMs && read.today === q.today;
}

export function keep(key: string, read: KeptRead): void {
  kept.delete(key);
  if (kept.size >= MAX_KEPT) {
    const oldest = kept.keys().next().value;
    if (oldest !== undefined) kept.delete(oldest);
  }
  kept.set(key, read);
}
