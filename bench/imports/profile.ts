// Phase timings of one LinkedIn import, for finding where the time goes (not part of the recorded benchmark).
// Run: node --import tsx bench/imports/profile.ts   (BENCH_LINKEDIN_ROWS, BENCH_VCARDS, PROFILE_PARTS=js|db|all,
// PROFILE_FILE=vcard for the generated vCard file instead of the LinkedIn one)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAccount } from '../../src/accounts/service';
import { openDatabase } from '../../src/db/client';
import { decodeFile } from '../../src/imports/decode';
import { prepareFile } from '../../src/imports/formats/index';
import { toEntry } from '../../src/imports/plan';
import { importsSettled, startImport } from '../../src/imports/service';
import { systemClock } from '../../src/shared/clock';
import { silentLogger } from '../../src/shared/logger';
import { linkedinCsv, vcards } from './generate';

const ROWS = Number(process.env.BENCH_LINKEDIN_ROWS ?? 30_000);
const PARTS = process.env.PROFILE_PARTS ?? 'all';

function time<T>(label: string, fn: () => T): T {
  const t0 = performance.now();
  const r = fn();
  console.log(`${label}: ${(performance.now() - t0).toFixed(0)} ms`);
  return r;
}

const csv = Buffer.from(
  process.env.PROFILE_FILE === 'vcard'
    ? vcards(Number(process.env.BENCH_VCARDS ?? 10_000))
    : linkedinCsv(ROWS),
);
if (PARTS !== 'db') {
  for (let round = 0; round < 2; round++) {
    const { text } = time('decode', () => decodeFile(csv));
    const prepared = time('prepare (csv parse + fill)', () => prepareFile(text, { keepPhotos: false }));
    const items = time('materialise items', () => [...prepared.items]);
    time('toEntry (map, validate, fingerprint)', () => {
      let seq = 0;
      for (const item of items) toEntry(++seq, item, { keepPhotos: false });
    });
  }
}
if (PARTS !== 'js') {
  const dir = mkdtempSync(join(tmpdir(), 'linchpin-prof-'));
  try {
    const database = await openDatabase({ kind: 'pglite', dataDir: dir });
    const deps = { db: database.db, clock: systemClock, log: silentLogger };
    // CPU time as well as wall time: on a shared machine the wall time of a statement includes waiting
    // for a core, while PGlite's work runs on this process's main thread.
    const stats = new Map<string, { n: number; ms: number; cpu: number }>();
    const wrap = (q: any) =>
      async function (this: unknown, text: string, ...rest: unknown[]) {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        try {
          return await q.call(this, text, ...rest);
        } finally {
          const c = process.cpuUsage(c0);
          const key = text.replace(/\s+/g, ' ').slice(0, 70);
          const s = stats.get(key) ?? { n: 0, ms: 0, cpu: 0 };
          s.n++;
          s.ms += performance.now() - t0;
          s.cpu += (c.user + c.system) / 1000;
          stats.set(key, s);
        }
      };
    const pg = (database as any).pglite;
    if (process.env.PROFILE_SQL) {
      pg.query = wrap(pg.query);
      const tr = pg.transaction;
      pg.transaction = function (this: unknown, fn: (tx: any) => unknown) {
        return tr.call(this, (tx: any) => {
          tx.query = wrap(tx.query);
          return fn(tx);
        });
      };
    }
    const dump = () => {
      if (stats.size) console.log('   wall  (CPU) ms      n   statement');
      for (const [k, v] of [...stats].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, 25))
        console.log(
          `${v.ms.toFixed(0).padStart(7)} ${`(${v.cpu.toFixed(0)})`.padStart(7)} ms ${String(v.n).padStart(5)}×  ${k}`,
        );
      stats.clear();
    };
    const a = await createAccount(
      database.db,
      { email: 'li@example.com', password: 'bench-password' },
      'admin',
    );
    const run = () =>
      startImport(
        deps,
        a.id,
        { fileName: 'c.csv', bytes: csv },
        { dryRun: false, keepPhotos: false },
        { wait: true },
      );
    const session = new Session();
    const cpu = process.env.PROFILE_CPU;
    if (cpu) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 500 });
    }
    const profiled = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
      if (process.env.PROFILE_HEAP) {
        session.connect();
        await session.post('HeapProfiler.enable');
        await session.post('HeapProfiler.startSampling', {
          samplingInterval: 4096,
          includeObjectsCollectedByMajorGC: true,
          includeObjectsCollectedByMinorGC: true,
        } as never);
        const r = await fn();
        const { profile } = await session.post('HeapProfiler.stopSampling');
        writeFileSync(`${process.env.PROFILE_HEAP}-${name}.heapprofile`, JSON.stringify(profile));
        session.disconnect();
        return r;
      }
      if (!cpu) return fn();
      await session.post('Profiler.start');
      const r = await fn();
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(`${cpu}-${name}.cpuprofile`, JSON.stringify(profile));
      return r;
    };
    let t0 = performance.now();
    let c0 = process.cpuUsage();
    let job = await profiled('import', run);
    let c = process.cpuUsage(c0);
    console.log(
      `import: ${(performance.now() - t0).toFixed(0)} ms (CPU ${((c.user + c.system) / 1000).toFixed(0)} ms) — created ${job.created}`,
    );
    dump();
    t0 = performance.now();
    c0 = process.cpuUsage();
    await importsSettled(a.id);
    c = process.cpuUsage(c0);
    console.log(
      `upkeep after the import (background): ${(performance.now() - t0).toFixed(0)} ms (CPU ${((c.user + c.system) / 1000).toFixed(0)} ms)`,
    );
    dump();
    t0 = performance.now();
    c0 = process.cpuUsage();
    job = await profiled('reimport', run);
    c = process.cpuUsage(c0);
    console.log(
      `re-import: ${(performance.now() - t0).toFixed(0)} ms (CPU ${((c.user + c.system) / 1000).toFixed(0)} ms) — skipped ${job.skipped}`,
    );
    dump();
    await database.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
