// The full-text baseline: the generated offers in a table with a GIN index on to_tsvector('english', text),
// loaded with one bulk insert (unnest), then one ts_rank query per need (any of its words, best 10), on
// embedded PGlite and, given --pg URL, on PostgreSQL (in a scratch database it creates and drops).
// Prints one JSON line for matching-scale.ts.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { percentile } from '../lib/stats';
import { generatePerson } from './network';
import { phraseVectors } from './phrases';

const { values } = parseArgs({
  options: {
    size: { type: 'string' },
    cache: { type: 'string' },
    pg: { type: 'string' },
    sample: { type: 'string', default: '200' },
  },
});
const people = Number(values.size);
const sample = Math.min(people, Number(values.sample));

interface Sql {
  query(text: string, params?: unknown[]): Promise<unknown>;
}

const SETUP = [
  'DROP TABLE IF EXISTS bench_offers',
  'CREATE TABLE bench_offers (id integer PRIMARY KEY, text text NOT NULL)',
];
const LOAD = 'INSERT INTO bench_offers (id, text) SELECT * FROM unnest($1::integer[], $2::text[])';
const INDEX = "CREATE INDEX bench_offers_fts ON bench_offers USING gin (to_tsvector('english', text))";
// any of the need's words (plainto_tsquery would ask for all of them and match almost nothing)
const QUERY = `SELECT id, ts_rank(to_tsvector('english', text), q) AS rank
  FROM bench_offers, (SELECT replace(plainto_tsquery('english', $1)::text, '&', '|')::tsquery AS q) AS query
  WHERE to_tsvector('english', text) @@ q ORDER BY rank DESC LIMIT 10`;

async function measure(sql: Sql, ids: number[], texts: string[], needs: string[]) {
  for (const s of SETUP) await sql.query(s);
  const l = performance.now();
  await sql.query(LOAD, [ids, texts]);
  const loadMs = performance.now() - l;
  const x = performance.now();
  await sql.query(INDEX);
  await sql.query('ANALYZE bench_offers');
  const indexMs = performance.now() - x;
  for (const n of needs.slice(0, 10)) await sql.query(QUERY, [n]); // warm-up
  const times: number[] = [];
  for (const n of needs) {
    const s = performance.now();
    await sql.query(QUERY, [n]);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  await sql.query('DROP TABLE bench_offers');
  return {
    loadMs: Math.round(loadMs),
    indexMs: Math.round(indexMs),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
  };
}

async function main() {
  const phrases = await phraseVectors(values.cache!);
  const ids: number[] = [];
  const texts: string[] = [];
  const needs: string[] = [];
  const every = Math.max(1, Math.floor(people / sample));
  for (let i = 0; i < people; i++) {
    const person = generatePerson(i, phrases);
    for (const o of person.offers) {
      ids.push(ids.length);
      texts.push(o.text);
    }
    if (i % every === 0 && needs.length < sample) needs.push(person.needs[0]!.text);
  }

  const lite = new PGlite();
  const pglite = await measure(lite, ids, texts, needs);
  await lite.close();

  let postgres: Awaited<ReturnType<typeof measure>> | null = null;
  if (values.pg) {
    const scratch = 'linchpin_bench_matching_scale';
    const admin = new pg.Client({ connectionString: values.pg });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
    await admin.query(`CREATE DATABASE ${scratch}`);
    const url = new URL(values.pg);
    url.pathname = `/${scratch}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      postgres = await measure(client, ids, texts, needs);
    } finally {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
      await admin.end();
    }
  }
  console.log(JSON.stringify({ people, offers: texts.length, needs: needs.length, pglite, postgres }));
}

await main();
