// Measures, on PGlite alone, what COPY FROM '/dev/blob' would save against the import's one-statement
// INSERT … SELECT FROM jsonb_to_recordset (src/db/bulk-insert.ts) for rows shaped like an import batch's
// fingerprints: 30 batches of 1,000, each in its own transaction, on a table with the same indexes.
// The INSERT is tried with its JSON as a text parameter and as UTF-8 bytes (src/db/json-param.ts). Times
// are wall and CPU (on a shared machine the wall time includes waiting for a core).
// Not part of the recorded benchmark. Run: node --import tsx bench/imports/copy-vs-insert.ts
import { randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';

const BATCHES = Number(process.env.BENCH_BATCHES ?? 30);
const SIZE = 1000;
const account = randomUUID();

async function table(pg: PGlite) {
  await pg.exec(`create table fp (account_id uuid not null, fingerprint text not null, person_id uuid not null,
    created_at timestamptz not null, primary key (account_id, fingerprint));
    create index fp_person on fp (person_id);`);
}

const rows = (b: number) =>
  Array.from({ length: SIZE }, (_, i) => ({
    fingerprint: `sha256:${b}:${i}:${randomUUID()}`,
    person_id: randomUUID(),
  }));

async function viaInsert(pg: PGlite, b: number) {
  await pg.transaction(async (tx) => {
    await tx.query(
      `insert into fp (fingerprint, person_id, account_id, created_at)
       select v.fingerprint, v.person_id, $2::uuid, now() from jsonb_to_recordset($1::jsonb) as v(fingerprint text, person_id uuid)`,
      [JSON.stringify(rows(b)), account],
    );
  });
}

async function viaInsertBytes(pg: PGlite, b: number) {
  await pg.transaction(async (tx) => {
    await tx.query(
      `insert into fp (fingerprint, person_id, account_id, created_at)
       select v.fingerprint, v.person_id, $2::uuid, now() from jsonb_to_recordset($1::text::jsonb) as v(fingerprint text, person_id uuid)`,
      [Buffer.from(JSON.stringify(rows(b))), account],
    );
  });
}

async function viaCopy(pg: PGlite, b: number) {
  const text = rows(b)
    .map((r) => `${account}\t${r.fingerprint}\t${r.person_id}\t2026-12-06T12:00:00Z`)
    .join('\n');
  await pg.transaction(async (tx) => {
    await tx.query(`copy fp (account_id, fingerprint, person_id, created_at) from '/dev/blob'`, [], {
      blob: new Blob([`${text}\n`]),
    });
  });
}

async function run(name: string, fn: (pg: PGlite, b: number) => Promise<void>) {
  const pg = await PGlite.create();
  await table(pg);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let b = 0; b < BATCHES; b++) await fn(pg, b);
  const c = process.cpuUsage(c0);
  const ms = performance.now() - t0;
  const n = (await pg.query<{ n: number }>('select count(*)::int as n from fp')).rows[0]!.n;
  await pg.close();
  console.log(
    `${name}: ${Math.round(ms)} ms (CPU ${Math.round((c.user + c.system) / 1000)} ms) for ${n} rows`,
  );
  return ms;
}

for (let round = 0; round < 2; round++) {
  await run('insert from jsonb_to_recordset, JSON as text', viaInsert);
  await run('insert from jsonb_to_recordset, JSON as bytes', viaInsertBytes);
  await run('copy from /dev/blob', viaCopy);
}
