// Introductions per month by how they stand now. Pure.
import { inRange, monthOf } from './months';
import type { InsightRange, IntroRecord, OutcomeCategory } from './types';

export type OutcomeCounts = Record<OutcomeCategory, number>;
export interface OutcomesRow {
  month: string;
  /** Introductions proposed in the month, by how each stands now. */
  counts: OutcomeCounts;
  total: number;
}

/** How an introduction stands: its outcome, how it ended without one, or `open`. */
export function outcomeCategory(intro: Pick<IntroRecord, 'state' | 'outcome'>): OutcomeCategory {
  if (intro.outcome) return intro.outcome;
  if (intro.state === 'declined' || intro.state === 'expired' || intro.state === 'cancelled')
    return intro.state;
  // Closing records an outcome, so only an introduction still under way has none.
  return 'open';
}

// Written out so the compiler checks that every category is here.
const zeroCounts = (): OutcomeCounts => ({
  met_helpful: 0,
  met_not_fit: 0,
  business_done: 0,
  not_met: 0,
  no_show: 0,
  declined: 0,
  expired: 0,
  cancelled: 0,
  open: 0,
});

/** Each month of the range, counting the introductions proposed in it by how they stand now. */
export function outcomesByMonth(
  intros: readonly IntroRecord[],
  months: readonly string[],
  range: InsightRange,
  timeZone: string,
): OutcomesRow[] {
  const rows = new Map(months.map((month) => [month, { month, total: 0, counts: zeroCounts() }]));
  for (const intro of intros) {
    if (!inRange(intro.createdAt, range, timeZone)) continue;
    const row = rows.get(monthOf(intro.createdAt, timeZone));
    if (!row) continue;
    row.counts[outcomeCategory(intro)] += 1;
    row.total += 1;
  }
  return [...rows.values()];
}
