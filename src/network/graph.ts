// Assembles the network picture from its rows. Pure: the degree of each person is counted from the very
// edges the answer carries, so what the picture sizes by is what it draws.
import type { PersonNodeRow } from './repository';
import type { NetworkEdge, NetworkGraph, NetworkNode } from './schema';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The ids at either end of the edges, each once. */
export function endpointsOf(edges: readonly NetworkEdge[]): string[] {
  const ids = new Set<string>();
  for (const e of edges) {
    ids.add(e.source);
    ids.add(e.target);
  }
  return [...ids];
}

/**
 * The graph of `people` and the edges among them: an edge whose end is not among the people is left out
 * (no dangling edge reaches the client). People come most connected first, then by name and id; edges
 * oldest first, then by id.
 */
export function assembleGraph(people: readonly PersonNodeRow[], edges: readonly NetworkEdge[]): NetworkGraph {
  const degree = new Map<string, number>(people.map((p) => [p.id, 0]));
  const kept = edges
    .filter((e) => degree.has(e.source) && degree.has(e.target))
    .sort((a, b) => compare(a.date, b.date) || compare(a.id, b.id));
  for (const e of kept) {
    degree.set(e.source, degree.get(e.source)! + 1);
    degree.set(e.target, degree.get(e.target)! + 1);
  }
  const nodes: NetworkNode[] = people.map((p) => ({ ...p, degree: degree.get(p.id)! }));
  nodes.sort((a, b) => b.degree - a.degree || a.name.localeCompare(b.name) || compare(a.id, b.id));
  return { nodes, edges: kept };
}
