// The reciprocal benchmark's protocol: for each wave, learn the model on the other waves, then replay the
// wave's evening through the learner (every decision observed up front; the learner counts only those made
// before each question's slot) and rank each participant's partners by predicted mutual yes, and by the
// partner's yes alone.
import type { TrainOptions, YesModel } from '../../src/domain/matching/learner';
import { createYesLearner, mutualYes, trainYesModel } from '../../src/domain/matching/learner';
import { auc, precisionAtK } from './metrics';
import type { SpeedDate } from './speed-dating';

export interface Scored {
  wave: number;
  iid: string;
  pid: string;
  match: boolean;
  mutual: number;
  oneSided: number;
}

export interface Quality {
  rows: number;
  base: number;
  auc: number;
  p3: number;
  onesideAuc: number;
  onesideP3: number;
}

/** Predictions for one wave's dates with a given model, using only decisions from earlier slots. */
export function scoreWave(dates: readonly SpeedDate[], model: YesModel): Scored[] {
  const learner = createYesLearner({ model });
  for (const d of dates)
    learner.observe({ decider: d.example.decider, target: d.example.target, yes: d.yes, at: d.slot });
  const ordered = [...dates].sort((a, b) => a.slot - b.slot);
  const p = new Map<string, number>();
  for (const d of ordered) p.set(`${d.iid}>${d.pid}`, learner.predict(d.example).p);
  return dates.map((d) => {
    const mine = p.get(`${d.iid}>${d.pid}`) ?? 0;
    const theirs = p.get(`${d.pid}>${d.iid}`);
    // Without the partner's row, their side is unknown: fall back to mine alone for both rankers.
    const partner = theirs ?? mine;
    return {
      wave: d.wave,
      iid: d.iid,
      pid: d.pid,
      match: d.match,
      mutual: mutualYes({ p: mine, terms: [] }, { p: partner, terms: [] }),
      oneSided: partner,
    };
  });
}

export function crossValidate(
  byWave: ReadonlyMap<number, SpeedDate[]>,
  options: TrainOptions = {},
): {
  scored: Scored[];
  models: Map<number, YesModel>;
} {
  const scored: Scored[] = [];
  const models = new Map<number, YesModel>();
  for (const [wave, dates] of byWave) {
    const training = [...byWave].filter(([w]) => w !== wave).map(([, ds]) => ds.map((d) => d.example));
    const { model } = trainYesModel(training, options);
    models.set(wave, model);
    scored.push(...scoreWave(dates, model));
  }
  return { scored, models };
}

export function quality(scored: readonly Scored[]): Quality {
  const labels = scored.map((s) => s.match);
  const lists = new Map<string, Scored[]>();
  for (const s of scored) {
    const key = `${s.wave}:${s.iid}`;
    const list = lists.get(key) ?? [];
    list.push(s);
    lists.set(key, list);
  }
  const ranked = (pick: (s: Scored) => number) =>
    [...lists.values()].map((list) => list.map((s) => ({ score: pick(s), label: s.match, key: s.pid })));
  return {
    rows: scored.length,
    base: labels.filter(Boolean).length / Math.max(1, labels.length),
    auc: auc(
      scored.map((s) => s.mutual),
      labels,
    ),
    p3: precisionAtK(
      ranked((s) => s.mutual),
      3,
    ),
    onesideAuc: auc(
      scored.map((s) => s.oneSided),
      labels,
    ),
    onesideP3: precisionAtK(
      ranked((s) => s.oneSided),
      3,
    ),
  };
}
