// Searching offers and needs across people: most shared tags first, filters, words, the person of each,
// and cursor pages that visit every match exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { needInput, offerInput, personInput } from '../../test/factories';

let t: TestApp;
let me: TestAccount;
const person: Record<string, { id: string; name: string }> = {};
const offer: Record<string, string> = {};

const get = <P extends string>(path: P) => t.call('GET', path, { token: me.token });
const addPerson = async (body: unknown) =>
  bodyOf(await t.call('POST', '/api/v1/people', { token: me.token, body }), 201);
const addOffer = async (personId: string, body: unknown) =>
  bodyOf(await t.call('POST', `/api/v1/people/${personId}/offers`, { token: me.token, body }), 201);
const addNeed = async (personId: string, body: unknown) =>
  bodyOf(await t.call('POST', `/api/v1/people/${personId}/needs`, { token: me.token, body }), 201);

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
  for (const name of ['Henry Ford', 'Ada Lovelace', 'Paul Percent']) {
    person[name] = await addPerson(personInput({ name, company: `${name} Co`, title: 'Boss' }));
  }
  const add = async (key: string, who: string, body: Record<string, unknown>) => {
    offer[key] = (await addOffer(person[who]!.id, offerInput(body))).id;
    t.clock.advance(1000);
  };
  await add('assembly', 'Henry Ford', { text: 'Assembly lines at scale', tags: ['manufacturing', 'scale'] });
  await add('cars', 'Henry Ford', { text: 'Cheap cars for staff', tags: ['manufacturing'] });
  await add('paused', 'Henry Ford', {
    text: 'Factory tours',
    tags: ['manufacturing', 'scale'],
    status: 'paused',
  });
  await add('engines', 'Ada Lovelace', { text: 'Analytical engine programs', tags: ['scale', 'maths'] });
  await add('percent', 'Paul Percent', { text: 'Discounts of 100% on_call advice', tags: ['advice'] });
  await addNeed(person['Ada Lovelace']!.id, needInput({ text: 'A mechanic', tags: ['manufacturing'] }));
  await addNeed(
    person['Paul Percent']!.id,
    needInput({ text: 'An investor', tags: ['fundraising'], status: 'met' }),
  );
});
afterAll(() => t.close());

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('GET /api/v1/offers', () => {
  it('ranks by tags shared with the request, then newest, and says who offers it', async () => {
    const res = await get('/api/v1/offers?tag=manufacturing&tag=scale&status=active');
    expectStatus(res, 200);
    expect(ids(res.body.items)).toEqual([offer.assembly, offer.engines, offer.cars]);
    expect(res.body.items.map((o) => o.sharedTags)).toEqual([2, 1, 1]);
    expect(res.body.items[0]).toMatchObject({
      text: 'Assembly lines at scale',
      status: 'active',
      personId: person['Henry Ford']!.id,
      person: { id: person['Henry Ford']!.id, name: 'Henry Ford', company: 'Henry Ford Co', title: 'Boss' },
    });
    expect(res.body.nextCursor).toBeNull();
  });

  it('filters by status (repeatable) and finds every word in the text, tags or the person’s name', async () => {
    const any = await get('/api/v1/offers?tag=scale&status=active&status=paused');
    expect(ids(bodyOf(any, 200).items).sort()).toEqual([offer.assembly, offer.paused, offer.engines].sort());
    expect(ids(bodyOf(await get('/api/v1/offers?q=ford%20CARS'), 200).items)).toEqual([offer.cars]);
    expect(ids(bodyOf(await get('/api/v1/offers?q=maths'), 200).items)).toEqual([offer.engines]);
    // LIKE wildcards typed by the user are plain characters.
    expect(ids(bodyOf(await get('/api/v1/offers?q=100%25'), 200).items)).toEqual([offer.percent]);
    expect(ids(bodyOf(await get('/api/v1/offers?q=on_call'), 200).items)).toEqual([offer.percent]);
    expect(bodyOf(await get('/api/v1/offers?q=%25'), 200).items).toHaveLength(1);
    expect(bodyOf(await get('/api/v1/offers?q=_'), 200).items).toHaveLength(1);
    expect(bodyOf(await get('/api/v1/offers?tag=nothing-like-it'), 200).items).toEqual([]);
  });

  it('walks every match exactly once in pages, with and without tags', async () => {
    for (const query of ['', 'tag=manufacturing&tag=scale&tag=advice&']) {
      const seen: string[] = [];
      let cursor = '';
      for (let i = 0; i < 10; i++) {
        const res = await get(`/api/v1/offers?${query}limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expectStatus(res, 200);
        seen.push(...ids(res.body.items));
        if (!res.body.nextCursor) break;
        cursor = res.body.nextCursor;
      }
      expect(seen.sort()).toEqual(Object.values(offer).sort());
    }
  });

  it('refuses a bad status, a forged cursor and an over-long query with 400, naming the parameter', async () => {
    const bad = await get('/api/v1/offers?status=open');
    expectStatus(bad, 400);
    expect(bad.body.errors?.[0]?.field).toMatch(/^query\.status/);
    const forged = await get('/api/v1/offers?cursor=eyJ4IjoxfQ');
    expectStatus(forged, 400);
    expect(forged.body.errors?.[0]?.field).toBe('cursor');
    expect((await get(`/api/v1/offers?q=${'x'.repeat(201)}`)).status).toBe(400);
  });
});

describe('GET /api/v1/needs', () => {
  it('searches needs the same way, with the person of each', async () => {
    const open = await get('/api/v1/needs?status=open');
    expectStatus(open, 200);
    expect(open.body.items).toHaveLength(1);
    expect(open.body.items[0]).toMatchObject({
      text: 'A mechanic',
      person: { name: 'Ada Lovelace' },
    });
    const met = await get('/api/v1/needs?tag=fundraising&q=investor');
    expect(bodyOf(met, 200).items.map((n) => [n.status, n.person.name, n.sharedTags])).toEqual([
      ['met', 'Paul Percent', 1],
    ]);
  });
});
