// Insights at scale (issue 12): one account with `--intros` (600) introductions spread over the last 12
// months in every state, each with its two consent requests and answers, outcomes and follow-up answers,
// and `--referrals` (5,000) referrals in three currencies; on the embedded database and, with `--pg URL`
// (or TEST_DATABASE_URL), on PostgreSQL. Measures the service time of `insights()` (what
// GET /api/v1/insights runs) in-process, 1 caller, split into the reads and the pure figures; next to it,
// in the same run, a one-query baseline (the account's time zone) so the machine's load can be read off.
// Seeds in bulk SQL. Removes its data afterwards.
// Run: npm run bench:insights [-- --intros 600 --referrals 5000 --calls 100 --pg postgres://…]
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/db/client';
import { analyzeAfterBulkWrite } from '../../src/db/maintenance';
import { accounts, introductions, people } from '../../src/db/schema';
import type { DatabaseTarget } from '../../src/db/types';
import { computeInsights } from '../../src/domain/insights/insights';
import type { IntroState, OutcomeKind } from '../../src/domain/introduction/types';
import * as repo from '../../src/insights/repository';
import { insights } from '../../src/insights/service';
import { peopleOf, seedPeople } from '../lib/people';
import { machine, percentile, round } from '../lib/stats';

const { values: args } = parseArgs({
  options: {
    intros: { type: 'string', default: '600' },
    referrals: { type: 'string', default: '5000' },
    calls: { type: 'string', default: '100' },
    pg: { type: 'string', default: process.env.TEST_DATABASE_URL ?? '' },
  },
});
const INTROS = Number(args.intros);
const REFERRALS = Number(args.referrals);
const CALLS = Number(args.calls);
const NOW = new Date();
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);

const person = peopleOf({
  first: ['Ada', 'Grace', 'Alan', 'Bruno', 'Chloé', 'Dmitri', 'Emeka', 'Fatima'],
  last: ['Lovelace', 'Hopper', 'Turing', 'García', 'Müller', 'Okafor', 'Nakamura'],
  companies: ['Globex', 'Initech', 'Umbrella', 'Hooli'],
  tags: ['founder', 'investor', 'lawyer', 'designer'],
  words: ['climate', 'fintech', 'hiring', 'fundraising'],
});

const STATES: IntroState[] = [
  'closed',
  'closed',
  'closed',
  'closed',
  'declined',
  'asking',
  'following_up',
  'expired',
];
const OUTCOMES: OutcomeKind[] = ['met_helpful', 'business_done', 'met_not_fit', 'no_show', 'not_met'];

async function seed(database: Database, email: string): Promise<string> {
  const t0 = performance.now();
  const { db } = database;
  const [account] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, email));
  const accountId = account!.id;
  const ids = (
    await db.select({ id: people.id }).from(people).where(eq(people.accountId, accountId)).orderBy(people.id)
  ).map((r) => r.id);
  const rows = Array.from({ length: INTROS }, (_, i) => {
    const state = STATES[i % STATES.length]!;
    const created = ago((i * 365) / INTROS + 3);
    const introduced = state === 'closed' || state === 'following_up';
    return {
      accountId,
      personAId: ids[(2 * i) % ids.length]!,
      personBId: ids[(2 * i + 1) % ids.length]!,
      kind: i % 3 ? ('seeker_provider' as const) : ('peers' as const),
      reason: 'They should meet.',
      askOrder: i % 4 ? ('sequential' as const) : ('parallel' as const),
      firstParty: 'a' as const,
      pitchA: 'A',
      pitchB: 'B',
      state,
      consentA: { status: 'yes' as const, at: created.toISOString(), channel: 'email_link' as const },
      consentB: { status: 'yes' as const, at: created.toISOString(), channel: 'email_link' as const },
      introducedAt: introduced ? new Date(created.getTime() + DAY) : null,
      followUpSentAt: introduced ? new Date(created.getTime() + 8 * DAY) : null,
      followUpAnswers: introduced
        ? {
            a: {
              answer: i % 2 ? ('met_helpful' as const) : ('met_not_fit' as const),
              at: created.toISOString(),
            },
          }
        : {},
      outcome:
        state === 'closed'
          ? {
              kind: OUTCOMES[i % OUTCOMES.length]!,
              value: null,
              noShowParty: null,
              note: '',
              at: created.toISOString(),
            }
          : null,
      createdAt: created,
      updatedAt: created,
    };
  });
  for (let i = 0; i < rows.length; i += 500) await db.insert(introductions).values(rows.slice(i, i + 500));
  await db.execute(sql`
    insert into introduction_events (account_id, introduction_id, type, from_state, to_state, party, actor, created_at)
    select account_id, id, 'requested', 'draft', 'asking', case when ask_order = 'parallel' then null else 'a' end,
           'connector', created_at + interval '1 hour'
    from introductions where account_id = ${accountId}
    union all
    select account_id, id, 'second_party_asked', 'asking', 'asking', 'b', 'system', created_at + interval '5 hours'
    from introductions where account_id = ${accountId} and ask_order = 'sequential'`);
  await db.execute(sql`
    insert into consent_log (account_id, introduction_id, person_id, party, answer, channel, recorded_by, created_at)
    select i.account_id, i.id, case when s.party = 'a' then i.person_a_id else i.person_b_id end, s.party,
           case when i.state = 'declined' and s.party = 'b' then 'no' else 'yes' end, 'email_link', 'person',
           i.created_at + (s.hours * interval '1 hour')
    from introductions i, (values ('a', 4), ('b', 30)) s(party, hours)
    where i.account_id = ${accountId} and i.state not in ('asking', 'expired')`);
  await db.execute(sql`
    insert into referrals (account_id, direction, status, estimated_value, closed_value, currency, date, about)
    select ${accountId}, case when g % 3 = 0 then 'received' else 'given' end,
           (array['open','won','lost'])[1 + g % 3], 100 + g % 900, case when g % 3 = 1 then 100 + g % 700 end,
           (array['EUR','USD','GBP'])[1 + g % 3], current_date - (g % 365), 'Referral ' || g
    from generate_series(1, ${REFERRALS}) g`);
  await analyzeAfterBulkWrite(db);
  console.error(
    `seeded ${INTROS} introductions, ${REFERRALS} referrals in ${round((performance.now() - t0) / 1000)} s`,
  );
  return accountId;
}

async function timed(calls: number, f: () => Promise<unknown>) {
  const latencies: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    await f();
    latencies.push(performance.now() - t0);
  }
  const sorted = latencies.sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)) };
}

async function run(name: string, target: DatabaseTarget) {
  const email = `insights-${randomBytes(3).toString('hex')}@example.com`;
  await seedPeople(target, Math.max(2, INTROS * 2), person, email);
  const database = await openDatabase(target);
  try {
    const { db } = database;
    const accountId = await seed(database, email);
    const query = {};
    await timed(10, () => insights(db, accountId, query, NOW)); // warm-up
    const whole = await timed(CALLS, () => insights(db, accountId, query, NOW));
    const baseline = await timed(CALLS, () => repo.accountTimeZone(db, accountId));
    // The parts, as the service runs them: the reads, and the pure figures over the rows read once.
    const start = ago(400);
    const intros = await repo.introductionRecords(db, accountId, start, NOW);
    const reads = await timed(Math.min(CALLS, 30), async () => {
      const rows = await repo.introductionRecords(db, accountId, start, NOW);
      await repo.askRecords(
        db,
        accountId,
        rows.map((r) => r.id),
        start,
        NOW,
      );
      await repo.consentAnswers(db, accountId, start);
      await repo.referralAggregates(db, accountId, '2000-01-01', '2100-01-01');
    });
    const asks = await repo.askRecords(
      db,
      accountId,
      intros.map((r) => r.id),
      start,
      NOW,
    );
    const answers = await repo.consentAnswers(db, accountId, start);
    const referrals = await repo.referralAggregates(db, accountId, '2000-01-01', '2100-01-01');
    const range = { from: ago(364).toISOString().slice(0, 10), to: NOW.toISOString().slice(0, 10) };
    const figures = await timed(CALLS, async () =>
      computeInsights({ range, timeZone: 'Europe/Berlin', now: NOW, intros, asks, answers, referrals }),
    );
    return {
      name,
      whole,
      baseline,
      reads,
      figures,
      rows: {
        intros: intros.length,
        asks: asks.length,
        answers: answers.length,
        referralGroups: referrals.length,
      },
    };
  } finally {
    await database.close();
  }
}

async function main() {
  const load = loadavg().map((n) => round(n, 2));
  const out = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'linchpin-insights-'));
  try {
    out.push(await run('embedded (PGlite)', { kind: 'pglite', dataDir }));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (args.pg) {
    const name = `linchpin_insights_${randomBytes(4).toString('hex')}`;
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

  console.log(`\n${INTROS} introductions, ${REFERRALS} referrals, ${CALLS} calls; ${machine()}`);
  console.log(
    `load average at the start: ${load.join(', ')}; at the end: ${loadavg()
      .map((n) => round(n, 2))
      .join(', ')}\n`,
  );
  console.log(
    '| database | GET /insights p50 ms | p95 ms | reads p50 ms | figures (pure) p50 ms | baseline: one query p50 ms | rows read |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const r of out)
    console.log(
      `| ${r.name} | ${r.whole.p50} | ${r.whole.p95} | ${r.reads.p50} | ${r.figures.p50} | ${r.baseline.p50} | ${r.rows.intros} introductions, ${r.rows.asks} requests, ${r.rows.answers} answers, ${r.rows.referralGroups} referral groups |`,
    );
}

await main();
