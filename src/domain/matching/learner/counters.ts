// The learner's running counters: everything a prediction needs, kept up to date one decision at a time
// so a prediction costs O(neighbours) and never a pass over the history.

import { JointEffects } from './joint';
import type { YesModel } from './model';
import { logit, sigmoid } from './model';
import type { Decision } from './types';

/** A decision as the collaborative signal remembers it. */
interface Neighbour {
  other: number;
  yes: boolean;
  /** The decision minus what the decider's and the target's rates predicted when it was made. */
  residual: number;
}

/** Co-decisions of two people (or about two targets), for a cosine similarity of their residuals. */
interface PairStats {
  n: number;
  ab: number;
  aa: number;
  bb: number;
}

export interface KindCounts {
  yes: number;
  all: number;
  dismissed: number;
}

export interface Person {
  id: number;
  /** Their own answers. */
  yes: number;
  answered: number;
  /** Σ (yes − the target's rate at the time). */
  yesBeyondTargets: number;
  /** Others' answers about them. */
  yesReceived: number;
  received: number;
  /** Dismissals of suggestions with them as the target. */
  dismissedAsTarget: number;
  /** Σ (yes − the decider's rate at the time), over others' answers about them. */
  yesBeyondDeciders: number;
  kinds: Map<string, KindCounts>;
  decided: Neighbour[];
  decidedBy: Neighbour[];
  similarDeciders: Map<number, PairStats>;
  similarTargets: Map<number, PairStats>;
}

export class Counters {
  readonly people: Person[] = [];
  private readonly index = new Map<string, number>();
  private readonly dismissedPairs = new Map<string, number>();
  yes = 0;
  answered = 0;

  readonly joint: JointEffects;

  constructor(readonly model: YesModel) {
    this.joint = new JointEffects(model.shrinkage.jointDecider, model.shrinkage.jointTarget);
  }

  find(id: string): Person | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : this.people[i];
  }

  private person(id: string): Person {
    const found = this.find(id);
    if (found) return found;
    const created: Person = {
      id: this.people.length,
      yes: 0,
      answered: 0,
      yesBeyondTargets: 0,
      yesReceived: 0,
      received: 0,
      dismissedAsTarget: 0,
      yesBeyondDeciders: 0,
      kinds: new Map(),
      decided: [],
      decidedBy: [],
      similarDeciders: new Map(),
      similarTargets: new Map(),
    };
    this.index.set(id, created.id);
    this.people.push(created);
    return created;
  }

  dismissals(a: string, b: string): number {
    return this.dismissedPairs.get(pairKey(a, b)) ?? 0;
  }

  /** The crowd's yes rate, shrunk to the model's base rate. */
  crowdRate(): number {
    const { baseRate, shrinkage } = this.model;
    return (this.yes + shrinkage.crowd * baseRate) / (this.answered + shrinkage.crowd);
  }

  /** A decider's yes rate, shrunk to the crowd's. */
  deciderRate(p: Person | undefined, crowd: number): number {
    const m = this.model.shrinkage.selectivity;
    return p ? (p.yes + m * crowd) / (p.answered + m) : crowd;
  }

  /** How often others say yes to a target (dismissals count as weak noes), shrunk to the crowd's rate. */
  targetRate(p: Person | undefined, crowd: number): number {
    const m = this.model.shrinkage.desirability;
    if (!p) return crowd;
    return (p.yesReceived + m * crowd) / (p.received + this.model.dismissalWeight * p.dismissedAsTarget + m);
  }

  similarity(s: PairStats | undefined): number {
    if (!s || s.aa === 0 || s.bb === 0) return 0;
    return (s.ab / Math.sqrt(s.aa * s.bb)) * (s.n / (s.n + this.model.shrinkage.similarity));
  }

  observe(d: Decision): void {
    const decider = this.person(d.decider);
    const target = this.person(d.target);
    const kind = d.kind === undefined ? undefined : kindCounts(decider, d.kind);
    if (d.source === 'dismissal') {
      this.dismissedPairs.set(pairKey(d.decider, d.target), this.dismissals(d.decider, d.target) + 1);
      target.dismissedAsTarget += 1;
      if (kind) kind.dismissed += 1;
      return;
    }
    const y = d.yes ? 1 : 0;
    const crowd = this.crowdRate();
    const deciderRate = this.deciderRate(decider, crowd);
    const targetRate = this.targetRate(target, crowd);
    const expected = sigmoid(logit(deciderRate) + logit(targetRate) - logit(crowd));
    const residual = y - expected;

    this.updateSimilarities(decider, target, residual);

    decider.yes += y;
    decider.answered += 1;
    decider.yesBeyondTargets += y - targetRate;
    target.yesReceived += y;
    target.received += 1;
    target.yesBeyondDeciders += y - deciderRate;
    if (kind) {
      kind.yes += y;
      kind.all += 1;
    }
    this.yes += y;
    this.answered += 1;
    this.joint.add(decider.id, target.id, d.yes);
    remember(decider.decided, { other: target.id, yes: d.yes, residual }, this.model.maxNeighbours);
    remember(target.decidedBy, { other: decider.id, yes: d.yes, residual }, this.model.maxNeighbours);
  }

  /** Others who decided on this target, and targets this decider decided on, now share one more co-decision. */
  private updateSimilarities(decider: Person, target: Person, residual: number): void {
    for (const n of target.decidedBy) {
      if (n.other === decider.id) continue;
      const other = this.people[n.other];
      if (other)
        addPair(decider.similarDeciders, other.similarDeciders, decider.id, other.id, residual, n.residual);
    }
    for (const n of decider.decided) {
      if (n.other === target.id) continue;
      const other = this.people[n.other];
      if (other)
        addPair(target.similarTargets, other.similarTargets, target.id, other.id, residual, n.residual);
    }
  }
}

function kindCounts(p: Person, kind: string): KindCounts {
  const found = p.kinds.get(kind);
  if (found) return found;
  const created = { yes: 0, all: 0, dismissed: 0 };
  p.kinds.set(kind, created);
  return created;
}

function remember(list: Neighbour[], n: Neighbour, max: number): void {
  list.push(n);
  if (list.length > max) list.shift();
}

/** One stats object per unordered pair, shared by both sides' maps; `a` is always the lower id. */
function addPair(
  mine: Map<number, PairStats>,
  theirs: Map<number, PairStats>,
  me: number,
  them: number,
  myResidual: number,
  theirResidual: number,
): void {
  let stats = mine.get(them);
  if (!stats) {
    stats = { n: 0, ab: 0, aa: 0, bb: 0 };
    mine.set(them, stats);
    theirs.set(me, stats);
  }
  const [a, b] = me < them ? [myResidual, theirResidual] : [theirResidual, myResidual];
  stats.n += 1;
  stats.ab += a * b;
  stats.aa += a * a;
  stats.bb += b * b;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
