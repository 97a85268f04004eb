// ForceAtlas2's settings for a picture of `order` people. The library's inferred settings, with a stronger
// pull to the centre while the picture is small enough to lay out without Barnes–Hut: a connector's network
// is mostly separate pairs (one introduction each), and under the inferred gravity (0.05) the whole picture
// spreads to ~14 times the length of a pair's line, so each introduction drew as two touching dots with one
// name. Strong gravity is linear in the distance, so it packs the separate pieces closer and leaves each
// line's own length alone; at 1 a pair's line is about a quarter of the picture's spread, and a pair's
// nearest dot is still its own partner (at 3 strangers come nearer than partners).
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

/** Above this many people the layout approximates repulsion (Barnes–Hut) and keeps the inferred gravity. */
export const EXACT_LAYOUT_UP_TO = 500;
const SMALL_PICTURE_GRAVITY = 1;

export function layoutSettings(graph: Graph) {
  const inferred = forceAtlas2.inferSettings(graph);
  const exact = graph.order <= EXACT_LAYOUT_UP_TO;
  return {
    ...inferred,
    barnesHutOptimize: !exact,
    gravity: exact ? SMALL_PICTURE_GRAVITY : inferred.gravity,
  };
}
