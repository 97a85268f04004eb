// Keep in touch through HTTP: last contact kept by every interaction write, strength and cadence state
// on every person response, per-tag cadences (own wins, tightest tag), the losing-touch view, and
// another account seeing none of it.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { personInput } from '../../test/factories';

let t: TestApp;
let me: TestAccount;
let other: TestAccount;

// After every person's creation (the database's clock), so the clocks run from logged contact.
const NOW = '2027-06-15T10:00:00.000Z';

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
  other = await t.account();
  t.clock.set(NOW);
});
afterAll(() => t.close());

const call = <M extends string, P extends string>(method: M, path: P, body?: unknown, token = me.token) =>
  t.call(method, path, { token, body });

async function person(overrides: Record<string, unknown> = {}) {
  const res = await call('POST', '/api/v1/people', personInput({ tags: [], ...overrides }));
  expectStatus(res, 201);
  return res.body.id;
}

async function contact(personId: string, occurredAt: string, type = 'call', direction = 'mutual') {
  const res = await call('POST', `/api/v1/people/${personId}/interactions`, { type, direction, occurredAt });
  expectStatus(res, 201);
  return res.body.id;
}

const get = async (id: string) => bodyOf(await call('GET', `/api/v1/people/${id}`), 200);

describe('last contact', () => {
  it('moves forward on a new interaction, and is recomputed when one is changed or deleted', async () => {
    const id = await person({ keepInTouch: { idealDays: 30, maxDays: 45 } });
    expect((await get(id)).keepInTouch.lastContactAt).toBeNull();
    const first = await contact(id, '2027-05-01');
    expect((await get(id)).keepInTouch.lastContactAt).toBe('2027-05-01T12:00:00.000Z');
    await contact(id, '2027-04-01');
    expect((await get(id)).keepInTouch.lastContactAt).toBe('2027-05-01T12:00:00.000Z');
    const latest = await contact(id, '2027-06-10');
    expect((await get(id)).keepInTouch.lastContactAt).toBe('2027-06-10T12:00:00.000Z');
    await call('PATCH', `/api/v1/interactions/${latest}`, { occurredAt: '2027-03-01' });
    expect((await get(id)).keepInTouch.lastContactAt).toBe('2027-05-01T12:00:00.000Z');
    await call('DELETE', `/api/v1/interactions/${first}`);
    expect((await get(id)).keepInTouch.lastContactAt).toBe('2027-04-01T12:00:00.000Z');
  });
});

describe('a person’s strength and keep-in-touch state', () => {
  it('shows due, then ok again once contact is logged today', async () => {
    const id = await person({ keepInTouch: { idealDays: 30, maxDays: 60 } });
    await contact(id, '2027-05-01', 'met');
    const before = await get(id);
    expect(before.keepInTouch).toMatchObject({
      idealDays: 30,
      maxDays: 60,
      source: 'own',
      tag: null,
      status: 'due',
      dueAt: '2027-05-31T00:00:00.000Z',
      overdueAt: '2027-07-01T00:00:00.000Z',
    });
    expect(before.strength).toBeGreaterThan(0);
    expect(before.strengthReasons).toContain('Met once in May');
    // "Contacted today": the interactions endpoint with no date takes now.
    const res = await call('POST', `/api/v1/people/${id}/interactions`, {
      type: 'call',
      direction: 'outbound',
    });
    expect(res.status).toBe(201);
    const after = await get(id);
    expect(after.keepInTouch.status).toBe('ok');
    expect(after.keepInTouch.lastContactAt).toBe(NOW);
    expect(after.keepInTouch.dueAt).toBe('2027-07-15T00:00:00.000Z');
    expect(after.strength).toBeGreaterThan(before.strength);
  });

  it('is on list pages too', async () => {
    const page = bodyOf(await call('GET', '/api/v1/people?limit=200'), 200);
    for (const p of page.items) {
      expect(Number.isInteger(p.strength)).toBe(true);
      expect(Array.isArray(p.strengthReasons)).toBe(true);
      expect(['none', 'ok', 'due', 'overdue']).toContain(p.keepInTouch.status);
    }
  });

  it('follows the account’s time zone for due dates', async () => {
    const tz = await t.account();
    await t.database.db.execute(sql`update accounts set time_zone = 'America/New_York' where id = ${tz.id}`);
    const res = await t.call('POST', '/api/v1/people', {
      token: tz.token,
      body: personInput({ tags: [], keepInTouch: { idealDays: 10, maxDays: 10 } }),
    });
    expectStatus(res, 201);
    await t.call('POST', `/api/v1/people/${res.body.id}/interactions`, {
      token: tz.token,
      body: { type: 'call', direction: 'outbound', occurredAt: '2027-06-01T02:00:00Z' },
    });
    const p = bodyOf(await t.call('GET', `/api/v1/people/${res.body.id}`, { token: tz.token }), 200);
    // 22:00 on 31 May in New York: due from the start of 10 June there (04:00 UTC, summer time).
    expect(p.keepInTouch.dueAt).toBe('2027-06-10T04:00:00.000Z');
  });
});

describe('tag cadences', () => {
  it('are set, listed and removed; a person’s own cadence wins, else their tightest tag', async () => {
    expect(
      (await call('PUT', '/api/v1/keep-in-touch/tags/clients', { idealDays: 30, maxDays: 45 })).status,
    ).toBe(200);
    const put = await call('PUT', '/api/v1/keep-in-touch/tags/Inner%20Circle', {
      idealDays: 14,
      maxDays: 21,
    });
    expect(bodyOf(put, 200)).toMatchObject({ tag: 'inner circle', idealDays: 14, maxDays: 21, people: 0 });
    const both = await person({ tags: ['clients', 'inner circle'] });
    const own = await person({ tags: ['inner circle'], keepInTouch: { idealDays: 90, maxDays: null } });
    const none = await person({ tags: ['friends'] });
    expect((await get(both)).keepInTouch).toMatchObject({
      source: 'tag',
      tag: 'inner circle',
      idealDays: 14,
    });
    expect((await get(own)).keepInTouch).toMatchObject({
      source: 'own',
      tag: null,
      idealDays: 90,
      maxDays: null,
    });
    expect((await get(none)).keepInTouch).toMatchObject({ source: null, status: 'none', dueAt: null });
    const list = bodyOf(await call('GET', '/api/v1/keep-in-touch/tags'), 200).items;
    expect(list.map((c) => c.tag)).toEqual(['inner circle', 'clients']);
    expect(list[0]?.people).toBe(2);
    expect((await call('DELETE', '/api/v1/keep-in-touch/tags/inner%20circle')).status).toBe(204);
    expect((await get(both)).keepInTouch).toMatchObject({ source: 'tag', tag: 'clients', idealDays: 30 });
    expect((await call('DELETE', '/api/v1/keep-in-touch/tags/inner%20circle')).status).toBe(404);
  });

  it('refuses an ideal interval longer than the maximum, naming the field', async () => {
    const res = await call('PUT', '/api/v1/keep-in-touch/tags/network', { idealDays: 120, maxDays: 90 });
    expectStatus(res, 422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors?.[0]).toMatchObject({ field: 'maxDays' });
    const zero = await call('PUT', '/api/v1/keep-in-touch/tags/network', { idealDays: 0, maxDays: 90 });
    expectStatus(zero, 422);
    expect(zero.body.errors?.[0]).toMatchObject({ field: 'idealDays' });
  });

  it('belong to one account', async () => {
    await call('PUT', '/api/v1/keep-in-touch/tags/mine', { idealDays: 5, maxDays: 6 });
    const theirs = bodyOf(await call('GET', '/api/v1/keep-in-touch/tags', undefined, other.token), 200).items;
    expect(theirs).toEqual([]);
    expect((await call('DELETE', '/api/v1/keep-in-touch/tags/mine', undefined, other.token)).status).toBe(
      404,
    );
  });
});

describe('losing touch', () => {
  it('lists people past their cadence, furthest past it first, with last contact (in calendar days) and strength', async () => {
    const acct = await t.account();
    const as = <M extends string, P extends string>(method: M, path: P, body?: unknown) =>
      t.call(method, path, { token: acct.token, body });
    const make = async (name: string, ideal: number, max: number, last: string) => {
      const p = bodyOf(
        await as(
          'POST',
          '/api/v1/people',
          personInput({ name, tags: [], keepInTouch: { idealDays: ideal, maxDays: max } }),
        ),
        201,
      ).id;
      await as('POST', `/api/v1/people/${p}/interactions`, {
        type: 'email',
        direction: 'outbound',
        occurredAt: last,
      });
      return p;
    };
    const slightly = await make('Slightly late', 10, 20, '2027-05-20'); // 26 days / 20
    const far = await make('Far gone', 10, 20, '2027-03-17'); // 90 days / 20
    await make('On track', 30, 60, '2027-06-01');
    const page = bodyOf(await as('GET', '/api/v1/keep-in-touch/losing-touch'), 200);
    expect(page.items.map((e) => e.person.id)).toEqual([far, slightly]);
    expect(page.items[0]).toMatchObject({
      status: 'overdue',
      lastContactAt: '2027-03-17T12:00:00.000Z',
      // Calendar days (2027-03-17 → 2027-06-15), as the person page and Today say, not whole 24-hour spans (89).
      daysSinceContact: 90,
      lapse: 4.5, // 89.9 days ÷ 20
    });
    expect(page.items[0]?.strength).toBeGreaterThanOrEqual(0);
    expect(page.nextCursor).toBeNull();
    const first = bodyOf(await as('GET', '/api/v1/keep-in-touch/losing-touch?limit=1'), 200);
    expect(first.items).toHaveLength(1);
    const second = bodyOf(
      await as('GET', `/api/v1/keep-in-touch/losing-touch?limit=1&cursor=${first.nextCursor}`),
      200,
    );
    expect(second.items[0]?.person.id).toBe(slightly);
    const intruder = bodyOf(
      await call('GET', '/api/v1/keep-in-touch/losing-touch', undefined, other.token),
      200,
    );
    expect(intruder.items).toEqual([]);
  });
});
