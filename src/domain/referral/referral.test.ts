import { describe, expect, it } from 'vitest';
import { type HelpEvent, helpBack, helpersOf, windowStart } from './help-back';
import { personLedger, valueTotals } from './ledger';
import { referralProblems } from './rules';
import type { ReferralFacts } from './types';

const base: ReferralFacts = {
  direction: 'given',
  referrerId: null,
  fromPersonId: 'client',
  toPersonId: 'provider',
  status: 'open',
  estimatedValue: null,
  closedValue: null,
  currency: null,
  date: '2026-01-01',
};
const fields = (r: Partial<ReferralFacts>) => referralProblems({ ...base, ...r }).map((p) => p.field);

describe('referralProblems', () => {
  it('accepts a plain given referral and a received one with its referrer', () => {
    expect(fields({})).toEqual([]);
    expect(fields({ direction: 'received', referrerId: 'friend', toPersonId: null })).toEqual([]);
    expect(fields({ status: 'won', closedValue: 10, currency: 'EUR' })).toEqual([]);
  });
  it('records a closed value only once won', () => {
    expect(fields({ status: 'open', closedValue: 10, currency: 'EUR' })).toEqual(['closedValue']);
    expect(fields({ status: 'lost', closedValue: 0, currency: 'EUR' })).toEqual(['closedValue']);
  });
  it('needs a currency with any value', () => {
    expect(fields({ estimatedValue: 5 })).toEqual(['currency']);
    expect(fields({ status: 'won', closedValue: 5 })).toEqual(['currency']);
  });
  it('needs whom a given referral went to, and who sent a received one (which came to the connector)', () => {
    expect(fields({ toPersonId: null })).toEqual(['toPersonId']);
    expect(fields({ direction: 'received', toPersonId: null })).toEqual(['referrerId']);
    expect(fields({ direction: 'received', referrerId: 'friend' })).toEqual(['toPersonId']);
  });
  it('refuses a referral from someone to themselves', () => {
    expect(fields({ fromPersonId: 'provider' })).toEqual(['toPersonId']);
  });
});

describe('valueTotals and personLedger', () => {
  const r = (id: string, over: Partial<ReferralFacts>) => ({ ...base, id, ...over });
  it('sums won closed values and open estimates per currency, never across currencies', () => {
    expect(
      valueTotals([
        r('1', { status: 'won', closedValue: 0.1, currency: 'EUR' }),
        r('2', { status: 'won', closedValue: 0.2, currency: 'EUR' }),
        r('3', { status: 'open', estimatedValue: 5, currency: 'USD' }),
        r('4', { status: 'lost', estimatedValue: 99, currency: 'USD' }),
        r('5', { status: 'open', estimatedValue: 7 }),
      ]),
    ).toEqual([
      { currency: 'EUR', won: 0.3, open: 0 },
      { currency: 'USD', won: 0, open: 5 },
    ]);
  });
  it('splits what a person sent my way from what I sent theirs, newest first, with no balance', () => {
    const rows = [
      r('a', { direction: 'received', referrerId: 'p', toPersonId: null, date: '2026-01-01' }),
      r('b', { direction: 'received', referrerId: 'p', toPersonId: null, date: '2026-02-01' }),
      r('c', {
        direction: 'given',
        toPersonId: 'p',
        date: '2026-01-15',
        status: 'won',
        closedValue: 3,
        currency: 'EUR',
      }),
      // p as the client of a referral given to someone else is neither side.
      r('d', { direction: 'given', fromPersonId: 'p', toPersonId: 'q' }),
      r('e', { direction: 'received', referrerId: 'q', toPersonId: null }),
    ];
    const ledger = personLedger('p', rows);
    expect(ledger.sentMyWay.map((x) => x.id)).toEqual(['b', 'a']);
    expect(ledger.sentTheirWay.map((x) => x.id)).toEqual(['c']);
    expect(ledger.sentTheirWayValue).toEqual([{ currency: 'EUR', won: 3, open: 0 }]);
    expect(Object.keys(ledger).sort()).toEqual([
      'sentMyWay',
      'sentMyWayValue',
      'sentTheirWay',
      'sentTheirWayValue',
    ]);
  });
});

describe('helpBack', () => {
  const ref = (personId: string, date: string, id = date): HelpEvent => ({
    kind: 'referral',
    personId,
    date,
    about: '',
    referralId: id,
  });
  it('keeps help inside the window (today included), newest help first, with each person’s open needs', () => {
    expect(windowStart('2026-03-31', 1)).toBe('2026-03-31');
    expect(windowStart('2026-03-31', 90)).toBe('2026-01-01');
    const list = helpBack(
      [
        ref('ann', '2026-03-01'),
        ref('bob', '2026-03-20'),
        ref('ann', '2026-03-25'),
        ref('old', '2025-12-31'),
      ],
      [
        { id: 'n1', personId: 'ann', text: 'A designer' },
        { id: 'n2', personId: 'zed', text: 'Unrelated' },
      ],
      '2026-03-31',
      90,
    );
    expect(list.map((e) => e.personId)).toEqual(['ann', 'bob']);
    expect(list[0]!.helped.map((h) => h.date)).toEqual(['2026-03-25', '2026-03-01']);
    expect(list[0]!.lastHelpedOn).toBe('2026-03-25');
    expect(list[0]!.openNeeds.map((n) => n.id)).toEqual(['n1']);
    expect(list[1]!.openNeeds).toEqual([]);
  });
  it('orders by recency, not by how much someone did', () => {
    const many = ['2026-03-01', '2026-03-02', '2026-03-03'].map((d) => ref('busy', d));
    const list = helpBack([...many, ref('once', '2026-03-10')], [], '2026-03-31', 90);
    expect(list.map((e) => e.personId)).toEqual(['once', 'busy']);
  });
  it('names who made an introduction helpful', () => {
    const j = { personAId: 'a', personBId: 'b' };
    expect(helpersOf({ ...j, kind: 'seeker_provider', source: 'connector', judgedBy: 'a' })).toEqual(['b']);
    expect(helpersOf({ ...j, kind: 'peers', source: 'connector', judgedBy: 'a' })).toEqual(['a', 'b']);
    expect(helpersOf({ ...j, kind: 'seeker_provider', source: 'follow_up', judgedBy: 'a' })).toEqual(['b']);
    expect(helpersOf({ ...j, kind: 'seeker_provider', source: 'follow_up', judgedBy: 'b' })).toEqual(['a']);
  });
});
