import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { interactionInput, needInput, offerInput, personInput } from '../../test/factories';
import { allPeople } from '../../test/imports';
import { propose } from '../../test/introductions';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// Duplicates on purpose: added anyway, as a user would past the warning.
const make = (who: TestAccount, over: Record<string, unknown>) =>
  t
    .call('POST', '/api/v1/people', {
      token: who.token,
      body: { ...personInput(over), allowDuplicate: true },
    })
    .then((r) => bodyOf(r, 201));

describe('possible duplicates', () => {
  it('lists strong pairs first with their reasons, then name suggestions; dismissing hides a pair', async () => {
    const me = await t.account();
    const a = await make(me, {
      name: 'Ada Lovelace',
      emails: ['ada@x.example'],
      phones: [],
      company: 'Engines',
    });
    const b = await make(me, {
      name: 'Augusta Ada King',
      emails: ['ADA@x.example'],
      phones: [],
      company: '',
    });
    const c = await make(me, { name: 'Jonathan Smith', emails: [], phones: [], company: 'Acme Ltd' });
    const d = await make(me, { name: 'J. Smith', emails: [], phones: [], company: 'ACME' });
    await make(me, { name: 'Jane Smith', emails: [], phones: [], company: 'Other Co' });
    const res = await t.call('GET', '/api/v1/duplicates', { token: me.token });
    expectStatus(res, 200);
    expect(res.body.items.map((p) => [p.people.map((x) => x.id).sort(), p.reasons, p.strength])).toEqual([
      [[a.id, b.id].sort(), ['same email'], 'strong'],
      [[c.id, d.id].sort(), ['same surname and initial at the same company'], 'suggestion'],
    ]);
    const dismiss = await t.call('POST', '/api/v1/duplicates/dismiss', {
      token: me.token,
      body: { personIds: [d.id, c.id] },
    });
    expect(dismiss.status).toBe(204);
    const after = await t.call('GET', '/api/v1/duplicates', { token: me.token });
    expect(bodyOf(after, 200).items).toHaveLength(1);
    await t.call('POST', '/api/v1/duplicates/undismiss', {
      token: me.token,
      body: { personIds: [c.id, d.id] },
    });
    expect(bodyOf(await t.call('GET', '/api/v1/duplicates', { token: me.token }), 200).items).toHaveLength(2);
  });

  it("does not show other accounts' people, and 404s on them", async () => {
    const me = await t.account();
    const other = await t.account();
    const mine = await make(me, { name: 'Solo', emails: ['solo@x.example'] });
    const theirs = await make(other, { name: 'Solo', emails: ['solo@x.example'] });
    expect(bodyOf(await t.call('GET', '/api/v1/duplicates', { token: me.token }), 200).items).toEqual([]);
    const res = await t.call('POST', '/api/v1/duplicates/dismiss', {
      token: me.token,
      body: { personIds: [mine.id, theirs.id] },
    });
    expect(res.status).toBe(404);
  });
});

describe('merging two people', () => {
  it('moves needs, offers, interactions and introductions to the survivor in one go', async () => {
    const me = await t.account();
    const { a, b, intro } = await propose(t, me, {
      a: { name: 'Alice Seeker', emails: ['alice@x.example'] },
    });
    const dup = await make(me, {
      name: 'Alice S.',
      emails: ['alice@home.example'],
      phones: ['+44 20 7946 0001'],
      company: 'Other Corp',
      tags: ['climate'],
      caveats: [{ text: 'Talks a lot' }],
      blurb: '',
    });
    await t.call('POST', `/api/v1/people/${dup.id}/needs`, { token: me.token, body: needInput() });
    await t.call('POST', `/api/v1/people/${dup.id}/offers`, { token: me.token, body: offerInput() });
    await t.call('POST', `/api/v1/people/${dup.id}/interactions`, {
      token: me.token,
      body: interactionInput(),
    });
    const res = await t.call('POST', `/api/v1/people/${a.id}/merge`, {
      token: me.token,
      body: { otherId: dup.id },
    });
    expectStatus(res, 200);
    expect(res.body.person).toMatchObject({
      id: a.id,
      name: 'Alice Seeker',
      emails: ['alice@x.example', 'alice@home.example'],
    });
    expect(res.body.person.tags).toContain('climate');
    expect(res.body.person.caveats.map((c) => c.text)).toContain('Talks a lot');
    expect(res.body.moved).toMatchObject({ needs: 1, offers: 1, interactions: 1 });
    // The survivor's last contact now counts the interaction that came over with the other person.
    expect(res.body.person.keepInTouch.lastContactAt).toBe('2026-01-10T12:00:00.000Z');
    expect(res.body.conflicts).toEqual([
      { field: 'name', existing: 'Alice Seeker', incoming: 'Alice S.' },
      { field: 'company', existing: 'Acme Ltd', incoming: 'Other Corp' },
    ]);
    expect((await t.call('GET', `/api/v1/people/${dup.id}`, { token: me.token })).status).toBe(404);
    expect(
      bodyOf(await t.call('GET', `/api/v1/people/${a.id}/needs`, { token: me.token }), 200).items,
    ).toHaveLength(1);
    // The introduction still joins Alice (the survivor) and Bob.
    const detail = bodyOf(await t.call('GET', `/api/v1/introductions/${intro.id}`, { token: me.token }), 200);
    expect(JSON.stringify(detail)).toContain(a.id);
    expect(JSON.stringify(detail)).toContain(b.id);
    // A search for the moved need finds the survivor.
    const found = await t.call('GET', '/api/v1/people?q=climate', { token: me.token });
    expect(bodyOf(found, 200).items.map((p) => p.id)).toEqual([a.id]);
  });

  it('moves introductions of the other person to the survivor', async () => {
    const me = await t.account();
    const { a, intro } = await propose(t, me);
    const survivor = await make(me, { name: 'Alice Seeker (new)', emails: [] });
    const res = await t.call('POST', `/api/v1/people/${survivor.id}/merge`, {
      token: me.token,
      body: { otherId: a.id },
    });
    expectStatus(res, 200);
    expect(res.body.moved.introductions).toBe(1);
    const detail = bodyOf(await t.call('GET', `/api/v1/introductions/${intro.id}`, { token: me.token }), 200);
    expect(JSON.stringify(detail)).toContain(survivor.id);
    expect(JSON.stringify(detail)).not.toContain(a.id);
  });

  it("can keep the other person's value where both have one", async () => {
    const me = await t.account();
    const x = await make(me, { name: 'Kate Johnson', company: 'NASA', emails: [], blurb: 'Mathematician.' });
    const y = await make(me, { name: 'Katherine Johnson', company: 'Langley', emails: [], blurb: '' });
    const res = await t.call('POST', `/api/v1/people/${x.id}/merge`, {
      token: me.token,
      body: { otherId: y.id, keep: { name: 'other' } },
    });
    expectStatus(res, 200);
    expect(res.body.person).toMatchObject({ name: 'Katherine Johnson', company: 'NASA' });
    expect(res.body.conflicts).toEqual([{ field: 'company', existing: 'NASA', incoming: 'Langley' }]);
  });

  it('refuses to merge the two people of one introduction, a person with themselves, or unknown people', async () => {
    const me = await t.account();
    const { a, b } = await propose(t, me);
    const res = await t.call('POST', `/api/v1/people/${a.id}/merge`, {
      token: me.token,
      body: { otherId: b.id },
    });
    expectStatus(res, 409);
    expect(res.body.detail).toMatch(/cannot be merged/);
    expect((await allPeople(t, me)).length).toBe(2);
    expect(
      (await t.call('POST', `/api/v1/people/${a.id}/merge`, { token: me.token, body: { otherId: a.id } }))
        .status,
    ).toBe(422);
    const stranger = await t.account();
    const theirs = await make(stranger, { name: 'Stranger' });
    expect(
      (
        await t.call('POST', `/api/v1/people/${a.id}/merge`, {
          token: me.token,
          body: { otherId: theirs.id },
        })
      ).status,
    ).toBe(404);
  });
});
