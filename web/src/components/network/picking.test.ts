import { describe, expect, it } from 'vitest';
import { HOME, toScreen } from './camera';
import { nodeAt } from './picking';

const view = { width: 800, height: 600 };
// Two overlapping dots near the middle and one far away.
const unit = [0.5, 0.5, 0.505, 0.5, 0.9, 0.9];
const sizes = [10, 10, 4];

describe('finding the person under the pointer', () => {
  it('finds a dot under the pointer and nobody on empty ground', () => {
    const far = toScreen(HOME, view, 0.9, 0.9);
    expect(nodeAt(unit, sizes, [0, 1, 2], HOME, view, far.x + 3, far.y)).toBe(2);
    expect(nodeAt(unit, sizes, [0, 1, 2], HOME, view, 10, 10)).toBe(-1);
  });

  it('of overlapping dots, finds the one drawn on top', () => {
    const mid = toScreen(HOME, view, 0.5025, 0.5);
    expect(nodeAt(unit, sizes, [0, 1, 2], HOME, view, mid.x, mid.y)).toBe(1);
    expect(nodeAt(unit, sizes, [1, 0, 2], HOME, view, mid.x, mid.y)).toBe(0);
  });

  it('finds a dot only within its drawn size (and a little slack)', () => {
    const far = toScreen(HOME, view, 0.9, 0.9);
    expect(nodeAt(unit, sizes, [0, 1, 2], HOME, view, far.x + 5.5, far.y)).toBe(2);
    expect(nodeAt(unit, sizes, [0, 1, 2], HOME, view, far.x + 7, far.y)).toBe(-1);
  });
});
