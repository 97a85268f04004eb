import { describe, expect, it } from 'vitest';
import type { NetworkGraph } from '../../api/network';
import { buildGraph, rgb } from './build-graph';
import { OUTCOME_COLOURS, REFERRAL_COLOUR } from './edge-style';

const node = (id: string, degree: number) => ({ id, name: id.toUpperCase(), tags: [], trust: null, degree });
const data: NetworkGraph = {
  nodes: [node('a', 2), node('b', 1), node('c', 1)],
  edges: [
    {
      id: 'e1',
      source: 'a',
      target: 'b',
      kind: 'introduction',
      outcome: 'met_helpful',
      state: 'closed',
      date: '2026-01-01',
    },
    {
      id: 'e2',
      source: 'c',
      target: 'a',
      kind: 'referral',
      outcome: null,
      state: 'open',
      date: '2026-01-02',
    },
  ],
};

describe('the picture built from the API answer', () => {
  it('keeps the API order and names edges by node index', () => {
    const g = buildGraph(data);
    expect(g.ids).toEqual(['a', 'b', 'c']);
    expect([...g.edges]).toEqual([0, 1, 2, 0]);
  });

  it('colours each edge as the legend says, and marks referrals thick', () => {
    const g = buildGraph(data);
    expect([...g.edgeColours.slice(0, 3)]).toEqual([...new Float32Array(rgb(OUTCOME_COLOURS.met_helpful))]);
    expect([...g.edgeColours.slice(3, 6)]).toEqual([...new Float32Array(rgb(REFERRAL_COLOUR))]);
    expect([...g.edgeThick]).toEqual([0, 1]);
  });

  it('knows each person’s neighbours', () => {
    const g = buildGraph(data);
    expect(g.neighbours(0).sort()).toEqual([1, 2]);
    expect(g.neighbours(1)).toEqual([0]);
  });

  it('reads a colour as three numbers in 0..1', () => {
    expect(rgb('#ff8000')).toEqual([1, 128 / 255, 0]);
  });
});
