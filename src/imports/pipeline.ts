// Applies the records of a file to an account in batches. Each batch is one transaction (people,
// interactions, photos, fingerprints and report rows together), so a crash leaves no half-written
// person and running the import again skips what was done. Progress is recorded after the batch, with a
// commit that makes the batch durable: what progress reports survives a crash. A batch that fails is retried one record per
// transaction, so one bad record cannot take others down with it. A dry run plans the same way and writes
// only the report.
import type { Db, DbOrTx } from '../db/client';
import { stripUnstorable } from '../domain/contact/normalise';
import { markPeopleChanged } from '../matching/pending';
import { refreshSearch } from '../people/repository';
import type { ParsedItem } from './contact';
import type { PersonFields } from './merge';
import { PeopleIndex } from './people-index';
import {
  type Entry,
  failed,
  planBatch,
  type RecordOutcome,
  type SeenRecord,
  toEntry,
  type Work,
} from './plan';
import { compactRecord, needsAttention } from './report';
import * as repo from './repository';
import type { ImportCounts } from './schema';

export interface PipelineOptions {
  dryRun: boolean;
  keepPhotos: boolean;
  defaultRegion?: string;
  batchSize?: number;
}

export interface PipelineContext {
  db: Db;
  accountId: string;
  importId: string;
  now: () => Date;
  /** Called after each batch is saved and durable. */
  onProgress?: (processed: number, counts: ImportCounts) => void;
  /** Awaited after each full batch is saved, before the next one starts (tests hold an import here). */
  afterBatch?: (processed: number) => Promise<void>;
}

/**
 * Lets the event loop turn (timers, sockets) for `ms` milliseconds. PGlite answers queries as promises
 * that resolve in microtasks, so without this an import on the embedded database ran from start to end
 * without the HTTP server answering a single request (its progress included).
 */
export const yieldToEventLoop = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The pause after a batch that took `ms`: long enough for a request or two to run their queries in
 * between (a single turn of the loop is not: the next batch takes the database again mid-request), at
 * most a twentieth of the batch's time so an import is barely slower.
 */
export const pauseAfter = (ms: number) => Math.min(20, Math.max(1, Math.round(ms / 20)));

/**
 * The least time between two progress records. Each waits for a WAL flush (an fsync: 30 of them, one per
 * batch, made a 30,000-row import on a busy disk twice as slow); once a second keeps progress moving.
 */
const PROGRESS_EVERY_MS = 1_000;

/** What a committed batch did: its records' outcomes and the fingerprints it saw. */
interface Applied {
  outcomes: RecordOutcome[];
  seen: Map<string, SeenRecord>;
}

/** The longest stretch of parsing and mapping records between two turns of the event loop. */
const MAX_SLICE_MS = 25;

export class ImportPipeline {
  readonly counts: ImportCounts = { created: 0, merged: 0, skipped: 0, failed: 0 };
  processed = 0;
  /** People in the account before this import wrote any (0 until the index is first needed). */
  peopleBefore = 0;
  /**
   * The account's people, loaded when a batch first has a record that is not already imported (so
   * re-importing a file never loads it), and again after a failed batch.
   */
  #index: PeopleIndex | undefined;
  #indexLoaded = false;
  /** Batches check their references once instead of per row (see repo.startImportBatch). */
  #skipRowChecks = false;
  readonly #seenInFile = new Map<string, SeenRecord>();
  /** When progress was last recorded (performance.now()), and how many records it counted. */
  #recordedAt = Number.NEGATIVE_INFINITY;
  #recorded = 0;

  constructor(
    private readonly ctx: PipelineContext,
    private readonly opts: PipelineOptions,
  ) {}

  /** The index, loaded in the batch's transaction when it is not loaded or no longer true. */
  async #currentIndex(db: DbOrTx): Promise<PeopleIndex> {
    if (this.#index) return this.#index;
    const index = new PeopleIndex(this.opts.defaultRegion);
    for (const row of await repo.indexRows(db, this.ctx.accountId)) index.put(row);
    if (!this.#indexLoaded) this.peopleBefore = index.size;
    this.#indexLoaded = true;
    this.#index = index;
    return index;
  }

  async run(items: Iterable<ParsedItem>): Promise<void> {
    if (!this.opts.dryRun) this.#skipRowChecks = await repo.canSkipRowChecks(this.ctx.db);
    const size = this.opts.batchSize ?? 1000;
    const mapOpts = { keepPhotos: this.opts.keepPhotos, defaultRegion: this.opts.defaultRegion };
    let batch: Entry[] = [];
    let seq = 0;
    // Records are parsed and mapped as they are read; a few large ones (a card with a big note) must not
    // hold the event loop for a whole batch.
    let slice = performance.now();
    for (const item of items) {
      batch.push(toEntry(++seq, item, mapOpts));
      if (performance.now() - slice > MAX_SLICE_MS) {
        await yieldToEventLoop();
        slice = performance.now();
      }
      if (batch.length >= size) {
        const started = performance.now();
        await this.#flush(batch);
        batch = [];
        await this.ctx.afterBatch?.(this.processed);
        await yieldToEventLoop(pauseAfter(performance.now() - started));
      }
    }
    if (batch.length) await this.#flush(batch);
    if (this.#recorded < this.processed) await this.#recordProgress();
  }

  async #flush(batch: Entry[]): Promise<void> {
    // Progress is recorded outside the try: a batch that committed is never applied again.
    let applied: Applied;
    try {
      applied = await this.#apply(batch);
    } catch (err) {
      // The plan already updated the index; the database is the truth again after the rollback.
      if (!this.opts.dryRun) this.#index = undefined;
      if (batch.length === 1) {
        await this.#saveFailure(batch[0]!, err);
        return;
      }
      for (const entry of batch) {
        await yieldToEventLoop();
        let one: Applied;
        try {
          one = await this.#apply([entry]);
        } catch (e) {
          if (!this.opts.dryRun) this.#index = undefined;
          await this.#saveFailure(entry, e);
          continue;
        }
        await this.#afterCommit(one.outcomes, one.seen);
      }
      return;
    }
    await this.#afterCommit(applied.outcomes, applied.seen);
  }

  async #saveFailure(entry: Entry, err: unknown): Promise<void> {
    const outcome = failed(entry, [`Could not be saved: ${databaseMessage(err)}`]);
    await this.#finish([outcome], this.ctx.db);
    await this.#afterCommit([outcome], new Map());
  }

  async #apply(batch: Entry[]): Promise<Applied> {
    const { db, accountId } = this.ctx;
    const step = async (tx: DbOrTx) => {
      if (!this.opts.dryRun) {
        await repo.startImportBatch(tx, accountId, this.ctx.importId, this.#skipRowChecks);
      }
      const result = await planBatch(tx, batch, {
        accountId,
        index: () => this.#currentIndex(tx),
        seenInFile: this.#seenInFile,
        lock: !this.opts.dryRun,
        keepPhotos: this.opts.keepPhotos,
        ...(this.opts.defaultRegion ? { defaultRegion: this.opts.defaultRegion } : {}),
      });
      if (!this.opts.dryRun) await this.#write(tx, result.works, result.outcomes);
      await this.#finish(result.outcomes, tx);
      return result;
    };
    const result = this.opts.dryRun ? await step(db) : await db.transaction(step);
    return { outcomes: result.outcomes, seen: result.seen };
  }

  async #write(tx: DbOrTx, works: Map<string, Work>, outcomes: RecordOutcome[]): Promise<void> {
    const { accountId } = this.ctx;
    const now = this.ctx.now();
    const all = [...works.values()];
    const created = all.filter((w) => w.isNew);
    await repo.insertPeopleWithIds(
      tx,
      accountId,
      this.ctx.importId,
      created.map((w) => ({ ...w.fields, id: w.id, lastContactAt: repo.lastConnectedAt(w.newDays) })),
      now,
    );
    const updated: string[] = [];
    for (const w of all.filter((x) => !x.isNew)) {
      const changed = (Object.keys(w.fields) as (keyof PersonFields)[]).filter(
        (k) => JSON.stringify(w.fields[k]) !== JSON.stringify(w.base[k]),
      );
      if (!changed.length) continue;
      await repo.updatePersonFields(
        tx,
        accountId,
        w.id,
        Object.fromEntries(changed.map((k) => [k, w.fields[k]])),
        now,
      );
      updated.push(w.id);
    }
    await refreshSearch(tx, accountId, updated);
    // The matcher learns of every person the batch wrote; those it created cannot be waiting already.
    await markPeopleChanged(
      tx,
      accountId,
      created.map((w) => w.id),
      now,
      { fresh: true },
    );
    await markPeopleChanged(tx, accountId, updated, now);
    await repo.insertConnections(
      tx,
      accountId,
      all.flatMap((w) => w.newDays.map((day) => ({ personId: w.id, day }))),
      now,
      new Set(created.map((w) => w.id)),
    );
    await repo.insertPhotos(
      tx,
      accountId,
      all.flatMap((w) => (w.newPhoto ? [{ personId: w.id, ...w.newPhoto }] : [])),
      now,
    );
    await repo.insertFingerprints(
      tx,
      accountId,
      outcomes.flatMap((o) =>
        o.fingerprint && o.personId ? [{ fingerprint: o.fingerprint, personId: o.personId }] : [],
      ),
      now,
    );
  }

  /** Saves the report rows, in the caller's transaction. */
  async #finish(outcomes: RecordOutcome[], tx: DbOrTx): Promise<void> {
    const { accountId, importId } = this.ctx;
    // A dry run's people do not exist; its report names no ids for them.
    const stored = (o: RecordOutcome) =>
      compactRecord(this.opts.dryRun && o.outcome === 'created' ? { ...o, personId: null } : o);
    const records = outcomes.map(stored);
    const attention = outcomes.filter(needsAttention).map(stored);
    await repo.insertReport(tx, { importId, accountId, records, attention });
  }

  async #afterCommit(outcomes: RecordOutcome[], seen: Map<string, SeenRecord>): Promise<void> {
    for (const [fp, rec] of seen) if (!this.#seenInFile.has(fp)) this.#seenInFile.set(fp, rec);
    for (const o of outcomes) this.counts[o.outcome]++;
    this.processed += outcomes.length;
    if (performance.now() - this.#recordedAt >= PROGRESS_EVERY_MS) await this.#recordProgress();
  }

  /**
   * Records the progress with a synchronous commit, which makes every batch before it durable (see
   * repo.recordProgress), and only then reports it: neither the import's page nor the CLI ever counts a
   * record that a crash could still lose.
   */
  async #recordProgress(): Promise<void> {
    const { db, accountId, importId } = this.ctx;
    const processed = this.processed;
    const counts = { ...this.counts };
    await repo.recordProgress(db, accountId, importId, {
      processed,
      ...counts,
      heartbeatAt: this.ctx.now(),
    });
    this.#recordedAt = performance.now();
    this.#recorded = processed;
    this.ctx.onProgress?.(processed, counts);
  }
}

/** The database's own words (a query wrapper's message would quote the whole statement). */
function databaseMessage(err: unknown): string {
  let e = err as { message?: string; cause?: unknown } | undefined;
  while (e?.cause) e = e.cause as typeof e;
  return stripUnstorable(e?.message ?? String(err)).slice(0, 500);
}
