// A person's place in the ledger, as history and gratitude: what they sent the connector's way and what the
// connector sent theirs, each with the value that came of it per currency. Deliberately no balance, net or
// ranking: the two sides are never subtracted or compared. Pure.
import type { ReferralFacts } from './types';

export interface CurrencyTotal {
  currency: string;
  /** Closed value of the won referrals. */
  won: number;
  /** Estimated value of the open ones. */
  open: number;
}

/** Values summed per currency (never across currencies), in currency order; referrals without one are left out. */
export function valueTotals(referrals: readonly ReferralFacts[]): CurrencyTotal[] {
  const by = new Map<string, CurrencyTotal>();
  for (const r of referrals) {
    if (r.currency === null) continue;
    const t = by.get(r.currency) ?? { currency: r.currency, won: 0, open: 0 };
    if (r.status === 'won' && r.closedValue !== null) t.won = cents(t.won + r.closedValue);
    if (r.status === 'open' && r.estimatedValue !== null) t.open = cents(t.open + r.estimatedValue);
    by.set(r.currency, t);
  }
  return [...by.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

/** They sent business the connector's way: a referral received with them as the referrer. */
export const sentMyWay = (personId: string, r: ReferralFacts) =>
  r.direction === 'received' && r.referrerId === personId;

/** The connector sent business theirs: a referral given with them as the one it went to. */
export const sentTheirWay = (personId: string, r: ReferralFacts) =>
  r.direction === 'given' && r.toPersonId === personId;

export interface PersonLedger<R extends ReferralFacts> {
  sentMyWay: R[];
  sentTheirWay: R[];
  sentMyWayValue: CurrencyTotal[];
  sentTheirWayValue: CurrencyTotal[];
}

/** Splits the referrals touching a person into the two histories, newest first. */
export function personLedger<R extends ReferralFacts & { id: string }>(
  personId: string,
  referrals: readonly R[],
): PersonLedger<R> {
  const newest = [...referrals].sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
  const mine = newest.filter((r) => sentMyWay(personId, r));
  const theirs = newest.filter((r) => sentTheirWay(personId, r));
  return {
    sentMyWay: mine,
    sentTheirWay: theirs,
    sentMyWayValue: valueTotals(mine),
    sentTheirWayValue: valueTotals(theirs),
  };
}

/** Sums of money kept to cents, so 0.1 + 0.2 adds up to 0.3. */
const cents = (x: number) => Math.round(x * 100) / 100;
