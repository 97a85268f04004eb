// The charts against counts made by hand for a small account built step by step, in New York time.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { addPerson, post } from '../../test/introductions';
import { accounts, referrals } from '../db/schema';
import type { Insights } from '../domain/insights/insights';
import { Insights as InsightsSchema } from './schema';

let t: TestApp;
let me: TestAccount;
let ledger: TestAccount;
const HOUR = 3_600_000;

/** Proposes an introduction at the clock's time; answers and steps follow as the test moves the clock. */
async function proposed(
  kind: 'seeker_provider' | 'peers',
  order: 'sequential' | 'parallel',
  needTag?: string,
) {
  const a = await addPerson(t, me, { name: 'Ada Seeker' });
  const b = await addPerson(t, me, { name: 'Ben Provider' });
  const need = needTag
    ? bodyOf(await post(t, me, `/api/v1/people/${a.id}/needs`, { text: 'A recruiter', tags: [needTag] }), 201)
    : null;
  const res = await post(t, me, '/api/v1/introductions', {
    personAId: a.id,
    personBId: b.id,
    kind,
    reason: 'They should talk.',
    order,
    ...(need ? { needId: need.id } : {}),
  });
  expectStatus(res, 201);
  return { a, b, path: `/api/v1/introductions/${res.body.id}` };
}

async function step(path: string, body?: unknown) {
  const res = await post(t, me, path, body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

const get = (account: TestAccount, query: '' | `?${string}`) =>
  t.call('GET', `/api/v1/insights${query}`, { token: account.token });

/**
 * The figures as JSON. The route's type does not tell its 200 (JSON or CSV) from its problems, so the
 * body is read through the schema the route declares for it.
 */
async function insights(account: TestAccount, query: '' | `?${string}`): Promise<Insights> {
  return InsightsSchema.parse(bodyOf(await get(account, query), 200));
}

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
  ledger = await t.account();
  await t.database.db.update(accounts).set({ timeZone: 'America/New_York' }).where(eq(accounts.id, me.id));

  // 1. February, sequential, for a "hiring" need: A says yes after 2 h, B (then asked) after 6 h; made;
  //    business done.
  t.clock.set('2026-02-10T15:00:00Z');
  const one = await proposed('seeker_provider', 'sequential', 'hiring');
  await step(`${one.path}/request`);
  t.clock.advance(2 * HOUR);
  await step(`${one.path}/answers`, { personId: one.a.id, answer: 'yes' });
  t.clock.advance(6 * HOUR);
  await step(`${one.path}/answers`, { personId: one.b.id, answer: 'yes' });
  await step(`${one.path}/introduce`);
  t.clock.advance(24 * HOUR);
  await step(`${one.path}/outcome`, { outcome: 'met_helpful' });

  // 2. February, parallel: A yes after 4 h, B no after 10 h: declined.
  t.clock.set('2026-02-12T15:00:00Z');
  const two = await proposed('seeker_provider', 'parallel');
  await step(`${two.path}/request`);
  t.clock.advance(4 * HOUR);
  await step(`${two.path}/answers`, { personId: two.a.id, answer: 'yes' });
  t.clock.advance(6 * HOUR);
  await step(`${two.path}/answers`, { personId: two.b.id, answer: 'no' });

  // 3. 03:00 UTC on 1 March is still 28 February in New York: a draft, counted as not yet closed.
  t.clock.set('2026-03-01T03:00:00Z');
  await proposed('peers', 'sequential');

  // 4. March, peers: both say yes within the hour; made; followed up early; A says "met, not a fit".
  t.clock.set('2026-03-05T15:00:00Z');
  const four = await proposed('peers', 'sequential');
  await step(`${four.path}/request`);
  t.clock.advance(HOUR);
  await step(`${four.path}/answers`, { personId: four.a.id, answer: 'yes' });
  t.clock.advance(HOUR);
  await step(`${four.path}/answers`, { personId: four.b.id, answer: 'yes' });
  await step(`${four.path}/introduce`);
  t.clock.advance(24 * HOUR);
  await step(`${four.path}/follow-up`);
  await step(`${four.path}/follow-up-answers`, { personId: four.a.id, answer: 'met_not_fit' });

  // Referrals of another account, written as the ledger stores them.
  const ref = { accountId: ledger.id, about: 'Bookkeeping' } as const;
  await t.database.db.insert(referrals).values([
    { ...ref, direction: 'given', status: 'won', closedValue: 1000.5, currency: 'EUR', date: '2026-02-03' },
    { ...ref, direction: 'given', status: 'won', closedValue: 99.5, currency: 'EUR', date: '2026-02-27' },
    { ...ref, direction: 'given', status: 'open', estimatedValue: 500, currency: 'EUR', date: '2026-02-20' },
    { ...ref, direction: 'given', status: 'lost', estimatedValue: 70, currency: 'EUR', date: '2026-02-21' },
    { ...ref, direction: 'received', status: 'won', closedValue: 300, currency: 'JPY', date: '2026-03-01' },
    { ...ref, direction: 'received', status: 'open', date: '2026-03-02' },
    // Outside the range.
    { ...ref, direction: 'given', status: 'won', closedValue: 7, currency: 'EUR', date: '2026-04-01' },
  ]);
  t.clock.set('2026-03-20T12:00:00Z');
});
afterAll(async () => {
  await t.close();
});

describe('GET /api/v1/insights', () => {
  it('counts introductions per local month by how they stand, as counted by hand', async () => {
    const body = await insights(me, '?from=2026-02-01&to=2026-03-31');
    expect(body.months).toEqual(['2026-02', '2026-03']);
    expect(body.timeZone).toBe('America/New_York');
    const [feb, mar] = body.outcomes.rows;
    expect(feb).toEqual({
      month: '2026-02',
      counts: expect.objectContaining({ met_helpful: 1, declined: 1, open: 1, business_done: 0 }),
      total: 3,
    });
    expect(mar).toEqual({ month: '2026-03', counts: expect.objectContaining({ open: 1 }), total: 1 });
  });

  it('gives consent rate and median hours to answer per side', async () => {
    const body = await insights(me, '?from=2026-02-01&to=2026-03-31');
    expect(body.consent.rows).toEqual([
      // A of 1 (2 h) and A of 4 (1 h).
      { side: 'first', asked: 2, answered: 2, yes: 2, consentRate: 1, medianHoursToAnswer: 1.5 },
      // B of 1, asked when A said yes, answered 6 h later; B of 4, 1 h later.
      { side: 'second', asked: 2, answered: 2, yes: 2, consentRate: 1, medianHoursToAnswer: 3.5 },
      // Both of 2: 4 h and 10 h.
      { side: 'parallel', asked: 2, answered: 2, yes: 1, consentRate: 0.5, medianHoursToAnswer: 7 },
    ]);
  });

  it('gives the follow-up response rate, quality and the kinds of help that worked', async () => {
    const body = await insights(me, '?from=2026-02-01&to=2026-03-31');
    expect(body.followUps.rows).toEqual([
      { month: '2026-02', asked: 0, answered: 0, responseRate: null },
      { month: '2026-03', asked: 2, answered: 1, responseRate: 0.5 },
    ]);
    expect(body.quality.period).toEqual({ made: 2, judged: 2, helped: 1, helpedShare: 0.5 });
    expect(body.quality.thisYear).toEqual({ year: 2026, made: 2, judged: 2, helped: 1, helpedShare: 0.5 });
    expect(body.helpKinds.rows).toEqual([
      { dimension: 'kind', category: 'seeker_provider', judged: 1, helped: 1, helpedShare: 1 },
      { dimension: 'need_tag', category: 'hiring', judged: 1, helped: 1, helpedShare: 1 },
      { dimension: 'kind', category: 'peers', judged: 1, helped: 0, helpedShare: 0 },
    ]);
  });

  it('sums referral value per month and currency, and only the account’s own', async () => {
    const body = await insights(ledger, '?from=2026-02-01&to=2026-03-31');
    expect(body.referralValue.currencies).toEqual(['EUR', 'JPY']);
    expect(body.referralValue.rows).toEqual([
      {
        month: '2026-02',
        currency: 'EUR',
        givenCount: 4,
        givenWonValue: 1100,
        givenOpenValue: 500,
        receivedCount: 0,
        receivedWonValue: 0,
        receivedOpenValue: 0,
      },
      {
        month: '2026-03',
        currency: null,
        givenCount: 0,
        givenWonValue: 0,
        givenOpenValue: 0,
        receivedCount: 1,
        receivedWonValue: 0,
        receivedOpenValue: 0,
      },
      {
        month: '2026-03',
        currency: 'JPY',
        givenCount: 0,
        givenWonValue: 0,
        givenOpenValue: 0,
        receivedCount: 1,
        receivedWonValue: 300,
        receivedOpenValue: 0,
      },
    ]);
    expect(body.outcomes.rows.every((r) => r.total === 0)).toBe(true);
    const mine = await insights(me, '?from=2026-02-01&to=2026-03-31');
    expect(mine.referralValue.currencies).not.toContain('JPY');
  });

  it('defaults to the last twelve local months', async () => {
    const body = await insights(me, '');
    expect(body.from).toBe('2025-04-01');
    expect(body.to).toBe('2026-03-20');
    expect(body.months).toHaveLength(12);
    expect(body.quality.period.made).toBe(2);
  });

  it('answers CSV that parses back to the JSON numbers, whole or per chart', async () => {
    const json = await insights(me, '?from=2026-02-01&to=2026-03-31');
    const all = await get(me, '?from=2026-02-01&to=2026-03-31&format=csv');
    expect(all.status).toBe(200);
    expect(all.headers.get('content-type')).toContain('text/csv');
    const cells = String(all.body)
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(','));
    expect(cells[0]).toEqual(['section', 'row', 'column', 'value']);
    const value = (section: string, row: number, column: string) =>
      cells.find((c) => c[0] === section && c[1] === String(row) && c[2] === column)?.[3];
    expect(Number(value('outcomes', 1, 'total'))).toBe(json.outcomes.rows[0]?.total);
    expect(Number(value('consent', 3, 'medianHoursToAnswer'))).toBe(
      json.consent.rows[2]?.medianHoursToAnswer,
    );
    expect(Number(value('quality', 2, 'made'))).toBe(json.quality.rows[1]?.made);
    expect(value('help_kinds', 2, 'category')).toBe(json.helpKinds.rows[1]?.category);

    const one = await get(me, '?from=2026-02-01&to=2026-03-31&format=csv&chart=follow_ups');
    const lines = String(one.body).trimEnd().split('\r\n');
    expect(lines).toEqual(['month,asked,answered,responseRate', '2026-02,0,0,', '2026-03,2,1,0.5']);
    expect(one.headers.get('content-disposition')).toContain(
      'linchpin-insights-follow_ups-2026-02-01-2026-03-31.csv',
    );
  });

  it('refuses a bad from or to with 400 naming the field', async () => {
    const bad = await get(me, '?from=2026-13-01');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(bad.body)).toContain('from');
    const backwards = await t.call('GET', '/api/v1/insights?from=2026-03-01&to=2026-02-01', {
      token: me.token,
    });
    expectStatus(backwards, 400);
    expect(backwards.body.errors?.[0]?.field).toBe('from');
    const chart = await get(me, '?format=csv&chart=pie');
    expect(chart.status).toBe(400);
    expect(JSON.stringify(chart.body)).toContain('chart');
  });
});
