// What the counters say about one question, as the model's feature values plus the counts behind them (the
// counts become the plain-words reasons, so a reason always states the numbers that moved the prediction).
import type { Counters } from './counters';
import type { YesFeature } from './model';
import { logit } from './model';
import type { YesQuestion } from './types';

export interface YesEvidence {
  /** Everyone's answers so far. */
  crowd: { yes: number; all: number };
  /** The decider's own answers. */
  decider: { yes: number; all: number; yesReceived: number; received: number };
  /** Answers others gave about the target, dismissals of suggestions with them, and their own answers. */
  target: { yesReceived: number; received: number; dismissed: number; yes: number; all: number };
  /** Deciders who answered like this decider (positive similarity) and unlike: their answers about the target. */
  similarDeciders: { like: Tally; unlike: Tally };
  /** Targets treated like this one (positive similarity) and unlike: the decider's answers about them. */
  similarTargets: { like: Tally; unlike: Tally };
  kind?: { name: string; yes: number; all: number; dismissed: number };
  pairDismissals: number;
  trust?: number;
  fit?: number;
}

export interface Tally {
  yes: number;
  all: number;
}

export interface YesFeatures {
  values: Record<YesFeature, number>;
  /** 1 while neither the decider nor the target has any answers, towards 0 as they gather them. */
  novelty: number;
  evidence: YesEvidence;
}

export function featuresOf(counters: Counters, q: YesQuestion): YesFeatures {
  const { model } = counters;
  const decider = counters.find(q.decider);
  const target = counters.find(q.target);
  const crowd = counters.crowdRate();
  const crowdLogit = logit(crowd);
  const deciderRate = counters.deciderRate(decider, crowd);
  const mSel = model.shrinkage.selectivity;
  const mDes = model.shrinkage.desirability;

  // Fitted first: the collaborative signal averages what these effects leave unexplained.
  const [deciderEffect, targetEffect] = counters.joint.effects(decider?.id, target?.id, crowdLogit);
  const similar = { like: { yes: 0, all: 0 }, unlike: { yes: 0, all: 0 } };
  let userNum = 0;
  let userDen = 0;
  if (decider && target) {
    for (const n of target.decidedBy) {
      if (n.other === decider.id) continue;
      const s = counters.similarity(decider.similarDeciders.get(n.other));
      if (s === 0) continue;
      userNum += s * counters.joint.residual(n.other, target.id, n.yes);
      userDen += Math.abs(s);
      count(s > 0 ? similar.like : similar.unlike, n.yes);
    }
  }
  const treated = { like: { yes: 0, all: 0 }, unlike: { yes: 0, all: 0 } };
  let itemNum = 0;
  let itemDen = 0;
  if (decider && target) {
    for (const n of decider.decided) {
      if (n.other === target.id) continue;
      const s = counters.similarity(target.similarTargets.get(n.other));
      if (s === 0) continue;
      itemNum += s * counters.joint.residual(decider.id, n.other, n.yes);
      itemDen += Math.abs(s);
      count(s > 0 ? treated.like : treated.unlike, n.yes);
    }
  }

  const tallied = q.kind === undefined ? undefined : decider?.kinds.get(q.kind);
  const kindCounts = q.kindRecord ? { ...q.kindRecord, dismissed: tallied?.dismissed ?? 0 } : tallied;
  let kindValue = 0;
  if (kindCounts) {
    const m = model.shrinkage.kind;
    const rate =
      (kindCounts.yes + m * deciderRate) /
      (kindCounts.all + model.dismissalWeight * kindCounts.dismissed + m);
    kindValue = logit(rate) - logit(deciderRate);
  }
  const pairDismissals = counters.dismissals(q.decider, q.target);
  const trust =
    q.trust === null || q.trust === undefined || !Number.isFinite(q.trust) ? undefined : clamp(q.trust, 1, 5);
  const fit = q.fit === undefined || !Number.isFinite(q.fit) ? undefined : clamp(q.fit, 0, 1);

  const novelty = noveltyOf(decider?.answered ?? 0, target?.received ?? 0, mSel);
  const values: Record<YesFeature, number> = {
    deciderEffect,
    targetEffect,
    deciderEffectWhileNew: deciderEffect * novelty,
    targetEffectWhileNew: targetEffect * novelty,
    crowd: crowdLogit - logit(model.baseRate),
    selectivity: logit(deciderRate) - crowdLogit,
    selectivityResidual: decider ? decider.yesBeyondTargets / (decider.answered + mSel) : 0,
    desirability: logit(counters.targetRate(target, crowd)) - crowdLogit,
    desirabilityResidual: target ? target.yesBeyondDeciders / (target.received + mDes) : 0,
    deciderDesirability: logit(counters.targetRate(decider, crowd)) - crowdLogit,
    targetSelectivity: logit(counters.deciderRate(target, crowd)) - crowdLogit,
    similarDeciders: userNum / (userDen + model.shrinkage.neighbours),
    similarTargets: itemNum / (itemDen + model.shrinkage.neighbours),
    kind: kindValue,
    pairDismissed: pairDismissals > 0 ? 1 : 0,
    trust: trust === undefined ? 0 : (trust - 3) / 2,
    fit: fit === undefined ? 0 : fit - 0.5,
  };
  const evidence: YesEvidence = {
    crowd: { yes: counters.yes, all: counters.answered },
    decider: {
      yes: decider?.yes ?? 0,
      all: decider?.answered ?? 0,
      yesReceived: decider?.yesReceived ?? 0,
      received: decider?.received ?? 0,
    },
    target: {
      yesReceived: target?.yesReceived ?? 0,
      received: target?.received ?? 0,
      dismissed: target?.dismissedAsTarget ?? 0,
      yes: target?.yes ?? 0,
      all: target?.answered ?? 0,
    },
    similarDeciders: similar,
    similarTargets: treated,
    pairDismissals,
    ...(kindCounts && q.kind !== undefined ? { kind: { name: q.kind, ...kindCounts } } : {}),
    ...(trust === undefined ? {} : { trust }),
    ...(fit === undefined ? {} : { fit }),
  };
  return { values, evidence, novelty };
}

/** 1 while the decider has given and the target received no answers, towards 0 as they gather them. */
export function noveltyOf(deciderAnswered: number, targetReceived: number, shrinkage: number): number {
  const history = (deciderAnswered + targetReceived) / 2;
  return shrinkage / (shrinkage + history);
}

function count(t: Tally, yes: boolean): void {
  t.all += 1;
  if (yes) t.yes += 1;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
