// keepInTouchEntries does its filtering in SQL; the domain's cadence rules decide. This proves the SQL
// finds exactly the people the domain says are due, overdue or ok, for own and tag cadences, with and
// without contact, in a zone with DST, on days either side of a clock change.
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { personInput } from '../../test/factories';
import type { KeepInTouchStatus } from '../domain/relationship/cadence';
import { dueRows, keepInTouchEntries } from './due';
import { keepInTouchView, relationshipContext } from './relationship';

let t: TestApp;
let me: TestAccount;
const TZ = 'Europe/Berlin';

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
  const call = <M extends string, P extends string>(method: M, path: P, body?: unknown) =>
    t.call(method, path, { token: me.token, body });
  await call('PUT', '/api/v1/keep-in-touch/tags/inner%20circle', { idealDays: 14, maxDays: 21 });
  await call('PUT', '/api/v1/keep-in-touch/tags/clients', { idealDays: 30, maxDays: 45 });
  await call('PUT', '/api/v1/keep-in-touch/tags/twins', { idealDays: 14, maxDays: 21 });
  const tagSets = [
    [],
    ['inner circle'],
    ['clients'],
    ['clients', 'inner circle'],
    ['twins', 'inner circle'],
    ['x'],
  ];
  const owns = [
    { idealDays: null, maxDays: null },
    { idealDays: 7, maxDays: 10 },
    { idealDays: 20, maxDays: null },
    { idealDays: null, maxDays: 3 },
  ];
  // Contacts spread over the 80 days before 20 April 2027, across Berlin's clock change on 28 March.
  const rnd = fc.sample(
    fc.record({
      tags: fc.constantFrom(...tagSets),
      own: fc.constantFrom(...owns),
      minutesAgo: fc.option(fc.integer({ min: 0, max: 80 * 24 * 60 }), { nil: null, freq: 6 }),
    }),
    { numRuns: 120, seed: 42 },
  );
  const base = Date.UTC(2027, 3, 20, 12);
  for (const [i, r] of rnd.entries()) {
    const id = bodyOf(
      await call('POST', '/api/v1/people', personInput({ name: `P${i}`, tags: r.tags, keepInTouch: r.own })),
      201,
    ).id;
    if (r.minutesAgo !== null) {
      await call('POST', `/api/v1/people/${id}/interactions`, {
        type: 'call',
        direction: 'outbound',
        occurredAt: new Date(base - r.minutesAgo * 60_000).toISOString(),
      });
    }
  }
  await t.database.db.execute(
    // Berlin for the whole account (the time zone column is the settings engineer's to expose).
    sql`update accounts set time_zone = ${TZ} where id = ${me.id}`,
  );
}, 120_000);
afterAll(() => t.close());

async function domainStatuses(now: Date): Promise<Map<string, KeepInTouchStatus>> {
  const db = t.database.db;
  const ctx = await relationshipContext(db, me.id);
  const page = await t.call('GET', '/api/v1/people?limit=200', { token: me.token });
  expectStatus(page, 200);
  const out = new Map<string, KeepInTouchStatus>();
  for (const p of page.body.items) {
    const row = {
      id: p.id as string,
      tags: p.tags as string[],
      keepInTouchIdealDays: p.keepInTouch.source === 'own' ? p.keepInTouch.idealDays : null,
      keepInTouchMaxDays: p.keepInTouch.source === 'own' ? p.keepInTouch.maxDays : null,
      lastContactAt: p.keepInTouch.lastContactAt ? new Date(p.keepInTouch.lastContactAt) : null,
      createdAt: new Date(p.createdAt),
    };
    out.set(p.id, keepInTouchView(row, ctx, now).status);
  }
  return out;
}

describe('keepInTouchEntries', () => {
  it('returns exactly whom the domain rules say, in every status, on days around a clock change', async () => {
    for (const iso of [
      '2027-03-27T22:30:00Z',
      '2027-03-28T21:59:00Z',
      '2027-04-10T12:00:00Z',
      '2027-05-01T00:00:00Z',
    ]) {
      const now = new Date(iso);
      const expected = await domainStatuses(now);
      for (const statuses of [
        ['due'],
        ['overdue'],
        ['ok'],
        ['due', 'overdue'],
        ['ok', 'due', 'overdue'],
      ] as const) {
        const got = await keepInTouchEntries(t.database.db, me.id, now, TZ, statuses);
        const want = [...expected]
          .filter(([, s]) => (statuses as readonly string[]).includes(s))
          .map(([id]) => id);
        expect(got.map((e) => e.person.id).sort(), `${iso} ${statuses.join('+')}`).toEqual(want.sort());
        for (const e of got) expect(e.status).toBe(expected.get(e.person.id));
        const dues = got.map((e) => e.dueAt.getTime());
        expect(dues).toEqual([...dues].sort((a, b) => a - b));
      }
    }
  });

  it('names the tightest tag, alphabetically first when two tags have the same cadence', async () => {
    const all = await keepInTouchEntries(t.database.db, me.id, new Date('2027-05-01T00:00:00Z'), TZ, [
      'ok',
      'due',
      'overdue',
    ]);
    const tags = new Set(all.filter((e) => e.source === 'tag').map((e) => e.tag));
    expect(tags.has('twins')).toBe(false);
    expect(tags.has('inner circle')).toBe(true);
  });

  it('limits and orders by how far past the cadence people are', async () => {
    const now = new Date('2027-05-01T00:00:00Z');
    const top = await dueRows(t.database.db, me.id, now, TZ, { order: 'lapse', limit: 5 });
    expect(top).toHaveLength(5);
    const lapses = top.map((e) => e.lapse);
    expect(lapses).toEqual([...lapses].sort((a, b) => b - a));
    const limited = await keepInTouchEntries(t.database.db, me.id, now, TZ, ['due', 'overdue'], 3);
    const all = await keepInTouchEntries(t.database.db, me.id, now, TZ);
    expect(limited).toEqual(all.slice(0, 3));
  });
});
