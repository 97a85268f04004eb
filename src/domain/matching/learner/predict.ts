// From feature values to a probability and its reasons: the logistic model, with one term per piece of
// evidence whose phrase states the counts that produced its contribution.
import type { Tally, YesEvidence, YesFeatures } from './features';
import type { YesFeature, YesModel } from './model';
import { logit, sigmoid, YES_FEATURES } from './model';
import type { YesPrediction, YesQuestion, YesTerm } from './types';

/** The weight of one extra signal for this question: its own, plus its weight while new times novelty. */
export function extraWeight(model: YesModel, name: string, novelty: number): number {
  return (model.extraWeights[name] ?? 0) + (model.extraWeightsWhileNew[name] ?? 0) * novelty;
}

/** Which reason each feature's contribution is told under: every feature has one, so none is left out of a reason. */
const REASON_OF: Record<YesFeature, Reason> = {
  crowd: 'prior',
  selectivity: 'selectivity',
  selectivityResidual: 'selectivity',
  deciderEffect: 'selectivity',
  desirability: 'desirability',
  desirabilityResidual: 'desirability',
  targetEffect: 'desirability',
  deciderEffectWhileNew: 'selectivity',
  targetEffectWhileNew: 'desirability',
  deciderDesirability: 'deciderDemand',
  targetSelectivity: 'targetSelectivity',
  similarDeciders: 'similarDeciders',
  similarTargets: 'similarTargets',
  kind: 'kind',
  pairDismissed: 'pairDismissed',
  trust: 'trust',
  fit: 'fit',
};

type Reason =
  | 'prior'
  | 'selectivity'
  | 'desirability'
  | 'deciderDemand'
  | 'targetSelectivity'
  | 'similarDeciders'
  | 'similarTargets'
  | 'kind'
  | 'pairDismissed'
  | 'trust'
  | 'fit';

/** The probability is the logistic of the sum of the terms' contributions, so every reason shown moved it. */
export function predictFrom(model: YesModel, f: YesFeatures, q: YesQuestion): YesPrediction {
  const sums = new Map<Reason, number>();
  for (const feature of YES_FEATURES) {
    const reason = REASON_OF[feature];
    sums.set(reason, (sums.get(reason) ?? 0) + model.weights[feature] * f.values[feature]);
  }
  const terms: YesTerm[] = [
    {
      kind: 'prior',
      contribution: logit(model.baseRate) + model.bias + (sums.get('prior') ?? 0),
      phrase: priorPhrase(f.evidence),
    },
  ];
  for (const [reason, contribution] of sums) {
    if (reason === 'prior' || contribution === 0) continue;
    terms.push(termFor(reason, contribution, f.evidence));
  }
  for (const [name, value] of Object.entries(q.extra ?? {})) {
    const weight = extraWeight(model, name, f.novelty);
    if (weight === 0 || !Number.isFinite(value) || value === 0) continue;
    terms.push({
      kind: 'fit',
      contribution: weight * value,
      phrase: `${name} ${round2(value)}`,
      about: 'pair',
    });
  }
  const z = terms.reduce((sum, t) => sum + t.contribution, 0);
  return { p: sigmoid(z), terms };
}

function termFor(reason: Exclude<Reason, 'prior'>, contribution: number, e: YesEvidence): YesTerm {
  switch (reason) {
    case 'selectivity':
      return {
        kind: 'selectivity',
        contribution,
        about: 'decider',
        phrase: `said yes to ${e.decider.yes} of ${e.decider.all} requests so far`,
      };
    case 'deciderDemand':
      return {
        kind: 'selectivity',
        contribution,
        about: 'decider',
        phrase: meetingPhrase(e.decider.yesReceived, e.decider.received),
      };
    case 'desirability':
      return { kind: 'desirability', contribution, about: 'target', phrase: desirabilityPhrase(e) };
    case 'targetSelectivity':
      return {
        kind: 'desirability',
        contribution,
        about: 'target',
        phrase: `they said yes to ${e.target.yes} of ${e.target.all} requests themselves`,
      };
    case 'similarDeciders':
      return {
        kind: 'similar_people',
        contribution,
        about: 'target',
        phrase: neighbourPhrase(
          e.similarDeciders,
          'people who answered like them',
          'people who answered unlike them',
          'said yes to this person',
        ),
      };
    case 'similarTargets':
      return {
        kind: 'similar_people',
        contribution,
        about: 'decider',
        phrase: treatedPhrase(e.similarTargets),
      };
    case 'kind':
      return { kind: 'kind', contribution, about: 'decider', phrase: e.kind ? kindPhrase(e.kind) : '' };
    case 'pairDismissed':
      return {
        kind: 'kind',
        contribution,
        about: 'pair',
        phrase: `this pairing was marked not a fit ${e.pairDismissals === 1 ? 'once' : `${e.pairDismissals} times`} before`,
      };
    case 'trust':
      return { kind: 'trust', contribution, about: 'target', phrase: `you trust them ${e.trust ?? 3}/5` };
    case 'fit':
      return {
        kind: 'fit',
        contribution,
        about: 'pair',
        phrase: `fits the request at ${Math.round((e.fit ?? 0.5) * 100)}%`,
      };
  }
}

function priorPhrase(e: YesEvidence): string {
  return e.crowd.all === 0
    ? 'no answers recorded yet'
    : `${e.crowd.yes} of the ${e.crowd.all} answers so far were yes`;
}

function desirabilityPhrase(e: YesEvidence): string {
  const { yesReceived, received, dismissed } = e.target;
  const parts: string[] = [];
  if (received > 0) parts.push(meetingPhrase(yesReceived, received));
  if (dismissed > 0)
    parts.push(`${dismissed} ${dismissed === 1 ? 'suggestion' : 'suggestions'} of them marked not a fit`);
  return parts.join('; ');
}

function neighbourPhrase(
  t: { like: Tally; unlike: Tally },
  like: string,
  unlike: string,
  did: string,
): string {
  const parts: string[] = [];
  if (t.like.all > 0) parts.push(`${t.like.yes} of ${t.like.all} ${like} ${did}`);
  if (t.unlike.all > 0) parts.push(`${t.unlike.yes} of ${t.unlike.all} ${unlike} ${did}`);
  return parts.join('; ');
}

function treatedPhrase(t: { like: Tally; unlike: Tally }): string {
  const parts: string[] = [];
  if (t.like.all > 0)
    parts.push(`said yes to ${t.like.yes} of ${t.like.all} people others treated like this one`);
  if (t.unlike.all > 0)
    parts.push(`said yes to ${t.unlike.yes} of ${t.unlike.all} people others treated unlike this one`);
  return parts.join('; ');
}

function kindPhrase(k: NonNullable<YesEvidence['kind']>): string {
  const answered = `said yes to ${k.yes} of ${k.all} “${k.name}” requests`;
  if (k.dismissed === 0) return answered;
  const dismissed = `${k.dismissed} “${k.name}” ${k.dismissed === 1 ? 'suggestion' : 'suggestions'} for them marked not a fit`;
  return k.all > 0 ? `${answered}; ${dismissed}` : dismissed;
}

/** How others answered requests to meet this person: "3 of 4 requests to meet them got a yes". */
function meetingPhrase(yes: number, all: number): string {
  if (all === 1) return `the one request to meet them got a ${yes === 1 ? 'yes' : 'no'}`;
  return `${yes} of ${all} requests to meet them got a yes`;
}

function round2(x: number): string {
  return String(Math.round(x * 100) / 100);
}
