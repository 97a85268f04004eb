// Today at scale (issue 10): `--people` (30,000) people with `--interactions` (300,000) interactions, a
// keep-in-touch cadence on 3% of them, 1,500 needs (a fifth with a needed-by date), `--intros` (600)
// introductions in every state with their consent answers (a quarter of them in the last 30 days, half of
// those acknowledged), on the embedded database and, with `--pg URL` (or TEST_DATABASE_URL), on PostgreSQL.
// Measures the service time of `agendaFor` (what GET /api/v1/agenda runs) in-process: p50/p95 for one
// client calling in a loop, then p95 with 8 and 50 concurrent callers. Seeds in bulk SQL (not through the
// state machine: the shapes of the rows are what the agenda reads). Removes its data afterwards.
// Run: npm run bench:agenda [-- --people 30000 --interactions 300000 --calls 200 --pg postgres://…]
// With `--baseline DIR` (a checkout of an earlier commit, its node_modules linked or installed) it also
// compares that checkout's `agendaFor` with this one on the same seeded data, alternating in rounds so
// both see the same machine: this process's CPU time per call (the embedded database runs in it) and wall
// p50/p95 at one client.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { agendaFor } from '../../src/agenda/service';
import { DEFAULT_TODAY_KEPT_SECONDS } from '../../src/config';
import { type Database, openDatabase } from '../../src/db/client';
import { analyzeAfterBulkWrite } from '../../src/db/maintenance';
import { accounts, type ConsentJson, introductions, people } from '../../src/db/schema';
import type { DatabaseTarget } from '../../src/db/types';
import { DEFAULT_TIMING } from '../../src/domain/introduction/timing';
import type { IntroState } from '../../src/domain/introduction/types';
import { BENCH_WORDS, peopleOf, seedPeople } from '../lib/people';
import { machine, percentile, round } from '../lib/stats';

const { values: args } = parseArgs({
  options: {
    people: { type: 'string', default: process.env.BENCH_PEOPLE ?? '30000' },
    interactions: { type: 'string', default: process.env.BENCH_INTERACTIONS ?? '300000' },
    intros: { type: 'string', default: '600' },
    calls: { type: 'string', default: '200' },
    pg: { type: 'string', default: process.env.TEST_DATABASE_URL ?? '' },
    baseline: { type: 'string', default: '' },
    rounds: { type: 'string', default: '20' },
  },
});
const PEOPLE = Number(args.people);
const INTERACTIONS = Number(args.interactions);
const INTROS = Math.min(Number(args.intros), Math.floor(PEOPLE / 2));
const CALLS = Number(args.calls);
const NOW = new Date();
const DAY = 86_400_000;

const person = peopleOf(BENCH_WORDS);

/** States of the seeded introductions, in proportion: mostly history, some open work of every kind. */
const STATES: [IntroState, number][] = [
  ['closed', 50],
  ['declined', 10],
  ['asking', 13],
  ['snoozed', 7],
  ['ready', 5],
  ['introduced', 7],
  ['following_up', 8],
];

/** The state whose share of the weights covers position `k`. */
function stateAt(k: number): IntroState {
  let left = k;
  for (const [state, w] of STATES) {
    if (left < w) return state;
    left -= w;
  }
  return 'closed';
}

const iso = (d: Date) => d.toISOString();
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
const yes = (days: number): ConsentJson => ({ status: 'yes', at: iso(ago(days)), channel: 'email_link' });

function consentsFor(state: IntroState, i: number): [ConsentJson, ConsentJson] {
  const d = (i % 100) + 1;
  switch (state) {
    case 'asking':
      return [
        yes(d + 3),
        { status: 'asked', askedAt: iso(ago(d)), remindedAt: i % 3 ? iso(ago(d - 0.5)) : null },
      ];
    case 'snoozed':
      return [
        yes(d + 3),
        {
          status: 'later',
          at: iso(ago(d)),
          channel: 'email_link',
          until: iso(new Date(NOW.getTime() + ((i % 20) - 10) * DAY)).slice(0, 10),
        },
      ];
    case 'declined':
      return [yes(d + 3), { status: 'no', at: iso(ago(d)), channel: 'email_link', withdrawn: false }];
    default:
      return [yes(d + 3), yes(d)];
  }
}

async function seedRest(database: Database, email: string): Promise<string> {
  const t0 = performance.now();
  const { db } = database;
  const [account] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, email));
  const accountId = account!.id;
  const perPerson = Math.max(1, Math.round(INTERACTIONS / PEOPLE));
  await db.execute(sql`
    insert into interactions (account_id, person_id, type, direction, occurred_at)
    select p.account_id, p.id, (array['met','call','email','message'])[1 + (g % 4)], 'mutual',
           now() - ((abs(hashtext(p.id::text || g::text)) % 400) * interval '1 day')
    from people p, generate_series(1, ${perPerson}) g
    where p.account_id = ${accountId}`);
  await db.execute(sql`
    update people set last_contact_at = x.m
    from (select person_id, max(occurred_at) m from interactions where account_id = ${accountId} group by person_id) x
    where people.id = x.person_id`);
  await db.execute(sql`
    update people set keep_in_touch_ideal_days = 90, keep_in_touch_max_days = 180
    where account_id = ${accountId} and abs(hashtext(id::text)) % 100 < 3`);
  await db.execute(sql`
    insert into needs (account_id, person_id, text, needed_by)
    select account_id, id, 'an introduction to someone in ' || company,
           case when n % 5 = 0 then (current_date + ((n % 150) - 30)::int) end
    from (select account_id, id, company, row_number() over (order by id) n from people where account_id = ${accountId}) p
    where n % 20 = 0`);
  const ids = (
    await db
      .select({ id: people.id })
      .from(people)
      .where(eq(people.accountId, accountId))
      .orderBy(people.id)
      .limit(INTROS * 2)
  ).map((r) => r.id);
  const weights = STATES.reduce((s, [, w]) => s + w, 0);
  const rows = Array.from({ length: INTROS }, (_, i) => {
    const state = stateAt((i * 37) % weights);
    const [consentA, consentB] = consentsFor(state, i);
    const introduced = ['introduced', 'following_up', 'closed'].includes(state);
    return {
      accountId,
      personAId: ids[2 * i]!,
      personBId: ids[2 * i + 1]!,
      kind: 'peers' as const,
      reason: 'They should meet.',
      askOrder: 'sequential' as const,
      firstParty: 'a' as const,
      pitchA: 'A',
      pitchB: 'B',
      state,
      consentA,
      consentB,
      introducedAt: introduced ? ago((i % 100) + 1) : null,
      followUpSentAt: state === 'following_up' || state === 'closed' ? ago(i % 90) : null,
      updatedAt: ago(i % 120),
      createdAt: ago((i % 120) + 5),
    };
  });
  for (let i = 0; i < rows.length; i += 500) await db.insert(introductions).values(rows.slice(i, i + 500));
  // Two answers per introduction past asking; a quarter of them in the last 30 days.
  await db.execute(sql`
    insert into consent_log (account_id, introduction_id, person_id, party, answer, channel, note, recorded_by, created_at)
    select i.account_id, i.id, case when s.party = 'a' then i.person_a_id else i.person_b_id end, s.party,
           case when i.state = 'declined' and s.party = 'b' then 'no' else 'yes' end, 'email_link',
           'Tuesdays are best', 'person', i.updated_at
    from introductions i, (values ('a'), ('b')) s(party)
    where i.account_id = ${accountId} and i.state <> 'asking'`);
  await db.execute(sql`
    insert into agenda_acknowledgements (account_id, item_key)
    select account_id, 'answer:consent:' || id::text from consent_log
    where account_id = ${accountId} and abs(hashtext(id::text)) % 2 = 0`);
  await analyzeAfterBulkWrite(db);
  console.error(
    `seeded interactions, needs, ${INTROS} introductions in ${round((performance.now() - t0) / 1000)} s`,
  );
  return accountId;
}

/** How a measured call reads Today. */
interface Mode {
  label: string;
  /** Passed as `keptMs`: 0 reads every time (the route before Today was kept). */
  keptMs: number;
  /** A small write before each call (untimed), so a kept Today is never used. */
  writeFirst?: boolean;
}

const EVERY_TIME: Mode = { label: 'read every time', keptMs: 0 };
const KEPT_MS = DEFAULT_TODAY_KEPT_SECONDS * 1000;
const KEPT: Mode = { label: 'kept, nothing written since (hit)', keptMs: KEPT_MS };
const AFTER_WRITE: Mode = {
  label: 'kept, a write before each call (miss)',
  keptMs: KEPT_MS,
  writeFirst: true,
};

async function measure(
  database: Database,
  accountId: string,
  clients: number,
  calls: number,
  read: typeof agendaFor = agendaFor,
  mode: Mode = EVERY_TIME,
) {
  const latencies: number[] = [];
  let next = 0;
  let items = 0;
  const [someone] = await database.db
    .select({ id: people.id })
    .from(people)
    .where(eq(people.accountId, accountId))
    .limit(1);
  const worker = async () => {
    while (next < calls) {
      next++;
      if (mode.writeFirst)
        await database.db
          .update(people)
          .set({ privateNotes: `touched ${next}` })
          .where(eq(people.id, someone!.id));
      const t0 = performance.now();
      const agenda = await read(database.db, accountId, NOW, { timing: DEFAULT_TIMING, keptMs: mode.keptMs });
      latencies.push(performance.now() - t0);
      items = agenda.items.length;
    }
  };
  const c0 = cpuMs();
  await Promise.all(Array.from({ length: clients }, worker));
  // With a write before each call this includes the write's CPU too.
  const cpu = round((cpuMs() - c0) / calls, 2);
  const sorted = latencies.sort((a, b) => a - b);
  return {
    clients,
    calls,
    items,
    cpu,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
  };
}

/** Each part of a request alone: the settings query, then each source's subquery with its items. */
async function profile(database: Database, accountId: string) {
  const { db } = database;
  const repo = await import('../../src/agenda/repository');
  const { TODAY_SOURCES } = await import('../../src/agenda/sources');
  const { localDate } = await import('../../src/domain/time/zoned');
  const settings = await repo.todaySettings(db, accountId);
  const q = {
    accountId,
    now: NOW,
    timeZone: settings.timeZone,
    today: localDate(NOW, settings.timeZone),
    timing: DEFAULT_TIMING,
    needDueDays: 7,
    answerSince: ago(30),
    tagCadences: settings.tagCadences,
  };
  const parts: [string, () => Promise<unknown>][] = [
    ['settings (zone, tag cadences)', () => repo.todaySettings(db, accountId)],
    ...TODAY_SOURCES.map((s): [string, () => Promise<unknown>] => [
      s.name,
      async () => s.items((await repo.readSources(db, q, [s])).get(s.name), q, db),
    ]),
  ];
  for (const [name, f] of parts) {
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) await f();
    console.error(`profile: ${name} ${round((performance.now() - t0) / 20, 2)} ms`);
  }
}

type AgendaFor = typeof agendaFor;

function hasAgendaFor(m: unknown): m is { agendaFor: AgendaFor } {
  return typeof m === 'object' && m !== null && 'agendaFor' in m && typeof m.agendaFor === 'function';
}

/** The baseline checkout's `agendaFor`, or null without `--baseline`. */
async function baselineAgendaFor(): Promise<AgendaFor | null> {
  if (!args.baseline) return null;
  const mod: unknown = await import(
    pathToFileURL(join(resolve(args.baseline), 'src/agenda/service.ts')).href
  );
  if (!hasAgendaFor(mod)) throw new Error(`${args.baseline}/src/agenda/service.ts exports no agendaFor`);
  return mod.agendaFor;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Before and after on the same data, alternating: each round calls the baseline 10 times, then this
 * code 10 times (the first round is warm-up). CPU is this process's, per call: on the embedded database
 * it is the whole cost of a request, whatever else the machine runs.
 */
async function compare(database: Database, accountId: string, before: AgendaFor) {
  const codes: [string, AgendaFor][] = [
    ['before (baseline)', before],
    ['after (this code)', agendaFor],
  ];
  const stats = codes.map(([code]) => ({ code, cpu: [] as number[], wall: [] as number[], items: 0 }));
  const rounds = Number(args.rounds);
  for (let round = 0; round <= rounds; round++) {
    for (const [k, [, f]] of codes.entries()) {
      const s = stats[k]!;
      const c0 = cpuMs();
      for (let i = 0; i < 10; i++) {
        const t0 = performance.now();
        s.items = (await f(database.db, accountId, NOW, { timing: DEFAULT_TIMING })).items.length;
        if (round > 0) s.wall.push(performance.now() - t0);
      }
      if (round > 0) s.cpu.push((cpuMs() - c0) / 10);
    }
  }
  return stats.map((s) => {
    const wall = s.wall.sort((a, b) => a - b);
    const cpu = s.cpu.sort((a, b) => a - b);
    return {
      code: s.code,
      calls: wall.length,
      items: s.items,
      cpu: round(percentile(cpu, 50), 2),
      p50: round(percentile(wall, 50)),
      p95: round(percentile(wall, 95)),
    };
  });
}

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

async function run(name: string, target: DatabaseTarget) {
  const email = `agenda-${randomBytes(3).toString('hex')}@example.com`;
  await seedPeople(target, PEOPLE, person, email);
  const database = await openDatabase(target);
  try {
    const accountId = await seedRest(database, email);
    await measure(database, accountId, 1, 20); // warm-up
    await measure(database, accountId, 1, 20, agendaFor, AFTER_WRITE); // and the write's statement
    if (process.env.BENCH_PROFILE) await profile(database, accountId);
    const before = await baselineAgendaFor();
    const load0 = loadavg();
    const comparison = before ? await compare(database, accountId, before) : [];
    const comparisonLoad = `${load0} → ${loadavg()}`;
    for (const c of comparison) console.error(`${name}: ${JSON.stringify(c)} (load ${comparisonLoad})`);
    const results = [];
    // With a baseline, each concurrency is measured for it and then for this code, back to back. Without
    // one, read-every-time is the baseline: each concurrency runs it and then Today kept, back to back.
    const codes: [string, AgendaFor, Mode][] = before
      ? [
          ['before', before, EVERY_TIME],
          ['after', agendaFor, EVERY_TIME],
        ]
      : [
          ['this code', agendaFor, EVERY_TIME],
          ['this code', agendaFor, KEPT],
        ];
    for (const clients of [1, 8, 50]) {
      // Each call preceded by a write: concurrent writers would only measure the write queue.
      const modes =
        clients === 1 && !before ? [...codes, ['this code', agendaFor, AFTER_WRITE] as const] : codes;
      for (const [code, read, mode] of modes) {
        // A failure at one concurrency (a pool timeout on a busy machine) is recorded, not fatal.
        const r = await measure(database, accountId, clients, Math.max(CALLS, clients * 4), read, mode).catch(
          (e: unknown) => ({
            clients,
            calls: 0,
            items: 0,
            cpu: Number.NaN,
            p50: Number.NaN,
            p95: Number.NaN,
            error: String(e),
          }),
        );
        const load = loadavg();
        console.error(`${name} (${code}, ${mode.label}): ${JSON.stringify(r)} load ${load}`);
        results.push({ code, mode: mode.label, load, ...r });
      }
    }
    return { name, results, comparison, comparisonLoad };
  } finally {
    await database.close();
  }
}

async function main() {
  const out = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'linchpin-agenda-'));
  try {
    out.push(await run('embedded (PGlite)', { kind: 'pglite', dataDir }));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (args.pg) {
    const name = `linchpin_agenda_${randomBytes(4).toString('hex')}`;
    const admin = async (q: string) => {
      const client = new pg.Client({ connectionString: args.pg });
      await client.connect();
      await client.query(q).finally(() => client.end());
    };
    await admin(`create database "${name}"`);
    const url = new URL(args.pg);
    url.pathname = `/${name}`;
    try {
      out.push(await run('PostgreSQL 15', { kind: 'postgres', url: url.toString() }));
    } finally {
      await admin(`drop database if exists "${name}" with (force)`);
    }
  } else console.error('PostgreSQL skipped: give --pg URL (or set TEST_DATABASE_URL) to measure it too');

  console.log(`\n${PEOPLE} people, ${INTERACTIONS} interactions, ${INTROS} introductions; ${machine()}`);
  console.log(`load average at the end: ${loadavg()}\n`);
  console.log(
    '| database | code | Today | clients | calls | items | CPU ms per call | p50 ms | p95 ms | load average after |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const { name, results } of out) {
    for (const r of results)
      console.log(
        `| ${name} | ${r.code} | ${r.mode} | ${r.clients} | ${r.calls} | ${r.items} | ${r.cpu} | ${r.p50} | ${r.p95} | ${r.load} |`,
      );
  }
  console.log('\n(On PostgreSQL nothing is kept: its "kept" rows read every time too.)');
  if (out.some((o) => o.comparison.length)) {
    console.log(
      `\nBefore and after, same data, alternating rounds of 10 calls (baseline: ${args.baseline}):\n`,
    );
    console.log(
      '| database | code | calls | items | CPU ms per call (this process) | p50 ms | p95 ms | load average |',
    );
    console.log('|---|---|---|---|---|---|---|---|');
    for (const { name, comparison, comparisonLoad } of out)
      for (const c of comparison)
        console.log(
          `| ${name} | ${c.code} | ${c.calls} | ${c.items} | ${c.cpu} | ${c.p50} | ${c.p95} | ${comparisonLoad} |`,
        );
  }
}

await main();
