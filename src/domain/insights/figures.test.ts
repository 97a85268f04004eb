import { describe, expect, it } from 'vitest';
import { consentBySide } from './consent';
import { followUpsByMonth } from './follow-ups';
import { helpKinds } from './help-kinds';
import { verdictOf } from './helped';
import { computeInsights } from './insights';
import { defaultRange, monthsBetween } from './months';
import { outcomesByMonth } from './outcomes';
import { quality } from './quality';
import { referralValue } from './referral-value';
import type { AskRecord, ConsentAnswerRecord, IntroRecord } from './types';

let n = 0;
function intro(over: Partial<IntroRecord>): IntroRecord {
  n += 1;
  return {
    id: `i${n}`,
    kind: 'seeker_provider',
    state: 'asking',
    createdAt: new Date('2026-03-10T12:00:00Z'),
    introducedAt: null,
    followUpSentAt: null,
    followUpAnswers: {},
    outcome: null,
    needTags: [],
    ...over,
  };
}
const range = { from: '2026-01-01', to: '2026-06-30' };
const months = monthsBetween(range.from, range.to);

describe('months', () => {
  it('lists every month of a range across a year end', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
  it('defaults to the twelve months ending with the current one', () => {
    expect(defaultRange('2026-12-06')).toEqual({ from: '2026-01-01', to: '2026-12-06' });
    expect(monthsBetween('2026-01-01', '2026-12-06')).toHaveLength(12);
  });
});

describe('verdictOf: whether an introduction helped', () => {
  it('counts helpful and business done as helped, other outcomes as not', () => {
    expect(verdictOf({ outcome: 'met_helpful', followUpAnswers: {} })).toBe('helped');
    expect(verdictOf({ outcome: 'business_done', followUpAnswers: {} })).toBe('helped');
    expect(verdictOf({ outcome: 'no_show', followUpAnswers: { a: 'met_helpful' } })).toBe('not_helped');
    expect(verdictOf({ outcome: 'met_not_fit', followUpAnswers: {} })).toBe('not_helped');
  });
  it('without an outcome, one helpful follow-up answer is enough; not yet is unknown', () => {
    expect(verdictOf({ outcome: null, followUpAnswers: { a: 'met_not_fit', b: 'met_helpful' } })).toBe(
      'helped',
    );
    expect(verdictOf({ outcome: null, followUpAnswers: { a: 'no_contact' } })).toBe('not_helped');
    expect(verdictOf({ outcome: null, followUpAnswers: { a: 'not_yet' } })).toBeNull();
    expect(verdictOf({ outcome: null, followUpAnswers: {} })).toBeNull();
  });
});

describe('outcomesByMonth', () => {
  it('counts introductions by the local month they were proposed in and how they stand now', () => {
    const rows = outcomesByMonth(
      [
        intro({ createdAt: new Date('2026-01-05T10:00:00Z'), state: 'closed', outcome: 'business_done' }),
        intro({ createdAt: new Date('2026-01-20T10:00:00Z'), state: 'closed', outcome: 'met_helpful' }),
        intro({ createdAt: new Date('2026-01-21T10:00:00Z'), state: 'declined' }),
        intro({ createdAt: new Date('2026-03-01T10:00:00Z'), state: 'following_up' }),
        // 31 January 23:30 in UTC is 1 February in Berlin.
        intro({ createdAt: new Date('2026-01-31T23:30:00Z'), state: 'expired' }),
        // Outside the range.
        intro({ createdAt: new Date('2025-12-31T10:00:00Z'), state: 'cancelled' }),
      ],
      months,
      range,
      'Europe/Berlin',
    );
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({
      month: '2026-01',
      counts: {
        met_helpful: 1,
        met_not_fit: 0,
        business_done: 1,
        not_met: 0,
        no_show: 0,
        declined: 1,
        expired: 0,
        cancelled: 0,
        open: 0,
      },
      total: 3,
    });
    expect(rows[1]).toMatchObject({ month: '2026-02', counts: { expired: 1 }, total: 1 });
    expect(rows[2]).toMatchObject({ month: '2026-03', counts: { open: 1 }, total: 1 });
    expect(rows[5]).toMatchObject({ month: '2026-06', total: 0, counts: { cancelled: 0 } });
  });
});

describe('consentBySide', () => {
  const t = (iso: string) => new Date(iso);
  it('sides each person by how they were first asked and measures yes rate and median hours', () => {
    const asks: AskRecord[] = [
      // Sequential: a first, then b once a said yes.
      { introductionId: 's1', type: 'requested', party: 'a', at: t('2026-02-01T00:00:00Z') },
      { introductionId: 's1', type: 'second_party_asked', party: 'b', at: t('2026-02-01T10:00:00Z') },
      { introductionId: 's2', type: 'requested', party: 'b', at: t('2026-02-02T00:00:00Z') },
      // Parallel: both at once.
      { introductionId: 'p1', type: 'requested', party: null, at: t('2026-02-03T00:00:00Z') },
      // Before the range: not counted.
      { introductionId: 'old', type: 'requested', party: 'a', at: t('2025-06-01T00:00:00Z') },
    ];
    const answers: ConsentAnswerRecord[] = [
      { introductionId: 's1', party: 'a', answer: 'yes', at: t('2026-02-01T10:00:00Z') },
      { introductionId: 's1', party: 'b', answer: 'later', at: t('2026-02-02T10:00:00Z') },
      { introductionId: 's1', party: 'b', answer: 'yes', at: t('2026-02-09T10:00:00Z') },
      { introductionId: 's2', party: 'b', answer: 'no', at: t('2026-02-02T04:00:00Z') },
      { introductionId: 'p1', party: 'a', answer: 'yes', at: t('2026-02-03T02:00:00Z') },
      { introductionId: 'old', party: 'a', answer: 'yes', at: t('2025-06-01T01:00:00Z') },
    ];
    const rows = consentBySide(asks, answers, range, 'UTC');
    expect(rows).toEqual([
      // a of s1 (yes after 10 h), b of s2 (no after 4 h): median 7 h.
      { side: 'first', asked: 2, answered: 2, yes: 1, consentRate: 0.5, medianHoursToAnswer: 7 },
      // b of s1: first answered "later" after 24 h, said yes later on.
      { side: 'second', asked: 1, answered: 1, yes: 1, consentRate: 1, medianHoursToAnswer: 24 },
      // a answered after 2 h, b never.
      { side: 'parallel', asked: 2, answered: 1, yes: 1, consentRate: 0.5, medianHoursToAnswer: 2 },
    ]);
  });
  it('answers null rates with nobody asked', () => {
    expect(consentBySide([], [], range, 'UTC')[0]).toEqual({
      side: 'first',
      asked: 0,
      answered: 0,
      yes: 0,
      consentRate: null,
      medianHoursToAnswer: null,
    });
  });
});

describe('followUpsByMonth', () => {
  it('counts both people of each followed-up introduction and who of them answered', () => {
    const rows = followUpsByMonth(
      [
        intro({ followUpSentAt: new Date('2026-04-02T00:00:00Z'), followUpAnswers: { a: 'met_helpful' } }),
        intro({
          followUpSentAt: new Date('2026-04-20T00:00:00Z'),
          followUpAnswers: { a: 'not_yet', b: 'no_contact' },
        }),
        intro({ followUpSentAt: new Date('2026-05-02T00:00:00Z') }),
        intro({ followUpSentAt: null, followUpAnswers: {} }),
      ],
      months,
      range,
      'UTC',
    );
    expect(rows.find((r) => r.month === '2026-04')).toEqual({
      month: '2026-04',
      asked: 4,
      answered: 3,
      responseRate: 0.75,
    });
    expect(rows.find((r) => r.month === '2026-05')).toEqual({
      month: '2026-05',
      asked: 2,
      answered: 0,
      responseRate: 0,
    });
    expect(rows.find((r) => r.month === '2026-01')).toEqual({
      month: '2026-01',
      asked: 0,
      answered: 0,
      responseRate: null,
    });
  });
});

describe('quality', () => {
  it('counts helped of judged introductions made, per month, over the range and this year', () => {
    const made = (iso: string, over: Partial<IntroRecord>) => intro({ introducedAt: new Date(iso), ...over });
    const q = quality(
      [
        made('2026-02-01T00:00:00Z', { outcome: 'met_helpful' }),
        made('2026-02-03T00:00:00Z', { outcome: 'business_done' }),
        made('2026-02-04T00:00:00Z', { outcome: 'no_show' }),
        made('2026-03-01T00:00:00Z', { followUpAnswers: { b: 'met_helpful' } }),
        made('2026-03-02T00:00:00Z', { followUpAnswers: { a: 'not_yet' } }),
        // This year but after the range.
        made('2026-08-01T00:00:00Z', { outcome: 'met_helpful' }),
        // Last year: in neither.
        made('2025-08-01T00:00:00Z', { outcome: 'met_helpful' }),
        intro({ introducedAt: null }),
      ],
      months,
      range,
      'UTC',
      new Date('2026-12-06T12:00:00Z'),
    );
    expect(q.period).toEqual({ made: 5, judged: 4, helped: 3, helpedShare: 0.75 });
    expect(q.thisYear).toEqual({ year: 2026, made: 6, judged: 5, helped: 4, helpedShare: 0.8 });
    expect(q.rows.find((r) => r.month === '2026-02')).toEqual({
      month: '2026-02',
      made: 3,
      judged: 3,
      helped: 2,
      helpedShare: 0.667,
    });
    expect(q.rows.find((r) => r.month === '2026-03')).toMatchObject({ made: 2, judged: 1, helped: 1 });
  });
});

describe('helpKinds', () => {
  it('ranks kinds and need tags by helpful share, counting an introduction under each tag of its need', () => {
    const at = new Date('2026-02-01T00:00:00Z');
    const rows = helpKinds(
      [
        intro({ introducedAt: at, kind: 'peers', outcome: 'met_helpful' }),
        intro({
          introducedAt: at,
          kind: 'seeker_provider',
          needTags: ['hiring', 'design'],
          outcome: 'business_done',
        }),
        intro({ introducedAt: at, kind: 'seeker_provider', needTags: ['hiring'], outcome: 'met_not_fit' }),
        // Not judged yet: left out.
        intro({ introducedAt: at, kind: 'peers', needTags: ['hiring'] }),
      ],
      range,
      'UTC',
    );
    expect(rows).toEqual([
      { dimension: 'kind', category: 'peers', judged: 1, helped: 1, helpedShare: 1 },
      { dimension: 'need_tag', category: 'design', judged: 1, helped: 1, helpedShare: 1 },
      { dimension: 'kind', category: 'seeker_provider', judged: 2, helped: 1, helpedShare: 0.5 },
      { dimension: 'need_tag', category: 'hiring', judged: 2, helped: 1, helpedShare: 0.5 },
    ]);
  });
});

describe('referralValue', () => {
  it('keeps currencies apart and adds won closed values and open estimates per direction', () => {
    const rows = referralValue(
      [
        {
          month: '2026-02',
          direction: 'given',
          currency: 'EUR',
          status: 'won',
          count: 2,
          estimated: 900,
          closed: 1000.5,
        },
        {
          month: '2026-02',
          direction: 'given',
          currency: 'EUR',
          status: 'open',
          count: 1,
          estimated: 300,
          closed: 0,
        },
        {
          month: '2026-02',
          direction: 'given',
          currency: 'EUR',
          status: 'lost',
          count: 1,
          estimated: 50,
          closed: 0,
        },
        {
          month: '2026-02',
          direction: 'received',
          currency: 'USD',
          status: 'won',
          count: 1,
          estimated: 0,
          closed: 200,
        },
        {
          month: '2026-02',
          direction: 'received',
          currency: null,
          status: 'open',
          count: 3,
          estimated: 0,
          closed: 0,
        },
        {
          month: '2025-12',
          direction: 'given',
          currency: 'EUR',
          status: 'won',
          count: 1,
          estimated: 0,
          closed: 9,
        },
      ],
      range,
    );
    expect(rows).toEqual([
      {
        month: '2026-02',
        currency: null,
        givenCount: 0,
        givenWonValue: 0,
        givenOpenValue: 0,
        receivedCount: 3,
        receivedWonValue: 0,
        receivedOpenValue: 0,
      },
      {
        month: '2026-02',
        currency: 'EUR',
        givenCount: 4,
        givenWonValue: 1000.5,
        givenOpenValue: 300,
        receivedCount: 0,
        receivedWonValue: 0,
        receivedOpenValue: 0,
      },
      {
        month: '2026-02',
        currency: 'USD',
        givenCount: 0,
        givenWonValue: 0,
        givenOpenValue: 0,
        receivedCount: 1,
        receivedWonValue: 200,
        receivedOpenValue: 0,
      },
    ]);
  });
});

describe('computeInsights', () => {
  it('lists the currencies seen and zero-filled months for an empty account', () => {
    const out = computeInsights({
      range,
      timeZone: 'UTC',
      now: new Date('2026-07-01T00:00:00Z'),
      intros: [],
      asks: [],
      answers: [],
      referrals: [],
    });
    expect(out.months).toEqual(months);
    expect(out.outcomes.rows.every((r) => r.total === 0)).toBe(true);
    expect(out.referralValue).toEqual({ currencies: [], rows: [] });
    expect(out.helpKinds.rows).toEqual([]);
  });
});
