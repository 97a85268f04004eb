// GET, PATCH and DELETE of one need by id: what the owner sees, that another account's need is a 404
// (and stays untouched), that a bad PATCH names the field, and that changes reach the person's search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { needInput, personInput } from '../../test/factories';

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

async function addNeed(overrides: Record<string, unknown> = {}) {
  const res = await t.call('POST', `/api/v1/people/${personId}/needs`, {
    token: me.token,
    body: needInput(overrides),
  });
  expectStatus(res, 201);
  return res.body;
}

const searchPeople = async (word: string): Promise<string[]> =>
  bodyOf(await t.call('GET', `/api/v1/people?q=${word}`, { token: me.token }), 200).items.map(
    (p: { id: string }) => p.id,
  );

describe('GET /api/v1/needs/{id}', () => {
  it('returns the need as it was created', async () => {
    const need = await addNeed({ text: 'A patent lawyer', neededBy: '2026-03-01' });
    const res = await t.call('GET', `/api/v1/needs/${need.id}`, { token: me.token });
    expectStatus(res, 200);
    expect(res.body).toEqual(need);
    expect(res.body).toMatchObject({
      personId,
      text: 'A patent lawyer',
      neededBy: '2026-03-01',
      status: 'open',
    });
  });

  it('answers 404 for a need of another account', async () => {
    const need = await addNeed();
    const res = await t.call('GET', `/api/v1/needs/${need.id}`, { token: other.token });
    expectStatus(res, 404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('PATCH /api/v1/needs/{id}', () => {
  it('changes only the fields sent, moves updatedAt and re-indexes the person for search', async () => {
    const need = await addNeed({ text: 'A bookkeeper', urgency: 'low' });
    t.clock.advance(60_000);
    const res = await t.call('PATCH', `/api/v1/needs/${need.id}`, {
      token: me.token,
      body: { text: 'A quizmaster', status: 'met' },
    });
    expectStatus(res, 200);
    expect(res.body).toEqual({
      ...need,
      text: 'A quizmaster',
      status: 'met',
      updatedAt: new Date(Date.parse(need.updatedAt) + 60_000).toISOString(),
    });
    expect((await t.call('GET', `/api/v1/needs/${need.id}`, { token: me.token })).body).toEqual(res.body);
    expect(await searchPeople('quizmaster')).toEqual([personId]);
    expect(await searchPeople('bookkeeper')).toEqual([]);
  });

  it('answers 404 for a need of another account and leaves it unchanged', async () => {
    const need = await addNeed({ text: 'A translator' });
    const res = await t.call('PATCH', `/api/v1/needs/${need.id}`, {
      token: other.token,
      body: { text: 'Hijacked' },
    });
    expectStatus(res, 404);
    expect((await t.call('GET', `/api/v1/needs/${need.id}`, { token: me.token })).body).toEqual(need);
  });

  it('refuses a bad value or an unknown field with 422 naming the field, changing nothing', async () => {
    const need = await addNeed();
    const bad = await t.call('PATCH', `/api/v1/needs/${need.id}`, {
      token: me.token,
      body: { urgency: 'yesterday' },
    });
    expectStatus(bad, 422);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.errors?.map((e: { field: string }) => e.field)).toEqual(['urgency']);
    const unknown = await t.call('PATCH', `/api/v1/needs/${need.id}`, {
      token: me.token,
      body: { personId: other.id },
    });
    expectStatus(unknown, 422);
    expect(unknown.body.errors?.map((e: { field: string }) => e.field)).toEqual(['personId']);
    expect((await t.call('GET', `/api/v1/needs/${need.id}`, { token: me.token })).body).toEqual(need);
  });
});

describe('DELETE /api/v1/needs/{id}', () => {
  it('removes the need: 204, then 404, gone from the list and from the person’s search', async () => {
    const need = await addNeed({ text: 'A glassblower' });
    expect(await searchPeople('glassblower')).toEqual([personId]);
    const res = await t.call('DELETE', `/api/v1/needs/${need.id}`, { token: me.token });
    expectStatus(res, 204);
    expect(res.body).toBe('');
    expect((await t.call('GET', `/api/v1/needs/${need.id}`, { token: me.token })).status).toBe(404);
    expect((await t.call('DELETE', `/api/v1/needs/${need.id}`, { token: me.token })).status).toBe(404);
    const list = await t.call('GET', `/api/v1/people/${personId}/needs`, { token: me.token });
    expectStatus(list, 200);
    expect(list.body.items.map((n: { id: string }) => n.id)).not.toContain(need.id);
    expect(await searchPeople('glassblower')).toEqual([]);
  });

  it('answers 404 for a need of another account and keeps it', async () => {
    const need = await addNeed();
    expect((await t.call('DELETE', `/api/v1/needs/${need.id}`, { token: other.token })).status).toBe(404);
    expect((await t.call('GET', `/api/v1/needs/${need.id}`, { token: me.token })).body).toEqual(need);
  });
});
