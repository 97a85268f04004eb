// GET, PATCH and DELETE of one offer by id: what the owner sees, that another account's offer is a 404
// (and stays untouched), that a bad PATCH names the field, and that changes reach the person's search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createUntypedTestApp as createTestApp,
  type TestAccount,
  type UntypedTestApp as TestApp,
} from '../../test/app';
import { offerInput, personInput } from '../../test/factories';

let t: TestApp;
let me: TestAccount;
let other: TestAccount;
let personId: string;

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
  other = await t.account();
  personId = (await t.call('POST', '/api/v1/people', { token: me.token, body: personInput() })).body.id;
});
afterAll(() => t.close());

async function addOffer(overrides: Record<string, unknown> = {}) {
  const res = await t.call('POST', `/api/v1/people/${personId}/offers`, {
    token: me.token,
    body: offerInput(overrides),
  });
  expect(res.status).toBe(201);
  return res.body;
}

const searchPeople = async (word: string): Promise<string[]> =>
  (await t.call('GET', `/api/v1/people?q=${word}`, { token: me.token })).body.items.map(
    (p: { id: string }) => p.id,
  );

describe('GET /api/v1/offers/{id}', () => {
  it('returns the offer as it was created', async () => {
    const offer = await addOffer({ text: 'Intros to angel investors', idealCounterpart: 'climate founders' });
    const res = await t.call('GET', `/api/v1/offers/${offer.id}`, { token: me.token });
    expect(res.status).toBe(200);
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
    expect(res.status).toBe(404);
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
    expect(res.status).toBe(200);
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
    expect(res.status).toBe(404);
    expect((await t.call('GET', `/api/v1/offers/${offer.id}`, { token: me.token })).body).toEqual(offer);
  });

  it('refuses a bad value or an unknown field with 422 naming the field, changing nothing', async () => {
    const offer = await addOffer();
    const bad = await t.call('PATCH', `/api/v1/offers/${offer.id}`, {
      token: me.token,
      body: { status: 'open' },
    });
    expect(bad.status).toBe(422);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['status']);
    const unknown = await t.call('PATCH', `/api/v1/offers/${offer.id}`, {
      token: me.token,
      body: { urgency: 'high' },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['urgency']);
    expect((await t.call('GET', `/api/v1/offers/${offer.id}`, { token: me.token })).body).toEqual(offer);
  });
});

describe('DELETE /api/v1/offers/{id}', () => {
  it('removes the offer: 204, then 404, gone from the list and from the person’s search', async () => {
    const offer = await addOffer({ text: 'Harpsichord tuning' });
    expect(await searchPeople('harpsichord')).toEqual([personId]);
    const res = await t.call('DELETE', `/api/v1/offers/${offer.id}`, { token: me.token });
    expect(res.status).toBe(204);
    expect(res.body).toBe('');
    expect((await t.call('GET', `/api/v1/offers/${offer.id}`, { token: me.token })).status).toBe(404);
    expect((await t.call('DELETE', `/api/v1/offers/${offer.id}`, { token: me.token })).status).toBe(404);
    const list = await t.call('GET', `/api/v1/people/${personId}/offers`, { token: me.token });
    expect(list.body.items.map((o: { id: string }) => o.id)).not.toContain(offer.id);
    expect(await searchPeople('harpsichord')).toEqual([]);
  });

  it('answers 404 for an offer of another account and keeps it', async () => {
    const offer = await addOffer();
    expect((await t.call('DELETE', `/api/v1/offers/${offer.id}`, { token: other.token })).status).toBe(404);
    expect((await t.call('GET', `/api/v1/offers/${offer.id}`, { token: me.token })).body).toEqual(offer);
  });
});
