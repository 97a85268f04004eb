// Introductions per month by how they stand now. Pure.
import { inRange, monthOf } from './months';
import { type InsightRange, type IntroRecord, OUTCOME_CATEGORIES, type OutcomeCategory } from './types';

export type OutcomeCounts = Record<OutcomeCategory, number>;
export interface OutcomesRow extends OutcomeCounts {
  month: string;
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

const zeroCounts = (): OutcomeCounts =>
  Object.fromEntries(OUTCOME_CATEGORIES.map((c) => [c, 0])) as Record<OutcomeCategory, number>;

/** Each month of the range, counting the introductions proposed in it by how they stand now. */
export function outcomesByMonth(
  intros: readonly IntroRecord[],
  months: readonly string[],
  range: InsightRange,
  timeZone: string,
): OutcomesRow[] {
  const rows = new Map(months.map((month) => [month, { month, total: 0, ...zeroCounts() }]));
  for (const intro of intros) {
    if (!inRange(intro.createdAt, range, timeZone)) continue;
    const row = rows.get(monthOf(intro.createdAt, timeZone));
    if (!row) continue;
    row[outcomeCategory(intro)] += 1;
    row.total += 1;
  }
  return [...rows.values()];
}
