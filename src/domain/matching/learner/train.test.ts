import { describe, expect, it } from 'vitest';
import { DEFAULT_YES_MODEL } from './model';
import type { YesExample } from './train';
import { trainYesModel } from './train';

/** Histories where a hidden per-target appeal, given as an extra signal, and each decider's mood decide. */
function histories(count: number): YesExample[][] {
  let seed = 11;
  const next = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  return Array.from({ length: count }, (_, h) => {
    const appeal = Array.from({ length: 8 }, () => next() * 2 - 1);
    const mood = Array.from({ length: 8 }, () => next() * 2 - 1);
    const examples: YesExample[] = [];
    for (let slot = 0; slot < 8; slot++)
      for (let d = 0; d < 8; d++) {
        const t = (d + slot) % 8;
        const p = 1 / (1 + Math.exp(-(2 * (appeal[t] ?? 0) + 2 * (mood[d] ?? 0))));
        examples.push({
          decider: `h${h}d${d}`,
          target: `h${h}t${t}`,
          at: slot,
          yes: next() < p,
          extra: { appeal: appeal[t] ?? 0 },
          trust: 3,
        });
      }
    return examples;
  });
}

describe('trainYesModel', () => {
  it('learns that a signal which decides the answers matters, and that past answers do', () => {
    const { model, examples } = trainYesModel(histories(30), {
      grid: { selectivity: [4], desirability: [4] },
    });
    expect(examples).toBe(30 * 64);
    expect(model.extraWeights.appeal).toBeGreaterThan(0.5);
    expect(model.weights.selectivity + model.weights.deciderEffect).toBeGreaterThan(0.3);
  });

  it('keeps the starting weight of a feature the histories never vary, and of a feature asked to stay fixed', () => {
    const { model } = trainYesModel(histories(5), {
      grid: { selectivity: [4], desirability: [4] },
      fixed: ['similarTargets'],
    });
    expect(model.weights.trust).toBe(DEFAULT_YES_MODEL.weights.trust);
    expect(model.weights.kind).toBe(DEFAULT_YES_MODEL.weights.kind);
    expect(model.weights.similarTargets).toBeCloseTo(DEFAULT_YES_MODEL.weights.similarTargets, 6);
  });

  it('picks shrinkage from the grid it is given', () => {
    const { model } = trainYesModel(histories(5), { grid: { selectivity: [3, 9], desirability: [5] } });
    expect([3, 9]).toContain(model.shrinkage.selectivity);
    expect(model.shrinkage.desirability).toBe(5);
  });
});
