// Insights: read the rows, compute every figure with the pure functions, answer them as JSON or CSV.
import type { DbOrTx } from '../db/client';
import { chartCsv, insightsCsv } from '../domain/insights/csv';
import { computeInsights, type Insights } from '../domain/insights/insights';
import { defaultRange } from '../domain/insights/months';
import { INSIGHT_CHARTS, type InsightChart, type InsightRange } from '../domain/insights/types';
import { addDaysToDate, localDate, startOfLocalDate } from '../domain/time/zoned';
import { badRequest } from '../shared/errors';
import * as repo from './repository';

/** The range asked for, each missing end from the default; `from` after `to` is the caller's mistake. */
export function rangeOf(query: { from?: string; to?: string }, today: string): InsightRange {
  const fallback = defaultRange(query.to ?? today);
  const range = { from: query.from ?? fallback.from, to: query.to ?? fallback.to };
  if (range.from > range.to) throw badRequest('from', 'must be on or before to');
  // Month buckets are listed one by one; a century is more than any chart can show.
  if (Number(range.to.slice(0, 4)) - Number(range.from.slice(0, 4)) > 20)
    throw badRequest('from', 'must be at most 20 years before to');
  return range;
}

export async function insights(
  db: DbOrTx,
  accountId: string,
  query: { from?: string; to?: string },
  now: Date,
): Promise<Insights> {
  const timeZone = await repo.accountTimeZone(db, accountId);
  const range = rangeOf(query, localDate(now, timeZone));
  const yearStart = `${localDate(now, timeZone).slice(0, 4)}-01-01`;
  // "This year" counts too, whatever the range.
  const start = startOfLocalDate(range.from < yearStart ? range.from : yearStart, timeZone);
  const rangeStart = startOfLocalDate(range.from, timeZone);
  const endDate = addDaysToDate(range.to > localDate(now, timeZone) ? range.to : localDate(now, timeZone), 1);
  const end = startOfLocalDate(endDate, timeZone);
  const intros = await repo.introductionRecords(db, accountId, start, end);
  const [asks, answers, referrals] = await Promise.all([
    repo.askRecords(
      db,
      accountId,
      intros.map((i) => i.id),
      rangeStart,
      end,
    ),
    repo.consentAnswers(db, accountId, rangeStart),
    repo.referralAggregates(db, accountId, range.from, range.to),
  ]);
  return computeInsights({ range, timeZone, now, intros, asks, answers, referrals });
}

/** The CSV of one chart, or of every chart in one long table. */
export function insightsAsCsv(figures: Insights, chart: InsightChart | undefined): string {
  return chart ? chartCsv(figures, chart) : insightsCsv(figures, INSIGHT_CHARTS);
}
