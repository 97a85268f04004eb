// How often the layout's positions reach the picture. Pure (the clock is passed in): each update of a
// large picture re-processes and redraws everything, so it is let through at most once per interval,
// while the last update, the settled picture, always is.
import type { LayoutProgress } from './layout-protocol';

/** Wraps `onProgress` so it sees at most one update per `minIntervalMs` (counted from `now()` at start). */
export function throttledProgress(
  onProgress: (p: LayoutProgress) => void,
  minIntervalMs: number,
  now: () => number = () => performance.now(),
): (p: LayoutProgress) => void {
  let shownAt = now();
  return (p) => {
    const t = now();
    if (!p.done && t - shownAt < minIntervalMs) return;
    shownAt = t;
    onProgress(p);
  };
}
