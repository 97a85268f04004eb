// GET, PATCH and DELETE of one interaction by id: what the owner sees, that another account's interaction
// is a 404 (and stays untouched), that a bad PATCH names the field, and that DELETE removes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { interactionInput, personInput } from '../../test/factories';

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

async function addInteraction(overrides: Record<string, unknown> = {}) {
  const res = await t.call('POST', `/api/v1/people/${personId}/interactions`, {
    token: me.token,
    body: interactionInput(overrides),
  });
  expectStatus(res, 201);
  return res.body;
}

const listed = async (): Promise<string[]> =>
  bodyOf(await t.call('GET', `/api/v1/people/${personId}/interactions`, { token: me.token }), 200).items.map(
    (i: { id: string }) => i.id,
  );

describe('GET /api/v1/interactions/{id}', () => {
  it('returns the interaction as it was created', async () => {
    const made = await addInteraction({ type: 'met', occurredAt: '2026-01-05', note: 'Coffee' });
    const res = await t.call('GET', `/api/v1/interactions/${made.id}`, { token: me.token });
    expectStatus(res, 200);
    expect(res.body).toEqual(made);
    expect(res.body).toMatchObject({
      personId,
      type: 'met',
      direction: 'outbound',
      occurredAt: '2026-01-05T12:00:00.000Z',
      note: 'Coffee',
    });
  });

  it('answers 404 for an interaction of another account', async () => {
    const made = await addInteraction();
    const res = await t.call('GET', `/api/v1/interactions/${made.id}`, { token: other.token });
    expectStatus(res, 404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('PATCH /api/v1/interactions/{id}', () => {
  it('changes only the fields sent (a date is taken as noon UTC); an empty patch changes nothing', async () => {
    const made = await addInteraction({ type: 'call', occurredAt: '2026-01-10', note: 'About hiring' });
    const res = await t.call('PATCH', `/api/v1/interactions/${made.id}`, {
      token: me.token,
      body: { type: 'email', occurredAt: '2026-02-03' },
    });
    expectStatus(res, 200);
    expect(res.body).toEqual({ ...made, type: 'email', occurredAt: '2026-02-03T12:00:00.000Z' });
    const empty = await t.call('PATCH', `/api/v1/interactions/${made.id}`, { token: me.token, body: {} });
    expectStatus(empty, 200);
    expect(empty.body).toEqual(res.body);
    expect((await t.call('GET', `/api/v1/interactions/${made.id}`, { token: me.token })).body).toEqual(
      res.body,
    );
  });

  it('answers 404 for an interaction of another account and leaves it unchanged', async () => {
    const made = await addInteraction();
    for (const body of [{ note: 'Hijacked' }, {}]) {
      const res = await t.call('PATCH', `/api/v1/interactions/${made.id}`, { token: other.token, body });
      expectStatus(res, 404);
    }
    expect((await t.call('GET', `/api/v1/interactions/${made.id}`, { token: me.token })).body).toEqual(made);
  });

  it('refuses a bad value or an unknown field with 422 naming the field, changing nothing', async () => {
    const made = await addInteraction();
    const bad = await t.call('PATCH', `/api/v1/interactions/${made.id}`, {
      token: me.token,
      body: { occurredAt: 'last tuesday' },
    });
    expectStatus(bad, 422);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.errors?.map((e: { field: string }) => e.field)).toEqual(['occurredAt']);
    const badType = await t.call('PATCH', `/api/v1/interactions/${made.id}`, {
      token: me.token,
      body: { type: 'telepathy' },
    });
    expectStatus(badType, 422);
    expect(badType.body.errors?.map((e: { field: string }) => e.field)).toEqual(['type']);
    const unknown = await t.call('PATCH', `/api/v1/interactions/${made.id}`, {
      token: me.token,
      body: { createdAt: '2020-01-01T00:00:00Z' },
    });
    expectStatus(unknown, 422);
    expect(unknown.body.errors?.map((e: { field: string }) => e.field)).toEqual(['createdAt']);
    expect((await t.call('GET', `/api/v1/interactions/${made.id}`, { token: me.token })).body).toEqual(made);
  });
});

describe('DELETE /api/v1/interactions/{id}', () => {
  it('removes the interaction: 204, then 404 and gone from the list', async () => {
    const made = await addInteraction();
    expect(await listed()).toContain(made.id);
    const res = await t.call('DELETE', `/api/v1/interactions/${made.id}`, { token: me.token });
    expectStatus(res, 204);
    expect(res.body).toBe('');
    expect((await t.call('GET', `/api/v1/interactions/${made.id}`, { token: me.token })).status).toBe(404);
    expect((await t.call('DELETE', `/api/v1/interactions/${made.id}`, { token: me.token })).status).toBe(404);
    expect(await listed()).not.toContain(made.id);
  });

  it('answers 404 for an interaction of another account and keeps it', async () => {
    const made = await addInteraction();
    const res = await t.call('DELETE', `/api/v1/interactions/${made.id}`, { token: other.token });
    expectStatus(res, 404);
    expect((await t.call('GET', `/api/v1/interactions/${made.id}`, { token: me.token })).body).toEqual(made);
  });
});
