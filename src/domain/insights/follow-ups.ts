// Follow-up response rate per month. Pure.
import { PARTIES } from '../introduction/types';
import { share } from './median';
import { inRange, monthOf } from './months';
import type { InsightRange, IntroRecord } from './types';

export interface FollowUpRow {
  month: string;
  /** People sent a follow-up in the month (both people of each introduction followed up). */
  asked: number;
  /** Of them, who answered it. */
  answered: number;
  /** answered ÷ asked. */
  responseRate: number | null;
}

export function followUpsByMonth(
  intros: readonly IntroRecord[],
  months: readonly string[],
  range: InsightRange,
  timeZone: string,
): FollowUpRow[] {
  const rows = new Map(months.map((month) => [month, { month, asked: 0, answered: 0 }]));
  for (const intro of intros) {
    if (!intro.followUpSentAt || !inRange(intro.followUpSentAt, range, timeZone)) continue;
    const row = rows.get(monthOf(intro.followUpSentAt, timeZone));
    if (!row) continue;
    row.asked += PARTIES.length;
    row.answered += PARTIES.filter((p) => intro.followUpAnswers[p] !== undefined).length;
  }
  return [...rows.values()].map((r) => ({ ...r, responseRate: share(r.answered, r.asked) }));
}
