// GET, PATCH and DELETE of one offer by id: what the owner sees, that another account's offer is a 404
// (and stays untouched), that a bad PATCH names the field, and that changes reach the person's search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { offerInput, personInput } from '../../test/factories';

let t: TestApp;
let me: TestAccount;
let other: TestAccount;
let personId: string;

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
  other = await t.account();
  personId = bodyOf(await t.call('POST', '/api/v1/people', { token: me.token, body: personInput() }), 201).id;
});
afterAll(() => t.close());

async function addOffer(overrides: Record<string, unknown> = {}) {
  const res = await t.call('POST', `/api/v1/people/${personId}/offers`, {
    token: me.token,
    body: offerInput(overrides),
  });
  expectStatus(res, 201);
  return res.body;
}

const searchPeople = async (word: string): Promise<string[]> =>
  bodyOf(await t.call('GET', `/api/v1/people?q=${word}`, { token: me.token }), 200).items.map(
    (p: { id: string }) => p.id,
  );

describe('GET /api/v1/offers/{id}', () => {
  it('returns the offer as it was created', async () => {
    const offer = await addOffer({ text: 'Intros to angel investors', idealCounterpart: 'climate founders' });
    const res = await t.call('GET', `/api/v1/offers/${offer.id}`, { token: me.token });
    expectStatus(res, 200);
    expect(res.body).toEqual(offer);
    expect(res.body).toMatchObject({
      personId,
      text: 'Intros to angel investors',
      idealCounterpart: 'climate founders',
      status: 'active',
    });
  });

  it('answers 404 for an offer of another account', async () => {
    const offer = await addOffer();
    const res = await t.call('GET', `/api/v1/offers/${offer.id}`, { token: other.token });
    expectStatus(res, 404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('PATCH /api/v1/offers/{id}', () => {
  it('changes only the fields sent, moves updatedAt and re-indexes the person for search', async () => {
    const offer = await addOffer({ text: 'Pottery lessons', idealCounterpart: 'beginners' });
    t.clock.advance(60_000);
    const res = await t.call('PATCH', `/api/v1/offers/${offer.id}`, {
      token: me.token,
      body: { idealCounterpart: 'sommeliers', status: 'paused' },
    });
    expectStatus(res, 200);
    expect(res.body).toEqual({
      ...offer,
      idealCounterpart: 'sommeliers',
      status: 'paused',
      updatedAt: new Date(Date.parse(offer.updatedAt) + 60_000).toISOString(),
    });
    expect((await t.call('GET', `/api/v1/offers/${offer.id}`, { token: me.token })).body).toEqual(res.body);
    expect(await searchPeople('sommeliers')).toEqual([personId]);
    expect(await searchPeople('beginners')).toEqual([]);
  });

  it('answers 404 for an offer of another account and leaves it unchanged', async () => {
    const offer = await addOffer();
    const res = await t.call('PATCH', `/api/v1/offers/${offer.id}`, {
      token: other.token,
      body: { text: 'Hijacked' },
    });
    expectStatus(res, 404);
    expect((await t.call('GET', `/api/v1/offers/${offer.id}`, { token: me.token })).body).toEqual(offer);
  });

  it('refuses a bad value or an unknown field with 422 naming the field, changing nothing', async () => {
    const offer = await addOffer();
    const bad = await t.call('PATCH', `/api/v1/offers/${offer.id}`, {
      token: me.token,
      body: { status: 'open' },
    });
    expectStatus(bad, 422);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.errors?.map((e: { field: string }) => e.field)).toEqual(['status']);
    const unknown = await t.call('PATCH', `/api/v1/offers/${offer.id}`, {
      token: me.token,
      body: { urgency: 'high' },
    });
    expectStatus(unknown, 422);
    expect(unknown.body.errors?.map((e: { field: string }) => e.field)).toEqual(['urgency']);
    expect((await t.call('GET', `/api/v1/offers/${offer.id}`, { token: me.token })).body).toEqual(offer);
  });
});

describe('DELETE /api/v1/offers/{id}', () => {
  it('removes the offer: 204, then 404, gone from the list and from the person’s search', async () => {
    const offer = await addOffer({ text: 'Harpsichord tuning' });
    expect(await searchPeople('harpsichord')).toEqual([personId]);
    const res = await t.call('DELETE', `/api/v1/offers/${offer.id}`, { token: me.token });
    expectStatus(res, 204);
    expect(res.body).toBe('');
    expect((await t.call('GET', `/api/v1/offers/${offer.id}`, { token: me.token })).status).toBe(404);
    expect((await t.call('DELETE', `/api/v1/offers/${offer.id}`, { token: me.token })).status).toBe(404);
    const list = await t.call('GET', `/api/v1/people/${personId}/offers`, { token: me.token });
    expectStatus(list, 200);
    expect(list.body.items.map((o: { id: string }) => o.id)).not.toContain(offer.id);
    expect(await searchPeople('harpsichord')).toEqual([]);
  });

  it('answers 404 for an offer of another account and keeps it', async () => {
    const offer = await addOffer();
    expect((await t.call('DELETE', `/api/v1/offers/${offer.id}`, { token: other.token })).status).toBe(404);
    expect((await t.call('GET', `/api/v1/offers/${offer.id}`, { token: me.token })).body).toEqual(offer);
  });
});
