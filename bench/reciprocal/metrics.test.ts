import { describe, expect, it } from 'vitest';
import { auc, precisionAtK } from './metrics';

describe('auc', () => {
  it('is 1 when every positive outranks every negative, 0 when reversed, 0.5 for ties', () => {
    expect(auc([0.9, 0.8, 0.2, 0.1], [true, true, false, false])).toBe(1);
    expect(auc([0.1, 0.2, 0.8, 0.9], [true, true, false, false])).toBe(0);
    expect(auc([0.5, 0.5, 0.5], [true, false, false])).toBe(0.5);
  });

  it('counts the share of positive–negative pairs in the right order', () => {
    // Pairs (p, n): (0.8, 0.9) wrong, (0.8, 0.3) right, (0.4, 0.9) wrong, (0.4, 0.3) right → 2 of 4.
    expect(auc([0.8, 0.4, 0.9, 0.3], [true, true, false, false])).toBe(0.5);
  });
});

describe('precisionAtK', () => {
  it('averages the share of positives among each list’s k best, skipping short lists', () => {
    const list = (scores: number[], labels: boolean[]) =>
      scores.map((score, i) => ({ score, label: labels[i] ?? false, key: String(i) }));
    const lists = [
      list([0.9, 0.8, 0.7, 0.1], [true, false, true, true]), // top 3: 2 of 3
      list([0.1, 0.2, 0.3, 0.4], [true, false, false, false]), // top 3: 0 of 3
      list([0.5, 0.6], [true, true]), // shorter than 3: skipped
    ];
    expect(precisionAtK(lists, 3)).toBeCloseTo(1 / 3, 12);
  });
});
