// Steps 1 and 2 of bench:imports (30k-row LinkedIn CSV, 10k vCards) with the source tree given, so a
// change can be measured against a baseline in alternating runs on a shared machine, where only such a
// comparison means anything. CPU time (user + system of this process) is the steadier figure there: wall
// time includes waiting for a core.
// Run: git archive <commit> | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/node_modules
//      for i in 1 2; do for t in /tmp/base "$PWD"; do nice node --import tsx bench/imports/compare-trees.ts $t; done; done
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { linkedinCsv, vcards } from './generate';

const root = resolve(process.argv[2] ?? '.');
const { createAccount } = await import(join(root, 'src/accounts/service.ts'));
const { openDatabase } = await import(join(root, 'src/db/client.ts'));
const { startImport, importsSettled } = await import(join(root, 'src/imports/service.ts'));
const { systemClock } = await import(join(root, 'src/shared/clock.ts'));
const { silentLogger } = await import(join(root, 'src/shared/logger.ts'));

const dir = mkdtempSync(join(tmpdir(), 'linchpin-compare-'));
const out: string[] = [];
try {
  const database = await openDatabase({ kind: 'pglite', dataDir: dir });
  const deps = { db: database.db, clock: systemClock, log: silentLogger };
  // COMPARE_STEPS=vcard (or linkedin) runs one step only, for a change that touches one path.
  const steps = process.env.COMPARE_STEPS ?? 'linkedin,vcard';
  const files = [
    ...(steps.includes('linkedin')
      ? [{ name: 'Connections.csv', bytes: Buffer.from(linkedinCsv(30_000)) }]
      : []),
    ...(steps.includes('vcard') ? [{ name: 'contacts.vcf', bytes: Buffer.from(vcards(10_000)) }] : []),
  ];
  for (const [i, file] of files.entries()) {
    const account = await createAccount(
      database.db,
      { email: `bench${i}@example.com`, password: 'bench-password' },
      'admin',
    );
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const job = await startImport(
      deps,
      account.id,
      { fileName: file.name, bytes: file.bytes },
      { dryRun: false, keepPhotos: false },
      { wait: true },
    );
    const c = process.cpuUsage(c0);
    const wall = ((performance.now() - t0) / 1000).toFixed(2);
    // A tree that finishes an import's upkeep after its answer (the third pass): that upkeep, timed apart,
    // before the next file, so it is neither hidden in nor charged to the next import.
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    await importsSettled?.(account.id);
    const u = process.cpuUsage(c1);
    const after = importsSettled
      ? ` + upkeep ${((performance.now() - t1) / 1000).toFixed(2)} s (CPU ${((u.user + u.system) / 1e6).toFixed(2)} s)`
      : '';
    out.push(
      `${file.name} ${wall} s (CPU ${((c.user + c.system) / 1e6).toFixed(2)} s)${after}, created ${job.created}`,
    );
  }
  await database.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`| ${root} | ${out.join(' | ')} | ${load} |`);
