import { describe, expect, it } from 'vitest';
import { assembleGraph, endpointsOf } from './graph';
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
    );
    expect(g.nodes.map((n) => [n.name, n.degree])).toEqual([
      ['Zed', 3],
      ['Bea', 2],
      ['Amy', 1],
      ['Cal', 0],
    ]);
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

describe('endpointsOf', () => {
  it('names each person at an end of an edge once', () => {
    expect(endpointsOf([edge('1', 'a', 'b'), edge('2', 'b', 'c')]).sort()).toEqual(['a', 'b', 'c']);
  });
});
