// PGlite runs Postgres in WebAssembly on the main thread: each query executes synchronously, and the next
// queued query starts from a microtask as soon as the previous one releases the lock. Under load the
// queue never empties, so Node never reaches its I/O phase: requests wait unread (even GET /healthz,
// which needs no database) for as long as the queue stays busy — 20 s and more in bench:load. Once the
// queue has run for a time slice without a break, the next query first lets the event loop turn, so the
// server reads and answers between queries and every request waits its turn instead of some waiting for
// the whole burst. Short bursts (one request's few queries) pay nothing.
//
// Every statement of the process passes here, so this is also where writes are counted (the write
// generation, write-generation.ts): what a reader kept is good only while the count is unchanged.
import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  PGlite,
  type PGliteOptions,
  type QueryOptions,
  type Results,
  type Transaction,
  types,
} from '@electric-sql/pglite';
import { isPlainRead, preparedReadName, type WriteCounter } from './write-generation';

/** How long queries may run back to back before I/O gets a turn. */
export const QUERY_SLICE_MS = 10;

/**
 * One count for every database of the process, so a generation never comes back with another database
 * (a second one opened in the same process: tests, a restore) and a kept read cannot be mistaken as current.
 */
let writes = 0;

export class FairPGlite extends PGlite implements WriteCounter {
  #sliceStart = performance.now();
  /** Statements prepared from a plain `select`: executing one is a read. */
  readonly #preparedReads = new Set<string>();
  /** Off: queries run back to back as in plain PGlite (only to measure what the slices fix). */
  fair = true;

  get writeGeneration(): number {
    return writes;
  }

  /**
   * Counted before the statement runs and again once it has: a read that starts between the two sees a
   * changed generation when it is done, whichever of the two statements the database ran first.
   */
  async #counted<T>(write: boolean, run: () => Promise<T>): Promise<T> {
    if (!write) return run();
    writes += 1;
    try {
      return await run();
    } finally {
      writes += 1;
    }
  }

  #isWrite(text: string): boolean {
    const prepared = preparedReadName(text);
    if (prepared) this.#preparedReads.add(prepared);
    return !isPlainRead(text, this.#preparedReads);
  }

  override query<T>(query: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> {
    return this.#counted(this.#isWrite(query), () => super.query<T>(query, params, options));
  }

  override exec(query: string, options?: QueryOptions): Promise<Array<Results>> {
    return this.#counted(this.#isWrite(query), () => super.exec(query, options));
  }

  /** A transaction's statements do not pass through `query`: the whole transaction counts as a write. */
  override transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.#counted(true, () => super.transaction(callback));
  }

  /**
   * pg-boss's own statements (jobs/queue.ts), which touch only its schema and run every few seconds: not
   * counted, or nothing could be kept for longer than the queue's polling interval. A job's writes to the
   * application's tables go through `query`/`transaction` like any other.
   */
  queueQuery<T>(query: string, params?: unknown[]): Promise<Results<T>> {
    return super.query<T>(query, params);
  }

  queueExec(query: string): Promise<Array<Results>> {
    return super.exec(query);
  }

  override async _runExclusiveQuery<T>(fn: () => Promise<T>): Promise<T> {
    return super._runExclusiveQuery(async () => {
      if (this.fair && performance.now() - this.#sliceStart >= QUERY_SLICE_MS) {
        await nextTurn();
        this.#sliceStart = performance.now();
      }
      return fn();
    });
  }
}

/**
 * A `text` parameter given as bytes (db/json-param.ts: an import batch's JSON) is bound as they are, in
 * binary format, which for `text` is its UTF-8. PGlite's own text serializer calls `toString()` on it,
 * so a megabyte of JSON was decoded back into a string and then measured and encoded again a character
 * at a time (PGlite's `U`): ~0.5 s of a 30,000-row import's CPU profile. PGlite's binder sends any
 * ArrayBuffer view a serializer returns as binary; its `Serializer` type only says `string`.
 */
const textOrBytes = ((x: unknown) =>
  x instanceof Uint8Array ? x : x instanceof Date ? x.toISOString() : String(x)) as types.Serializer;

/** `PGlite.create` for the fair subclass (the static `create` always builds a plain PGlite). */
export async function createFairPGlite(
  dataDir: string | undefined,
  options: PGliteOptions,
  { fair = true }: { fair?: boolean } = {},
): Promise<FairPGlite> {
  // One options object: the constructor drops its second argument when the first is not a string.
  const pglite = new FairPGlite({
    ...options,
    serializers: { [types.TEXT]: textOrBytes, ...options.serializers },
    ...(dataDir ? { dataDir } : {}),
  });
  pglite.fair = fair;
  await pglite.waitReady;
  return pglite;
}
