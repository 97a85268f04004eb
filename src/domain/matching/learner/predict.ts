// From feature values to a probability and its reasons: the logistic model, with one term per piece of
// evidence whose phrase states the counts that produced its contribution.
import type { Tally, YesEvidence, YesFeatures } from './features.js';
import type { YesFeature, YesModel } from './model.js';
import { logit, sigmoid } from './model.js';
import type { YesPrediction, YesQuestion, YesTerm } from './types.js';

/** The weighted sum of the question's extra signals the model knows. */
export function extraScore(model: YesModel, q: YesQuestion): number {
  let z = 0;
  for (const [name, value] of Object.entries(q.extra ?? {})) {
    const w = model.extraWeights[name];
    if (w !== undefined && Number.isFinite(value)) z += w * value;
  }
  return z;
}

export function predictFrom(model: YesModel, f: YesFeatures, q: YesQuestion): YesPrediction {
  const w = model.weights;
  const v = f.values;
  const e = f.evidence;
  const part = (...names: YesFeature[]): number => names.reduce((sum, n) => sum + w[n] * v[n], 0);
  const terms: YesTerm[] = [];
  const add = (
    kind: YesTerm['kind'],
    about: YesTerm['about'],
    contribution: number,
    phrase: string,
  ): void => {
    terms.push(about === undefined ? { kind, contribution, phrase } : { kind, contribution, phrase, about });
  };

  add('prior', undefined, logit(model.baseRate) + model.bias + part('crowd'), priorPhrase(e));
  if (e.decider.all > 0)
    add(
      'selectivity',
      'decider',
      part('selectivity', 'selectivityResidual'),
      `said yes to ${e.decider.yes} of ${e.decider.all} requests so far`,
    );
  if (e.decider.received > 0 && w.deciderDesirability !== 0)
    add(
      'selectivity',
      'decider',
      part('deciderDesirability'),
      `others said yes to meeting them ${e.decider.yesReceived} ${times(e.decider.yesReceived)} out of ${e.decider.received}`,
    );
  if (e.target.received > 0 || e.target.dismissed > 0)
    add('desirability', 'target', part('desirability', 'desirabilityResidual'), desirabilityPhrase(e));
  if (e.target.all > 0 && w.targetSelectivity !== 0)
    add(
      'desirability',
      'target',
      part('targetSelectivity'),
      `they said yes to ${e.target.yes} of ${e.target.all} requests themselves`,
    );
  if (v.similarDeciders !== 0)
    add(
      'similar_people',
      'target',
      part('similarDeciders'),
      neighbourPhrase(
        e.similarDeciders,
        'people who answered like them',
        'people who answered unlike them',
        'said yes to this person',
      ),
    );
  if (v.similarTargets !== 0)
    add('similar_people', 'decider', part('similarTargets'), treatedPhrase(e.similarTargets));
  if (e.kind && v.kind !== 0) add('kind', 'decider', part('kind'), kindPhrase(e.kind));
  if (e.pairDismissals > 0)
    add(
      'kind',
      'pair',
      part('pairDismissed'),
      `this pairing was marked not a fit ${e.pairDismissals === 1 ? 'once' : `${e.pairDismissals} times`} before`,
    );
  if (e.trust !== undefined) add('trust', 'target', part('trust'), `you trust them ${e.trust}/5`);
  if (e.fit !== undefined) add('fit', 'pair', part('fit'), `fits the request at ${Math.round(e.fit * 100)}%`);
  for (const [name, value] of Object.entries(q.extra ?? {})) {
    const weight = model.extraWeights[name];
    if (weight === undefined || weight === 0 || !Number.isFinite(value) || value === 0) continue;
    add('fit', 'pair', weight * value, `${name} ${round2(value)}`);
  }
  const z = terms.reduce((sum, t) => sum + t.contribution, 0);
  return { p: sigmoid(z), terms };
}

function priorPhrase(e: YesEvidence): string {
  return e.crowd.all === 0
    ? 'no answers recorded yet'
    : `${e.crowd.yes} of the ${e.crowd.all} answers so far were yes`;
}

function desirabilityPhrase(e: YesEvidence): string {
  const { yesReceived, received, dismissed } = e.target;
  const parts: string[] = [];
  if (received > 0)
    parts.push(`others said yes to meeting them ${yesReceived} ${times(yesReceived)} out of ${received}`);
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

function times(n: number): string {
  return n === 1 ? 'time' : 'times';
}

function round2(x: number): string {
  return String(Math.round(x * 100) / 100);
}
