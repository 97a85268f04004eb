// Assembles the network picture from its rows. Pure: which edges are drawn (both ends live people, and with
// a tag filter, one end carrying a tag), which people are nodes, and each person's degree, counted from the
// very edges the answer carries, so what the picture sizes by is what it draws.
import type { PersonNodeRow } from './repository';
import type { NetworkEdge, NetworkGraph, NetworkNode } from './schema';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** One collator for every comparison: `localeCompare` builds one per call, which 5,000 names feel. */
const byName = new Intl.Collator('en').compare;

export interface GraphScope {
  /** Edges with a person carrying one of these at either end; none: every edge. */
  tags: readonly string[];
  /** Everyone (with one of the tags, when given) as a node, not only the people the edges touch. */
  all: boolean;
}

/**
 * The graph of the edges among `people` (the account's live people): an edge whose end is not among them
 * (a deleted person) is left out, so no dangling edge reaches the client. People come most connected first,
 * then by name and id; edges oldest first, then by id.
 */
export function assembleGraph(
  people: readonly PersonNodeRow[],
  edges: readonly NetworkEdge[],
  scope: GraphScope = { tags: [], all: false },
): NetworkGraph {
  const byId = new Map(people.map((p) => [p.id, p]));
  const wanted = new Set(scope.tags);
  const tagged = (p: PersonNodeRow) => wanted.size === 0 || p.tags.some((t) => wanted.has(t));
  const kept = edges
    .filter((e) => {
      const s = byId.get(e.source);
      const t = byId.get(e.target);
      return s !== undefined && t !== undefined && (tagged(s) || tagged(t));
    })
    .sort((a, b) => compare(a.date, b.date) || compare(a.id, b.id));
  const degree = new Map<string, number>();
  if (scope.all) for (const p of people) if (tagged(p)) degree.set(p.id, 0);
  for (const e of kept) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const nodes: NetworkNode[] = [...degree].map(([id, d]) => ({ ...byId.get(id)!, degree: d }));
  nodes.sort((a, b) => b.degree - a.degree || byName(a.name, b.name) || compare(a.id, b.id));
  return { nodes, edges: kept };
}
