// The connector's own quality: of the introductions made, how many helped. Pure.
import { localDate } from '../time/zoned';
import { verdictOf } from './helped';
import { share } from './median';
import { inRange, monthOf } from './months';
import type { InsightRange, IntroRecord } from './types';

export interface QualityCounts {
  /** Introductions made (sent to both people). */
  made: number;
  /** Of them, those whose result is known (an outcome, or a telling follow-up answer). */
  judged: number;
  /** Of those judged, the ones that helped (`verdictOf`). */
  helped: number;
  /** helped ÷ judged. */
  helpedShare: number | null;
}
export interface QualityRow extends QualityCounts {
  month: string;
}
export interface Quality {
  /** By the month each introduction was made. */
  rows: QualityRow[];
  /** The whole range. */
  period: QualityCounts;
  /** The account's current local calendar year, whatever the range ("7 of 9 this year"). */
  thisYear: QualityCounts & { year: number };
}

const zero = () => ({ made: 0, judged: 0, helped: 0 });
const withShare = (c: { made: number; judged: number; helped: number }): QualityCounts => ({
  ...c,
  helpedShare: share(c.helped, c.judged),
});

function count(into: { made: number; judged: number; helped: number }, intro: IntroRecord): void {
  into.made += 1;
  const verdict = verdictOf(intro);
  if (verdict === null) return;
  into.judged += 1;
  if (verdict === 'helped') into.helped += 1;
}

export function quality(
  intros: readonly IntroRecord[],
  months: readonly string[],
  range: InsightRange,
  timeZone: string,
  now: Date,
): Quality {
  const rows = new Map(months.map((month) => [month, { month, ...zero() }]));
  const period = zero();
  const year = Number(localDate(now, timeZone).slice(0, 4));
  const yearRange = { from: `${year}-01-01`, to: `${year}-12-31` };
  const thisYear = zero();
  for (const intro of intros) {
    if (!intro.introducedAt) continue;
    if (inRange(intro.introducedAt, yearRange, timeZone)) count(thisYear, intro);
    if (!inRange(intro.introducedAt, range, timeZone)) continue;
    count(period, intro);
    const row = rows.get(monthOf(intro.introducedAt, timeZone));
    if (row) count(row, intro);
  }
  return {
    rows: [...rows.values()].map((r) => ({ month: r.month, ...withShare(r) })),
    period: withShare(period),
    thisYear: { year, ...withShare(thisYear) },
  };
}
