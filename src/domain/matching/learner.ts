// Predicts whether a person will say yes to meeting another, learned from the decisions seen so far:
// pure, no I/O. The product feeds it the account's consent answers (and dismissals); the reciprocal
// benchmark feeds it speed-dating decisions through the same code.
//
// A logistic model (learner/model.ts) over features kept by running counters (learner/counters.ts): the
// decider's selectivity and the target's desirability (each shrunk to the crowd's yes rate), both also as
// residuals beyond what the other side's rate predicts, collaborative signal (people who decided like the
// decider did; targets treated like this one), the decider's yes rate on this kind of request, the
// connector's trust in the target, the pair's fit, dismissals of the pair, and any extra named signals.
// DEFAULT_YES_MODEL serves a fresh account; trainYesModel (learner/train.ts) learns the weights from
// histories of decisions replayed through this same learner.
import { IncrementalYesLearner } from './learner/incremental';
import type { YesModel } from './learner/model';
import { DEFAULT_YES_MODEL } from './learner/model';
import type { YesLearner, YesPrediction } from './learner/types';

export type { YesFeature, YesModel, YesShrinkage } from './learner/model';
export { DEFAULT_YES_MODEL, YES_FEATURES } from './learner/model';
export type { TrainedYesModel, TrainOptions, YesExample } from './learner/train';
export { trainYesModel } from './learner/train';
export type { Decision, YesLearner, YesPrediction, YesQuestion, YesTerm } from './learner/types';

export interface YesLearnerOptions {
  /** The weights and shrinkage to predict with (default: DEFAULT_YES_MODEL, priors for a fresh account). */
  model?: YesModel;
}

export function createYesLearner(options: YesLearnerOptions = {}): YesLearner {
  return new IncrementalYesLearner(options.model ?? DEFAULT_YES_MODEL);
}

/** The chance that both say yes: the product of the two one-sided predictions. */
export function mutualYes(a: YesPrediction, b: YesPrediction): number {
  return a.p * b.p;
}
