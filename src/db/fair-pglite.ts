// PGlite runs Postgres in WebAssembly on the main thread: each query executes synchronously, and the next
// queued query starts from a microtask as soon as the previous one releases the lock. Under load the
// queue never empties, so Node never reaches its I/O phase: requests wait unread (even GET /healthz,
// which needs no database) for as long as the queue stays busy — 20 s and more in bench:load. Once the
// queue has run for a time slice without a break, the next query first lets the event loop turn, so the
// server reads and answers between queries and every request waits its turn instead of some waiting for
// the whole burst. Short bursts (one request's few queries) pay nothing.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';

/** How long queries may run back to back before I/O gets a turn. */
export const QUERY_SLICE_MS = 10;

export class FairPGlite extends PGlite {
  #sliceStart = performance.now();

  override async _runExclusiveQuery<T>(fn: () => Promise<T>): Promise<T> {
    return super._runExclusiveQuery(async () => {
      if (performance.now() - this.#sliceStart >= QUERY_SLICE_MS) {
        await nextTurn();
        this.#sliceStart = performance.now();
      }
      return fn();
    });
  }
}

/** `PGlite.create` for the fair subclass (the static `create` always builds a plain PGlite). */
export async function createFairPGlite(dataDir: string | undefined, options: PGliteOptions): Promise<PGlite> {
  // PGlite's constructor ignores its options when the data directory is not a string (loadDataDir was lost).
  const pglite = new FairPGlite({ ...options, dataDir });
  await pglite.waitReady;
  return pglite;
}
