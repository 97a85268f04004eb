// GET, PATCH and DELETE of one need by id: what the owner sees, that another account's need is a 404
// (and stays untouched), that a bad PATCH names the field, and that changes reach the person's search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createUntypedTestApp as createTestApp,
  type TestAccount,
  type UntypedTestApp as TestApp,
} from '../../test/app';
import { needInput, personInput } from '../../test/factories';

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

async function addNeed(overrides: Record<string, unknown> = {}) {
  const res = await t.call('POST', `/api/v1/people/${personId}/needs`, {
    token: me.token,
    body: needInput(overrides),
  });
  expect(res.status).toBe(201);
  return res.body;
}

const searchPeople = async (word: string): Promise<string[]> =>
  (await t.call('GET', `/api/v1/people?q=${word}`, { token: me.token })).body.items.map(
    (p: { id: string }) => p.id,
  );

describe('GET /api/v1/needs/{id}', () => {
  it('returns the need as it was created', async () => {
    const need = await addNeed({ text: 'A patent lawyer', neededBy: '2026-03-01' });
    const res = await t.call('GET', `/api/v1/needs/${need.id}`, { token: me.token });
    expect(res.status).toBe(200);
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
    expect(res.status).toBe(404);
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
    expect(res.status).toBe(200);
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
    expect(res.status).toBe(404);
    expect((await t.call('GET', `/api/v1/needs/${need.id}`, { token: me.token })).body).toEqual(need);
  });

  it('refuses a bad value or an unknown field with 422 naming the field, changing nothing', async () => {
    const need = await addNeed();
    const bad = await t.call('PATCH', `/api/v1/needs/${need.id}`, {
      token: me.token,
      body: { urgency: 'yesterday' },
    });
    expect(bad.status).toBe(422);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['urgency']);
    const unknown = await t.call('PATCH', `/api/v1/needs/${need.id}`, {
      token: me.token,
      body: { personId: other.id },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['personId']);
    expect((await t.call('GET', `/api/v1/needs/${need.id}`, { token: me.token })).body).toEqual(need);
  });
});

describe('DELETE /api/v1/needs/{id}', () => {
  it('removes the need: 204, then 404, gone from the list and from the person’s search', async () => {
    const need = await addNeed({ text: 'A glassblower' });
    expect(await searchPeople('glassblower')).toEqual([personId]);
    const res = await t.call('DELETE', `/api/v1/needs/${need.id}`, { token: me.token });
    expect(res.status).toBe(204);
    expect(res.body).toBe('');
    expect((await t.call('GET', `/api/v1/needs/${need.id}`, { token: me.token })).status).toBe(404);
    expect((await t.call('DELETE', `/api/v1/needs/${need.id}`, { token: me.token })).status).toBe(404);
    const list = await t.call('GET', `/api/v1/people/${personId}/needs`, { token: me.token });
    expect(list.body.items.map((n: { id: string }) => n.id)).not.toContain(need.id);
    expect(await searchPeople('glassblower')).toEqual([]);
  });

  it('answers 404 for a need of another account and keeps it', async () => {
    const need = await addNeed();
    expect((await t.call('DELETE', `/api/v1/needs/${need.id}`, { token: other.token })).status).toBe(404);
    expect((await t.call('GET', `/api/v1/needs/${need.id}`, { token: me.token })).body).toEqual(need);
  });
});
