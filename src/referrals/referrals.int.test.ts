// The referral ledger through HTTP: CRUD with the contract's fields, validation naming the field, filters
// and paging, the referral an introduction closed with business done makes (once), a person's two
// histories and the "help back" list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { addPerson, post } from '../../test/introductions';
import { findIntroduction } from '../introductions/repository';
import { recordBusinessDone } from './service';

let t: TestApp;
let me: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
});
afterAll(async () => {
  await t.close();
});

const call = <M extends string, P extends string>(method: M, path: P, body?: unknown) =>
  t.call(method, path, { token: me.token, ...(body === undefined ? {} : { body }) });

const CONTRACT_FIELDS = [
  'about',
  'closedValue',
  'currency',
  'date',
  'direction',
  'estimatedValue',
  'fromPersonId',
  'id',
  'introductionId',
  'referrerId',
  'status',
  'toPersonId',
];

/** An introduction between a seeker (with a need) and a provider, sent, ready for an outcome. */
async function introduced(needText = 'A bookkeeper for the bakery') {
  const seeker = await addPerson(t, me, { name: 'Sam Seeker' });
  const provider = await addPerson(t, me, { name: 'Pat Provider' });
  const need = bodyOf(await post(t, me, `/api/v1/people/${seeker.id}/needs`, { text: needText }), 201);
  const res = await post(t, me, '/api/v1/introductions', {
    personAId: seeker.id,
    personBId: provider.id,
    kind: 'seeker_provider',
    reason: 'Sam needs what Pat does.',
    needId: need.id,
  });
  expectStatus(res, 201);
  const path = `/api/v1/introductions/${res.body.id}` as const;
  await post(t, me, `${path}/request`);
  await post(t, me, `${path}/answers`, { personId: seeker.id, answer: 'yes' });
  await post(t, me, `${path}/answers`, { personId: provider.id, answer: 'yes' });
  expect((await post(t, me, `${path}/introduce`)).status).toBe(200);
  return { id: res.body.id, path, seeker, provider, need };
}

describe('referrals CRUD', () => {
  it('creates, reads, changes and deletes a referral with exactly the contract fields', async () => {
    const referrer = await addPerson(t, me, { name: 'Rita Referrer' });
    const client = await addPerson(t, me, { name: 'Carl Client' });
    const created = await call('POST', '/api/v1/referrals', {
      direction: 'received',
      referrerId: referrer.id,
      fromPersonId: client.id,
      about: 'Bookkeeping for his shop',
      estimatedValue: 1500.5,
      currency: 'eur',
      date: '2026-01-10',
    });
    expectStatus(created, 201);
    expect(Object.keys(created.body).sort()).toEqual(CONTRACT_FIELDS);
    expect(created.body).toMatchObject({
      direction: 'received',
      referrerId: referrer.id,
      fromPersonId: client.id,
      toPersonId: null,
      introductionId: null,
      status: 'open',
      estimatedValue: 1500.5,
      closedValue: null,
      currency: 'EUR',
      date: '2026-01-10',
    });
    const path = `/api/v1/referrals/${created.body.id}` as const;
    expect((await call('GET', path)).body).toEqual(created.body);

    const won = await call('PATCH', path, { status: 'won', closedValue: 1800 });
    expectStatus(won, 200);
    expect(won.body).toMatchObject({ status: 'won', closedValue: 1800, estimatedValue: 1500.5 });

    expect((await call('DELETE', path)).status).toBe(204);
    expect((await call('GET', path)).status).toBe(404);
    expect((await call('DELETE', path)).status).toBe(404);
  });

  it('defaults the date to today in the account’s zone', async () => {
    const to = await addPerson(t, me);
    const res = await call('POST', '/api/v1/referrals', { direction: 'given', toPersonId: to.id });
    expectStatus(res, 201);
    expect(res.body.date).toBe(t.clock.now().toISOString().slice(0, 10));
  });

  it('refuses inconsistent referrals with problem+json naming the field', async () => {
    const a = await addPerson(t, me);
    const b = await addPerson(t, me);
    const cases: [Record<string, unknown>, string][] = [
      [{ direction: 'given', toPersonId: a.id, currency: 'XYZ' }, 'currency'],
      [{ direction: 'given', toPersonId: a.id, estimatedValue: -1, currency: 'EUR' }, 'estimatedValue'],
      [{ direction: 'given', toPersonId: a.id, estimatedValue: 1.234, currency: 'EUR' }, 'estimatedValue'],
      [{ direction: 'given', toPersonId: a.id, estimatedValue: 10 }, 'currency'],
      [{ direction: 'given', toPersonId: a.id, closedValue: 10, currency: 'EUR' }, 'closedValue'],
      [{ direction: 'given' }, 'toPersonId'],
      [{ direction: 'received', fromPersonId: a.id }, 'referrerId'],
      [{ direction: 'received', referrerId: a.id, toPersonId: b.id }, 'toPersonId'],
      [{ direction: 'given', fromPersonId: a.id, toPersonId: a.id }, 'toPersonId'],
      [{ direction: 'given', toPersonId: '00000000-0000-4000-8000-000000000001' }, 'toPersonId'],
      [
        { direction: 'given', toPersonId: a.id, introductionId: '00000000-0000-4000-8000-000000000001' },
        'introductionId',
      ],
      [{ direction: 'given', toPersonId: a.id, date: '2026-02-30' }, 'date'],
      [{ direction: 'sideways', toPersonId: a.id }, 'direction'],
      [{ direction: 'given', toPersonId: a.id, status: 'pending' }, 'status'],
    ];
    for (const [body, field] of cases) {
      const res = await call('POST', '/api/v1/referrals', body);
      expectStatus(res, 422, JSON.stringify(body));
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(
        res.body.errors?.map((e) => e.field),
        JSON.stringify(body),
      ).toContain(field);
    }
    const ok = bodyOf(await call('POST', '/api/v1/referrals', { direction: 'given', toPersonId: a.id }), 201);
    const change = await call('PATCH', `/api/v1/referrals/${ok.id}`, {
      closedValue: 5,
      currency: 'USD',
    });
    expectStatus(change, 422);
    expect(change.body.errors?.[0]?.field).toBe('closedValue');
    expect(bodyOf(await call('GET', `/api/v1/referrals/${ok.id}`), 200).closedValue).toBeNull();
  });

  it('filters by person, direction, status and dates, and pages newest first without gaps', async () => {
    const who = await addPerson(t, me, { name: 'Filter Person' });
    const other = await addPerson(t, me);
    const dates = ['2025-03-01', '2025-03-02', '2025-03-02', '2025-03-03', '2025-03-04'];
    const made: string[] = [];
    for (const [i, date] of dates.entries()) {
      const res = await call('POST', '/api/v1/referrals', {
        direction: i % 2 === 0 ? 'given' : 'received',
        ...(i % 2 === 0 ? { toPersonId: who.id } : { referrerId: who.id }),
        status: i === 4 ? 'lost' : 'open',
        date,
      });
      made.push(bodyOf(res, 201).id);
    }
    await call('POST', '/api/v1/referrals', { direction: 'given', toPersonId: other.id, date: '2025-03-02' });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q: `/api/v1/referrals?${string}` = `/api/v1/referrals?person=${who.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await call('GET', q);
      expectStatus(page, 200);
      seen.push(...page.body.items.map((r) => r.id));
      expect(page.body.people.map((p) => p.name)).toContain('Filter Person');
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual([...made].sort());

    const received = await call('GET', `/api/v1/referrals?person=${who.id}&direction=received`);
    expect(bodyOf(received, 200).items).toHaveLength(2);
    const lost = await call('GET', `/api/v1/referrals?person=${who.id}&status=lost`);
    expect(bodyOf(lost, 200).items.map((r) => r.id)).toEqual([made[4]]);
    const window = await call('GET', `/api/v1/referrals?person=${who.id}&from=2025-03-02&to=2025-03-03`);
    expect(bodyOf(window, 200).items.map((r) => r.date)).toEqual(['2025-03-03', '2025-03-02', '2025-03-02']);
    expect((await call('GET', '/api/v1/referrals?cursor=nonsense')).status).toBe(400);
  });
});

describe('business done makes a referral', () => {
  it('records one given referral from the seeker to the provider, about the need, won with the value', async () => {
    const { id, path, seeker, provider } = await introduced();
    const res = await post(t, me, `${path}/outcome`, { outcome: 'business_done', value: 1200 });
    expectStatus(res, 200);
    const list = await call('GET', `/api/v1/referrals?person=${seeker.id}`);
    expectStatus(list, 200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      direction: 'given',
      referrerId: null,
      fromPersonId: seeker.id,
      toPersonId: provider.id,
      introductionId: id,
      about: 'A bookkeeper for the bakery',
      status: 'won',
      closedValue: 1200,
      currency: 'EUR',
      date: t.clock.now().toISOString().slice(0, 10),
    });
    // A replay of the same close changes nothing and adds nothing.
    const again = await post(t, me, `${path}/outcome`, { outcome: 'business_done', value: 1200 });
    expect(again.status).toBe(409);
    expect(bodyOf(await call('GET', `/api/v1/referrals?person=${seeker.id}`), 200).items).toHaveLength(1);
    // And a referral by hand for the same introduction is refused, pointing at the one there is.
    const dup = await call('POST', '/api/v1/referrals', {
      direction: 'given',
      toPersonId: provider.id,
      introductionId: id,
    });
    expectStatus(dup, 409);
    expect(dup.body.referralId).toBe(list.body.items[0]?.id);
  });

  it('a retried write of the same close adds nothing: one referral per introduction', async () => {
    const { id, path, seeker } = await introduced();
    await post(t, me, `${path}/outcome`, { outcome: 'business_done', value: 10 });
    const row = await findIntroduction(t.deps.db, me.id, id);
    // What applyEvent does when a transaction is retried after the referral was written.
    await recordBusinessDone(t.deps.db, row!, 'again', 'USD', t.clock.now());
    const items = bodyOf(await call('GET', `/api/v1/referrals?person=${seeker.id}`), 200).items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      about: 'A bookkeeper for the bakery',
      currency: 'EUR',
      closedValue: 10,
    });
  });

  it('without a value it records no value and no currency; other outcomes record nothing', async () => {
    const done = await introduced();
    await post(t, me, `${done.path}/outcome`, { outcome: 'business_done' });
    const [ref] = bodyOf(await call('GET', `/api/v1/referrals?person=${done.seeker.id}`), 200).items;
    expect(ref).toMatchObject({ status: 'won', closedValue: null, currency: null });

    const helpful = await introduced();
    await post(t, me, `${helpful.path}/outcome`, { outcome: 'met_helpful' });
    expect(bodyOf(await call('GET', `/api/v1/referrals?person=${helpful.seeker.id}`), 200).items).toEqual([]);
  });
});

describe('a person’s referrals and help back', () => {
  it('shows what they sent my way and what I sent theirs, each with its own value per currency', async () => {
    const friend = await addPerson(t, me, { name: 'Frida Friend' });
    const client = await addPerson(t, me);
    const mk = (body: Record<string, unknown>) => call('POST', '/api/v1/referrals', body);
    await mk({
      direction: 'received',
      referrerId: friend.id,
      fromPersonId: client.id,
      status: 'won',
      closedValue: 100,
      currency: 'EUR',
      date: '2026-01-01',
    });
    await mk({
      direction: 'received',
      referrerId: friend.id,
      status: 'won',
      closedValue: 50.25,
      currency: 'EUR',
      date: '2026-01-02',
    });
    await mk({
      direction: 'given',
      toPersonId: friend.id,
      fromPersonId: client.id,
      estimatedValue: 70,
      currency: 'USD',
      date: '2026-01-03',
    });
    const res = await call('GET', `/api/v1/people/${friend.id}/referrals`);
    expectStatus(res, 200);
    expect(res.body.sentMyWay.map((r) => r.date)).toEqual(['2026-01-02', '2026-01-01']);
    expect(res.body.sentTheirWay).toHaveLength(1);
    expect(res.body.sentMyWayValue).toEqual([{ currency: 'EUR', won: 150.25, open: 0 }]);
    expect(res.body.sentTheirWayValue).toEqual([{ currency: 'USD', won: 0, open: 70 }]);
    expect(res.body).not.toHaveProperty('balance');
  });

  it('lists who helped recently, newest help first, with their open needs, and not help older than the window', async () => {
    const fresh = await t.account();
    const as = <M extends string, P extends string>(method: M, path: P, body?: unknown) =>
      t.call(method, path, { token: fresh.token, ...(body === undefined ? {} : { body }) });
    const person = async (name: string) =>
      bodyOf(
        await as('POST', '/api/v1/people', { name, emails: [`${name.split(' ')[0]}@example.com`] }),
        201,
      );
    const helper = await person('Hana Helper');
    const old = await person('Olga Old');
    const needy = await person('Nick Needy');
    await as('POST', `/api/v1/people/${helper.id}/needs`, { text: 'A designer for her new shop' });
    const today = t.clock.now().toISOString().slice(0, 10);
    await as('POST', '/api/v1/referrals', {
      direction: 'received',
      referrerId: helper.id,
      about: 'Sent me a client',
      date: today,
    });
    await as('POST', '/api/v1/referrals', { direction: 'received', referrerId: old.id, date: '2020-01-01' });
    // An introduction made helpful by its provider.
    const intro = await as('POST', '/api/v1/introductions', {
      personAId: needy.id,
      personBId: helper.id,
      kind: 'seeker_provider',
      reason: 'Nick needs a hand',
    });
    const path = `/api/v1/introductions/${bodyOf(intro, 201).id}` as const;
    await as('POST', `${path}/request`);
    await as('POST', `${path}/answers`, { personId: needy.id, answer: 'yes' });
    await as('POST', `${path}/answers`, { personId: helper.id, answer: 'yes' });
    await as('POST', `${path}/introduce`);
    await as('POST', `${path}/outcome`, { outcome: 'met_helpful' });

    const res = await as('GET', '/api/v1/referrals/help-back');
    expectStatus(res, 200);
    expect(res.body.days).toBe(90);
    expect(res.body.items.map((i) => i.person.name)).toEqual(['Hana Helper']);
    const [entry] = res.body.items;
    expect(entry?.helped.map((h) => h.kind).sort()).toEqual(['introduction', 'referral']);
    expect(entry?.openNeeds.map((n) => n.text)).toEqual(['A designer for her new shop']);
    const wide = await as('GET', '/api/v1/referrals/help-back?days=3650');
    expect(bodyOf(wide, 200).items.map((i) => i.person.name)).toContain('Olga Old');
    expect((await as('GET', '/api/v1/referrals/help-back?days=0')).status).toBe(400);
  });
});
