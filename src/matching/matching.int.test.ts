// Suggestions end to end through HTTP: the background refresh (driven directly, as the job runs it)
// embeds with the real Universal Sentence Encoder and scores; the routes apply every guardrail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { personInput } from '../../test/factories';
import { generateDemoNetwork } from '../demo/generator';
import { loadDemoNetwork } from '../demo/load';
import { markNewEvidence, refreshPending } from './refresh';
// Named for what it is: biome reads a `use…` call as a React hook.
import { useEmbedder as universalSentenceEncoder } from './use-embedder';

let t: TestApp;
const embedder = universalSentenceEncoder();

beforeAll(async () => {
  t = await createTestApp();
  await embedder.embed(['warm up the model once for this file']);
});
afterAll(() => t.close());

const refresh = () => refreshPending({ db: t.deps.db, clock: t.clock, embedder });

function call<M extends string, P extends string>(me: TestAccount, method: M, path: P, body?: unknown) {
  return t.call(method, path, { token: me.token, ...(body === undefined ? {} : { body }) });
}

async function person(me: TestAccount, overrides: Record<string, unknown>) {
  return bodyOf(await call(me, 'POST', '/api/v1/people', personInput(overrides)), 201);
}
async function need(me: TestAccount, personId: string, body: Record<string, unknown>) {
  return bodyOf(await call(me, 'POST', `/api/v1/people/${personId}/needs`, { tags: [], ...body }), 201);
}
async function offer(me: TestAccount, personId: string, body: Record<string, unknown>) {
  return bodyOf(await call(me, 'POST', `/api/v1/people/${personId}/offers`, { tags: [], ...body }), 201);
}
const providersFor = async (me: TestAccount, needId: string) =>
  bodyOf(await call(me, 'GET', `/api/v1/needs/${needId}/suggestions?limit=20`), 200).items.map(
    (i) => i.personId,
  );

/** A seeker with a CFO need and a provider whose offer answers it, in a fresh account. */
async function cfoPair(me: TestAccount, tag = 'finance') {
  const seeker = await person(me, {
    name: `Dana ${tag}`,
    title: 'CEO',
    company: 'Sunbeam Robotics',
    blurb: 'Runs a seed-stage robotics startup.',
    tags: ['robotics'],
  });
  const provider = await person(me, {
    name: `Lee ${tag}`,
    title: 'Fractional CFO',
    company: 'Ledgerly',
    blurb: 'Finance leader for early-stage startups.',
    tags: ['finance'],
  });
  const n = await need(me, seeker.id, {
    text: 'A fractional CFO to sort out our finances before the seed round',
    tags: [tag],
  });
  const o = await offer(me, provider.id, {
    text: 'Part-time CFO work for seed-stage companies',
    tags: [tag],
  });
  return { seeker, provider, need: n, offer: o };
}

describe('suggestions', () => {
  it('appear after the refresh runs for a saved need, and the status goes from pending to 0', async () => {
    const me = await t.account();
    const { seeker, provider, need: n, offer: o } = await cfoPair(me);
    const coach = await person(me, {
      name: 'Sam Coach',
      title: 'Baseball coach',
      company: 'Little League',
      blurb: 'Teaches kids to throw.',
      tags: ['sports'],
    });
    await offer(me, coach.id, { text: 'Baseball pitching lessons for children' });

    const before = await call(me, 'GET', '/api/v1/matching/status');
    expect(bodyOf(before, 200).pending).toBeGreaterThan(0);
    const waiting = await call(me, 'GET', `/api/v1/needs/${n.id}/suggestions`);
    expect(bodyOf(waiting, 200)).toMatchObject({ items: [], updating: true });

    await refresh();
    expect(bodyOf(await call(me, 'GET', '/api/v1/matching/status'), 200)).toEqual({ pending: 0 });

    const res = await call(me, 'GET', `/api/v1/needs/${n.id}/suggestions?limit=5`);
    expectStatus(res, 200);
    expect(res.body.updating).toBe(false);
    const [first] = res.body.items;
    if (!first) throw new Error('no suggestion');
    expect(first).toMatchObject({ personId: provider.id, offerId: o.id });
    expect(first.score).toBeGreaterThan(0);
    expect(first.reasons[0]).toContain('needs “A fractional CFO');
    expect(first.reasons[0]).toContain('offers “Part-time CFO work');
    expect(res.body.items.map((i) => i.personId)).not.toContain(coach.id);
    expect(res.body.items.map((i) => i.personId)).not.toContain(seeker.id);

    const all = await call(me, 'GET', '/api/v1/suggestions?limit=10');
    expect(bodyOf(all, 200).items[0]).toMatchObject({
      needId: n.id,
      offerId: o.id,
      seekerId: seeker.id,
      providerId: provider.id,
    });
  });

  it('finds a provider from their profile when they wrote no offer, with offerId null', async () => {
    const me = await t.account();
    const seeker = await person(me, {
      name: 'Ana',
      title: 'Founder',
      company: 'GridWorks',
      blurb: 'Builds grid software.',
    });
    const investor = await person(me, {
      name: 'Bruno',
      title: 'Partner',
      company: 'Greenfield Ventures',
      blurb: 'Climate seed investor writing first cheques into energy and grid startups.',
      tags: ['investor', 'climate'],
    });
    const n = await need(me, seeker.id, { text: 'A seed investor for our grid software startup' });
    await refresh();
    const items = bodyOf(await call(me, 'GET', `/api/v1/needs/${n.id}/suggestions`), 200).items;
    expect(items[0]).toMatchObject({ personId: investor.id, offerId: null });
  });

  it('updates when an offer is saved later: the changed provider is checked against open needs', async () => {
    const me = await t.account();
    const seeker = await person(me, {
      name: 'Kim',
      title: 'Founder',
      company: 'Bakery',
      blurb: 'Runs a bakery.',
    });
    const n = await need(me, seeker.id, { text: 'An accountant to do our annual tax return' });
    await refresh();
    const helper = await person(me, { name: 'Pat', title: 'Retired', company: '', blurb: '' });
    await offer(me, helper.id, { text: 'CPA: bookkeeping and tax filing for small businesses' });
    expect(bodyOf(await call(me, 'GET', `/api/v1/needs/${n.id}/suggestions`), 200).updating).toBe(true);
    await refresh();
    expect(await providersFor(me, n.id)).toContain(helper.id);
  });

  it('a need whose text changed shows no providers found for its old text while it is matched again, then its new ones', async () => {
    const me = await t.account();
    const { seeker, provider, need: n } = await cfoPair(me);
    await refresh();
    expect(await providersFor(me, n.id)).toContain(provider.id);

    // A change that leaves its words as they were keeps its providers on show while it is scored again.
    expectStatus(await call(me, 'PATCH', `/api/v1/needs/${n.id}`, { urgency: 'high' }), 200);
    const sameWords = bodyOf(await call(me, 'GET', `/api/v1/needs/${n.id}/suggestions`), 200);
    expect(sameWords.updating).toBe(true);
    expect(sameWords.items.map((i) => i.personId)).toContain(provider.id);
    await refresh();

    const edited = await call(me, 'PATCH', `/api/v1/needs/${n.id}`, {
      text: 'Baseball pitching lessons for my kids',
      tags: [],
    });
    expectStatus(edited, 200);
    const forNeed = bodyOf(await call(me, 'GET', `/api/v1/needs/${n.id}/suggestions`), 200);
    expect(forNeed).toMatchObject({ items: [], updating: true });
    const page = bodyOf(await call(me, 'GET', `/api/v1/people/${seeker.id}/suggestions`), 200);
    expect(page.updating).toBe(true);
    expect(page.couldHelpThem.find((c) => c.needId === n.id)?.items).toEqual([]);
    const across = bodyOf(await call(me, 'GET', '/api/v1/suggestions?limit=20'), 200);
    expect(across.updating).toBe(true);
    expect(across.items.filter((s) => s.needId === n.id)).toEqual([]);
    const asProvider = bodyOf(await call(me, 'GET', `/api/v1/people/${provider.id}/suggestions`), 200);
    expect(asProvider.theyCouldHelp.filter((s) => s.needId === n.id)).toEqual([]);

    await refresh();
    const after = bodyOf(await call(me, 'GET', `/api/v1/needs/${n.id}/suggestions?limit=20`), 200);
    expect(after.updating).toBe(false);
    expect(after.items.map((i) => i.personId)).not.toContain(provider.id);
  });

  it('an offer or a profile whose text changed is not shown with reasons found for its old text while it is matched again', async () => {
    const me = await t.account();
    const { provider, need: n, offer: o } = await cfoPair(me);
    const profileOnly = await person(me, {
      name: 'Rae Profile',
      title: 'Fractional CFO',
      company: 'Countwise',
      blurb: 'Part-time finance chief for seed-stage startups.',
      tags: ['finance'],
    });
    await refresh();
    const before = bodyOf(await call(me, 'GET', `/api/v1/needs/${n.id}/suggestions?limit=20`), 200);
    expect(before.items.map((i) => [i.personId, i.offerId])).toEqual(
      expect.arrayContaining([
        [provider.id, o.id],
        [profileOnly.id, null],
      ]),
    );

    // A change of trust leaves the profile's words as they were: still shown while scored again.
    expectStatus(await call(me, 'PATCH', `/api/v1/people/${profileOnly.id}`, { trust: 5 }), 200);
    const sameWords = bodyOf(await call(me, 'GET', `/api/v1/needs/${n.id}/suggestions?limit=20`), 200);
    expect(sameWords.updating).toBe(true);
    expect(sameWords.items.map((i) => [i.personId, i.offerId])).toContainEqual([profileOnly.id, null]);
    await refresh();

    expectStatus(
      await call(me, 'PATCH', `/api/v1/offers/${o.id}`, {
        text: 'Baseball pitching lessons for kids',
        tags: [],
      }),
      200,
    );
    expectStatus(
      await call(me, 'PATCH', `/api/v1/people/${profileOnly.id}`, {
        title: 'Baseball coach',
        company: 'Little League',
        blurb: 'Teaches kids to throw.',
        tags: ['sports'],
      }),
      200,
    );
    const during = bodyOf(await call(me, 'GET', `/api/v1/needs/${n.id}/suggestions?limit=20`), 200);
    expect(during.updating).toBe(true);
    const shown = during.items.map((i) => [i.personId, i.offerId]);
    expect(shown).not.toContainEqual([provider.id, o.id]);
    expect(shown).not.toContainEqual([profileOnly.id, null]);
    const across = bodyOf(await call(me, 'GET', '/api/v1/suggestions?limit=20&perNeed=10'), 200);
    expect(across.items.filter((s) => s.offerId === o.id || s.providerId === profileOnly.id)).toEqual([]);

    await refresh();
    const after = bodyOf(await call(me, 'GET', `/api/v1/needs/${n.id}/suggestions?limit=20`), 200);
    expect(after.updating).toBe(false);
    expect(after.items.map((i) => i.personId)).not.toContain(profileOnly.id);
    expect(after.items.map((i) => i.offerId)).not.toContain(o.id);
  });

  it('a dismissal removes the suggestion at once, is remembered after a refresh, and undo brings it back', async () => {
    const me = await t.account();
    const { provider, need: n, offer: o } = await cfoPair(me);
    await refresh();
    expect(await providersFor(me, n.id)).toContain(provider.id);

    const dismissed = await call(me, 'POST', '/api/v1/suggestions/dismissals', {
      needId: n.id,
      providerId: provider.id,
      offerId: o.id,
    });
    expectStatus(dismissed, 201);
    expect(await providersFor(me, n.id)).not.toContain(provider.id);
    await refresh();
    expect(await providersFor(me, n.id)).not.toContain(provider.id);

    expect((await call(me, 'DELETE', `/api/v1/suggestions/dismissals/${dismissed.body.id}`)).status).toBe(
      204,
    );
    await refresh();
    expect(await providersFor(me, n.id)).toContain(provider.id);
    expect((await call(me, 'DELETE', `/api/v1/suggestions/dismissals/${dismissed.body.id}`)).status).toBe(
      404,
    );
  });

  it('the same dismissal sent twice (a double click), one after the other and at once, is one dismissal: undo brings the suggestion back', async () => {
    const me = await t.account();
    const { provider, need: n, offer: o } = await cfoPair(me, 'twice');
    await refresh();
    expect(await providersFor(me, n.id)).toContain(provider.id);
    const choice = { needId: n.id, providerId: provider.id, offerId: o.id };
    const dismiss = () => call(me, 'POST', '/api/v1/suggestions/dismissals', choice);

    // At once first, while no dismissal exists: two transactions that each look before either writes.
    // PGlite runs them one after the other, so only the PostgreSQL run of this file can catch two rows.
    const [first, second] = (await Promise.all([dismiss(), dismiss()])).map((r) => bodyOf(r, 201));
    expect(second!.id).toBe(first!.id);
    expect(bodyOf(await dismiss(), 201).id).toBe(first!.id);

    expectStatus(await call(me, 'DELETE', `/api/v1/suggestions/dismissals/${first!.id}`), 204);
    await refresh();
    expect(await providersFor(me, n.id)).toContain(provider.id);
  });

  it('turns a suggestion into a draft introduction whose reason says the need and the offer, never the private figures, and links the need', async () => {
    const me = await t.account();
    const { seeker, provider, need: n, offer: o } = await cfoPair(me);
    for (const p of [seeker, provider]) {
      expectStatus(await call(me, 'PATCH', `/api/v1/people/${p.id}`, { trust: 5 }), 200);
    }
    await refresh();
    const listed = await call(me, 'GET', `/api/v1/needs/${n.id}/suggestions`);
    expectStatus(listed, 200);
    const [suggestion] = listed.body.items;
    // The connector sees their trust among the reasons; the people must not.
    expect(suggestion?.reasons.join('; ')).toContain('you trust both (5/5)');
    const shareable =
      'Dana finance is looking for help: “A fractional CFO to sort out our finances before the seed round”. Lee finance offers: “Part-time CFO work for seed-stage companies”.';
    expect(suggestion?.introductionReason).toBe(shareable);

    const res = await call(me, 'POST', '/api/v1/suggestions/draft', {
      needId: n.id,
      providerId: provider.id,
      offerId: o.id,
    });
    expectStatus(res, 201);
    expect(res.body).toMatchObject({
      state: 'draft',
      kind: 'seeker_provider',
      needId: n.id,
      personA: { id: seeker.id },
      personB: { id: provider.id },
      reason: shareable,
    });
    // The open introduction now keeps the pair out of suggestions.
    expect(await providersFor(me, n.id)).not.toContain(provider.id);
  });

  it('leaves a need out of the account-wide list while an introduction for it is under way, says so on the seeker’s page, and gives it back once that ends', async () => {
    const me = await t.account();
    const { seeker, provider, need: n, offer: o } = await cfoPair(me);
    const second = await person(me, {
      name: 'Kim Ledger',
      title: 'Interim CFO',
      company: 'Countwell',
      blurb: 'Finance lead for startups raising their first round.',
      tags: ['finance'],
    });
    await offer(me, second.id, { text: 'Interim CFO for startups before a seed round', tags: ['finance'] });
    await refresh();
    const needsListed = async () =>
      bodyOf(await call(me, 'GET', '/api/v1/suggestions?limit=20&perNeed=3'), 200).items.map((s) => s.needId);
    expect(await needsListed()).toContain(n.id);

    const drafted = bodyOf(
      await call(me, 'POST', '/api/v1/suggestions/draft', {
        needId: n.id,
        providerId: provider.id,
        offerId: o.id,
      }),
      201,
    );
    // The second CFO is not offered for the same need while the first introduction is going…
    expect(await needsListed()).not.toContain(n.id);
    // …but the seeker's page still lists them, and says which introduction is under way.
    const page = bodyOf(await call(me, 'GET', `/api/v1/people/${seeker.id}/suggestions`), 200);
    const forNeed = page.couldHelpThem.find((c) => c.needId === n.id);
    expect(forNeed?.underWay).toEqual({
      introductionId: drafted.id,
      state: 'draft',
      personId: provider.id,
      personName: provider.name,
    });
    expect(forNeed?.items.map((s) => s.providerId)).toContain(second.id);
    expect(await providersFor(me, n.id)).toContain(second.id);

    expectStatus(await call(me, 'POST', `/api/v1/introductions/${drafted.id}/cancel`, {}), 200);
    expect(await needsListed()).toContain(n.id);
    const after = bodyOf(await call(me, 'GET', `/api/v1/people/${seeker.id}/suggestions`), 200);
    expect(after.couldHelpThem.find((c) => c.needId === n.id)?.underWay).toBeNull();
  });

  it('shows on a person page who could help them and whose needs they could answer', async () => {
    const me = await t.account();
    const { seeker, provider, need: n } = await cfoPair(me);
    await refresh();
    const theirs = await call(me, 'GET', `/api/v1/people/${seeker.id}/suggestions`);
    expectStatus(theirs, 200);
    expect(theirs.body.couldHelpThem).toHaveLength(1);
    expect(theirs.body.couldHelpThem[0]).toMatchObject({ needId: n.id });
    expect(theirs.body.couldHelpThem[0]?.items[0]).toMatchObject({
      providerId: provider.id,
      seekerId: seeker.id,
    });
    expect(theirs.body.theyCouldHelp).toEqual([]);
    const helper = await call(me, 'GET', `/api/v1/people/${provider.id}/suggestions`);
    expectStatus(helper, 200);
    expect(helper.body.couldHelpThem).toEqual([]);
    expect(helper.body.theyCouldHelp[0]).toMatchObject({ needId: n.id, seekerId: seeker.id });
  });

  it('offers few and good: the weekly number by default, each provider asked once unless more per need are asked for', async () => {
    const me = await t.account();
    const first = await cfoPair(me, 'finance');
    const second = await person(me, { name: 'Another Founder', title: 'CEO', company: 'Tidewater' });
    const secondNeed = await need(me, second.id, { text: 'A part-time CFO for our seed-stage company' });
    await refresh();
    const once = bodyOf(await call(me, 'GET', '/api/v1/suggestions'), 200).items;
    expect(once.filter((s) => s.providerId === first.provider.id)).toHaveLength(1);
    const more = bodyOf(await call(me, 'GET', '/api/v1/suggestions?perNeed=3'), 200).items;
    expect(more.map((s) => s.needId)).toEqual(expect.arrayContaining([first.need.id, secondNeed.id]));

    expect(bodyOf(await call(me, 'GET', '/api/v1/matching/settings'), 200)).toEqual({
      suggestionsPerWeek: 5,
      declineCooldownDays: 180,
    });
    const put = await call(me, 'PUT', '/api/v1/matching/settings', { suggestionsPerWeek: 1 });
    expect(bodyOf(put, 200)).toEqual({ suggestionsPerWeek: 1, declineCooldownDays: 180 });
    expect(bodyOf(await call(me, 'GET', '/api/v1/suggestions?perNeed=3'), 200).items).toHaveLength(1);
    const bad = await call(me, 'PUT', '/api/v1/matching/settings', { suggestionsPerWeek: 0 });
    expectStatus(bad, 422);
    expect(bad.body.errors?.[0]?.field).toBe('suggestionsPerWeek');
  });

  it('survives a merge: the survivor is re-scored and a dismissal follows the merged person', async () => {
    const me = await t.account();
    const { provider, need: n, offer: o } = await cfoPair(me);
    const twin = await person(me, { name: 'Lee Twin', title: 'CFO', company: 'Ledgerly', blurb: '' });
    await offer(me, twin.id, { text: 'Interim finance director for startups' });
    await refresh();
    const dismissed = await call(me, 'POST', '/api/v1/suggestions/dismissals', {
      needId: n.id,
      providerId: twin.id,
      offerId: null,
    });
    expectStatus(dismissed, 201);
    const merged = await call(me, 'POST', `/api/v1/people/${provider.id}/merge`, { otherId: twin.id });
    expect(merged.status).toBe(200);
    expect(bodyOf(await call(me, 'GET', '/api/v1/matching/status'), 200).pending).toBeGreaterThan(0);
    await refresh();
    expect(bodyOf(await call(me, 'GET', '/api/v1/matching/status'), 200).pending).toBe(0);
    // The dismissal now names the survivor: the survivor is not suggested for that need.
    expect(await providersFor(me, n.id)).not.toContain(provider.id);
    expect((await call(me, 'DELETE', `/api/v1/suggestions/dismissals/${dismissed.body.id}`)).status).toBe(
      204,
    );
    await refresh();
    const items = bodyOf(await call(me, 'GET', `/api/v1/needs/${n.id}/suggestions`), 200).items;
    expect(items.map((i) => i.personId)).toEqual([provider.id]);
    expect(items[0]?.offerId).toBe(o.id);
  });

  it('refuses bad input naming the field: unknown ids, out-of-range limits', async () => {
    const me = await t.account();
    const { provider, need: n } = await cfoPair(me);
    const ghost = '00000000-0000-4000-8000-000000000abc';
    expect((await call(me, 'GET', `/api/v1/needs/${ghost}/suggestions`)).status).toBe(404);
    expect((await call(me, 'GET', `/api/v1/people/${ghost}/suggestions`)).status).toBe(404);
    const bad = await call(me, 'GET', `/api/v1/needs/${n.id}/suggestions?limit=0`);
    // A bad query parameter is a malformed request here, as everywhere in the API.
    expectStatus(bad, 400);
    expect(bad.body.errors?.[0]?.field).toBe('query.limit');
    expect((await call(me, 'GET', '/api/v1/suggestions?limit=1000')).status).toBe(400);
    const unknown = await call(me, 'POST', '/api/v1/suggestions/dismissals', {
      needId: ghost,
      providerId: provider.id,
      offerId: null,
    });
    expectStatus(unknown, 422);
    expect(unknown.body.errors?.[0]?.field).toBe('needId');
  });
});

describe('guardrails through HTTP', () => {
  it('never suggests someone marked do-not-introduce', async () => {
    const me = await t.account();
    const { provider, need: n } = await cfoPair(me);
    await refresh();
    expect(await providersFor(me, n.id)).toContain(provider.id);
    const patched = await call(me, 'PATCH', `/api/v1/people/${provider.id}`, {
      introPreferences: { doNotIntroduce: true },
    });
    expect(patched.status).toBe(200);
    expect(await providersFor(me, n.id)).not.toContain(provider.id);
    await refresh();
    expect(await providersFor(me, n.id)).not.toContain(provider.id);
  });

  it('never suggests a pair with an open introduction, either way round', async () => {
    const me = await t.account();
    const { seeker, provider, need: n } = await cfoPair(me);
    await refresh();
    const intro = await call(me, 'POST', '/api/v1/introductions', {
      personAId: provider.id,
      personBId: seeker.id,
      kind: 'peers',
      reason: 'They should meet.',
    });
    expect(intro.status).toBe(201);
    expect(await providersFor(me, n.id)).not.toContain(provider.id);
  });

  it('never suggests a pair where someone declined within the cooldown', async () => {
    const me = await t.account();
    const { seeker, provider, need: n } = await cfoPair(me);
    await refresh();
    const intro = await call(me, 'POST', '/api/v1/introductions', {
      personAId: seeker.id,
      personBId: provider.id,
      kind: 'seeker_provider',
      reason: 'CFO help.',
      order: 'parallel',
    });
    expectStatus(intro, 201);
    expect((await call(me, 'POST', `/api/v1/introductions/${intro.body.id}/request`)).status).toBe(200);
    const no = await call(me, 'POST', `/api/v1/introductions/${intro.body.id}/answers`, {
      personId: provider.id,
      answer: 'no',
    });
    expect(bodyOf(no, 200).state).toBe('declined');
    await markNewEvidence({ db: t.deps.db, clock: t.clock });
    await refresh();
    expect(await providersFor(me, n.id)).not.toContain(provider.id);
  });

  it('never suggests someone over their monthly request budget', async () => {
    const me = await t.account();
    const { provider, need: n } = await cfoPair(me);
    await call(me, 'PATCH', `/api/v1/people/${provider.id}`, {
      introPreferences: { maxRequestsPerMonth: 1 },
    });
    await refresh();
    expect(await providersFor(me, n.id)).toContain(provider.id);
    const other = await person(me, { name: 'Other Seeker' });
    const intro = await call(me, 'POST', '/api/v1/introductions', {
      personAId: other.id,
      personBId: provider.id,
      kind: 'seeker_provider',
      reason: 'Something else.',
      order: 'parallel',
    });
    expectStatus(intro, 201);
    expect((await call(me, 'POST', `/api/v1/introductions/${intro.body.id}/request`)).status).toBe(200);
    expect(await providersFor(me, n.id)).not.toContain(provider.id);
  });

  it('respects "not now" for the same kind of request until its date', async () => {
    const me = await t.account();
    const { provider, need: n } = await cfoPair(me, 'fundraising');
    await refresh();
    const other = await person(me, { name: 'Earlier Seeker' });
    const otherNeed = await need(me, other.id, { text: 'Help with a seed round', tags: ['fundraising'] });
    const intro = await call(me, 'POST', '/api/v1/introductions', {
      personAId: other.id,
      personBId: provider.id,
      kind: 'seeker_provider',
      reason: 'Seed round.',
      order: 'parallel',
      needId: otherNeed.id,
    });
    expectStatus(intro, 201);
    await call(me, 'POST', `/api/v1/introductions/${intro.body.id}/request`);
    const later = await call(me, 'POST', `/api/v1/introductions/${intro.body.id}/answers`, {
      personId: provider.id,
      answer: 'later',
      until: '2026-03-01',
    });
    expect(later.status).toBe(200);
    expect(await providersFor(me, n.id)).not.toContain(provider.id);
    t.clock.set('2026-03-02T09:00:00.000Z');
    try {
      // Past the date, "not now" no longer holds (the open introduction with the other seeker is theirs).
      expect(await providersFor(me, n.id)).toContain(provider.id);
    } finally {
      t.clock.set('2026-01-15T09:00:00.000Z');
    }
  });

  it('says on a person page which guardrail keeps a list empty, never that no one matches', async () => {
    const me = await t.account();
    const { seeker, provider, need: n } = await cfoPair(me);
    await refresh();
    const page = async (id: string) => bodyOf(await call(me, 'GET', `/api/v1/people/${id}/suggestions`), 200);
    const before = await page(provider.id);
    expect(before.heldBack).toEqual({ asSeeker: null, asProvider: null });
    expect(before.theyCouldHelp.map((s) => s.needId)).toContain(n.id);

    await call(me, 'PATCH', `/api/v1/people/${seeker.id}`, { introPreferences: { doNotIntroduce: true } });
    const dni = await page(seeker.id);
    expect(dni.couldHelpThem.map((x) => x.items)).toEqual([[]]);
    expect(dni.heldBack.asSeeker).toEqual({
      exclusion: 'do_not_introduce',
      words: `${seeker.name} is marked “do not introduce”, so Linchpin suggests no introduction with them.`,
    });
    expect(dni.heldBack.asProvider?.exclusion).toBe('do_not_introduce');

    await call(me, 'PATCH', `/api/v1/people/${provider.id}`, {
      introPreferences: { maxRequestsPerMonth: 0 },
    });
    const budget = await page(provider.id);
    expect(budget.theyCouldHelp).toEqual([]);
    expect(budget.heldBack.asProvider).toMatchObject({ exclusion: 'over_budget' });
    expect(budget.heldBack.asProvider?.words).toContain(
      'as many introduction requests this month as they want',
    );
  });

  it('never suggests a provider with a recorded no-show, unless the connector overrides it', async () => {
    const me = await t.account();
    const { provider, need: n } = await cfoPair(me);
    await refresh();
    const other = await person(me, { name: 'Met Before' });
    const intro = await call(me, 'POST', '/api/v1/introductions', {
      personAId: other.id,
      personBId: provider.id,
      kind: 'seeker_provider',
      reason: 'Met before.',
      order: 'parallel',
    });
    const id = bodyOf(intro, 201).id;
    await call(me, 'POST', `/api/v1/introductions/${id}/request`);
    for (const p of [other.id, provider.id]) {
      await call(me, 'POST', `/api/v1/introductions/${id}/answers`, { personId: p, answer: 'yes' });
    }
    expect((await call(me, 'POST', `/api/v1/introductions/${id}/introduce`)).status).toBe(200);
    const outcome = await call(me, 'POST', `/api/v1/introductions/${id}/outcome`, {
      outcome: 'no_show',
      noShowPersonId: provider.id,
    });
    expect(outcome.status).toBe(200);
    expect(await providersFor(me, n.id)).not.toContain(provider.id);
    const heldBack = async () =>
      bodyOf(await call(me, 'GET', `/api/v1/people/${provider.id}/suggestions`), 200).heldBack;
    expect(await heldBack()).toEqual({
      asSeeker: null,
      asProvider: {
        exclusion: 'no_show',
        words: expect.stringContaining('did not show up to an introduction'),
      },
    });
    expect(bodyOf(await call(me, 'PUT', `/api/v1/people/${provider.id}/no-show-override`), 200)).toEqual({
      personId: provider.id,
      override: true,
    });
    expect(await heldBack()).toEqual({ asSeeker: null, asProvider: null });
    await markNewEvidence({ db: t.deps.db, clock: t.clock });
    await refresh();
    expect(await providersFor(me, n.id)).toContain(provider.id);
  });
});

describe('guardrails that pass', () => {
  /** An introduction between two people, requested: both are asked at once. */
  async function asked(me: TestAccount, seekerId: string, providerId: string) {
    const intro = await call(me, 'POST', '/api/v1/introductions', {
      personAId: seekerId,
      personBId: providerId,
      kind: 'seeker_provider',
      reason: 'They should talk.',
      order: 'parallel',
    });
    const id = bodyOf(intro, 201).id;
    expect((await call(me, 'POST', `/api/v1/introductions/${id}/request`)).status).toBe(200);
    return id;
  }

  it('waits for a provider’s answer to one request before suggesting them for another, says so on their page, and suggests them again once they answer', async () => {
    const me = await t.account();
    const { provider, need: n } = await cfoPair(me);
    const other = await person(me, { name: 'Asked First' });
    const id = await asked(me, other.id, provider.id);
    // The need is scored while the provider's answer is awaited.
    await refresh();
    expect(await providersFor(me, n.id)).not.toContain(provider.id);
    const page = bodyOf(await call(me, 'GET', `/api/v1/people/${provider.id}/suggestions`), 200);
    expect(page.heldBack).toEqual({
      asSeeker: null,
      asProvider: {
        exclusion: 'awaiting_answer',
        words: expect.stringContaining('has not answered your last'),
      },
    });
    await call(me, 'POST', `/api/v1/introductions/${id}/answers`, { personId: provider.id, answer: 'yes' });
    // Back without the need or the provider changing, and without a refresh: the stored list kept them.
    expect(await providersFor(me, n.id)).toContain(provider.id);
  });

  it('a provider left out while an introduction between the two was open comes back when it is cancelled, without the need changing', async () => {
    const me = await t.account();
    const { seeker, provider, need: n } = await cfoPair(me);
    const draft = await call(me, 'POST', '/api/v1/introductions', {
      personAId: seeker.id,
      personBId: provider.id,
      kind: 'seeker_provider',
      reason: 'CFO help.',
    });
    const id = bodyOf(draft, 201).id;
    await refresh();
    expect(await providersFor(me, n.id)).not.toContain(provider.id);
    expect((await call(me, 'POST', `/api/v1/introductions/${id}/cancel`, {})).status).toBe(200);
    expect(await providersFor(me, n.id)).toContain(provider.id);
  });
});

describe('isolation and learning', () => {
  it('one account’s answers do not move another account’s scores', async () => {
    const [a, b] = [await t.account(), await t.account()];
    const pa = await cfoPair(a);
    const pb = await cfoPair(b);
    // The people A's provider will be asked about exist from the start, so word statistics stay put.
    const askers = [];
    for (let i = 0; i < 3; i++) askers.push(await person(a, { name: `Asker ${i}` }));
    for (let i = 0; i < 3; i++) await person(b, { name: `Asker ${i}` });
    await refresh();
    const scoreIn = async (me: TestAccount, needId: string) => {
      const [top] = bodyOf(await call(me, 'GET', `/api/v1/needs/${needId}/suggestions`), 200).items;
      if (!top) throw new Error(`no suggestion for ${needId}`);
      return top.score;
    };
    const [a0, b0] = [await scoreIn(a, pa.need.id), await scoreIn(b, pb.need.id)];
    expect(a0).toBeCloseTo(b0, 6);

    // In account A the provider says no to three other requests.
    for (const other of askers) {
      const intro = await call(a, 'POST', '/api/v1/introductions', {
        personAId: other.id,
        personBId: pa.provider.id,
        kind: 'seeker_provider',
        reason: 'Please meet.',
        order: 'parallel',
      });
      expectStatus(intro, 201);
      await call(a, 'POST', `/api/v1/introductions/${intro.body.id}/request`);
      await call(a, 'POST', `/api/v1/introductions/${intro.body.id}/answers`, {
        personId: pa.provider.id,
        answer: 'no',
      });
    }
    // Answers inform predictions made after them.
    t.clock.advance(60_000);
    expect(await markNewEvidence({ db: t.deps.db, clock: t.clock })).toBeGreaterThanOrEqual(1);
    await refresh();
    expect(await scoreIn(a, pa.need.id)).toBeLessThan(a0);
    expect(await scoreIn(b, pb.need.id)).toBe(b0);
  });
});

describe('bad input', () => {
  it('survives empty-ish, stop-word, huge and exotic texts without crashing or suggesting from nothing', async () => {
    const me = await t.account();
    const { provider } = await cfoPair(me);
    const seeker = await person(me, { name: 'Odd Texts', title: '', company: '', blurb: '', tags: [] });
    const stop = await need(me, seeker.id, { text: 'the and of to a' });
    const emoji = await need(me, seeker.id, { text: '🚀🚀🚀 ✨ 🙏' });
    const exotic = await need(me, seeker.id, { text: 'ℌ𝔢𝔩𝔭 مع التمويل 资金 帮助 ﷽ e\u0301\u0301\u0301' });
    await offer(me, provider.id, { text: '…' });
    const huge = await call(me, 'POST', `/api/v1/people/${seeker.id}/needs`, { text: 'x'.repeat(50_000) });
    expect(huge.status).toBeGreaterThanOrEqual(400);
    expect(huge.status).toBeLessThan(500);
    const longBlurb = await call(me, 'PATCH', `/api/v1/people/${seeker.id}`, { blurb: 'cfo '.repeat(999) });
    expect(longBlurb.status).toBe(200);

    await refresh();
    expect(bodyOf(await call(me, 'GET', '/api/v1/matching/status'), 200).pending).toBe(0);
    expect(await providersFor(me, stop.id)).toEqual([]);
    expect(await providersFor(me, emoji.id)).toEqual([]);
    const res = await call(me, 'GET', `/api/v1/needs/${exotic.id}/suggestions`);
    expectStatus(res, 200);
    for (const item of res.body.items) expect(item.reasons.length).toBeGreaterThan(0);
  });

  it('reads a text with invisible characters inside its words (zero-width spaces and joiners, soft hyphens) as the same text without them', async () => {
    // Text pasted from web pages and chat apps carries them; split at each, "accountant" became "ac cou nt ant".
    const me = await t.account();
    const { seeker, provider } = await cfoPair(me);
    const words = 'A part-time finance chief to sort out our books before we raise';
    const clean = await need(me, seeker.id, { text: words });
    const invisible = await need(me, seeker.id, {
      text: 'A part-time fi\u200bnance ch\u200cief to so\u00adrt out our bo\u200doks be\u2060fore we ra\ufeffise',
    });
    await refresh();
    const read = async (id: string) =>
      bodyOf(await call(me, 'GET', `/api/v1/needs/${id}/suggestions`), 200).items.map((i) => ({
        personId: i.personId,
        score: i.score,
      }));
    const expected = await read(clean.id);
    expect(expected.map((i) => i.personId)).toContain(provider.id);
    expect(await read(invisible.id)).toEqual(expected);
  });

  it('does not match texts in a script the embedding model cannot read by the noise of their embeddings', async () => {
    const me = await t.account();
    const { need: cfoNeed, provider } = await cfoPair(me);
    const seeker = await person(me, { name: 'Noa Script', title: '', company: '', blurb: '', tags: [] });
    const hebrew = await need(me, seeker.id, { text: 'שלום עולם מימון' });
    const russian = await need(me, seeker.id, { text: 'Привет, нужен финансовый директор' });
    const beta = await person(me, { name: 'Sam Beta', title: '', company: '', blurb: '', tags: [] });
    await offer(me, beta.id, { text: 'Happy to be a beta tester for b2b saas tools' });
    const greek = await person(me, { name: 'Eleni Script', title: '', company: '', blurb: '', tags: [] });
    await offer(me, greek.id, { text: 'Ελληνικά κείμενο για χρηματοδότηση' });

    await refresh();
    expect(await providersFor(me, hebrew.id)).toEqual([]);
    expect(await providersFor(me, russian.id)).toEqual([]);
    // An English need is still answered by meaning, and the unreadable offer is not among its providers.
    const forCfo = await providersFor(me, cfoNeed.id);
    expect(forCfo).toContain(provider.id);
    expect(forCfo).not.toContain(greek.id);
  });
});

describe('the demo network', () => {
  it('gets suggestions once its people, needs and offers are embedded', async () => {
    const me = await t.account();
    const now = t.clock.now();
    await loadDemoNetwork(t.deps.db, me.id, generateDemoNetwork({ seed: 7, now, size: 60 }), now);
    expect(bodyOf(await call(me, 'GET', '/api/v1/matching/status'), 200).pending).toBeGreaterThan(0);
    await refresh();
    expect(bodyOf(await call(me, 'GET', '/api/v1/matching/status'), 200).pending).toBe(0);
    const res = await call(me, 'GET', '/api/v1/suggestions');
    expectStatus(res, 200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.length).toBeLessThanOrEqual(5);
    for (const s of res.body.items) {
      expect(s.seekerId).not.toBe(s.providerId);
      expect(s.reasons.length).toBeGreaterThan(0);
    }
  });
});
