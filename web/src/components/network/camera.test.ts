import { describe, expect, it } from 'vitest';
import { clipMatrix, frameOf, HOME, MIN_RATIO, panBy, pinch, toScreen, toUnit, zoomAt } from './camera';

const view = { width: 800, height: 600 };

describe('the picture camera', () => {
  it('fits the picture: the unit square centre is the view centre at the start', () => {
    expect(toScreen(HOME, view, 0.5, 0.5)).toEqual({ x: 400, y: 300 });
  });

  it('finds under a screen point the place toScreen put there', () => {
    const camera = { x: 0.3, y: 0.7, ratio: 0.4 };
    const at = toScreen(camera, view, 0.25, 0.8);
    const back = toUnit(camera, view, at.x, at.y);
    expect(back.x).toBeCloseTo(0.25, 9);
    expect(back.y).toBeCloseTo(0.8, 9);
  });

  it('draws (clip matrix) where the hit test looks (toScreen)', () => {
    const camera = { x: 0.6, y: 0.4, ratio: 0.5 };
    const m = clipMatrix(camera, view);
    const [ux, uy] = [0.7, 0.2];
    const clipX = m[0]! * ux + m[3]! * uy + m[6]!;
    const clipY = m[1]! * ux + m[4]! * uy + m[7]!;
    const at = toScreen(camera, view, ux, uy);
    expect(((clipX + 1) / 2) * view.width).toBeCloseTo(at.x, 3);
    expect(((1 - clipY) / 2) * view.height).toBeCloseTo(at.y, 3);
  });

  it('zooms around the pointer: the point under it stays under it', () => {
    const before = toUnit(HOME, view, 100, 500);
    const zoomed = zoomAt(HOME, view, 100, 500, 0.5);
    expect(zoomed.ratio).toBe(0.5);
    const after = toUnit(zoomed, view, 100, 500);
    expect(after.x).toBeCloseTo(before.x, 9);
    expect(after.y).toBeCloseTo(before.y, 9);
  });

  it('never zooms in past its limit', () => {
    expect(zoomAt({ ...HOME, ratio: MIN_RATIO }, view, 0, 0, 0.1).ratio).toBe(MIN_RATIO);
  });

  it('pans with the drag: a point follows the pointer', () => {
    const camera = { x: 0.5, y: 0.5, ratio: 0.8 };
    const start = toScreen(camera, view, 0.4, 0.4);
    const moved = panBy(camera, view, 30, -20);
    const end = toScreen(moved, view, 0.4, 0.4);
    expect(end.x - start.x).toBeCloseTo(30, 9);
    expect(end.y - start.y).toBeCloseTo(-20, 9);
  });

  it('pinches: the point under the fingers follows their midpoint, and spreading them zooms in', () => {
    const camera = { x: 0.5, y: 0.5, ratio: 0.8 };
    const before: [{ x: number; y: number }, { x: number; y: number }] = [
      { x: 300, y: 300 },
      { x: 400, y: 300 },
    ];
    const under = toUnit(camera, view, 350, 300);
    // Spread to twice the distance and moved 40 px right, 10 px down.
    const after: typeof before = [
      { x: 290, y: 310 },
      { x: 490, y: 310 },
    ];
    const pinched = pinch(camera, view, before, after);
    expect(pinched.ratio).toBeCloseTo(0.4, 9);
    const at = toScreen(pinched, view, under.x, under.y);
    expect(at.x).toBeCloseTo(390, 6);
    expect(at.y).toBeCloseTo(310, 6);
    // Fingers brought together zoom out; a finger on the other's spot only pans.
    expect(pinch(camera, view, after, before).ratio).toBeCloseTo(0.8 * 2, 9);
    const same = { x: 10, y: 10 };
    expect(pinch(camera, view, [same, same], [same, same]).ratio).toBe(0.8);
  });

  it('frames positions by their extent, keeping the aspect', () => {
    expect(frameOf([0, 0, 10, 4, -10, -4])).toEqual({ cx: 0, cy: 0, span: 20 });
    expect(frameOf([])).toEqual({ cx: 0, cy: 0, span: 1 });
  });
});
