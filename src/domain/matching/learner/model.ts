// The yes-model's parameters: a logistic model over a fixed list of features, and the shrinkage that turns
// small counts into those features. DEFAULT_YES_MODEL is what a fresh account starts with (no history to
// learn from); `trainYesModel` (train.ts) learns the weights from an account's or a data set's decisions.

/** The features, in the order the weight vector holds them. Each is about 0 when nothing is known. */
export const YES_FEATURES = [
  /** How yes-inclined everyone in this history is, relative to the model's base rate. */
  'crowd',
  /** The decider's own yes rate so far (shrunk to the crowd's), in log-odds relative to the crowd. */
  'selectivity',
  /** The decider's yeses beyond what their targets' popularity predicts (shrunk mean residual). */
  'selectivityResidual',
  /** How often others said yes to the target so far (shrunk), in log-odds relative to the crowd. */
  'desirability',
  /** Others' yeses to the target beyond what those deciders' own yes rates predict (shrunk mean residual). */
  'desirabilityResidual',
  /** The decider's and the target's effects fitted together (joint.ts): log-odds around the crowd's. */
  'deciderEffect',
  'targetEffect',
  /**
   * The same effects times novelty (1 with no answers, towards 0 with many): a few answers move a ridge
   * estimate little, so while both people are new each answer may deserve a different weight than later.
   */
  'deciderEffectWhileNew',
  'targetEffectWhileNew',
  /** How often others said yes to the decider: people in demand tend to be choosier. */
  'deciderDesirability',
  /** How often the target says yes to others. */
  'targetSelectivity',
  /** What people who decided like the decider did said about this target (user-based collaborative signal). */
  'similarDeciders',
  /** What the decider said about targets that others treated like this one (item-based collaborative signal). */
  'similarTargets',
  /** The decider's yes rate on requests of this kind relative to their overall rate. */
  'kind',
  /** 1 when the connector has marked this pair "not a fit" before. */
  'pairDismissed',
  /** The connector's trust in the target, (trust − 3) / 2: −1…1, 0 when unset. */
  'trust',
  /** The pair's fit, fit − 0.5: −0.5…0.5, 0 when unknown. */
  'fit',
] as const;

export type YesFeature = (typeof YES_FEATURES)[number];

/** A value for every feature, computed from its name and position. */
export function featureRecord(
  value: (feature: YesFeature, index: number) => number,
): Record<YesFeature, number> {
  const record = {} as Record<YesFeature, number>;
  YES_FEATURES.forEach((f, i) => {
    record[f] = value(f, i);
  });
  return record;
}

export interface YesShrinkage {
  /** Pseudo-answers at the crowd's rate added to a decider's own answers. */
  selectivity: number;
  /** Pseudo-answers at the crowd's rate added to the answers others gave about a target. */
  desirability: number;
  /** Pseudo-answers at the decider's rate added to their answers on one kind of request. */
  kind: number;
  /** Pseudo-answers at the base rate added to everyone's answers. */
  crowd: number;
  /** Added to the sum of similarities in a collaborative average, so a few weak neighbours say little. */
  neighbours: number;
  /** Prior precision of each decider's effect in the joint fit (1 / variance, log-odds). */
  jointDecider: number;
  /** Prior precision of each target's effect in the joint fit. */
  jointTarget: number;
  /** Co-decisions that make a similarity half-believed: similarity × n / (n + this). */
  similarity: number;
}

export interface YesModel {
  /** The yes rate assumed before any answer (the intercept is its log-odds). */
  baseRate: number;
  /** Added to the base rate's log-odds (learned: the base rate's own log-odds need not be the best intercept). */
  bias: number;
  weights: Readonly<Record<YesFeature, number>>;
  /** Weights of `YesQuestion.extra` signals, by name; a signal without a weight counts 0. */
  extraWeights: Readonly<Record<string, number>>;
  /**
   * Further weight of each extra signal while the decider and the target have little history, times their
   * novelty (1 with no answers, towards 0 with many): a signal known in advance matters most before behaviour
   * speaks for itself.
   */
  extraWeightsWhileNew: Readonly<Record<string, number>>;
  shrinkage: Readonly<YesShrinkage>;
  /** How much a dismissal counts as a no, relative to a person's own no (0…1). */
  dismissalWeight: number;
  /** How many recent decisions per person the collaborative signal looks at (bounds the cost of a call). */
  maxNeighbours: number;
}

/**
 * Priors for an account with no history: a yes is as likely as a no; the person's own record and how others
 * answered about the target count about as the speed-dating study learned them (mostly through the joint
 * effects, which see past who met whom); the collaborative signal counts once co-decisions back it; the
 * pair's fit (the relevance of the match) and the connector's trust lean the prediction; a dismissed pair
 * leans it well down. `trainYesModel` replaces them once an account has enough answers.
 */
export const DEFAULT_YES_MODEL: YesModel = {
  baseRate: 0.5,
  bias: 0,
  weights: {
    crowd: 0.5,
    selectivity: 0.5,
    selectivityResidual: 0,
    desirability: 0.5,
    desirabilityResidual: 0.5,
    deciderEffect: 0.7,
    targetEffect: 0.7,
    deciderEffectWhileNew: 0,
    targetEffectWhileNew: 0,
    deciderDesirability: 0,
    targetSelectivity: 0,
    similarDeciders: 0.5,
    similarTargets: 0.8,
    kind: 1,
    pairDismissed: -1.5,
    trust: 0.6,
    fit: 2,
  },
  extraWeights: {},
  extraWeightsWhileNew: {},
  shrinkage: {
    selectivity: 4,
    desirability: 4,
    kind: 3,
    crowd: 20,
    jointDecider: 1,
    jointTarget: 1,
    neighbours: 2,
    similarity: 3,
  },
  dismissalWeight: 0.5,
  maxNeighbours: 100,
};

export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
