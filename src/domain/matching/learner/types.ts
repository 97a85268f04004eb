// The vocabulary of the yes-learner: what it observes, what it is asked and what it answers. Kept apart from
// the code so the learner's parts can share it without importing one another in a loop.

/** One recorded answer: `decider` said yes or no to meeting `target`. */
export interface Decision {
  decider: string;
  target: string;
  yes: boolean;
  /** When it was decided (ms since epoch, or any increasing clock); only earlier decisions inform a prediction. */
  at: number;
  /** The kind of request (e.g. a concept such as "fundraising"), when known. */
  kind?: string;
  /**
   * `answer`: the person's own consent answer. `dismissal`: the connector marked a suggestion of this pair
   * "not a fit" (weaker evidence, about the pair and the kind of request, not the person's own word).
   */
  source?: 'answer' | 'dismissal';
}

/** Will `decider` say yes to meeting `target`? */
export interface YesQuestion {
  decider: string;
  target: string;
  at: number;
  /** How well the pair fits (relevance of the match, or profile fit), 0…1, when known. */
  fit?: number;
  /** The connector's trust in the target, 1…5, when set. */
  trust?: number | null;
  kind?: string;
  /**
   * The decider's own answers to this kind of request, as `domain/values` counts them (their last answer
   * per introduction). When given, the kind term reads these instead of the learner's running tally.
   */
  kindRecord?: { yes: number; all: number };
  /**
   * Further numeric signals known before the question (e.g. answers to a sign-up form), by name. Each is
   * weighted by the model (`YesModel.extraWeights`, learned by `trainYesModel`); unknown names weigh 0.
   * Give numbers on a small scale (about −1…1); leave a signal out when it is unknown.
   */
  extra?: Readonly<Record<string, number>>;
}

export interface YesTerm {
  kind: 'prior' | 'selectivity' | 'desirability' | 'similar_people' | 'kind' | 'trust' | 'fit';
  /** Effect on the prediction, in log-odds (the model is logistic; the prior term carries the intercept). */
  contribution: number;
  /** Plain words for a reason, e.g. "said yes to 4 of their last 5 requests". */
  phrase: string;
  /** Whom the phrase is about ("they" in it): the decider, the target, or the pair. */
  about?: 'decider' | 'target' | 'pair';
}

export interface YesPrediction {
  /** Probability of a yes, 0…1. */
  p: number;
  terms: YesTerm[];
}

export interface YesLearner {
  /** Records a decision. Decisions may arrive in any order; each informs only questions asked for a later time. */
  observe(decision: Decision): void;
  /**
   * Predicts from the decisions made strictly before `question.at`. Questions must be asked in
   * non-decreasing time order: asking for a time before an already asked one throws a RangeError (the
   * learner keeps running counters, and cannot forget what it has already counted).
   */
  predict(question: YesQuestion): YesPrediction;
}
