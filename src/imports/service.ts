// Import jobs: read and check the file up front (so a file that cannot be imported is refused at once,
// with nothing written), then run the pipeline, in the background for the API or awaited for the CLI.

import { z } from 'zod';
import type { Database, Db } from '../db/client';
import { isDiskFull } from '../db/errors';
import { analyzeAfterBulkWrite, worthAnalyzing } from '../db/maintenance';
import type { ImportRecordJson, ImportRow } from '../db/schema';
import type { Clock } from '../shared/clock';
import { IsoDateTime } from '../shared/common-schema';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import { notFound, ProblemError } from '../shared/errors';
import type { Logger } from '../shared/logger';
import { decodeFile } from './decode';
import { FORMAT_LABELS, inspectFile, prepareFileInSteps, recognisedColumns } from './formats/index';
import { ImportPipeline, yieldToEventLoop } from './pipeline';
import { matchesFilter, type RecordFilter } from './report';
import * as repo from './repository';
import type {
  ColumnGuess,
  ImportCounts,
  ImportDetail,
  ImportJob,
  ImportOptions,
  ImportRecordReport,
  InspectResult,
} from './schema';
import { importSettings } from './settings';
import { tooLarge } from './upload';

export interface ImportDeps {
  db: Db;
  clock: Clock;
  log: Logger;
}

/** A running import whose heartbeat is older than this died with its process. */
const STALE_MS = 2 * 60_000;
const REPORT_LIMIT = 500;
const INTERRUPTED =
  'The import stopped (the server was restarted or crashed). Import the same file again: what was done is kept and skipped, the rest is imported.';

/**
 * At start-up, before anything imports: an import left queued or running by a process that is gone is
 * marked interrupted at once. On the embedded database this process holds the data directory alone, so
 * every such import is orphaned; on PostgreSQL other processes may be importing, so only those whose
 * heartbeat stopped are.
 */
export async function markOrphanedImports(
  database: Pick<Database, 'db' | 'kind'>,
  now: Date,
): Promise<number> {
  try {
    return await repo.markInterrupted(database.db, {
      all: database.kind === 'pglite',
      staleBefore: new Date(now.getTime() - STALE_MS),
      now,
      error: INTERRUPTED,
    });
  } catch (err) {
    // On a nearly full disk the database takes no writes; the app still starts, to be read, and the
    // next start marks them.
    if (isDiskFull(err)) return 0;
    throw err;
  }
}

export function toImportJob(row: ImportRow, now: Date): ImportJob {
  const beat = row.heartbeatAt ?? row.startedAt ?? row.createdAt;
  const stale =
    (row.status === 'running' || row.status === 'queued') && now.getTime() - beat.getTime() > STALE_MS;
  return {
    id: row.id,
    status: stale ? 'interrupted' : row.status,
    format: (row.format as ImportJob['format']) ?? null,
    fileName: row.fileName,
    fileBytes: row.fileBytes,
    dryRun: row.dryRun,
    progress: { processed: row.processed, total: row.total },
    counts: { created: row.created, merged: row.merged, skipped: row.skipped, failed: row.failed },
    error: stale ? INTERRUPTED : row.error,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export const toRecordReport = (r: ImportRecordJson): ImportRecordReport => r;

export interface ImportFile {
  fileName: string;
  bytes: Uint8Array;
}

export interface StartOptions {
  /** Wait for the import to finish (CLI) instead of running it in the background (API). */
  wait: boolean;
  onProgress?: (processed: number, total: number, counts: ImportCounts) => void;
  /** Told how the file is read before the import starts: for a CSV none of the known exports, each column's guess. */
  onPrepared?: (file: { format: ImportJob['format']; columns: ColumnGuess[] }) => void;
  /** Awaited between batches; lets a test hold an import mid-way (see ImportHooks). */
  afterBatch?: (processed: number, total: number) => Promise<void>;
}

/** One import at a time per account in this process; others wait their turn. */
const queues = new Map<string, Promise<void>>();

function enqueue(accountId: string, task: () => Promise<void>): Promise<void> {
  const next = (queues.get(accountId) ?? Promise.resolve()).then(task, task);
  const settled = next.catch(() => {});
  queues.set(accountId, settled);
  void settled.then(() => {
    if (queues.get(accountId) === settled) queues.delete(accountId);
  });
  return next;
}

/**
 * What an import leaves for after its answer: fresh planner statistics and the GIN indexes' pending
 * lists merged (analyzeAfterBulkWrite; ~0.6 s of CPU after 30,000 people, and ~0.4–0.6 s more since the
 * name, tag and email indexes are merged too, work the next VACUUM would otherwise do). Neither changes what a query
 * finds (a GIN index searches its pending list too), only how fast a search is planned and run, so the
 * import is reported done first. It runs in the account's queue, after the import and before the next
 * one, once the event loop has turned (the caller's read of the finished import goes first).
 */
async function upkeep(deps: ImportDeps, importId: string): Promise<void> {
  await yieldToEventLoop();
  try {
    await analyzeAfterBulkWrite(deps.db, ['people', 'interactions']);
  } catch (err) {
    // The database closing under it (a CLI command ends) or any other failure costs only speed: the
    // periodic VACUUM ANALYZE (PGlite) or autovacuum (PostgreSQL) does the same later.
    deps.log.warn({ err, importId }, 'could not analyze after the import');
  }
}

/** Settles when the account's imports, and the upkeep after them, are done (benchmarks, tests). */
export function importsSettled(accountId: string): Promise<void> {
  return queues.get(accountId) ?? Promise.resolve();
}

export async function startImport(
  deps: ImportDeps,
  accountId: string,
  file: ImportFile,
  options: ImportOptions,
  start: StartOptions,
): Promise<ImportRow> {
  const settings = importSettings();
  if (file.bytes.length > settings.maxBytes) throw tooLarge(settings.maxBytes);
  const { text } = decodeFile(file.bytes, recognisedColumns);
  const keepPhotos = options.keepPhotos;
  const prepared = await prepareFileInSteps(text, {
    format: options.format,
    mapping: options.mapping,
    keepPhotos,
  });
  start.onPrepared?.({ format: prepared.format, columns: prepared.guess?.columns ?? [] });
  const mapping = options.mapping ?? prepared.guess?.mapping;
  const defaultRegion = options.defaultRegion ?? settings.defaultRegion;
  const now = deps.clock.now();
  const job = await repo.insertImport(deps.db, {
    accountId,
    status: 'queued',
    format: prepared.format,
    fileName: file.fileName.slice(0, 500),
    fileBytes: file.bytes.length,
    dryRun: options.dryRun,
    options: {
      keepPhotos,
      ...(defaultRegion ? { defaultRegion } : {}),
      ...(mapping ? { mapping } : {}),
    },
    total: prepared.total,
    createdAt: now,
    heartbeatAt: now,
  });

  const run = async () => {
    await repo.updateImport(deps.db, accountId, job.id, {
      status: 'running',
      startedAt: deps.clock.now(),
      heartbeatAt: deps.clock.now(),
    });
    const pipeline = new ImportPipeline(
      {
        db: deps.db,
        accountId,
        importId: job.id,
        now: () => deps.clock.now(),
        onProgress: (processed, counts) => start.onProgress?.(processed, prepared.total, counts),
        afterBatch: async (processed) => start.afterBatch?.(processed, prepared.total),
      },
      { dryRun: options.dryRun, keepPhotos, ...(defaultRegion ? { defaultRegion } : {}) },
    );
    try {
      await pipeline.run(prepared.items);
      await repo.updateImport(deps.db, accountId, job.id, {
        status: 'succeeded',
        finishedAt: deps.clock.now(),
      });
      const { created, merged } = pipeline.counts;
      // An import writes people and their "connected on" interactions; re-importing a file writes nothing.
      if (!options.dryRun && worthAnalyzing(created + merged, pipeline.peopleBefore)) {
        void enqueue(accountId, () => upkeep(deps, job.id));
      }
    } catch (err) {
      deps.log.error({ err, importId: job.id }, 'import failed');
      const message =
        err instanceof ProblemError
          ? (err.detail ?? err.title)
          : 'The import stopped because of an internal error (it has been logged). What was imported is kept; import the file again to finish.';
      await repo
        .updateImport(deps.db, accountId, job.id, {
          status: 'failed',
          error: message,
          finishedAt: deps.clock.now(),
        })
        .catch(() => {});
      if (start.wait) throw err;
    }
  };

  if (start.wait) {
    await enqueue(accountId, run);
    return (await repo.findImport(deps.db, accountId, job.id))!;
  }
  // In the background, from the next turn of the event loop: the request that started it is answered
  // first (the web page goes to the import's page at once), and the pipeline yields between batches.
  void enqueue(accountId, async () => {
    await yieldToEventLoop(20);
    await run();
  }).catch(() => {});
  return job;
}

export async function getImport(db: Db, accountId: string, id: string, now: Date): Promise<ImportDetail> {
  const row = await repo.findImport(db, accountId, id);
  if (!row) throw notFound('Import');
  const report: ImportRecordReport[] = [];
  let truncated = false;
  for (const list of await repo.reportBatches(db, accountId, id, 0, 10_000, true)) {
    for (const r of list) {
      if (report.length < REPORT_LIMIT) report.push(toRecordReport(r));
      else truncated = true;
    }
  }
  return { ...toImportJob(row, now), report, reportTruncated: truncated };
}

const ImportCursor = z.object({ at: IsoDateTime, id: z.uuid() });

export async function listImports(
  db: Db,
  accountId: string,
  page: { limit?: number; cursor?: string },
  now: Date,
) {
  const limit = page.limit ?? 50;
  const after = decodeCursor(page.cursor, ImportCursor);
  const rows = await repo.listImports(
    db,
    accountId,
    limit,
    after ? { at: new Date(after.at), id: after.id } : undefined,
  );
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map((r) => toImportJob(r, now)),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ at: last.createdAt.toISOString(), id: last.id }) : null,
  };
}

const RecordCursor = z.object({ seq: z.number().int().min(0) });

/** Records after `afterSeq` that pass the filter, reading report batches until `limit` + 1 are found. */
async function collect(
  db: Db,
  accountId: string,
  id: string,
  filter: RecordFilter,
  limit: number,
  afterSeq: number,
) {
  const out: ImportRecordJson[] = [];
  let after = afterSeq;
  for (;;) {
    const batches = await repo.reportBatches(db, accountId, id, after, 10, false);
    for (const list of batches) {
      for (const r of list) {
        if (r.seq > afterSeq && matchesFilter(r, filter)) out.push(r);
        if (out.length > limit) return out;
      }
      after = Math.max(after, list.at(-1)?.seq ?? after);
    }
    if (batches.length < 10) return out;
  }
}

export async function listImportRecords(
  db: Db,
  accountId: string,
  id: string,
  query: { outcome?: RecordFilter; limit?: number; cursor?: string },
) {
  if (!(await repo.findImport(db, accountId, id))) throw notFound('Import');
  const limit = query.limit ?? 200;
  const after = decodeCursor(query.cursor, RecordCursor)?.seq ?? 0;
  const rows = await collect(db, accountId, id, query.outcome ?? 'all', limit, after);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(toRecordReport),
    nextCursor: rows.length > limit && last ? encodeCursor({ seq: last.seq }) : null,
  };
}

/** Every record of an import, for the CLI's --json report. */
export async function allImportRecords(db: Db, accountId: string, id: string): Promise<ImportRecordReport[]> {
  return (await collect(db, accountId, id, 'all', Number.MAX_SAFE_INTEGER - 1, 0)).map(toRecordReport);
}

export async function inspect(file: ImportFile, format?: ImportOptions['format']): Promise<InspectResult> {
  const settings = importSettings();
  if (file.bytes.length > settings.maxBytes) throw tooLarge(settings.maxBytes);
  const { text, encoding } = decodeFile(file.bytes, recognisedColumns);
  const result = await inspectFile(text, { format });
  return {
    format: result.format,
    formatLabel: FORMAT_LABELS[result.format],
    encoding,
    records: result.total,
    columns: result.columns,
    sample: result.sample,
    suggestedMapping: result.suggestedMapping,
    needsMapping: result.needsMapping,
    columnGuesses: result.guess?.columns ?? [],
  };
}
