// What `linchpin import`, `export` and `restore` do (their options are in import-export.ts).
import { createWriteStream, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { finished } from 'node:stream/promises';
import { restoreBackup } from '../../backup/service';
import type { ExportFormat } from '../../exports/schema';
import { exportChunks } from '../../exports/service';
import { FORMAT_LABELS } from '../../imports/formats/index';
import { type ColumnMapping, ImportOptions, MappingField } from '../../imports/schema';
import { allImportRecords, startImport, toImportJob } from '../../imports/service';
import { describeBytes, importSettings } from '../../imports/settings';
import type { Handler } from '../action';
import { type Session, UserError } from '../context';
import { plural, printJson } from '../format';

const FIELD_NAMES = MappingField.options;

/**
 * `--map "name=Full Name,email=Mail,email=Mail 2"`, repeatable. Pairs split at commas that start another
 * `field=`, so a column name may itself contain a comma.
 */
export function parseMap(values: string[]): ColumnMapping {
  const mapping: Record<string, string | string[]> = {};
  const splitter = new RegExp(`,(?=\\s*(?:${FIELD_NAMES.join('|')})\\s*=)`);
  for (const value of values) {
    for (const pair of value.split(splitter)) {
      const eq = pair.indexOf('=');
      const field = pair.slice(0, eq).trim();
      const column = pair.slice(eq + 1).trim();
      if (eq < 0 || !field || !column) throw new UserError(`--map: "${pair}" is not field=Column`);
      if (!(FIELD_NAMES as readonly string[]).includes(field)) {
        throw new UserError(`--map: "${field}" is not a field; use one of ${FIELD_NAMES.join(', ')}`);
      }
      const cur = mapping[field];
      mapping[field] = cur === undefined ? column : [...(Array.isArray(cur) ? cur : [cur]), column];
    }
  }
  return mapping as ColumnMapping;
}

function readInput(path: string): Buffer {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new UserError(`cannot read ${path}: no such file`);
  }
  const max = importSettings().maxBytes;
  if (size > max) {
    throw new UserError(
      `${path} is ${describeBytes(size)}; files are limited to ${describeBytes(max)} (LINCHPIN_MAX_IMPORT_MB)`,
    );
  }
  try {
    return readFileSync(path);
  } catch (err) {
    throw new UserError(`cannot read ${path}: ${(err as Error).message}`);
  }
}

async function progressBar(s: Session, label: string) {
  // Only on a terminal in this process; piped or forwarded output gets the summary alone.
  if (!s.io.isTTY || !process.stderr.isTTY) return undefined;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {percentage}% {value}/{total} records`,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  return bar;
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
  const parsed = ImportOptions.safeParse({
    format: opts.format,
    dryRun: Boolean(opts.dryRun),
    keepPhotos: Boolean(opts.keepPhotos),
    ...(opts.map?.length ? { mapping: parseMap(opts.map) } : {}),
    ...(opts.region ? { defaultRegion: opts.region.toUpperCase() } : {}),
  });
  if (!parsed.success)
    throw new UserError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const bytes = readInput(path);
  const account = await s.account();
  const bar = await progressBar(s, opts.dryRun ? 'Checking' : 'Importing');
  let started = false;
  const job = await startImport(s.deps, account.id, { fileName: basename(path), bytes }, parsed.data, {
    wait: true,
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
  if (opts.json) return printJson(s.io, { ...summary, records });
  const c = summary.counts;
  s.io.stdout(
    `${opts.dryRun ? 'Dry run of' : 'Imported'} ${basename(path)} (${FORMAT_LABELS[summary.format ?? 'csv']}): ` +
      `${c.created} created, ${c.merged} merged, ${c.skipped} skipped, ${c.failed} failed\n`,
  );
  const attention = records.filter(
    (r) => r.outcome === 'failed' || r.conflicts.length || r.possibleDuplicates.length || r.warnings.length,
  );
  for (const r of attention.slice(0, 25)) {
    const where = r.lines[0] === r.lines[1] ? `line ${r.lines[0]}` : `lines ${r.lines[0]}–${r.lines[1]}`;
    const notes = [
      ...(r.outcome === 'failed' ? r.reasons : []),
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
  const file = createWriteStream(opts.out);
  for await (const chunk of chunks)
    if (!file.write(chunk)) await new Promise<void>((r) => file.once('drain', () => r()));
  file.end();
  await finished(file);
  s.io.stderr(`Wrote ${opts.out}\n`);
};

export const restoreFile: Handler<{ json?: boolean }> = async (s, { opts, args }) => {
  const text = readInput(args[0]!)
    .toString('utf8')
    .replace(/^\ufeff/, '');
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
    .map(([t, n]) => `${n} ${t.replace(/_/g, ' ')}`)
    .join(', ');
  s.io.stdout(`Restored into ${account.email}: ${counts || 'nothing (the backup was empty)'}\n`);
  if (result.ids === 'shifted') {
    s.io.stdout(
      "The backup's ids were already used in this instance, so the restored records have new ones.\n",
    );
  }
};
