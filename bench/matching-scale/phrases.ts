// The real sentence embeddings the generated network is made of: every need and offer template of the demo
// topics (with the specialty left out), every counterpart, title and specialty, embedded once with the
// product's embedder and cached under node_modules/.cache/linchpin-bench/, so a run does not pay for
// them again. Computing real embeddings for 800,000 generated texts would take hours.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROFESSIONS } from '../../src/demo/professions';
import { TOPICS } from '../../src/demo/topics';
import type { Vector } from '../../src/domain/matching/vector';
// aliased: a name starting with "use" reads as a React hook to the linter
import { useEmbedder as sentenceEncoder } from '../../src/matching/use-embedder';

const withoutFocus = (template: string) =>
  template
    .replace(/\{focus\}\s*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
export const focusPhrase = (focus: string) => focus.replace(/-/g, ' ');

export function phraseList(): string[] {
  const phrases = new Set<string>();
  for (const topic of Object.values(TOPICS)) {
    for (const n of topic.needs) phrases.add(withoutFocus(n));
    for (const o of topic.offers) {
      phrases.add(withoutFocus(o.text));
      phrases.add(withoutFocus(o.counterpart));
    }
  }
  for (const p of PROFESSIONS) {
    for (const t of p.titles) phrases.add(t);
    for (const f of p.focus) phrases.add(focusPhrase(f));
    phrases.add(p.tag.replace(/-/g, ' '));
  }
  return [...phrases].sort();
}

export interface PhraseVectors {
  model: string;
  all: readonly string[];
  get(phrase: string): Vector;
}

/** The embedding of every phrase, from the cache when it holds this list for this model. */
export async function phraseVectors(cacheDir: string): Promise<PhraseVectors> {
  const embedder = sentenceEncoder();
  const phrases = phraseList();
  const key = createHash('sha256')
    .update(embedder.model)
    .update(phrases.join('\n'))
    .digest('hex')
    .slice(0, 16);
  const file = join(cacheDir, `phrases-${key}.bin`);
  let flat: Float32Array;
  if (existsSync(file)) {
    const bytes = readFileSync(file);
    flat = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  } else {
    const vectors: Vector[] = [];
    for (let i = 0; i < phrases.length; i += 100)
      vectors.push(...(await embedder.embed(phrases.slice(i, i + 100))));
    flat = new Float32Array(phrases.length * embedder.dimensions);
    vectors.forEach((v, i) => {
      flat.set(v, i * embedder.dimensions);
    });
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(file, Buffer.from(flat.buffer));
  }
  const byPhrase = new Map(
    phrases.map(
      (p, i) => [p, flat.subarray(i * embedder.dimensions, (i + 1) * embedder.dimensions)] as const,
    ),
  );
  return {
    model: embedder.model,
    all: phrases,
    get(phrase) {
      const v = byPhrase.get(phrase);
      if (!v) throw new Error(`no embedding for the phrase "${phrase}"`);
      return v;
    },
  };
}

export { withoutFocus };
