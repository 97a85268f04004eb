// The learner the product and the benchmark use: decisions go into a queue and are counted only when a
// question for a later time is asked, so a decision can never inform a prediction for its own time or
// earlier (no leakage), whatever order the decisions arrive in.
import { Counters } from './counters';
import type { YesFeatures } from './features';
import { featuresOf } from './features';
import type { YesModel } from './model';
import { predictFrom } from './predict';
import type { Decision, YesLearner, YesPrediction, YesQuestion } from './types';

export class IncrementalYesLearner implements YesLearner {
  private readonly counters: Counters;
  private pending: Decision[] = [];
  private sorted = true;
  /** The latest time asked about; every decision before it has been counted. */
  private asked = Number.NEGATIVE_INFINITY;

  constructor(readonly model: YesModel) {
    this.counters = new Counters(model);
  }

  observe(decision: Decision): void {
    if (decision.at < this.asked) {
      this.counters.observe(decision);
      return;
    }
    const last = this.pending[this.pending.length - 1];
    if (last && last.at > decision.at) this.sorted = false;
    this.pending.push(decision);
  }

  features(question: YesQuestion): YesFeatures {
    if (question.at < this.asked)
      throw new RangeError(
        `yes-learner: asked about time ${question.at} after time ${this.asked}; ask questions in time order`,
      );
    this.asked = question.at;
    this.countDecisionsBefore(question.at);
    return featuresOf(this.counters, question);
  }

  predict(question: YesQuestion): YesPrediction {
    return predictFrom(this.model, this.features(question), question);
  }

  private countDecisionsBefore(at: number): void {
    if (!this.sorted) {
      // Stable: decisions made at the same time are counted in the order they were observed.
      this.pending.sort((a, b) => a.at - b.at);
      this.sorted = true;
    }
    let i = 0;
    for (let d = this.pending[0]; d !== undefined && d.at < at; d = this.pending[++i])
      this.counters.observe(d);
    if (i > 0) this.pending = this.pending.slice(i);
  }
}
