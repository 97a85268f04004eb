import { describe, expect, it } from 'vitest';
import { HOME } from './camera';
import { placeLabels } from './labels';

const view = { width: 800, height: 600 };
const rules = { minSize: 5, max: 10, width: () => 60, height: 16 };

describe('placing names', () => {
  it('names the larger dots first and skips a name that would overlap one placed', () => {
    // 0 and 1 sit on the same spot; 2 is elsewhere.
    const unit = [0.5, 0.5, 0.5, 0.5, 0.1, 0.9];
    const placed = placeLabels(unit, [8, 8, 8], [0, 1, 2], HOME, view, rules);
    expect(placed.map((l) => l.node)).toEqual([0, 2]);
  });

  it('leaves out dots drawn smaller than the threshold', () => {
    const unit = [0.5, 0.5, 0.1, 0.9];
    expect(placeLabels(unit, [4, 8], [0, 1], HOME, view, rules).map((l) => l.node)).toEqual([1]);
  });

  it('stops at the most names allowed', () => {
    const unit = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 0.1 + (i / 2) * 0.04 : (i % 4) * 0.2));
    const placed = placeLabels(unit, new Array(20).fill(8), [...Array(20).keys()], HOME, view, {
      ...rules,
      width: () => 1,
      max: 3,
    });
    expect(placed).toHaveLength(3);
  });

  it('does not name a dot whose name falls outside the view', () => {
    expect(placeLabels([5, 5], [8], [0], HOME, view, rules)).toEqual([]);
  });
});

describe('placing names at the edges of a phone-wide view', () => {
  const phone = { width: 390, height: 544 };

  it('writes the name of a dot at the right edge on its left, wholly in view', () => {
    // The rightmost point of the fitted picture: its name would run 60 px past the edge on the right.
    const [name] = placeLabels([1, 0.5], [8], [0], HOME, phone, rules);
    expect(name).toBeDefined();
    expect(name!.x).toBeGreaterThanOrEqual(0);
    expect(name!.x + 60).toBeLessThanOrEqual(phone.width);
  });

  it('leaves out a name that fits on neither side rather than cut it', () => {
    const placed = placeLabels([0.5, 0.5], [8], [0], HOME, phone, { ...rules, width: () => 300 });
    expect(placed).toEqual([]);
  });
});
