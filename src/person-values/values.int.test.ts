// What a person valued, through HTTP: counted from their consent answers, follow-up answers, the outcomes
// recorded and the contact that followed, grouped by the kind of help each introduction answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { addPerson, post } from '../../test/introductions';

let t: TestApp;
let me: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
});
afterAll(() => t.close());

/** An introduction of `provider` to a new seeker with a tagged need, asked of the provider first. */
async function asked(providerId: string, tag: string) {
  const seeker = await addPerson(t, me);
  const need = bodyOf(
    await post(t, me, `/api/v1/people/${seeker.id}/needs`, { text: `Help with ${tag}`, tags: [tag] }),
    201,
  );
  const intro = await post(t, me, '/api/v1/introductions', {
    personAId: seeker.id,
    personBId: providerId,
    kind: 'seeker_provider',
    reason: 'Please meet.',
    order: 'parallel',
    needId: need.id,
  });
  expectStatus(intro, 201);
  const path = `/api/v1/introductions/${intro.body.id}`;
  await post(t, me, `${path}/request`);
  return { path, seeker };
}

describe('GET /api/v1/people/{id}/values', () => {
  it('says what they said yes to per kind and whether it helped, with the counts behind each sentence', async () => {
    const provider = await addPerson(t, me, { name: 'Vala Values' });
    // Investors: yes, yes (introduced, helpful by their own word), later; vendors: no, withdrawn yes.
    const i1 = await asked(provider.id, 'investor');
    const i2 = await asked(provider.id, 'investor');
    const i3 = await asked(provider.id, 'investor');
    const v1 = await asked(provider.id, 'vendor');
    const v2 = await asked(provider.id, 'vendor');
    for (const i of [i1, i2]) {
      await post(t, me, `${i.path}/answers`, { personId: provider.id, answer: 'yes' });
      await post(t, me, `${i.path}/answers`, { personId: i.seeker.id, answer: 'yes' });
      expect((await post(t, me, `${i.path}/introduce`)).status).toBe(200);
      await post(t, me, `${i.path}/follow-up`, { early: true });
      await post(t, me, `${i.path}/follow-up-answers`, { personId: provider.id, answer: 'met_helpful' });
    }
    await post(t, me, `${i3.path}/answers`, { personId: provider.id, answer: 'later', until: '2026-06-01' });
    await post(t, me, `${v1.path}/answers`, { personId: provider.id, answer: 'no' });
    await post(t, me, `${v2.path}/answers`, { personId: provider.id, answer: 'yes' });
    await post(t, me, `${v2.path}/withdraw`, { personId: provider.id });
    // Contact that followed the introductions.
    t.clock.advanceDays(3);
    await post(t, me, `/api/v1/people/${provider.id}/interactions`, { type: 'call', direction: 'inbound' });

    const res = await t.call('GET', `/api/v1/people/${provider.id}/values`, { token: me.token });
    expectStatus(res, 200);
    expect(res.body.kinds).toEqual([
      {
        kind: 'investor',
        label: 'investor',
        asked: 3,
        yes: 2,
        no: 0,
        later: 1,
        helpful: 2,
        notHelpful: 0,
        businessDone: 0,
        introduced: 2,
        followedByContact: 2,
      },
      {
        kind: 'vendor',
        label: 'vendor',
        asked: 2,
        yes: 0,
        no: 2,
        later: 0,
        helpful: 0,
        notHelpful: 0,
        businessDone: 0,
        introduced: 0,
        followedByContact: 0,
      },
    ]);
    expect(res.body.sentences).toEqual([
      {
        text: 'Said yes to 2 of 3 investor introductions (1 asked to wait), 0 of 2 vendor introductions.',
        kinds: ['investor', 'vendor'],
        counts: { yes: 2, no: 2, later: 1, asked: 5 },
      },
      {
        text: 'Found the last two introductions helpful.',
        kinds: [],
        counts: { helpful: 2, judged: 2, lastHelpfulInARow: 2 },
      },
      {
        text: 'You were in touch again within a month of 2 of 2 introductions.',
        kinds: ['investor'],
        counts: { followedByContact: 2, introduced: 2 },
      },
    ]);
  });

  it('is empty for someone with no history, and 404 for an unknown person', async () => {
    const nobody = await addPerson(t, me);
    const res = await t.call('GET', `/api/v1/people/${nobody.id}/values`, { token: me.token });
    expect(res.body).toEqual({ personId: nobody.id, sentences: [], kinds: [], judgements: [] });
    const unknown = await t.call('GET', '/api/v1/people/00000000-0000-4000-8000-000000000000/values', {
      token: me.token,
    });
    expectStatus(unknown, 404);
  });
});
