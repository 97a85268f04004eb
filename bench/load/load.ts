// The load harness (issue 8): `--clients` concurrent clients (50) for `--seconds` (60) on a read/write mix
// against the real `linchpin serve` process with `--people` (30,000) people, on the embedded database and,
// with `--pg URL` (or TEST_DATABASE_URL), on PostgreSQL in the same run. Reports req/s, p50/p95/p99 per
// operation and overall, every 5xx, and the server's RSS (peak, from /proc). Loopback only; it seeds its
// own data in a temporary data directory or a temporary PostgreSQL database and removes it after.
// Run: npm run bench:load [-- --seconds 60 --clients 50 --people 30000 --pg postgres://… --no-baseline
// --no-embedded]
// The embedded database also runs once without its fair query queue (the baseline) unless --no-baseline.
import { parseArgs } from 'node:util';
import { machine, percentile, round } from '../lib/stats';
import { drive, embedded, type LoadTarget, postgres } from './mix';

const { values: args } = parseArgs({
  // `--no-baseline` turns the baseline run off.
  allowNegative: true,
  options: {
    seconds: { type: 'string', default: process.env.BENCH_SECONDS ?? '60' },
    clients: { type: 'string', default: process.env.BENCH_CLIENTS ?? '50' },
    people: { type: 'string', default: process.env.BENCH_PEOPLE ?? '30000' },
    intros: { type: 'string', default: '300' },
    pg: { type: 'string', default: process.env.TEST_DATABASE_URL ?? '' },
    port: { type: 'string', default: '4397' },
    /** Also run the embedded database without the fair query queue (src/db/fair-pglite.ts): the baseline. */
    baseline: { type: 'boolean', default: true },
    /** `--no-embedded`: PostgreSQL only (with --pg). */
    embedded: { type: 'boolean', default: true },
  },
});
const SECONDS = Number(args.seconds);
const CLIENTS = Number(args.clients);
const PEOPLE = Number(args.people);
const INTROS = Number(args.intros);
const PORT = Number(args.port);

function row(label: string, ms: number[], elapsed: number): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const rate = round((sorted.length / elapsed) * 1000);
  return `| ${label} | ${sorted.length} | ${rate} | ${round(percentile(sorted, 50))} | ${round(percentile(sorted, 95))} | ${round(percentile(sorted, 99))} | ${round(sorted.at(-1) ?? 0)} |`;
}

async function main() {
  const targets: LoadTarget[] = [];
  if (args.embedded) targets.push(await embedded(PEOPLE));
  if (args.embedded && args.baseline) targets.push(await embedded(PEOPLE, false));
  if (args.pg) targets.push(await postgres(args.pg, PEOPLE));
  else console.error('PostgreSQL skipped: give --pg URL (or set TEST_DATABASE_URL) to measure it too');
  const out: string[] = [
    `Machine: ${machine()}; ${new Date().toISOString()}; ${PEOPLE} people, ${CLIENTS} clients for ${SECONDS} s, load generator on the same machine`,
    '',
  ];
  try {
    for (const target of targets) {
      const result = await drive(target, { clients: CLIENTS, seconds: SECONDS, intros: INTROS, port: PORT });
      const all = [...result.byOp.values()].flat();
      const fiveXx = Object.entries(result.statuses)
        .filter(([s]) => Number(s) >= 500)
        .reduce((n, [, c]) => n + c, 0);
      out.push(
        `**${target.name}**: ${round((all.length / result.elapsed) * 1000)} operations/s, 5xx: ${fiveXx}, statuses ${JSON.stringify(result.statuses)}, server RSS peak ${Math.round(result.peakRss)} MB`,
        '',
        '| operation | count | per s | p50 ms | p95 ms | p99 ms | max ms |',
        '|---|---|---|---|---|---|---|',
        ...[...result.byOp.entries()].map(([name, ms]) => row(name, ms, result.elapsed)),
        row('**all**', all, result.elapsed),
        '',
      );
    }
  } finally {
    for (const t of targets) await t.cleanUp();
  }
  console.log(out.join('\n'));
}

await main();
