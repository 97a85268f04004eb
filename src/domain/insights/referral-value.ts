// Referral value given and received per month and currency: history, never a score. Amounts in different
// currencies are never added together. Pure.
import type { InsightRange, ReferralAggregate } from './types';

export interface ReferralValueRow {
  month: string;
  /** ISO 4217 code; null for referrals recorded without a value. */
  currency: string | null;
  givenCount: number;
  /** Closed value of the referrals given that were won. */
  givenWonValue: number;
  /** Estimated value of the referrals given still open. */
  givenOpenValue: number;
  receivedCount: number;
  receivedWonValue: number;
  receivedOpenValue: number;
}

const cents = (n: number) => Math.round(n * 100) / 100;

/**
 * One row per month and currency that has referrals in the range, in month then currency order. A lost
 * referral counts but adds no value.
 */
export function referralValue(
  aggregates: readonly ReferralAggregate[],
  range: InsightRange,
): ReferralValueRow[] {
  const first = range.from.slice(0, 7);
  const last = range.to.slice(0, 7);
  const rows = new Map<string, ReferralValueRow>();
  for (const a of aggregates) {
    if (a.month < first || a.month > last) continue;
    const key = `${a.month}|${a.currency ?? ''}`;
    const row = rows.get(key) ?? {
      month: a.month,
      currency: a.currency,
      givenCount: 0,
      givenWonValue: 0,
      givenOpenValue: 0,
      receivedCount: 0,
      receivedWonValue: 0,
      receivedOpenValue: 0,
    };
    const side = a.direction === 'given' ? 'given' : 'received';
    row[`${side}Count`] += a.count;
    if (a.status === 'won') row[`${side}WonValue`] = cents(row[`${side}WonValue`] + a.closed);
    if (a.status === 'open') row[`${side}OpenValue`] = cents(row[`${side}OpenValue`] + a.estimated);
    rows.set(key, row);
  }
  return [...rows.values()].sort(
    (x, y) => x.month.localeCompare(y.month) || (x.currency ?? '').localeCompare(y.currency ?? ''),
  );
}
