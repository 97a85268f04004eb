// A generated network of any size, one person at a time and the same on every run: person i is drawn from
// a generator seeded with i, so a need or offer can be regenerated instead of kept (200,000 needs' vectors
// would be 400 MB). Vocabulary from the demo network: professions, titles, specialties, the need and offer
// texts of its topics. Each document's vector is a normalised mix of the real embeddings of its phrases
// (the template, the specialty, the counterpart or title) with random weights plus a little noise.
import { CITIES, FIRST_NAMES, LAST_NAMES } from '../../src/demo/names';
import { PROFESSIONS } from '../../src/demo/professions';
import { Random } from '../../src/demo/random';
import { TOPICS, type TopicKey } from '../../src/demo/topics';
import { needDoc, offerDoc, profileDoc } from '../../src/domain/matching/documents';
import type { MatchDoc } from '../../src/domain/matching/relevance';
import { focusPhrase, type PhraseVectors, withoutFocus } from './phrases';

export interface Person {
  needs: MatchDoc[];
  offers: MatchDoc[];
  profile: MatchDoc;
}

/** Gaussian noise per dimension, scaled so the noise vector's length is about NOISE × a phrase's. */
const NOISE = 0.3;
/**
 * People do not all write the same sentence: each document also leans, with a random weight up to
 * ASIDE, towards one other phrase of the vocabulary (a second interest). Without it every lawyer's offer
 * is the same template plus noise, and hundreds of providers tie for a need.
 */
const ASIDE = 0.6;
const professionWeights = PROFESSIONS.map((p) => [p, p.weight] as const);

export function generatePerson(index: number, phrases: PhraseVectors, seed = 1): Person {
  const vocabulary = phrases.all;
  const r = new Random(seed * 1_000_003 + index);
  const prof = r.weighted(professionWeights.map(([p, w]) => [PROFESSIONS.indexOf(p), w] as const));
  const p = PROFESSIONS[prof]!;
  const focus = r.pick(p.focus);
  const focusText = focusPhrase(focus);
  const title = r.pick(p.titles);
  const last = r.pick(LAST_NAMES);
  const values: Record<string, string> = {
    first: r.pick(FIRST_NAMES),
    last,
    org: p.organisation(r, last),
    title,
    aTitle: `a ${title}`,
    focus: focusText,
    city: r.pick(CITIES).name,
    years: String(r.int(3, 22)),
    year: String(2026 - r.int(1, 12)),
  };
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

  const needTopics = p.needs.filter((t) => !TOPICS[t].requiresFocus || TOPICS[t].requiresFocus === focus);
  const needs = r.sample(needTopics.length > 0 ? needTopics : p.needs, 1).map((topic) => {
    const template = r.pick(TOPICS[topic].needs);
    const tags = r.chance(0.3) ? [TOPICS[topic].tag, focus] : [TOPICS[topic].tag];
    const vector = mix(r, phrases, [
      [withoutFocus(template), 1],
      [focusText, 0.25 + 0.25 * r.next()],
      [r.pick(vocabulary), ASIDE * r.next()],
    ]);
    return needDoc({ text: fill(template), tags }, vector);
  });

  const offerChoices = p.offers.flatMap((topic: TopicKey) =>
    TOPICS[topic].offers.filter((o) => !o.by || o.by.includes(p.key)).map((o) => ({ topic, o })),
  );
  const offers = r.sample(offerChoices, 2).map(({ topic, o }) => {
    const tags = r.chance(0.3) ? [TOPICS[topic].tag, focus] : [TOPICS[topic].tag];
    const vector = mix(r, phrases, [
      [withoutFocus(o.text), 1],
      [focusText, 0.2 + 0.25 * r.next()],
      [withoutFocus(o.counterpart), 0.15 * r.next()],
      [r.pick(vocabulary), ASIDE * r.next()],
    ]);
    return offerDoc({ text: fill(o.text), tags, idealCounterpart: fill(o.counterpart) }, vector);
  });

  const profile = profileDoc(
    { title, company: values.org!, tags: [p.tag, focus], blurb: fill(r.pick(p.blurbs)) },
    mix(r, phrases, [
      [title, 1],
      [focusText, 0.5 + 0.3 * r.next()],
      [p.tag.replace(/-/g, ' '), 0.3 * r.next()],
      [r.pick(vocabulary), ASIDE * r.next()],
    ]),
  );
  return { needs, offers, profile };
}

/** A need from person `index`'s profession, as a text (for a real embedding) and tags. */
export function needFields(index: number, phrases: PhraseVectors) {
  const doc = generatePerson(index, phrases).needs[0]!;
  return { text: doc.text, tags: doc.tags };
}

function mix(r: Random, phrases: PhraseVectors, parts: readonly (readonly [string, number])[]): Float32Array {
  const first = phrases.get(parts[0]![0]);
  const d = first.length;
  const out = new Float32Array(d);
  for (const [phrase, weight] of parts) {
    const v = phrases.get(phrase);
    for (let i = 0; i < d; i++) out[i] = (out[i] as number) + weight * (v[i] as number);
  }
  const sigma = NOISE / Math.sqrt(d);
  for (let i = 0; i < d; i += 2) {
    // Box–Muller: two normal draws per pair of uniforms
    const u = 1 - r.next();
    const radius = sigma * Math.sqrt(-2 * Math.log(u));
    const angle = 2 * Math.PI * r.next();
    out[i] = (out[i] as number) + radius * Math.cos(angle);
    if (i + 1 < d) out[i + 1] = (out[i + 1] as number) + radius * Math.sin(angle);
  }
  let norm = 0;
  for (let i = 0; i < d; i++) norm += (out[i] as number) ** 2;
  const inv = 1 / Math.sqrt(norm);
  for (let i = 0; i < d; i++) out[i] = (out[i] as number) * inv;
  return out;
}
