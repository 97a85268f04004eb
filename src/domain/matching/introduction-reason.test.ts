import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { introductionReason, needSentence } from './introduction-reason';

const parts = {
  seekerName: 'Dana',
  providerName: 'Lee',
  needText: 'a fractional CFO for our seed-stage startup',
  neededBy: '2027-03-01',
  offerText: 'part-time CFO work for seed-stage companies.',
};

describe('the reason a draft from a suggestion starts with', () => {
  it('says what the seeker is looking for, by when, and what the provider offers', () => {
    expect(introductionReason(parts)).toBe(
      'Dana is looking for help: “a fractional CFO for our seed-stage startup” (by 1 Mar 2027). Lee offers: “part-time CFO work for seed-stage companies”.',
    );
  });

  it('says the provider may help when their profile, not an offer, answers the need', () => {
    expect(introductionReason({ ...parts, neededBy: null, offerText: null })).toBe(
      'Dana is looking for help: “a fractional CFO for our seed-stage startup”. Lee may be able to help.',
    );
  });

  it('quotes a need written in the first person as it was written, not as a sentence about the seeker', () => {
    expect(
      needSentence({
        seekerName: 'Amara Okafor',
        needText: 'We need someone to run our finances.',
        neededBy: null,
      }),
    ).toBe('Amara Okafor is looking for help: “We need someone to run our finances”.');
  });

  it('names both people and the need, whatever was written', () => {
    fc.assert(
      fc.property(
        fc.record({
          seekerName: fc.string({ minLength: 1, maxLength: 10 }),
          providerName: fc.string({ minLength: 1, maxLength: 10 }),
          needText: fc.string({ maxLength: 40 }),
          neededBy: fc.option(fc.constant('2027-03-01'), { nil: null }),
          offerText: fc.option(fc.string({ maxLength: 40 }), { nil: null }),
        }),
        (p) => {
          const text = introductionReason(p);
          expect(text).toContain(p.seekerName);
          expect(text).toContain(p.providerName);
          expect(text).toContain(p.needText.trim().replace(/[\s.]+$/u, ''));
        },
      ),
    );
  });
});
