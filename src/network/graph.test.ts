import { describe, expect, it } from 'vitest';
import { assembleGraph } from './graph';
import type { NetworkEdge } from './schema';

const person = (id: string, name = id) => ({ id, name, tags: [], trust: null });
const edge = (id: string, source: string, target: string, date = '2025-01-01'): NetworkEdge => ({
  id,
  source,
  target,
  kind: 'introduction',
  outcome: null,
  state: 'draft',
  date,
});

describe('assembleGraph', () => {
  it('counts each person’s degree from the edges it keeps, most connected first', () => {
    const g = assembleGraph(
      [person('a', 'Zed'), person('b', 'Amy'), person('c', 'Bea'), person('d', 'Cal')],
      [edge('1', 'a', 'b'), edge('2', 'a', 'c'), edge('3', 'c', 'a')],
      { tags: [], all: true },
    );
    expect(g.nodes.map((n) => [n.name, n.degree])).toEqual([
      ['Zed', 3],
      ['Bea', 2],
      ['Amy', 1],
      ['Cal', 0],
    ]);
  });

  it('without all, leaves out people with no edge', () => {
    const g = assembleGraph([person('a'), person('b'), person('c')], [edge('1', 'a', 'b')]);
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['a', 'b']);
  });

  it('drops an edge whose end is not among the people, and does not count it', () => {
    const g = assembleGraph([person('a'), person('b')], [edge('1', 'a', 'b'), edge('2', 'a', 'gone')]);
    expect(g.edges.map((e) => e.id)).toEqual(['1']);
    expect(g.nodes.find((n) => n.id === 'a')?.degree).toBe(1);
  });

  it('orders edges oldest first, then by id, whatever order they came in', () => {
    const g = assembleGraph(
      [person('a'), person('b')],
      [
        edge('z', 'a', 'b', '2025-02-01'),
        edge('y', 'a', 'b', '2024-01-01'),
        edge('x', 'a', 'b', '2025-02-01'),
      ],
    );
    expect(g.edges.map((e) => e.id)).toEqual(['y', 'x', 'z']);
  });
});

describe('assembleGraph with a scope', () => {
  const people = [
    { id: 'a', name: 'Ada', tags: ['investor'], trust: 5 },
    { id: 'b', name: 'Bob', tags: [], trust: null },
    { id: 'c', name: 'Cleo', tags: ['design'], trust: null },
    { id: 'd', name: 'Dan', tags: ['investor'], trust: null },
  ];
  const edges = [edge('ab', 'a', 'b'), edge('bc', 'b', 'c')];

  it('keeps an edge when either end carries one of the tags, and only its people', () => {
    const g = assembleGraph(people, edges, { tags: ['investor'], all: false });
    expect(g.edges.map((e) => e.id)).toEqual(['ab']);
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['a', 'b']);
  });

  it('with all, adds every tagged person without an edge, at degree 0, after the connected ones', () => {
    const g = assembleGraph(people, edges, { tags: ['investor'], all: true });
    expect(g.nodes.map((n) => [n.id, n.degree])).toEqual([
      ['a', 1],
      ['b', 1],
      ['d', 0],
    ]);
  });

  it('with all and no tag, everyone is a node', () => {
    expect(assembleGraph(people, edges, { tags: [], all: true }).nodes).toHaveLength(4);
  });
});
