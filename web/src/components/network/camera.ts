// Where the picture's camera looks, as plain numbers. Pure: graph positions are first fitted into a unit
// square (`Frame`), and the camera is a centre in that square plus a ratio (1: the whole picture fits the
// view; smaller: zoomed in). The matrix the WebGL shaders use and the hit test's screen positions both
// come from here, so what is drawn and what a click finds agree.

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
}

export interface Viewport {
  /** CSS pixels. */
  width: number;
  height: number;
}

/** How graph positions map into the unit square: the picture's extent, aspect kept. */
export interface Frame {
  cx: number;
  cy: number;
  /** Graph units per unit of the square (the larger side of the extent). */
  span: number;
}

export const MIN_RATIO = 0.02;
export const MAX_RATIO = 4;
/** Blank space kept around the fitted picture, in CSS pixels. */
const PADDING = 24;

export const HOME: CameraState = { x: 0.5, y: 0.5, ratio: 1 };

export function frameOf(positions: ArrayLike<number>): Frame {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let i = 0; i + 1 < positions.length; i += 2) {
    const x = positions[i]!;
    const y = positions[i + 1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  if (!Number.isFinite(minX)) return { cx: 0, cy: 0, span: 1 };
  return { cx: (minX + maxX) / 2, cy: (minY + maxY) / 2, span: Math.max(maxX - minX, maxY - minY) || 1 };
}

/** CSS pixels per unit of the square at ratio 1. */
const scaleOf = (v: Viewport) => Math.max(1, Math.min(v.width, v.height) - 2 * PADDING);

/** Screen position (CSS pixels, y down) of a point of the unit square. */
export function toScreen(c: CameraState, v: Viewport, ux: number, uy: number): { x: number; y: number } {
  const k = scaleOf(v) / c.ratio;
  return { x: v.width / 2 + (ux - c.x) * k, y: v.height / 2 - (uy - c.y) * k };
}

/** The point of the unit square under a screen position. */
export function toUnit(c: CameraState, v: Viewport, sx: number, sy: number): { x: number; y: number } {
  const k = scaleOf(v) / c.ratio;
  return { x: c.x + (sx - v.width / 2) / k, y: c.y - (sy - v.height / 2) / k };
}

/**
 * Column-major 3×3 matrix from the unit square to clip space (what `toScreen` does, in -1..1), for the
 * shaders' `u_matrix`.
 */
export function clipMatrix(c: CameraState, v: Viewport): Float32Array {
  const k = scaleOf(v) / c.ratio;
  const sx = (2 * k) / v.width;
  const sy = (2 * k) / v.height;
  return new Float32Array([sx, 0, 0, 0, sy, 0, -c.x * sx, -c.y * sy, 1]);
}

/** Zooms by `factor` (< 1: in) keeping the point under (sx, sy) where it is on screen. */
export function zoomAt(c: CameraState, v: Viewport, sx: number, sy: number, factor: number): CameraState {
  const ratio = Math.min(MAX_RATIO, Math.max(MIN_RATIO, c.ratio * factor));
  const under = toUnit(c, v, sx, sy);
  const k = scaleOf(v) / ratio;
  return { ratio, x: under.x - (sx - v.width / 2) / k, y: under.y + (sy - v.height / 2) / k };
}

/** Moves the camera so the picture follows a drag of (dx, dy) CSS pixels. */
export function panBy(c: CameraState, v: Viewport, dx: number, dy: number): CameraState {
  const k = scaleOf(v) / c.ratio;
  return { ratio: c.ratio, x: c.x - dx / k, y: c.y + dy / k };
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Two fingers moved from `before` to `after` (CSS pixels): the picture follows their midpoint and zooms
 * by how far they spread, so what was under the midpoint stays under it.
 */
export function pinch(
  c: CameraState,
  v: Viewport,
  before: [Point, Point],
  after: [Point, Point],
): CameraState {
  const mid = (p: [Point, Point]) => ({ x: (p[0].x + p[1].x) / 2, y: (p[0].y + p[1].y) / 2 });
  const spread = (p: [Point, Point]) => Math.hypot(p[0].x - p[1].x, p[0].y - p[1].y);
  const [from, to] = [mid(before), mid(after)];
  const panned = panBy(c, v, to.x - from.x, to.y - from.y);
  const [a, b] = [spread(before), spread(after)];
  // Fingers on one spot say nothing about zoom.
  return a > 0 && b > 0 ? zoomAt(panned, v, to.x, to.y, a / b) : panned;
}

/** Nodes grow a little as the camera zooms in (as sigma's default did): radius on screen for `size`. */
export const renderedSize = (size: number, c: CameraState) => size / Math.sqrt(c.ratio);

/** Eased step `t` (0..1) of the way from `a` to `b`. */
export function between(a: CameraState, b: CameraState, t: number): CameraState {
  const e = t < 0.5 ? 2 * t * t : -1 + (4 - 2 * t) * t;
  return { x: a.x + (b.x - a.x) * e, y: a.y + (b.y - a.y) * e, ratio: a.ratio + (b.ratio - a.ratio) * e };
}
