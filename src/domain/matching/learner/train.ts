// Learning the yes-model from recorded decisions: each history (an account, or one evening of a data set) is
// replayed in time order through the same incremental learner that serves predictions, so every training
// example sees exactly what a live prediction would have seen; then a logistic regression learns the
// weights, leaning on the starting model's weights where the data says little, for each shrinkage on a
// small grid, and the best fit wins.
import { IncrementalYesLearner } from './incremental';
import { fitLogistic } from './logistic';
import type { YesFeature, YesModel, YesShrinkage } from './model';
import { DEFAULT_YES_MODEL, featureRecord, logit, YES_FEATURES } from './model';
import type { Decision, YesQuestion } from './types';

/** A question together with the answer that followed it (a dismissal is observed, never asked). */
export interface YesExample extends YesQuestion {
  yes: boolean;
  source?: 'answer' | 'dismissal';
}

export interface TrainOptions {
  /** The model to start from: its weights are the prior, its other settings are kept. */
  base?: YesModel;
  /** How hard the weights lean to the starting model's (a Gaussian prior's precision; 0: not at all). */
  priorPrecision?: number;
  /** Shrinkage values to try; the best fit on the training data wins. */
  grid?: { selectivity: readonly number[]; desirability: readonly number[] };
  /** Features whose weights stay the starting model's (not learned). */
  fixed?: readonly YesFeature[];
}

const DEFAULT_GRID = { selectivity: [2, 4, 8, 16], desirability: [2, 4, 8, 16] };

export interface TrainedYesModel {
  model: YesModel;
  /** Mean log-likelihood per answer of the chosen model on the training histories. */
  logLikelihood: number;
  examples: number;
}

export function trainYesModel(
  histories: readonly (readonly YesExample[])[],
  options: TrainOptions = {},
): TrainedYesModel {
  const base = options.base ?? DEFAULT_YES_MODEL;
  const answers = histories.flat().filter((e) => e.source !== 'dismissal');
  const yes = answers.filter((e) => e.yes).length;
  const baseRate = answers.length > 0 ? (yes + base.baseRate) / (answers.length + 1) : base.baseRate;
  const extraNames = [...new Set(answers.flatMap((e) => Object.keys(e.extra ?? {})))].sort();
  const grid = options.grid ?? DEFAULT_GRID;
  let best: TrainedYesModel | undefined;
  for (const selectivity of grid.selectivity) {
    for (const desirability of grid.desirability) {
      const shrinkage: YesShrinkage = { ...base.shrinkage, selectivity, desirability };
      const start: YesModel = { ...base, baseRate, bias: 0, shrinkage };
      const fitted = fitWeights(
        start,
        histories,
        extraNames,
        options.priorPrecision ?? 2,
        options.fixed ?? [],
      );
      if (!best || fitted.logLikelihood > best.logLikelihood) best = fitted;
    }
  }
  return best ?? { model: base, logLikelihood: Number.NaN, examples: 0 };
}

/** Replays every history through a fresh learner and fits the weights of the features that vary. */
function fitWeights(
  start: YesModel,
  histories: readonly (readonly YesExample[])[],
  extraNames: readonly string[],
  priorPrecision: number,
  fixed: readonly YesFeature[],
): TrainedYesModel {
  const rows: number[][] = [];
  const labels: boolean[] = [];
  for (const history of histories) {
    const learner = new IncrementalYesLearner(start);
    for (const e of history) learner.observe(toDecision(e));
    const questions = history.filter((e) => e.source !== 'dismissal').sort((a, b) => a.at - b.at);
    for (const q of questions) {
      const { values, novelty } = learner.features(q);
      const extras = extraNames.map((n) => finiteOr0(q.extra?.[n]));
      rows.push([1, ...YES_FEATURES.map((f) => values[f]), ...extras, ...extras.map((x) => x * novelty)]);
      labels.push(q.yes);
    }
  }
  // A feature that never varies in these histories (no trust recorded, say) keeps the starting weight.
  const columns = 1 + YES_FEATURES.length + 2 * extraNames.length;
  const varies = Array.from({ length: columns }, (_, j) => j === 0 || rows.some((r) => (r[j] ?? 0) !== 0));
  const used = varies.flatMap((v, j) => (v ? [j] : []));
  // A fixed feature still enters the fit (its contribution is part of every prediction), pinned by its prior.
  const isFixed = (j: number): boolean => fixed.some((f) => YES_FEATURES.indexOf(f) + 1 === j);
  const startWeights = [
    logit(start.baseRate) + start.bias,
    ...YES_FEATURES.map((f) => start.weights[f]),
    ...extraNames.map((n) => start.extraWeights[n] ?? 0),
    ...extraNames.map((n) => start.extraWeightsWhileNew[n] ?? 0),
  ];
  const fit = fitLogistic(
    rows.map((r) => used.map((j) => r[j] ?? 0)),
    labels,
    used.map((j) => startWeights[j] ?? 0),
    used.map((j) => (j === 0 ? 0 : isFixed(j) ? FIXED : priorPrecision)),
  );
  const learned = [...startWeights];
  used.forEach((j, i) => {
    learned[j] = fit.weights[i] ?? 0;
  });
  // The intercept column is 1 on top of the base rate's log-odds, which every prediction already adds.
  const intercept = (learned[0] ?? 0) - logit(start.baseRate);
  const weights = featureRecord((_, i) => learned[1 + i] ?? 0);
  const extraStart = 1 + YES_FEATURES.length;
  const extraWeights = Object.fromEntries(extraNames.map((n, i) => [n, learned[extraStart + i] ?? 0]));
  const extraWeightsWhileNew = Object.fromEntries(
    extraNames.map((n, i) => [n, learned[extraStart + extraNames.length + i] ?? 0]),
  );
  return {
    model: { ...start, bias: intercept, weights, extraWeights, extraWeightsWhileNew },
    logLikelihood: labels.length > 0 ? fit.logLikelihood / labels.length : Number.NaN,
    examples: labels.length,
  };
}

/** A prior precision that pins a weight to its starting value. */
const FIXED = 1e9;

export function toDecision(e: YesExample): Decision {
  const d: Decision = { decider: e.decider, target: e.target, yes: e.yes, at: e.at };
  if (e.kind !== undefined) d.kind = e.kind;
  if (e.source !== undefined) d.source = e.source;
  return d;
}

function finiteOr0(x: number | undefined): number {
  return x !== undefined && Number.isFinite(x) ? x : 0;
}
