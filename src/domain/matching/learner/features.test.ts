import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noveltyOf } from './features';

describe('noveltyOf', () => {
  it('is 1 before any answer and falls towards 0 as the two people gather answers', () => {
    expect(noveltyOf(0, 0, 2)).toBe(1);
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.double({ min: 0.5, max: 20, noNaN: true }), (a, r, m) => {
        const n = noveltyOf(a, r, m);
        expect(n).toBeGreaterThan(0);
        expect(n).toBeLessThanOrEqual(1);
        expect(noveltyOf(a + 1, r, m)).toBeLessThan(n);
        expect(noveltyOf(a, r + 1, m)).toBeLessThan(n);
      }),
    );
    expect(noveltyOf(10_000, 10_000, 2)).toBeLessThan(0.001);
  });
});
