// Predicts whether a person will say yes to meeting another, learned from the decisions seen so far:
// pure, no I/O. The product feeds it the account's consent answers (and dismissals); the reciprocal
// benchmark feeds it speed-dating decisions through the same code.
// FIRST VERSION (contract): each decider's own yes rate under a Beta prior. The learning work replaces the
// inside (selectivity, desirability, collaborative signal, kinds, trust, fit) and keeps these names.

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
}

export interface YesTerm {
  kind: 'prior' | 'selectivity' | 'desirability' | 'similar_people' | 'kind' | 'trust' | 'fit';
  /** Effect on the prediction (log-odds, or probability points: whatever the model uses, consistently). */
  contribution: number;
  /** Plain words for a reason, e.g. "said yes to 4 of their last 5 requests". */
  phrase: string;
}

export interface YesPrediction {
  /** Probability of a yes, 0…1. */
  p: number;
  terms: YesTerm[];
}

export interface YesLearner {
  observe(decision: Decision): void;
  predict(question: YesQuestion): YesPrediction;
}

const PRIOR_YES = 0.5;
const PRIOR_WEIGHT = 2;

export function createYesLearner(): YesLearner {
  const byDecider = new Map<string, { yes: number; all: number }>();
  return {
    observe(d) {
      const seen = byDecider.get(d.decider) ?? { yes: 0, all: 0 };
      seen.all += 1;
      if (d.yes) seen.yes += 1;
      byDecider.set(d.decider, seen);
    },
    predict(q) {
      const seen = byDecider.get(q.decider) ?? { yes: 0, all: 0 };
      const p = (seen.yes + PRIOR_YES * PRIOR_WEIGHT) / (seen.all + PRIOR_WEIGHT);
      const terms: YesTerm[] =
        seen.all === 0
          ? [{ kind: 'prior', contribution: p, phrase: 'no answers from them yet' }]
          : [
              {
                kind: 'selectivity',
                contribution: p - PRIOR_YES,
                phrase: `said yes to ${seen.yes} of ${seen.all} requests`,
              },
            ];
      return { p, terms };
    },
  };
}

/** The chance that both say yes: the product of the two one-sided predictions. */
export function mutualYes(a: YesPrediction, b: YesPrediction): number {
  return a.p * b.p;
}
