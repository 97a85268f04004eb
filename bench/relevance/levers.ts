// Levers on what is embedded and on the need's vector, measured on the labelled set (bench/README.md,
// "What is embedded, and the need's vector: six levers measured, none kept"). Every variant changes only
// the vectors: the texts as the product analyses them, their words and concepts, are the product's. The
// grid prints recall@3 on dev … fresh4 only, where settings are chosen; `--read 'A;B'` also prints the
// blind fresh5 and fresh6 for the variants named (read once per chosen setting, never per grid point).
//   node --import tsx bench/relevance/levers.ts [--only 'A;B'] [--read 'A;B']
import { loadavg } from 'node:os';
import { prepareCorpus, relevanceScore } from '../../src/domain/matching/relevance';
import { dot, normalised, type Vector } from '../../src/domain/matching/vector';
import { stopEmbedder } from '../../src/matching/use-embedder';
import { machine } from '../lib/stats';
import { embedAll } from './embed-cache';
import { withoutFraming } from './framing';
import { loadSet, metrics, needOf, providerOf, rankOfAnswer } from './set';

const args = process.argv.slice(2);
const listArg = (flag: string) =>
  args.includes(flag) ? new Set((args[args.indexOf(flag) + 1] ?? '').split(';')) : null;
const read = listArg('--read') ?? new Set<string>();
const only = listArg('--only');

const set = loadSet();
const needs = set.needs.map((n) => needOf(n, null));
const providers = set.providers.map((p) => providerOf(p, null));
const corpus = prepareCorpus(providers);
const SPLITS = ['dev', 'test', 'fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6'] as const;
const CHOOSE_ON = SPLITS.slice(0, 6);
const isAnswer = set.needs.map((n) => {
  const answers = new Set(n.answers);
  return (p: number) => answers.has(set.providers[p]!.id);
});

const needTexts = needs.map((d) => d.text);
const providerTexts = providers.map((d) => d.text);
const stripped = {
  needs: needTexts.map((t) => withoutFraming(t, 'need')),
  providers: providerTexts.map((t, i) => withoutFraming(t, providers[i]!.kind)),
};
const prefixed = (prefix: string, texts: readonly string[]) => texts.map((t) => `${prefix}${t}`);

// Lever 1: what is embedded. The same neutral prefix on both sides ("help-with" …) is framing replaced.
const texts: Record<string, { needs: readonly string[]; providers: readonly string[] }> = {
  base: { needs: needTexts, providers: providerTexts },
  'strip-needs': { needs: stripped.needs, providers: providerTexts },
  'strip-providers': { needs: needTexts, providers: stripped.providers },
  'strip-both': stripped,
  'help-with': {
    needs: prefixed('Help with: ', needTexts),
    providers: prefixed('Help with: ', providerTexts),
  },
  'help-with-stripped': {
    needs: prefixed('Help with: ', stripped.needs),
    providers: prefixed('Help with: ', stripped.providers),
  },
  'help-with-no-colon': {
    needs: prefixed('Help with ', needTexts),
    providers: prefixed('Help with ', providerTexts),
  },
  about: { needs: prefixed('About: ', needTexts), providers: prefixed('About: ', providerTexts) },
  support: { needs: prefixed('Support: ', needTexts), providers: prefixed('Support: ', providerTexts) },
  expertise: { needs: prefixed('Expertise: ', needTexts), providers: prefixed('Expertise: ', providerTexts) },
  'profiles without company': {
    needs: needTexts,
    providers: set.providers.map((p, i) =>
      p.kind === 'profile'
        ? [p.title, p.blurb, p.tags.join(', ')].filter((x) => x.trim() !== '').join('. ')
        : providerTexts[i]!,
    ),
  },
  'topic-stripped': {
    needs: prefixed('Topic: ', stripped.needs),
    providers: prefixed('Topic: ', stripped.providers),
  },
};

// Lever 3: the pieces of a text (split at sentence punctuation, dashes and commas), each embedded alone.
const PIECE_BREAK = /[.;!?\n\u2022,]+|\s[-\u2013\u2014]\s/;
const piecesOf = (t: string) =>
  t
    .split(PIECE_BREAK)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]{2}/u.test(s));
const needPieces = needTexts.map(piecesOf);
const providerPieces = providerTexts.map(piecesOf);

const everyText = [
  ...Object.values(texts).flatMap((v) => [...v.needs, ...v.providers]),
  ...needPieces.flat(),
  ...providerPieces.flat(),
];
const embedded = await embedAll(everyText);
await stopEmbedder();
const vectorsOf = (ts: readonly string[]) => ts.map((t) => embedded.get(t)!);
const vectors = Object.fromEntries(
  Object.entries(texts).map(([k, v]) => [
    k,
    { needs: vectorsOf(v.needs), providers: vectorsOf(v.providers) },
  ]),
);

const plus = (a: Vector, b: Vector, w: number) => a.map((x, i) => x + w * b[i]!);
const mean = (vs: readonly Vector[]) => {
  const out = new Float32Array(vs[0]!.length);
  for (const v of vs) for (let i = 0; i < out.length; i++) out[i]! += v[i]! / vs.length;
  return out;
};
/** The whole text's vector plus w × the mean of its pieces' (a text of one piece is left as it is). */
const withPieces = (whole: readonly Vector[], pieces: readonly string[][], w: number) =>
  whole.map((v, i) => (pieces[i]!.length > 1 ? normalised(plus(v, mean(vectorsOf(pieces[i]!)), w)) : v));
/** Lever 2, pseudo-relevance feedback: q + α × the mean of the k providers nearest to q by cosine. */
const feedback = (qs: readonly Vector[], ps: readonly Vector[], alpha: number, k: number) =>
  qs.map((q) => {
    const nearest = ps
      .map((p, j) => [dot(q, p), j] as const)
      .sort((a, b) => b[0] - a[0])
      .slice(0, k)
      .map(([, j]) => ps[j]!);
    return normalised(plus(q, mean(nearest), alpha));
  });

/** Mean and standard deviation of the cosine over every need × provider pair (no label is read). */
function moments(qs: readonly Vector[], ps: readonly Vector[]): [number, number] {
  let sum = 0;
  let squares = 0;
  for (const q of qs)
    for (const p of ps) {
      const x = dot(q, p);
      sum += x;
      squares += x * x;
    }
  const n = qs.length * ps.length;
  return [sum / n, Math.sqrt(squares / n - (sum / n) ** 2)];
}
const [baseMean, baseSd] = moments(vectors.base!.needs, vectors.base!.providers);
/**
 * A shared prefix raises every cosine, which moves the hybrid's meaning term (floor 0.1, span 0.5) for all
 * pairs alike; "calibrated" maps a variant's cosines onto the base's mean and spread first, as a new floor
 * and span for that embedding would.
 */
const calibrated = (qs: readonly Vector[], ps: readonly Vector[]) => {
  const [m, sd] = moments(qs, ps);
  return (x: number) => baseMean + ((x - m) * baseSd) / sd;
};

const pct = (x: number) => (100 * x).toFixed(1);
const recallAt3 = (ranks: readonly number[], splits: readonly string[]) =>
  metrics(ranks.filter((_, i) => splits.includes(set.needs[i]!.split))).recallAt3;

function evaluate(name: string, qs: readonly Vector[], ps: readonly Vector[], cosine = (x: number) => x) {
  if (only && !only.has(name)) return;
  const ranks = { embedding: [] as number[], hybrid: [] as number[] };
  needs.forEach((need, n) => {
    const cosines = ps.map((p) => dot(qs[n]!, p));
    ranks.embedding.push(rankOfAnswer(cosines, isAnswer[n]!));
    const hybrid = providers.map((p, j) => relevanceScore(need, p, corpus, cosine(cosines[j]!)));
    ranks.hybrid.push(rankOfAnswer(hybrid, isAnswer[n]!));
  });
  const blind = read.has(name);
  for (const [scorer, r] of Object.entries(ranks)) {
    const cells = CHOOSE_ON.map((s) => pct(recallAt3(r, [s])));
    cells.push(pct(recallAt3(r, ['fresh3', 'fresh4'])));
    if (blind)
      cells.push(
        ...['fresh5', 'fresh6'].map((s) => pct(recallAt3(r, [s]))),
        pct(recallAt3(r, ['fresh5', 'fresh6'])),
      );
    console.log(`| ${name} | ${scorer} | ${cells.join(' | ')} |`);
  }
  if (!blind) return;
  for (const [scorer, r] of Object.entries(ranks))
    for (const s of SPLITS) {
      const m = metrics(r.filter((_, i) => set.needs[i]!.split === s));
      console.log(
        `    ${name} | ${scorer} | ${s} | ${m.needs} | ${pct(m.recallAt1)}% | ${pct(m.recallAt3)}% | ${m.mrr.toFixed(3)}`,
      );
    }
}

console.log(`Levers, recall@3 (${machine()}, load ${loadavg()[0]?.toFixed(2)}); fresh5/6 only for --read\n`);
console.log(`| variant | scorer | ${CHOOSE_ON.join(' | ')} | fresh3+4 | (fresh5 | fresh6 | fresh5+6) |`);
for (const [name, v] of Object.entries(vectors)) {
  evaluate(name, v.needs, v.providers);
  if (name !== 'base')
    evaluate(`${name}, calibrated`, v.needs, v.providers, calibrated(v.needs, v.providers));
}
// The calibrated "help-with" as fixed constants, as the product would ship it: meaning's floor 0.2, span 0.49.
const helpWith = vectors['help-with']!;
evaluate(
  'help-with, floor 0.2, span 0.49',
  helpWith.needs,
  helpWith.providers,
  (x) => 0.1 + ((x - 0.2) * 0.5) / 0.49,
);
for (const w of [0.5, 1]) {
  evaluate(`need pieces ${w}`, withPieces(vectors.base!.needs, needPieces, w), vectors.base!.providers);
  evaluate(
    `both pieces ${w}`,
    withPieces(vectors.base!.needs, needPieces, w),
    withPieces(vectors.base!.providers, providerPieces, w),
  );
}
for (const base of ['base', 'strip-both'])
  for (const alpha of [0.2, 0.35, 0.5])
    for (const k of [3, 5, 10]) {
      const v = vectors[base]!;
      evaluate(`feedback ${base} α ${alpha} k ${k}`, feedback(v.needs, v.providers, alpha, k), v.providers);
    }
/**
 * The need moved by β × (mean provider − mean need) before normalising: needs and offers are written in
 * different registers, and the shift takes the register out of the need's vector (query side only).
 */
const shifted = (qs: readonly Vector[], ps: readonly Vector[], beta: number) => {
  const towards = plus(mean(ps), mean(qs), -1);
  return qs.map((q) => normalised(plus(q, towards, beta)));
};
for (const beta of [0.5, 1]) {
  const v = vectors.base!;
  const qs = shifted(v.needs, v.providers, beta);
  evaluate(`register shift β ${beta}`, qs, v.providers);
  evaluate(`register shift β ${beta}, calibrated`, qs, v.providers, calibrated(qs, v.providers));
}
/** Feedback from the hybrid's own top k (a first ranking with q), then ranked again with q'. */
const hybridFeedback = (qs: readonly Vector[], ps: readonly Vector[], alpha: number, k: number) =>
  qs.map((q, n) => {
    const top = providers
      .map((p, j) => [relevanceScore(needs[n]!, p, corpus, dot(q, ps[j]!)), j] as const)
      .sort((a, b) => b[0] - a[0])
      .slice(0, k)
      .map(([, j]) => ps[j]!);
    return normalised(plus(q, mean(top), alpha));
  });
for (const alpha of [0.2, 0.35])
  for (const k of [3, 5]) {
    const v = vectors.base!;
    evaluate(
      `hybrid feedback α ${alpha} k ${k}`,
      hybridFeedback(v.needs, v.providers, alpha, k),
      v.providers,
    );
  }
// The two that came closest, together: "help-with" texts, the need shifted by β 0.5, calibrated.
{
  const v = vectors['help-with']!;
  const qs = shifted(v.needs, v.providers, 0.5);
  evaluate('help-with + register shift β 0.5, calibrated', qs, v.providers, calibrated(qs, v.providers));
}
