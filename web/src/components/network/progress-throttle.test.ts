import { describe, expect, it } from 'vitest';
import type { LayoutProgress } from './layout-protocol';
import { throttledProgress } from './progress-throttle';

const batch = (iterations: number, done = false): LayoutProgress => ({
  kind: 'positions',
  positions: new Float64Array(0),
  iterations,
  done,
});

/** Feeds one batch per entry of `times` (the clock's reading when it arrives); the iterations shown. */
function shown(times: number[], minIntervalMs: number, lastDone = false) {
  let clock = 0;
  const seen: number[] = [];
  const onProgress = throttledProgress(
    (p) => seen.push(p.iterations),
    minIntervalMs,
    () => clock,
  );
  times.forEach((t, i) => {
    clock = t;
    onProgress(batch((i + 1) * 10, lastDone && i === times.length - 1));
  });
  return seen;
}

describe('throttledProgress', () => {
  it('lets through at most one batch per interval, counted from the start', () => {
    expect(shown([100, 400, 1000, 1500, 2100, 2200], 1000)).toEqual([30, 50]);
  });

  it('always lets through the last batch, however soon it comes', () => {
    expect(shown([100, 200], 1000, true)).toEqual([20]);
  });

  it('with no interval, lets every batch through', () => {
    expect(shown([0, 1, 2], 0)).toEqual([10, 20, 30]);
  });
});
