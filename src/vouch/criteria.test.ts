import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  criteriaWords,
  MAX_CRITERIA,
  notYetMet,
  stillWaitingFor,
  tallyCriteria,
  unvouchedProviders,
  withCriteria,
} from './criteria';

const side = (id: string, met: boolean[]) => ({
  id,
  name: id.toUpperCase(),
  vouchCriteria: met.map((m, i) => ({ label: `c${i}`, met: m })),
});

describe('vouch criteria', () => {
  it('counts and words what is met', () => {
    const t = tallyCriteria([
      { label: 'met in person', met: true },
      { label: 'worked together', met: false },
      { label: 'reference', met: false },
    ]);
    expect(t).toEqual({ met: 1, total: 3, unmet: ['worked together', 'reference'] });
    expect(criteriaWords('Lee', t)).toBe('Lee: 1 of 3 of your criteria met');
  });

  it('asks to confirm only providers with a criterion unmet: B of a seeker/provider pair, either peer', () => {
    expect(unvouchedProviders('seeker_provider', side('a', [false]), side('b', [true]))).toEqual([]);
    expect(unvouchedProviders('seeker_provider', side('a', []), side('b', [true, false]))).toEqual([
      { personId: 'b', name: 'B', met: 1, total: 2, unmet: ['c1'] },
    ]);
    expect(unvouchedProviders('peers', side('a', [false]), side('b', [])).map((u) => u.personId)).toEqual([
      'a',
    ]);
  });

  it('never lets an unmet criterion through unconfirmed (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { maxLength: 8 }),
        fc.array(fc.boolean(), { maxLength: 8 }),
        (a, b) => {
          const out = unvouchedProviders('seeker_provider', side('a', a), side('b', b));
          expect(out.length === 1).toBe(b.includes(false));
          const peers = unvouchedProviders('peers', side('a', a), side('b', b));
          expect(peers.length).toBe(Number(a.includes(false)) + Number(b.includes(false)));
        },
      ),
    );
  });

  it('adds "not yet" criteria as unmet, keeping one already there (in any case) as it is', () => {
    const existing = [{ label: 'Met in person', met: true }];
    expect(withCriteria(existing, ['met in person', ' two references '])).toEqual([
      { label: 'Met in person', met: true },
      { label: 'two references', met: false },
    ]);
    const full = Array.from({ length: MAX_CRITERIA }, (_, i) => ({ label: `c${i}`, met: true }));
    expect(withCriteria(full, ['one more'])).toBeNull();
    expect(withCriteria(full, ['c3'])).toHaveLength(MAX_CRITERIA);
  });

  it('calls a "not yet" answer met once everything it waits for that still exists is met', () => {
    const current = [
      { label: 'references', met: true },
      { label: 'Worked together', met: false },
    ];
    expect(notYetMet(['references', 'worked together'], current)).toBe(false);
    expect(stillWaitingFor(['references', 'worked together'], current)).toEqual(['worked together']);
    expect(notYetMet(['references'], current)).toBe(true);
    // A criterion the connector removed holds nothing up.
    expect(notYetMet(['references', 'gone'], current)).toBe(true);
    expect(notYetMet(['worked together'], [{ label: 'worked together', met: true }])).toBe(true);
  });
});
