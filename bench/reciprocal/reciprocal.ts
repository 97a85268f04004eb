// `npm run bench:reciprocal -- --data PATH`: reciprocal quality of the yes-learner on real double opt-in
// decisions (the Speed Dating experiment, waves in one CSV), cross-validated by wave. See bench/README.md.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { trainYesModel } from '../../src/domain/matching/learner';
import { crossValidate, quality } from './evaluate';
import type { SpeedDate } from './speed-dating';
import { decodeLatin1, readSpeedDates } from './speed-dating';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/speed-dating/speed-dating-waves01-14.csv' },
    weights: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
  },
});
// One shrinkage setting instead of the grid: ~16 times faster, for trying an idea before the full run.
const QUICK_GRID = { selectivity: [2], desirability: [16] };
const path = resolve(values.data ?? '');
const started = performance.now();
const dates = readSpeedDates(decodeLatin1(readFileSync(path)));
const byWave = new Map<number, SpeedDate[]>();
for (const d of dates) {
  const list = byWave.get(d.wave) ?? [];
  list.push(d);
  byWave.set(d.wave, list);
}
console.log(`${dates.length} decisions in ${byWave.size} waves from ${path}`);

const { scored } = crossValidate(byWave, values.quick ? { grid: QUICK_GRID } : {});
const f = (x: number) => x.toFixed(3);
console.log('\n| wave | decisions | base rate | AUC | p@3 | one-sided AUC | one-sided p@3 |');
console.log('|---|---|---|---|---|---|---|');
for (const wave of [...byWave.keys()].sort((a, b) => a - b)) {
  const q = quality(scored.filter((s) => s.wave === wave));
  console.log(
    `| ${wave} | ${q.rows} | ${f(q.base)} | ${f(q.auc)} | ${f(q.p3)} | ${f(q.onesideAuc)} | ${f(q.onesideP3)} |`,
  );
}
const all = quality(scored);
console.log(
  `| all | ${all.rows} | ${f(all.base)} | ${f(all.auc)} | ${f(all.p3)} | ${f(all.onesideAuc)} | ${f(all.onesideP3)} |`,
);
console.log(
  `\np@3 / base = ${(all.p3 / all.base).toFixed(2)}; reciprocal − one-sided AUC = ${(all.auc - all.onesideAuc).toFixed(3)}; ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
// A change should not win on one half of the waves only: the two halves, each pooled.
const half = (odd: boolean) => quality(scored.filter((s) => s.wave % 2 === (odd ? 1 : 0))).auc;
console.log(`AUC on odd-numbered waves ${f(half(true))}, on even-numbered waves ${f(half(false))}`);
if (values.weights) {
  const { model } = trainYesModel([...byWave.values()].map((ds) => ds.map((d) => d.example)));
  console.log('\nweights learned on all waves:', JSON.stringify(model, null, 1));
}
console.log(
  `RESULT auc=${f(all.auc)} p3=${f(all.p3)} base=${f(all.base)} oneside_auc=${f(all.onesideAuc)} oneside_p3=${f(all.onesideP3)}`,
);
