// The API's answer as a graphology graph for sigma, with the seeded start positions, and the same graph as
// plain arrays for the layout worker (node order = the API's order, edges as index pairs).
import { MultiUndirectedGraph } from 'graphology';
import type { NetworkGraph } from '../../api/network';
import { edgeColour, edgeSize, nodeSize } from './edge-style';
import { seededPlacement } from './placement';

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
}
export interface EdgeAttributes {
  size: number;
  color: string;
}
export type PictureGraph = MultiUndirectedGraph<NodeAttributes, EdgeAttributes>;

export const NODE_COLOUR = '#1c7ed6';

export interface BuiltGraph {
  graph: PictureGraph;
  /** Node ids in the order of `positions` pairs. */
  order: string[];
  /** Seeded start, x, y pairs (a copy the worker may take). */
  positions: Float64Array;
  /** Index pairs into `order`. */
  edges: Uint32Array;
}

export function buildGraph(data: NetworkGraph): BuiltGraph {
  const order = data.nodes.map((n) => n.id);
  const index = new Map(order.map((id, i) => [id, i]));
  const start = seededPlacement(order);
  const graph: PictureGraph = new MultiUndirectedGraph();
  data.nodes.forEach((n, i) => {
    graph.addNode(n.id, {
      x: start[2 * i]!,
      y: start[2 * i + 1]!,
      size: nodeSize(n.degree),
      label: n.name,
      color: NODE_COLOUR,
    });
  });
  const edges = new Uint32Array(data.edges.length * 2);
  data.edges.forEach((e, j) => {
    graph.addEdgeWithKey(e.id, e.source, e.target, { size: edgeSize(e), color: edgeColour(e) });
    edges[2 * j] = index.get(e.source)!;
    edges[2 * j + 1] = index.get(e.target)!;
  });
  return { graph, order, positions: new Float64Array(start), edges };
}

/** Moves every node to the layout's latest positions in one update (one redraw). */
export function applyPositions(graph: PictureGraph, order: readonly string[], positions: Float64Array) {
  const at = new Map(order.map((id, i) => [id, i]));
  graph.updateEachNodeAttributes(
    (id, a) => {
      const i = at.get(id)!;
      return { ...a, x: positions[2 * i]!, y: positions[2 * i + 1]! };
    },
    { attributes: ['x', 'y'] },
  );
}
