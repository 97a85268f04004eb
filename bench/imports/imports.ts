// Import and export benchmarks on the embedded database (PGlite in a data directory), in-process:
//   1. a generated 30k-row LinkedIn Connections.csv (goal: ≤ 5 s)
//   2. a generated 10k-card vCard 3.0 file
//   3. the same LinkedIn file again (every record recognised and skipped)
//   4. export of 30k people as vCard, CSV and a JSON backup
// Time is wall-clock; memory is the peak resident set size of the process during the step.
// Run: npm run bench:imports   (prints a Markdown table for bench/README.md)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAccount } from '../../src/accounts/service';
import { openDatabase } from '../../src/db/client';
import { importsSettled, startImport } from '../../src/imports/service';
import { systemClock } from '../../src/shared/clock';
import { silentLogger } from '../../src/shared/logger';
import { machine, round } from '../lib/stats';
import { exportSteps } from './export-steps';
import { linkedinCsv, vcards } from './generate';

const ROWS = Number(process.env.BENCH_LINKEDIN_ROWS ?? 30_000);
const CARDS = Number(process.env.BENCH_VCARDS ?? 10_000);

interface Result {
  step: string;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  detail: string;
}

async function measure(step: string, fn: () => Promise<string>): Promise<Result> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const detail = await fn();
  const c = process.cpuUsage(c0);
  const cpuSeconds = round((c.user + c.system) / 1e6, 2);
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const r = { step, seconds: round(seconds, 2), cpuSeconds, peakRssMb: Math.round(peak / 2 ** 20), detail };
  console.error(`${step}: ${r.seconds} s (CPU ${cpuSeconds} s), peak RSS ${r.peakRssMb} MB — ${detail}`);
  return r;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'linchpin-bench-imports-'));
  const results: Result[] = [];
  try {
    const database = await openDatabase({ kind: 'pglite', dataDir: dir });
    const deps = { db: database.db, clock: systemClock, log: silentLogger };
    const a = await createAccount(
      database.db,
      { email: 'li@example.com', password: 'bench-password' },
      'admin',
    );
    const b = await createAccount(
      database.db,
      { email: 'vc@example.com', password: 'bench-password' },
      'admin',
    );
    const csv = Buffer.from(linkedinCsv(ROWS));
    const vcf = Buffer.from(vcards(CARDS));
    const opts = { dryRun: false, keepPhotos: false };
    const run = (account: string, bytes: Buffer, name: string) =>
      startImport(deps, account, { fileName: name, bytes }, opts, { wait: true });

    // An import is done when it reports so; the upkeep after it (fresh statistics, see
    // imports/service.ts upkeep) runs in the background and is timed as a step of its own, before the
    // next step starts, so it is neither hidden nor charged to the next import.
    const upkeep = async (account: string) =>
      results.push(
        await measure('  upkeep after it, in the background (ANALYZE)', async () => {
          await importsSettled(account);
          return "not part of the import's time";
        }),
      );
    results.push(
      await measure(`LinkedIn CSV, ${ROWS} rows (${round(csv.length / 2 ** 20)} MB)`, async () => {
        const job = await run(a.id, csv, 'Connections.csv');
        return `created ${job.created}, merged ${job.merged}, skipped ${job.skipped}, failed ${job.failed}`;
      }),
    );
    await upkeep(a.id);
    results.push(
      await measure(`vCard 3.0, ${CARDS} cards (${round(vcf.length / 2 ** 20)} MB)`, async () => {
        const job = await run(b.id, vcf, 'contacts.vcf');
        return `created ${job.created}, merged ${job.merged}, skipped ${job.skipped}, failed ${job.failed}`;
      }),
    );
    await upkeep(b.id);
    results.push(
      await measure(`LinkedIn CSV again (re-import, ${ROWS} rows)`, async () => {
        const job = await run(a.id, csv, 'Connections.csv');
        return `created ${job.created}, merged ${job.merged}, skipped ${job.skipped}, failed ${job.failed}`;
      }),
    );
    results.push(...((await exportSteps(database.db, a.id, measure)) as Result[]));
    await database.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`Machine: ${machine()}\n`);
  console.log('| step | wall time (s) | CPU time (s) | peak RSS (MB) | result |\n|---|---|---|---|---|');
  for (const r of results)
    console.log(`| ${r.step} | ${r.seconds} | ${r.cpuSeconds} | ${r.peakRssMb} | ${r.detail} |`);
}

await main();
