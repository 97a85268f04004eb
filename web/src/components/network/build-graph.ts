// The API's answer as flat arrays for the picture and the layout worker: node order = the API's order (most
// connected first), edges as index pairs, each colour as RGB numbers the shaders take. Pure.
import type { NetworkGraph } from '../../api/network';
import { edgeColour, edgeSize, nodeSize } from './edge-style';
import { seededPlacement } from './placement';

export const NODE_COLOUR = '#1c7ed6';

export interface BuiltGraph {
  /** Node ids, in the order of every per-node array. */
  ids: string[];
  labels: string[];
  /** Radius in CSS pixels at ratio 1. */
  sizes: Float32Array;
  /** Seeded start, x, y pairs (a copy the worker may take). */
  positions: Float64Array;
  /** Index pairs into `ids`. */
  edges: Uint32Array;
  /** R, G, B (0..1) per edge. */
  edgeColours: Float32Array;
  /** Referrals are drawn thicker: one per edge. */
  edgeThick: Uint8Array;
  index: Map<string, number>;
  /** Each node's neighbours' indices (for the focus). */
  neighbours(i: number): number[];
}

/** '#rrggbb' as three numbers in 0..1. */
export function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

export function buildGraph(data: NetworkGraph): BuiltGraph {
  const ids = data.nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const sizes = new Float32Array(data.nodes.map((n) => nodeSize(n.degree)));
  const edges = new Uint32Array(data.edges.length * 2);
  const edgeColours = new Float32Array(data.edges.length * 3);
  const edgeThick = new Uint8Array(data.edges.length);
  const palette = new Map<string, [number, number, number]>();
  data.edges.forEach((e, j) => {
    edges[2 * j] = index.get(e.source)!;
    edges[2 * j + 1] = index.get(e.target)!;
    const hex = edgeColour(e);
    let c = palette.get(hex);
    if (!c) {
      c = rgb(hex);
      palette.set(hex, c);
    }
    edgeColours.set(c, 3 * j);
    edgeThick[j] = edgeSize(e) > 2 ? 1 : 0;
  });
  let adjacency: number[][] | null = null;
  const neighbours = (i: number) => {
    if (!adjacency) {
      const lists: number[][] = ids.map(() => []);
      for (let j = 0; j < edges.length; j += 2) {
        lists[edges[j]!]!.push(edges[j + 1]!);
        lists[edges[j + 1]!]!.push(edges[j]!);
      }
      adjacency = lists;
    }
    return adjacency[i] ?? [];
  };
  return {
    ids,
    labels: data.nodes.map((n) => n.name),
    sizes,
    positions: new Float64Array(seededPlacement(ids)),
    edges,
    edgeColours,
    edgeThick,
    index,
    neighbours,
  };
}
