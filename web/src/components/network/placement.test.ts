import { describe, expect, it } from 'vitest';
import { hashSeed, seededPlacement, seededRandom } from './placement';

describe('seededPlacement', () => {
  it('places the same people the same way on every call', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `person-${i}`);
    expect(seededPlacement(ids)).toEqual(seededPlacement(ids));
  });

  it('starts the first (most connected) person nearer the middle than the last', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `p${i}`);
    const xy = seededPlacement(ids);
    const distance = (i: number) => Math.hypot(xy[2 * i]!, xy[2 * i + 1]!);
    expect(distance(0)).toBeLessThan(distance(199));
  });

  it('gives every person a position of their own', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `p${i}`);
    const xy = seededPlacement(ids);
    const seen = new Set<string>();
    for (let i = 0; i < ids.length; i++) seen.add(`${xy[2 * i]!.toFixed(6)},${xy[2 * i + 1]!.toFixed(6)}`);
    expect(seen.size).toBe(ids.length);
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed, differs between seeds, and stays in [0, 1)', () => {
    const a = seededRandom(hashSeed('ada'));
    const again = seededRandom(hashSeed('ada'));
    const b = seededRandom(hashSeed('bob'));
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => again())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => b())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});
