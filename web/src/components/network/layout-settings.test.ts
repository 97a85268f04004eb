import { MultiUndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { describe, expect, it } from 'vitest';
import { EXACT_LAYOUT_UP_TO, layoutSettings } from './layout-settings';
import { seededPlacement } from './placement';

/** `pairs` separate introductions (2·i with 2·i+1), laid out from the page's own seeded start. */
function laidOutPairs(pairs: number) {
  const graph = new MultiUndirectedGraph();
  const start = seededPlacement(Array.from({ length: 2 * pairs }, (_, i) => `person-${i}`));
  for (let i = 0; i < 2 * pairs; i++) graph.addNode(i, { x: start[2 * i], y: start[2 * i + 1] });
  for (let i = 0; i < 2 * pairs; i += 2) graph.addEdge(i, i + 1);
  forceAtlas2.assign(graph, { iterations: 1000, settings: layoutSettings(graph) });
  const xy = Array.from({ length: 2 * pairs }, (_, i) => {
    const a = graph.getNodeAttributes(i);
    return [a.x as number, a.y as number] as const;
  });
  return xy;
}

const dist = (a: readonly [number, number], b: readonly [number, number]) =>
  Math.hypot(a[0] - b[0], a[1] - b[1]);

describe('layout settings', () => {
  it('draws a network of separate introductions with each line long enough to see, a pair still nearest each other', () => {
    const xy = laidOutPairs(20);
    const cx = xy.reduce((s, p) => s + p[0], 0) / xy.length;
    const cy = xy.reduce((s, p) => s + p[1], 0) / xy.length;
    const spread = Math.sqrt(xy.reduce((s, p) => s + (p[0] - cx) ** 2 + (p[1] - cy) ** 2, 0) / xy.length);
    for (let i = 0; i < xy.length; i++) {
      const partner = i % 2 === 0 ? i + 1 : i - 1;
      const line = dist(xy[i]!, xy[partner]!);
      // With the library's inferred gravity a line was ~7 % of the spread: two touching dots.
      expect(line / spread).toBeGreaterThan(0.15);
      for (let j = 0; j < xy.length; j++) {
        if (j !== i && j !== partner) expect(dist(xy[i]!, xy[j]!)).toBeGreaterThan(line * 0.9);
      }
    }
  });

  it('keeps the inferred settings, Barnes–Hut included, for large pictures', () => {
    const graph = new MultiUndirectedGraph();
    for (let i = 0; i <= EXACT_LAYOUT_UP_TO; i++) graph.addNode(i);
    const inferred = forceAtlas2.inferSettings(graph);
    expect(layoutSettings(graph)).toEqual({ ...inferred, barnesHutOptimize: true });
  });
});
