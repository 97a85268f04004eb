// Which person is under the pointer. Pure: the picture keeps each node's place in the unit square, and the
// camera (camera.ts) says where that is on screen, so a click is found on the CPU; the GPU draws nothing
// twice for it (sigma drew every node a second time into a picking buffer).
import { type CameraState, renderedSize, toScreen, type Viewport } from './camera';

/** A pointer this close outside a dot (CSS pixels) still finds it. */
const SLACK = 2;

/**
 * The node under (sx, sy): of the dots that cover it, the one drawn last (on top). `drawOrder` lists node
 * indices back to front; `unit` holds x, y pairs in the unit square. -1: nobody.
 */
export function nodeAt(
  unit: ArrayLike<number>,
  sizes: ArrayLike<number>,
  drawOrder: ArrayLike<number>,
  camera: CameraState,
  viewport: Viewport,
  sx: number,
  sy: number,
): number {
  for (let k = drawOrder.length - 1; k >= 0; k--) {
    const i = drawOrder[k]!;
    const at = toScreen(camera, viewport, unit[2 * i]!, unit[2 * i + 1]!);
    const r = renderedSize(sizes[i]!, camera) + SLACK;
    const dx = at.x - sx;
    const dy = at.y - sy;
    if (dx * dx + dy * dy <= r * r) return i;
  }
  return -1;
}
