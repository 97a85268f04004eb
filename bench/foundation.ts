// Foundation benchmarks, through the real `linchpin serve` process over loopback HTTP:
//   1. cold start: spawn → first 200 on /healthz, with an existing 10k-person data directory
//   2. people search: p50/p95/p99 over a mix of realistic queries on 10k people
//   3. POST /api/v1/people throughput
// Run: npm run bench:foundation   (prints a Markdown table to paste into bench/README.md)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLoad } from './lib/load';
import { type PeopleWords, peopleOf, seedPeople } from './lib/people';
import { startServer } from './lib/server-process';
import { machine, percentile, round, summarize } from './lib/stats';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 10_000);
const PORT = Number(process.env.BENCH_PORT ?? 4399);
const WORDS_OF_PEOPLE: PeopleWords = {
  first: [
    'Ada',
    'Grace',
    'Alan',
    'Linus',
    'Margaret',
    'Tim',
    'Barbara',
    'Ken',
    'Frances',
    'Dennis',
    'Radia',
    'John',
  ],
  last: [
    'Lovelace',
    'Hopper',
    'Turing',
    'Torvalds',
    'Hamilton',
    'Berners-Lee',
    'Liskov',
    'Thompson',
    'Allen',
    'Ritchie',
    'Perlman',
    'McCarthy',
  ],
  companies: [
    'Acme',
    'Globex',
    'Initech',
    'Umbrella',
    'Hooli',
    'Vandelay',
    'Stark',
    'Wayne',
    'Tyrell',
    'Cyberdyne',
  ],
  tags: [
    'founder',
    'investor',
    'lawyer',
    'designer',
    'engineer',
    'recruiter',
    'marketer',
    'doctor',
    'journalist',
    'accountant',
  ],
  words: [
    'climate',
    'fintech',
    'hiring',
    'fundraising',
    'pricing',
    'design',
    'security',
    'growth',
    'health',
    'legal',
  ],
};
const person = peopleOf(WORDS_OF_PEOPLE);

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'linchpin-bench-'));
  try {
    const token = await seedPeople({ kind: 'pglite', dataDir }, PEOPLE, person, 'bench@example.com');
    const auth = { authorization: `Bearer ${token}` };

    const starts: number[] = [];
    for (let run = 0; run < 5; run++) {
      const server = await startServer(dataDir, PORT);
      starts.push(server.readyMs);
      await server.stop();
    }
    starts.sort((a, b) => a - b);

    const server = await startServer(dataDir, PORT);
    const queries = [
      'ada',
      'hopper',
      'globex',
      'climate',
      'fundraising lawyer',
      'investor',
      'torv',
      'security growth',
      'p42',
      'wayne',
    ];
    await runLoad(100, 4, (i) =>
      fetch(`${server.url}/api/v1/people?q=${encodeURIComponent(queries[i % queries.length]!)}`, {
        headers: auth,
      }),
    );
    const searchOne = await runLoad(500, 1, (i) =>
      fetch(`${server.url}/api/v1/people?q=${encodeURIComponent(queries[i % queries.length]!)}&limit=20`, {
        headers: auth,
      }),
    );
    const search = await runLoad(2000, 8, (i) =>
      fetch(`${server.url}/api/v1/people?q=${encodeURIComponent(queries[i % queries.length]!)}&limit=20`, {
        headers: auth,
      }),
    );
    const list = await runLoad(1000, 8, () =>
      fetch(`${server.url}/api/v1/people?limit=50&tag=lawyer`, { headers: auth }),
    );
    const create = await runLoad(2000, 8, (i) =>
      fetch(`${server.url}/api/v1/people`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({
          name: `Bench Person ${i}`,
          emails: [`b${i}@example.com`],
          tags: ['bench'],
          trust: 3,
        }),
      }),
    );
    await server.stop();

    const s1 = summarize(searchOne.latenciesMs, searchOne.elapsedMs);
    const s = summarize(search.latenciesMs, search.elapsedMs);
    const l = summarize(list.latenciesMs, list.elapsedMs);
    const c = summarize(create.latenciesMs, create.elapsedMs);
    console.log(
      `Machine: ${machine()}; ${new Date().toISOString().slice(0, 10)}; ${PEOPLE} people on embedded PGlite\n`,
    );
    console.log('| benchmark | result |');
    console.log('|---|---|');
    console.log(
      `| cold start to first 200 on /healthz (median of 5; min–max) | ${round(percentile(starts, 50))} ms (${round(starts[0]!)}–${round(starts.at(-1)!)} ms) |`,
    );
    console.log(
      `| search \`GET /people?q=\` (500 req, 1 client) | p50 ${s1.p50} ms, p95 ${s1.p95} ms, p99 ${s1.p99} ms, ${s1.perSecond} req/s |`,
    );
    console.log(
      `| search \`GET /people?q=\` (2000 req, 8 concurrent) | p50 ${s.p50} ms, p95 ${s.p95} ms, p99 ${s.p99} ms, ${s.perSecond} req/s; statuses ${JSON.stringify(search.statuses)} |`,
    );
    console.log(
      `| list by tag \`GET /people?tag=\` (1000 req, 8 concurrent) | p50 ${l.p50} ms, p95 ${l.p95} ms, ${l.perSecond} req/s; statuses ${JSON.stringify(list.statuses)} |`,
    );
    console.log(
      `| create \`POST /people\` (2000 req, 8 concurrent) | ${c.perSecond} req/s, p50 ${c.p50} ms, p95 ${c.p95} ms; statuses ${JSON.stringify(create.statuses)} |`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
