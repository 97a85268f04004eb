// An outcome that says the introduction answered its need can mark that need met in the same change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { addPerson, detail, post } from '../../test/introductions';

let t: TestApp;
let me: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
});
afterAll(async () => {
  await t.close();
});

/** An introduction made for a need of A's (or for none). */
async function introduced(withNeed: boolean) {
  const seeker = await addPerson(t, me, { name: 'Alice Seeker' });
  const need = withNeed
    ? bodyOf(
        await post(t, me, `/api/v1/people/${seeker.id}/needs`, { text: 'A bookkeeper for the bakery' }),
        201,
      )
    : null;
  const b = await addPerson(t, me, { name: 'Bob Provider' });
  const res = await post(t, me, '/api/v1/introductions', {
    personAId: seeker.id,
    personBId: b.id,
    kind: 'seeker_provider',
    reason: 'Alice needs what Bob does.',
    ...(need ? { needId: need.id } : {}),
  });
  expectStatus(res, 201);
  const path = `/api/v1/introductions/${res.body.id}` as const;
  await post(t, me, `${path}/request`);
  await post(t, me, `${path}/answers`, { personId: seeker.id, answer: 'yes' });
  await post(t, me, `${path}/answers`, { personId: b.id, answer: 'yes' });
  expect((await post(t, me, `${path}/introduce`)).status).toBe(200);
  return { id: res.body.id, path, need };
}

describe('outcomes that meet the need', () => {
  it('business done with markNeedMet closes the introduction and marks its need met, together', async () => {
    const { id, path, need } = await introduced(true);
    if (!need) throw new Error('introduced(true) made no need');
    const before = await detail(t, me, id);
    expect(before.need).toEqual({ id: need.id, text: 'A bookkeeper for the bakery', status: 'open' });
    expect(before.canMarkNeedMet).toEqual(['met_helpful', 'business_done']);

    const res = await post(t, me, `${path}/outcome`, {
      outcome: 'business_done',
      value: 1200,
      markNeedMet: true,
    });
    expectStatus(res, 200);
    expect(res.body.state).toBe('closed');
    expect(res.body.need?.status).toBe('met');
    expect(res.body.canMarkNeedMet).toEqual([]);
    const stored = await t.call('GET', `/api/v1/needs/${need.id}`, { token: me.token });
    expect(bodyOf(stored, 200).status).toBe('met');
  });

  it('without markNeedMet the need stays open, and the response says so', async () => {
    const { path } = await introduced(true);
    const res = await post(t, me, `${path}/outcome`, { outcome: 'met_helpful' });
    expectStatus(res, 200);
    expect(res.body.need?.status).toBe('open');
  });

  it('refuses markNeedMet for another outcome or an introduction with no need, changing nothing', async () => {
    const withNeed = await introduced(true);
    const wrong = await post(t, me, `${withNeed.path}/outcome`, {
      outcome: 'met_not_fit',
      markNeedMet: true,
    });
    expectStatus(wrong, 422);
    expect(wrong.body.errors?.[0]?.field).toBe('markNeedMet');
    const d = await detail(t, me, withNeed.id);
    expect(d.state).toBe('introduced');
    expect(d.need?.status).toBe('open');

    const without = await introduced(false);
    const none = await post(t, me, `${without.path}/outcome`, { outcome: 'met_helpful', markNeedMet: true });
    expect(none.status).toBe(422);
    expect((await detail(t, me, without.id)).state).toBe('introduced');
    expect((await detail(t, me, without.id)).canMarkNeedMet).toEqual([]);
  });
});
