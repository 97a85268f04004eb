import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTERACTION_TYPES } from '../interaction/types';
import {
  decayFactor,
  relationshipStrength,
  scoreOf,
  strengthReasons,
  strengthTerms,
  type Touch,
} from './strength';
import { STRENGTH_HALF_LIFE_DAYS } from './strength-weights';

const DAY = 86_400_000;
const NOW = new Date('2026-03-29T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY);

const touch = fc.record({
  type: fc.constantFrom(...INTERACTION_TYPES),
  direction: fc.constantFrom('outbound' as const, 'inbound' as const, 'mutual' as const),
  at: fc.integer({ min: 0, max: 3 * 365 }).map(daysAgo),
});
const touches = fc.array(touch, { maxLength: 30 });

describe('relationship strength', () => {
  it('is 0 with no contact and says so', () => {
    expect(relationshipStrength([], NOW)).toEqual({ score: 0, reasons: ['No contact logged yet'] });
  });

  it('halves a touch every half-life', () => {
    expect(decayFactor(0)).toBe(1);
    expect(decayFactor(STRENGTH_HALF_LIFE_DAYS)).toBeCloseTo(0.5);
    expect(decayFactor(2 * STRENGTH_HALF_LIFE_DAYS)).toBeCloseTo(0.25);
  });

  it('is an integer from 0 to 100 whatever the touches', () => {
    fc.assert(
      fc.property(touches, (ts) => {
        const { score } = relationshipStrength(ts, NOW);
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('never grows as time passes without contact (decay is monotone)', () => {
    fc.assert(
      fc.property(touches, fc.integer({ min: 0, max: 2000 }), (ts, later) => {
        const before = relationshipStrength(ts, NOW).score;
        const after = relationshipStrength(ts, new Date(NOW.getTime() + later * DAY)).score;
        expect(after).toBeLessThanOrEqual(before);
      }),
    );
  });

  it('is never lowered by a new interaction', () => {
    fc.assert(
      fc.property(touches, touch, (ts, extra) => {
        expect(relationshipStrength([...ts, extra], NOW).score).toBeGreaterThanOrEqual(
          relationshipStrength(ts, NOW).score,
        );
      }),
    );
  });

  it('ignores touches after now', () => {
    const future: Touch = { type: 'met', direction: 'mutual', at: new Date(NOW.getTime() + DAY) };
    expect(relationshipStrength([future], NOW).score).toBe(0);
  });

  it('weighs becoming a client and meeting more than a like, and two-way more than one-way', () => {
    const one = (t: Touch) => relationshipStrength([t], NOW).score;
    const at = daysAgo(10);
    expect(one({ type: 'became_my_client', direction: 'outbound', at })).toBeGreaterThan(
      one({ type: 'followed_their_work', direction: 'outbound', at }),
    );
    expect(one({ type: 'met', direction: 'outbound', at })).toBeGreaterThan(
      one({ type: 'social', direction: 'outbound', at }),
    );
    expect(one({ type: 'email', direction: 'mutual', at })).toBeGreaterThan(
      one({ type: 'email', direction: 'outbound', at }),
    );
    const answered = relationshipStrength(
      [
        { type: 'email', direction: 'outbound', at },
        { type: 'email', direction: 'inbound', at: daysAgo(8) },
      ],
      NOW,
    ).score;
    const unanswered = relationshipStrength(
      [
        { type: 'email', direction: 'outbound', at },
        { type: 'email', direction: 'outbound', at: daysAgo(8) },
      ],
      NOW,
    ).score;
    expect(answered).toBeGreaterThan(unanswered);
  });

  it('counts introductions', () => {
    expect(
      relationshipStrength([{ type: 'introduced', direction: 'outbound', at: daysAgo(1) }], NOW).score,
    ).toBeGreaterThan(0);
  });

  it('explains itself in plain words: meetings by month, clients by year, the silence since', () => {
    const { reasons } = relationshipStrength(
      [
        { type: 'met', direction: 'mutual', at: new Date('2025-12-03T10:00:00Z') },
        { type: 'met', direction: 'mutual', at: new Date('2025-12-20T10:00:00Z') },
        { type: 'became_my_client', direction: 'mutual', at: new Date('2025-11-15T10:00:00Z') },
      ],
      NOW,
    );
    // Biggest part of the score first: two recent meetings outweigh the older client.
    expect(reasons).toEqual([
      'Met twice in December 2025',
      'Became your client in 2025',
      'No contact for 99 days',
    ]);
  });

  it('says a month in the connector’s time zone', () => {
    const t: Touch = { type: 'call', direction: 'mutual', at: new Date('2026-03-01T03:00:00Z') };
    expect(relationshipStrength([t], NOW, 'UTC').reasons[0]).toBe('A call in March');
    expect(relationshipStrength([t], NOW, 'America/New_York').reasons[0]).toBe('A call in February');
  });

  it('shows only reasons that come from terms of the score', () => {
    fc.assert(
      fc.property(touches, (ts) => {
        const terms = strengthTerms(ts, NOW);
        const reasons = strengthReasons(terms, NOW);
        const latest = Math.max(...terms.map((t) => t.touch.at.getTime()));
        for (const r of reasons) {
          if (r.terms.length === 0) {
            // The only reasons without touch terms: no touches at all, or the decay since the latest.
            const quiet = /^No contact for (\d+) days$/.exec(r.text);
            if (terms.length === 0) expect(r.text).toBe('No contact logged yet');
            else expect(Number(quiet?.[1])).toBe(Math.floor((NOW.getTime() - latest) / DAY));
            continue;
          }
          for (const t of r.terms) expect(terms).toContain(t);
          expect(r.terms.reduce((s, t) => s + t.contribution, 0)).toBeGreaterThan(0);
        }
        // And the score is those very terms.
        expect(relationshipStrength(ts, NOW).score).toBe(scoreOf(terms));
      }),
    );
  });
});
