import { describe, expect, it } from 'vitest';
import { fitLogistic, solve } from './logistic';

describe('fitLogistic', () => {
  it('recovers the weights that generated the labels', () => {
    // Deterministic "random" data: x in a grid, labels drawn from a known model by a fixed sequence.
    const rows: number[][] = [];
    const labels: boolean[] = [];
    let seed = 7;
    const next = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 20000; i++) {
      const x = next() * 4 - 2;
      const p = 1 / (1 + Math.exp(-(-0.5 + 1.5 * x)));
      rows.push([1, x]);
      labels.push(next() < p);
    }
    const { weights } = fitLogistic(rows, labels, [0, 0], [0, 0]);
    expect(weights[0]).toBeCloseTo(-0.5, 1);
    expect(weights[1]).toBeCloseTo(1.5, 1);
  });

  it('keeps a weight at its prior when the prior is firm and the data says little', () => {
    const { weights } = fitLogistic(
      [
        [1, 1],
        [1, 0],
      ],
      [true, false],
      [0, 0.3],
      [0, 1e9],
    );
    expect(weights[1]).toBeCloseTo(0.3, 6);
  });
});

describe('solve', () => {
  it('solves a linear system', () => {
    const x = solve(
      [
        [4, 1, 0],
        [1, 3, 1],
        [0, 1, 2],
      ],
      [1, 2, 3],
    );
    expect(4 * (x[0] ?? 0) + (x[1] ?? 0)).toBeCloseTo(1, 10);
    expect((x[0] ?? 0) + 3 * (x[1] ?? 0) + (x[2] ?? 0)).toBeCloseTo(2, 10);
    expect((x[1] ?? 0) + 2 * (x[2] ?? 0)).toBeCloseTo(3, 10);
  });
});
