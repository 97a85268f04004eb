// What each part of writing an import batch's people costs on PGlite, measured by taking it away: the
// same 30 batches of 1,000 people (from the generated LinkedIn file, mapped as the import maps them) are
// inserted with insertPeopleWithIds into fresh migrated databases, one variant after the other, twice.
// Not part of the recorded benchmark. Run: node --import tsx bench/imports/levers.ts (LEVERS=64,fastupdate: only
// the variants named so, beside "as imported")
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { createAccount } from '../../src/accounts/service';
import { bulkInsert } from '../../src/db/bulk-insert';
import { type DbOrTx, openDatabase } from '../../src/db/client';
import { people as peopleTable } from '../../src/db/schema';
import { prepareFile } from '../../src/imports/formats/index';
import { fieldsFromInput, toEntry } from '../../src/imports/plan';
import { insertImport, insertPeopleWithIds, lastConnectedAt } from '../../src/imports/repository';
import { linkedinCsv } from './generate';

const ROWS = Number(process.env.BENCH_LINKEDIN_ROWS ?? 30_000);
const BATCH = 1000;

const prepared = prepareFile(linkedinCsv(ROWS), { keepPhotos: false });
const people = [...prepared.items].map((item, i) => {
  const e = toEntry(i + 1, item, { keepPhotos: false });
  const c = e.contact!;
  return {
    ...fieldsFromInput(c.input),
    id: randomUUID(),
    lastContactAt: lastConnectedAt(c.connectedOn ? [c.connectedOn] : []),
  };
});

type Row = (typeof people)[number];
interface Variant {
  name: string;
  setup?: string;
  insert?: (tx: DbOrTx, accountId: string, importId: string, rows: Row[], now: Date) => Promise<void>;
}
const variants: Variant[] = [
  { name: 'as imported' },
  {
    name: 'without computing the search document',
    insert: (tx, accountId, importId, rows, now) =>
      bulkInsert(tx, peopleTable, rows, {
        shared: { accountId, sourceKind: 'import', sourceImportId: importId, createdAt: now, updatedAt: now },
      }),
  },
  { name: 'no search-document GIN index', setup: 'drop index people_search_idx' },
  { name: 'no name-trigram GIN index', setup: 'drop index people_name_trgm_idx' },
  {
    name: 'no GIN index (search, trigram, tags, emails)',
    setup:
      'drop index people_search_idx; drop index people_name_trgm_idx; drop index people_tags_idx; drop index people_emails_idx',
  },
  {
    // The pending lists merged once, at the end (timed: every variant ends by merging its lists).
    name: 'GIN pending lists of 64 MB (merged once, at the end)',
    setup:
      'alter index people_search_idx set (gin_pending_list_limit = 65536); alter index people_name_trgm_idx set (gin_pending_list_limit = 65536); alter index people_tags_idx set (gin_pending_list_limit = 65536); alter index people_emails_idx set (gin_pending_list_limit = 65536)',
  },
  {
    name: 'GIN indexes without fastupdate',
    setup:
      'alter index people_search_idx set (fastupdate = off); alter index people_name_trgm_idx set (fastupdate = off); alter index people_tags_idx set (fastupdate = off); alter index people_emails_idx set (fastupdate = off)',
  },
];

/** LEVERS=a,b: only the variants whose name contains one of these (the first, "as imported", always). */
const only = process.env.LEVERS?.split(',');
const chosen = variants.filter((v, i) => i === 0 || !only || only.some((w) => v.name.includes(w)));

async function run(v: Variant): Promise<{ wall: number; cpu: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'linchpin-levers-'));
  try {
    const database = await openDatabase({ kind: 'pglite', dataDir: dir });
    const db = database.db;
    if (v.setup) await database.pglite!.exec(v.setup);
    const account = await createAccount(db, { email: 'l@example.com', password: 'bench-password' }, 'admin');
    const imp = await insertImport(db, {
      accountId: account.id,
      status: 'running',
      format: 'linkedin',
      fileName: 'c.csv',
      fileBytes: 1,
      total: ROWS,
      dryRun: false,
    });
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (let i = 0; i < people.length; i += BATCH) {
      await db.transaction(async (tx) => {
        await tx.execute(sql`set local synchronous_commit = off`);
        await (v.insert ?? insertPeopleWithIds)(
          tx,
          account.id,
          imp.id,
          people.slice(i, i + BATCH),
          new Date(),
        );
      });
    }
    // What is left in the GIN indexes' pending lists is merged by the end of an import either way.
    await database.pglite!.query(`select gin_clean_pending_list(indexrelid) from pg_index i
      join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam
      where i.indrelid = 'people'::regclass and a.amname = 'gin'`);
    const c = process.cpuUsage(c0);
    const r = { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
    await database.close();
    return r;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const results = new Map<string, { wall: number; cpu: number }[]>();
for (let round = 0; round < 2; round++) {
  for (const v of chosen) {
    const r = await run(v);
    results.set(v.name, [...(results.get(v.name) ?? []), r]);
    console.error(`${v.name}: ${r.wall.toFixed(0)} ms wall, ${r.cpu.toFixed(0)} ms CPU`);
  }
}
console.log(`load average: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
console.log(`| inserting ${ROWS} people in batches of ${BATCH} | wall (ms) | CPU (ms) |\n|---|---|---|`);
for (const [name, rs] of results)
  console.log(
    `| ${name} | ${rs.map((r) => r.wall.toFixed(0)).join(', ')} | ${rs.map((r) => r.cpu.toFixed(0)).join(', ')} |`,
  );
