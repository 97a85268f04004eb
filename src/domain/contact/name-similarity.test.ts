import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jaroWinkler, similarName } from './name-similarity';

describe('similarName', () => {
  it('finds likely duplicates', () => {
    expect(similarName('Grace Hopper', 'grace hopper')).toBe('same name');
    expect(similarName('Hopper Grace', 'Grace Hopper')).toBe('same name in another order');
    expect(similarName('G. Hopper', 'Grace Hopper')).toBe('same surname and initial');
    expect(similarName('Katherine Johnson', 'Katharine Johnson')).toBe('very similar name');
    expect(similarName('Zoë Ørsted', 'Zoe Orsted')).toBe('same name');
  });

  it('does not pair different people', () => {
    expect(similarName('Ann Lee', 'Dan Lee')).toBeUndefined();
    expect(similarName('John Smith', 'Jane Smyth')).toBeUndefined();
    expect(similarName('', 'Anyone')).toBeUndefined();
  });

  it('is symmetric (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(similarName(a, b)).toBe(similarName(b, a));
      }),
    );
  });
});

describe('jaroWinkler', () => {
  it('matches the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });

  it('stays between 0 and 1 and is 1 only for equal strings (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = jaroWinkler(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1 + 1e-12);
        if (a !== b) expect(s).toBeLessThan(1);
      }),
    );
  });
});
