// Each decider's and each target's effect estimated together: yes ~ logistic(crowd + decider + target),
// each effect with a Gaussian prior (a ridge), fitted by a few Newton sweeps over the answers so far. Unlike
// separate yes rates, a target met only by choosy deciders is not mistaken for an undesired one. Refitted
// lazily (warm-started) when a prediction follows new answers, so a burst of predictions costs one refit.

export class JointEffects {
  private readonly deciders: number[] = [];
  private readonly targets: number[] = [];
  private readonly answers: boolean[] = [];
  private decider: Float64Array<ArrayBuffer> = new Float64Array(0);
  private target: Float64Array<ArrayBuffer> = new Float64Array(0);
  private dirty = false;
  private offset = 0;
  private size = 0;

  constructor(
    private readonly deciderPrecision: number,
    private readonly targetPrecision: number,
    private readonly sweeps = 4,
  ) {}

  add(decider: number, target: number, yes: boolean): void {
    this.deciders.push(decider);
    this.targets.push(target);
    this.answers.push(yes);
    this.size = Math.max(this.size, decider + 1, target + 1);
    this.dirty = true;
  }

  /** The decider's and the target's effects (log-odds, 0 for someone without answers) around `offset`. */
  effects(decider: number | undefined, target: number | undefined, offset: number): [number, number] {
    if (this.dirty || offset !== this.offset) this.refit(offset);
    return [
      decider === undefined ? 0 : (this.decider[decider] ?? 0),
      target === undefined ? 0 : (this.target[target] ?? 0),
    ];
  }

  /**
   * An answer minus what the fit predicts for its pair: what the two people's effects leave unexplained.
   * Against the fit of the last `effects` call (call it first, so the fit includes every answer added).
   */
  residual(decider: number, target: number, yes: boolean): number {
    const z = this.offset + (this.decider[decider] ?? 0) + (this.target[target] ?? 0);
    return (yes ? 1 : 0) - 1 / (1 + Math.exp(-z));
  }

  private refit(offset: number): void {
    this.offset = offset;
    this.dirty = false;
    const size = this.size;
    if (this.decider.length < size) {
      this.decider = grow(this.decider, size);
      this.target = grow(this.target, size);
    }
    const gradient = new Float64Array(size);
    const curvature = new Float64Array(size);
    for (let sweep = 0; sweep < this.sweeps; sweep++) {
      this.step(this.decider, this.deciders, this.deciderPrecision, gradient, curvature);
      this.step(this.target, this.targets, this.targetPrecision, gradient, curvature);
    }
  }

  /** One Newton step on every effect of one side, the other side held fixed. */
  private step(
    effect: Float64Array,
    who: readonly number[],
    precision: number,
    gradient: Float64Array,
    curvature: Float64Array,
  ): void {
    gradient.fill(0);
    curvature.fill(0);
    for (let i = 0; i < who.length; i++) {
      const d = this.deciders[i] ?? 0;
      const t = this.targets[i] ?? 0;
      const p = 1 / (1 + Math.exp(-(this.offset + (this.decider[d] ?? 0) + (this.target[t] ?? 0))));
      const k = who[i] ?? 0;
      gradient[k] = (gradient[k] ?? 0) + (this.answers[i] ? 1 : 0) - p;
      curvature[k] = (curvature[k] ?? 0) + p * (1 - p);
    }
    for (let k = 0; k < effect.length; k++) {
      const e = effect[k] ?? 0;
      effect[k] = e + ((gradient[k] ?? 0) - precision * e) / ((curvature[k] ?? 0) + precision);
    }
  }
}

function grow(a: Float64Array, size: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}
