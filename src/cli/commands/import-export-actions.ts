// What `linchpin import`, `export` and `restore` do (their options are in import-export.ts).
import { createWriteStream, existsSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { restoredCount } from '../../backup/restored-words';
import { restoreBackup } from '../../backup/service';
import type { ExportFormat } from '../../exports/schema';
import { exportChunks } from '../../exports/service';
import { type ColumnCorrection, correctMapping } from '../../imports/formats/guess-mapping';
import { FORMAT_LABELS } from '../../imports/formats/index';
import { needsAttention } from '../../imports/report';
import { type ColumnGuess, type ColumnMapping, ImportOptions, MappingField } from '../../imports/schema';
import { allImportRecords, inspect, startImport, toImportJob } from '../../imports/service';
import type { Handler } from '../action';
import { type Session, UserError } from '../context';
import { plural, printJson } from '../format';
import { progressBar } from '../progress';
import { readInput } from './read-input';

const FIELD_NAMES = MappingField.options;
/** What `--map "Pager=ignore"` says: the column is not imported. */
const IGNORE = ['ignore', 'none'];

const isField = (s: string): s is MappingField => (FIELD_NAMES as readonly string[]).includes(s);

/**
 * `--map "name=Full Name,email=Mail,email=Mail 2"` or the other way round, `--map "Full Name=name,Pager=ignore"`,
 * repeatable. Pairs split at commas that start another pair, so a column name may itself contain a comma.
 */
export function parseCorrections(values: string[]): ColumnCorrection[] {
  const words = [...FIELD_NAMES, ...IGNORE].join('|');
  const splitter = new RegExp(`,(?=\\s*(?:(?:${words})\\s*=|[^,=]+=\\s*(?:${words})\\s*(?:,|$)))`);
  const out: ColumnCorrection[] = [];
  for (const value of values) {
    for (const pair of value.split(splitter)) {
      const eq = pair.indexOf('=');
      const left = pair.slice(0, eq).trim();
      const right = pair.slice(eq + 1).trim();
      if (eq < 0 || !left || !right) throw new UserError(`--map: "${pair}" is not field=Column`);
      if (isField(left)) out.push({ column: right, field: left });
      else if (isField(right)) out.push({ column: left, field: right });
      else if (IGNORE.includes(right.toLowerCase())) out.push({ column: left, field: null });
      else {
        throw new UserError(`--map: "${left}" is not a field; use one of ${FIELD_NAMES.join(', ')}`);
      }
    }
  }
  return out;
}

/** The mapping `--map` gives on its own (no guess to correct). */
export function parseMap(values: string[]): ColumnMapping {
  return correctMapping([], {}, parseCorrections(values));
}

interface ImportOpts {
  format?: string;
  dryRun?: boolean;
  json?: boolean;
  map?: string[];
  keepPhotos?: boolean;
  region?: string;
}

export const importFile: Handler<ImportOpts> = async (s, { opts, args }) => {
  const path = args[0]!;
  const corrections = opts.map?.length ? parseCorrections(opts.map) : [];
  const bytes = await readInput(path);
  const file = { fileName: basename(path), bytes };
  // --map corrects the guessed columns of a CSV none of the known exports; elsewhere it is the mapping.
  let mapping: ColumnMapping | undefined;
  let shown: ColumnGuess[] = [];
  if (corrections.length) {
    const looked = await inspect(file, opts.format as ImportOptions['format']);
    const guess = looked.format === 'csv' ? looked.suggestedMapping : {};
    mapping = correctMapping(looked.format === 'csv' ? looked.columns : [], guess, corrections);
    if (looked.format === 'csv')
      shown = corrected(looked.columns, looked.columnGuesses, mapping, corrections);
  }
  const parsed = ImportOptions.safeParse({
    format: opts.format,
    dryRun: Boolean(opts.dryRun),
    keepPhotos: Boolean(opts.keepPhotos),
    ...(mapping ? { mapping } : {}),
    ...(opts.region ? { defaultRegion: opts.region.toUpperCase() } : {}),
  });
  if (!parsed.success)
    throw new UserError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const account = await s.account();
  const label = opts.dryRun ? 'Checking' : 'Importing';
  const bar = await progressBar(s, `${label} [{bar}] {percentage}% {value}/{total} records`);
  let started = false;
  const job = await startImport(s.deps, account.id, file, parsed.data, {
    wait: true,
    onPrepared: (prepared) => {
      if (!shown.length) shown = prepared.columns;
      if (shown.length && !opts.json) printColumns(s, shown);
    },
    onProgress: (processed, total) => {
      if (!bar) return;
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(processed);
    },
  });
  bar?.stop();
  const records = await allImportRecords(s.deps.db, account.id, job.id);
  const summary = toImportJob(job, s.deps.clock.now());
  if (opts.json) return printJson(s.io, { ...summary, ...(shown.length ? { columns: shown } : {}), records });
  const c = summary.counts;
  s.io.stdout(
    `${opts.dryRun ? 'Dry run of' : 'Imported'} ${basename(path)} (${FORMAT_LABELS[summary.format ?? 'csv']}): ` +
      `${c.created} created, ${c.merged} merged, ${c.skipped} skipped, ${c.failed} failed\n`,
  );
  const attention = records.filter(needsAttention);
  for (const r of attention.slice(0, 25)) {
    const where = r.lines[0] === r.lines[1] ? `line ${r.lines[0]}` : `lines ${r.lines[0]}–${r.lines[1]}`;
    const notes = [
      // A failure's reasons, and why a row was left out on purpose (a mailing list, an organisation).
      ...(r.outcome === 'failed' || r.outcome === 'skipped' ? r.reasons : []),
      ...r.conflicts.map((x) => `kept ${x.field} "${x.existing}", not "${x.incoming}"`),
      ...r.possibleDuplicates.map((d) => `possible duplicate of ${d.name} (${d.reason})`),
      ...r.warnings,
    ];
    s.io.stdout(`  ${where}: ${r.outcome}${r.name ? ` ${r.name}` : ''}: ${notes.join('; ')}\n`);
  }
  if (attention.length > 25)
    s.io.stdout(`  … and ${plural(attention.length - 25, 'more record')} (see --json)\n`);
  if (opts.dryRun) s.io.stdout('Nothing was written (dry run).\n');
};

/** Each column with what the user's --map or the guess made of it. */
function corrected(
  columns: string[],
  guesses: ColumnGuess[],
  mapping: ColumnMapping,
  corrections: ColumnCorrection[],
): ColumnGuess[] {
  const fieldOf = new Map<string, MappingField>();
  for (const field of FIELD_NAMES) {
    const cols = mapping[field];
    for (const c of cols === undefined ? [] : Array.isArray(cols) ? cols : [cols]) fieldOf.set(c, field);
  }
  const byUser = new Set(corrections.map((c) => c.column.toLowerCase()));
  return columns.map((column) => {
    const field = fieldOf.get(column) ?? null;
    const guess = guesses.find((g) => g.column === column);
    if (byUser.has(column.toLowerCase())) return { column, field, reason: 'your --map' };
    if (guess && guess.field === field) return guess;
    return { column, field, reason: field ? 'your --map' : 'its field went to another column (your --map)' };
  });
}

/** The mapping a CSV is read with, for the user to check, and how to change it. */
function printColumns(s: Session, columns: ColumnGuess[]): void {
  const width = Math.min(28, Math.max(...columns.map((c) => c.column.length)));
  s.io.stdout('Columns (matched by their names and contents; correct any with --map "Column=field"):\n');
  for (const c of columns) {
    const name = (c.column || '(no header)').padEnd(width);
    const what = c.field
      ? `${c.field}${c.reason === 'header' ? '' : ` (${c.reason})`}`
      : `not imported${c.reason === 'not recognised' ? '' : ` (${c.reason})`}`;
    s.io.stdout(`  ${name}  → ${what}\n`);
  }
  s.io.stdout(`  Fields: ${FIELD_NAMES.join(', ')}, or ignore\n`);
}

export const exportPeople: Handler<{
  format: ExportFormat;
  out?: string;
  search?: string;
  tag?: string[];
  company?: string;
}> = async (s, { opts }) => {
  const account = await s.account();
  const filter = { q: opts.search, tags: opts.tag, company: opts.company };
  const chunks = exportChunks(s.deps.db, account.id, opts.format, filter, s.deps.clock.now());
  if (!opts.out) {
    for await (const chunk of chunks) s.io.stdout(chunk);
    return;
  }
  await writeWhole(opts.out, chunks);
  s.io.stderr(`Wrote ${opts.out}\n`);
};

/**
 * Writes the export next to `path` and renames it into place once complete, so a path that cannot be
 * written is an error naming it (a folder, a folder that does not exist) and a failed export never leaves
 * half a file where a backup is expected. A symbolic link is written through (the file it names is
 * replaced, the link kept); a device or a pipe (`/dev/stdout`, a FIFO another program reads) is written
 * as it is, since a file renamed over it would replace the device and leave its reader waiting.
 */
async function writeWhole(path: string, chunks: AsyncIterable<string>): Promise<void> {
  const target = existsSync(path) ? realpathSync(path) : path;
  const kind = existsSync(target) ? statSync(target) : undefined;
  if (kind?.isDirectory()) throw new UserError(`cannot write ${path}: it is a folder`);
  const partial = join(dirname(target), `.${basename(target)}.partial-${process.pid}`);
  const inPlace = kind !== undefined && !kind.isFile();
  try {
    if (inPlace) {
      await pipeline(Readable.from(chunks), createWriteStream(target));
      return;
    }
    await pipeline(Readable.from(chunks), createWriteStream(partial, { flags: 'wx' }));
    renameSync(partial, target);
  } catch (err) {
    if (!inPlace) rmSync(partial, { force: true });
    // A file system error (it has a syscall) is about the path; anything else is the export's own.
    if (err instanceof Error && 'syscall' in err) throw new UserError(`cannot write ${path}: ${err.message}`);
    throw err;
  }
}

export const restoreFile: Handler<{ json?: boolean }> = async (s, { opts, args }) => {
  const text = (await readInput(args[0]!)).toString('utf8').replace(/^\ufeff/, '');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new UserError(`${args[0]} is not valid JSON (is it a complete Linchpin backup?)`);
  }
  const account = await s.account();
  const result = await restoreBackup(s.deps.db, account.id, doc);
  if (opts.json) return printJson(s.io, result);
  const counts = Object.entries(result.tables)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => restoredCount(t, n))
    .join(', ');
  s.io.stdout(`Restored into ${account.email}: ${counts || 'nothing (the backup was empty)'}\n`);
  if (result.ids === 'shifted') {
    s.io.stdout(
      "The backup's ids were already used in this instance, so the restored records have new ones.\n",
    );
  }
};
