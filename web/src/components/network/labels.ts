// Which names the picture writes. Pure: the larger dots first (the nodes come most connected first), only
// dots drawn at least `minSize` pixels, and never two names over each other, so a large picture names its
// hubs and a small one names everyone. Drawn on a 2D canvas over the WebGL one, only while the camera rests.
import { type CameraState, renderedSize, toScreen, type Viewport } from './camera';

export interface PlacedLabel {
  node: number;
  x: number;
  y: number;
}

export interface LabelRules {
  /** Smallest rendered radius (CSS px) that gets a name. */
  minSize: number;
  /** At most this many names at once. */
  max: number;
  /** The width of a name, in CSS pixels (measured by the caller's canvas). */
  width: (node: number) => number;
  /** Line height, CSS pixels. */
  height: number;
}

/** Room kept at the view's edges for the white outline a name is drawn with (beyond its measured width). */
const HALO = 3;

/** Names for `candidates` (node indices, larger dots first), each beside its dot and in view, none overlapping. */
export function placeLabels(
  unit: ArrayLike<number>,
  sizes: ArrayLike<number>,
  candidates: Iterable<number>,
  camera: CameraState,
  viewport: Viewport,
  rules: LabelRules,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const boxes: [number, number, number, number][] = [];
  for (const i of candidates) {
    if (placed.length >= rules.max) break;
    const r = renderedSize(sizes[i]!, camera);
    if (r < rules.minSize) continue;
    const at = toScreen(camera, viewport, unit[2 * i]!, unit[2 * i + 1]!);
    const y = at.y - rules.height / 2;
    const w = rules.width(i);
    // A name that would run past the right edge goes left of its dot (on a phone the picture's width is
    // all there is); one that fits on neither side is left out, never cut short by the edge.
    const right = at.x + r + 3;
    const x = right + w + HALO <= viewport.width ? right : at.x - r - 3 - w;
    if (x < HALO || x + w + HALO > viewport.width || y > viewport.height || y + rules.height < 0) continue;
    if (boxes.some(([bx, by, bw, bh]) => x < bx + bw && bx < x + w && y < by + bh && by < y + rules.height))
      continue;
    boxes.push([x, y, w, rules.height]);
    placed.push({ node: i, x, y: at.y });
  }
  return placed;
}
