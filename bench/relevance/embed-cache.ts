// The product's sentence embedder with a cache by text hash (node_modules/.cache/linchpin-bench/), shared by
// the relevance bench and the levers script, so a text is embedded once across runs (~13 ms each).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Vector } from '../../src/domain/matching/vector';
import { useEmbedder as universalSentenceEncoder } from '../../src/matching/use-embedder';

const CACHE = new URL('../../node_modules/.cache/linchpin-bench/use-embeddings.json', import.meta.url);

export async function embedAll(texts: readonly string[]): Promise<Map<string, Vector>> {
  const embedder = universalSentenceEncoder();
  const hash = (t: string) => createHash('sha256').update(`${embedder.model}\n${t}`).digest('hex');
  const cache: Record<string, number[]> = existsSync(CACHE) ? JSON.parse(readFileSync(CACHE, 'utf8')) : {};
  const missing = [...new Set(texts)].filter((t) => !cache[hash(t)]);
  const started = performance.now();
  for (let i = 0; i < missing.length; i += 64) {
    const batch = missing.slice(i, i + 64);
    const vectors = await embedder.embed(batch);
    batch.forEach((t, k) => {
      cache[hash(t)] = Array.from(vectors[k] as Vector);
    });
  }
  if (missing.length > 0) {
    mkdirSync(dirname(CACHE.pathname), { recursive: true });
    writeFileSync(CACHE, JSON.stringify(cache));
    console.error(`embedded ${missing.length} texts in ${Math.round(performance.now() - started)} ms`);
  }
  return new Map(texts.map((t) => [t, Float32Array.from(cache[hash(t)] as number[])]));
}
