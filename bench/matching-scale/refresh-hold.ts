// How long one matching refresh pass holds the embedded database's only connection (its write transaction)
// and how long it spends scoring, on a copy of a data directory: marks every person of the first account
// changed (as an import does) and runs one pass. `node --import tsx bench/matching-scale/refresh-hold.ts DIR`
// (DIR is changed: run it on a copy). Results and machine: bench/README.md.
import type { Db } from '../../src/db/client';
import { openDatabase } from '../../src/db/client';
import { accounts, people } from '../../src/db/schema';
import { MatchNetwork } from '../../src/matching/network';
import { markPeopleChanged } from '../../src/matching/pending';
import { refreshPending } from '../../src/matching/refresh';
// Named for what it is: biome reads a `use…` call as a React hook.
import { useEmbedder as universalSentenceEncoder } from '../../src/matching/use-embedder';
import { systemClock } from '../../src/shared/clock';

const dir = process.argv[2];
if (!dir) throw new Error('usage: refresh-hold.ts DATA_DIR (a copy: it is changed)');

let scoringMs = 0;
let scored = 0;
const suggestFor = MatchNetwork.prototype.suggestFor;
MatchNetwork.prototype.suggestFor = function (
  this: MatchNetwork,
  ...args: Parameters<MatchNetwork['suggestFor']>
) {
  const t = performance.now();
  try {
    return suggestFor.apply(this, args);
  } finally {
    scoringMs += performance.now() - t;
    scored++;
  }
};

const database = await openDatabase({ kind: 'pglite', dataDir: dir });
const db: Db = database.db;
const [account] = await db.select().from(accounts);
if (!account) throw new Error('no account');
const ids = (await db.select({ id: people.id }).from(people)).map((r) => r.id);
await db.transaction((tx) => markPeopleChanged(tx, account.id, ids, new Date()));

const transaction = db.transaction.bind(db);
const held: number[] = [];
db.transaction = (async (...args: Parameters<Db['transaction']>) => {
  const t = performance.now();
  try {
    return await transaction(...args);
  } finally {
    held.push(performance.now() - t);
  }
}) as Db['transaction'];

const embedder = universalSentenceEncoder();
await embedder.embed(['load the model first']);
const t = performance.now();
const r = await refreshPending({ db, clock: systemClock, embedder }, { maxBatches: 1 });
console.log(
  `pass ${Math.round(performance.now() - t)} ms, ${r.processed} rows, ${r.embedded} embedded; ` +
    `scoring ${Math.round(scoringMs)} ms over ${scored} needs; ` +
    `longest transaction ${Math.round(Math.max(...held))} ms`,
);
await database.close();
process.exit(0);
