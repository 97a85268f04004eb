// Introduction benchmarks.
//   1. Consent answers through the public endpoint of the real `linchpin serve` process: POST /r/:token
//      (a "yes" from the first party, which also writes the second party's request, tokens and outbox
//      row in the same transaction), and GET /r/:token (the page). Throughput and latency percentiles.
//   2. Outbox drain rate to a local SMTP server (smtp-server in this process): the delivery loop alone
//      with 1 and 4 workers, and the whole background path (pg-boss job per message, woken by NOTIFY).
// Embedded PGlite by default; set BENCH_DATABASE_URL=postgres://… to run part 2 on PostgreSQL too.
// Run: node bin/run-ts.js bench/introductions/introductions.ts   (prints Markdown for bench/README.md)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAccount } from '../../src/accounts/service';
import { loadConfig } from '../../src/config';
import { type Database, type DatabaseTarget, openDatabase } from '../../src/db/client';
import { act, proposeIntroduction } from '../../src/introductions/service';
import { startBackgroundWork } from '../../src/jobs/background';
import { deliverDue } from '../../src/mail/delivery';
import { listOutbox } from '../../src/mail/repository';
import { smtpTransport } from '../../src/mail/transport';
import { insertPeople } from '../../src/people/repository';
import { PersonInput } from '../../src/people/schema';
import { toValues } from '../../src/people/service';
import { systemClock } from '../../src/shared/clock';
import { silentLogger } from '../../src/shared/logger';
import { startMailServer } from '../../test/mail-server';
import { runLoad } from '../lib/load';
import { startServer } from '../lib/server-process';
import { machine, round, summarize } from '../lib/stats';

const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 500);
const PORT = Number(process.env.BENCH_PORT ?? 4398);

/** An account with `pairs` proposed introductions in sequential order; `request` starts asking each. */
async function seedIntroductions(
  database: Database,
  pairs: number,
  opts: { smtpUrl?: string; accountId?: string; draftOnly?: boolean },
) {
  const config = { ...loadConfig({}, {}), port: PORT };
  config.mail = { ...config.mail, smtpUrl: opts.smtpUrl };
  const deps = { db: database.db, clock: systemClock, config };
  const account = opts.accountId
    ? { id: opts.accountId }
    : await createAccount(
        database.db,
        { email: `bench${Date.now()}${Math.random()}@example.com`, password: 'bench-password' },
        'admin',
      );
  const people = [];
  for (let i = 0; i < pairs * 2; i += 500) {
    const batch = Array.from({ length: Math.min(500, pairs * 2 - i) }, (_, k) =>
      toValues(
        PersonInput.parse({
          name: `Person ${i + k}`,
          emails: [`p${i + k}@bench.example`],
          blurb: 'Builds things.',
        }),
      ),
    );
    people.push(...(await database.db.transaction((tx) => insertPeople(tx, account.id, batch))));
  }
  const ids: string[] = [];
  for (let i = 0; i < pairs; i++) {
    const d = await proposeIntroduction(deps, account.id, {
      personAId: people[2 * i]!.id,
      personBId: people[2 * i + 1]!.id,
      kind: 'seeker_provider',
      reason: 'They should meet.',
      order: 'sequential',
      discloseCaveatIds: [],
      autoSend: false,
    });
    if (!opts.draftOnly) await act(deps, account.id, d.id, { type: 'request' });
    ids.push(d.id);
  }
  return { accountId: account.id, ids };
}

async function answersBenchmark() {
  const dataDir = mkdtempSync(join(tmpdir(), 'linchpin-bench-intro-'));
  try {
    const t0 = performance.now();
    const database = await openDatabase({ kind: 'pglite', dataDir });
    const { accountId } = await seedIntroductions(database, ANSWERS, {});
    const messages = await listOutbox(database.db, accountId, { limit: ANSWERS * 2 });
    const paths = messages.map((m) => new URL(m.links.find((l) => l.label.startsWith('Yes'))!.url).pathname);
    await database.close();
    console.error(`seeded ${ANSWERS} asked introductions in ${round((performance.now() - t0) / 1000)} s`);

    const server = await startServer(dataDir, PORT);
    try {
      const pages = await runLoad(Math.min(ANSWERS, 500), CONCURRENCY, (i) =>
        fetch(`${server.url}${paths[i]}`),
      );
      const form = (path: string) =>
        new URLSearchParams({ token: path.split('/').pop()!, answer: 'yes' }).toString();
      const answers = await runLoad(ANSWERS, CONCURRENCY, (i) =>
        fetch(`${server.url}${paths[i]}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: form(paths[i]!),
        }),
      );
      return { pages, answers };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function drainBenchmark(target: DatabaseTarget, label: string) {
  const smtp = await startMailServer({ parse: false });
  const dir = mkdtempSync(join(tmpdir(), 'linchpin-bench-drain-'));
  const database = await openDatabase(target.kind === 'pglite' ? { kind: 'pglite', dataDir: dir } : target);
  const rows: string[] = [];
  try {
    const deliver = async (workers: number) => {
      await seedIntroductions(database, MESSAGES, { smtpUrl: smtp.url });
      const before = smtp.received.length;
      const transport = smtpTransport(smtp.url);
      const deps = {
        db: database.db,
        clock: systemClock,
        log: silentLogger,
        settings: { smtpUrl: smtp.url, fromAddress: 'bench@example.com', maxAttempts: 3 },
        transport,
      };
      const t0 = performance.now();
      const reports = await Promise.all(
        Array.from({ length: workers }, () => deliverDue(deps, { limit: MESSAGES })),
      );
      const ms = performance.now() - t0;
      transport.close();
      const sent = reports.reduce((n, r) => n + r.sent, 0);
      if (smtp.received.length - before !== MESSAGES || sent !== MESSAGES)
        throw new Error(`sent ${sent}, received ${smtp.received.length - before}`);
      rows.push(
        `| ${label} | delivery loop, ${workers} worker${workers > 1 ? 's' : ''} | ${MESSAGES} | ${round(ms / 1000, 2)} s | ${Math.round((MESSAGES / ms) * 1000)} msg/s |`,
      );
    };
    await deliver(1);
    await deliver(4);

    // The full background path: messages written while no worker runs, then background work starts;
    // its first pass queues one pg-boss job per message and the worker delivers them in batches.
    const config = { ...loadConfig({}, {}), port: PORT };
    config.mail = { ...config.mail, smtpUrl: smtp.url };
    await seedIntroductions(database, MESSAGES, { smtpUrl: smtp.url });
    const before = smtp.received.length;
    const t0 = performance.now();
    const work = await startBackgroundWork(
      { database, clock: systemClock, config, log: silentLogger },
      { schedule: false },
    );
    const startMs = performance.now() - t0;
    await smtp.waitFor(before + MESSAGES, 600_000);
    const ms = performance.now() - t0;
    await work.stop();
    rows.push(
      `| ${label} | background work (pg-boss job per message), from start | ${MESSAGES} | ${round(ms / 1000, 2)} s (start ${Math.round(startMs)} ms) | ${Math.round((MESSAGES / ms) * 1000)} msg/s |`,
    );

    // One message at a time, as in normal use: commit → NOTIFY → job → SMTP, latency per message.
    const work2 = await startBackgroundWork(
      { database, clock: systemClock, config, log: silentLogger },
      { schedule: false },
    );
    const latencies: number[] = [];
    const account = await seedIntroductions(database, 0, {});
    for (let i = 0; i < 20; i++) {
      const seeded = await seedIntroductions(database, 1, {
        smtpUrl: smtp.url,
        accountId: account.accountId,
        draftOnly: true,
      });
      const n = smtp.received.length;
      const t1 = performance.now();
      await act({ db: database.db, clock: systemClock, config }, account.accountId, seeded.ids[0]!, {
        type: 'request',
      });
      await smtp.waitFor(n + 1, 10_000);
      latencies.push(performance.now() - t1);
    }
    await work2.stop();
    const l = summarize(latencies, 1);
    rows.push(
      `| ${label} | one request at a time: commit → NOTIFY → job → SMTP accepted | 20 | p50 ${l.p50} ms, p95 ${l.p95} ms | |`,
    );
    return rows;
  } finally {
    await database.close();
    await smtp.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const PARTS = (process.env.BENCH_PARTS ?? 'answers,drain').split(',');

async function main() {
  console.log(`Machine: ${machine()}\n`);
  if (PARTS.includes('answers')) await printAnswers();
  if (PARTS.includes('drain')) await printDrain();
}

async function printAnswers() {
  const { pages, answers } = await answersBenchmark();
  const p = summarize(pages.latenciesMs, pages.elapsedMs);
  const a = summarize(answers.latenciesMs, answers.elapsedMs);
  console.log(
    `Consent answers through \`linchpin serve\` (PGlite), ${CONCURRENCY} concurrent clients on the same machine:\n`,
  );
  console.log('| request | n | req/s | p50 ms | p95 ms | p99 ms | statuses |');
  console.log('|---|---|---|---|---|---|---|');
  console.log(
    `| GET /r/:token (answer page) | ${p.requests} | ${p.perSecond} | ${p.p50} | ${p.p95} | ${p.p99} | ${JSON.stringify(pages.statuses)} |`,
  );
  console.log(
    `| POST /r/:token answer=yes | ${a.requests} | ${a.perSecond} | ${a.p50} | ${a.p95} | ${a.p99} | ${JSON.stringify(answers.statuses)} |`,
  );
}

async function printDrain() {
  console.log('\nOutbox drain to a local SMTP server:\n');
  console.log('| database | how | messages | time | rate |');
  console.log('|---|---|---|---|---|');
  for (const row of await drainBenchmark({ kind: 'pglite' }, 'PGlite')) console.log(row);
  if (process.env.BENCH_DATABASE_URL) {
    for (const row of await drainBenchmark(
      { kind: 'postgres', url: process.env.BENCH_DATABASE_URL },
      'PostgreSQL 15',
    ))
      console.log(row);
  }
}

await main();
