// Every route that takes an id, called by a second account with the first account's ids, answers 404 and
// changes nothing. Routes are enumerated from the OpenAPI document, so a new route is covered (or this test
// fails and asks for a sample id) without anyone remembering to add it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from './app';
import { interactionInput, needInput, offerInput, personInput } from './factories';
import { importFile } from './imports';
import { jsonObject } from './json-object';
import { seedOneOfEach } from './one-of-each';

let t: TestApp;
let owner: TestAccount;
let intruder: TestAccount;
const ids: Record<string, string> = {};

const NEVER_EXISTED_PERSON = '00000000-0000-4000-8000-00000000000b';

/** Valid bodies for writes, so a 404 (not a 422) is what the intruder gets. Default: {}. */
const sampleBodies: Record<string, unknown> = {
  'POST /api/v1/people/{id}/needs': needInput(),
  'POST /api/v1/people/{id}/offers': offerInput(),
  'POST /api/v1/people/{id}/interactions': interactionInput(),
  'POST /api/v1/introductions/{id}/answers': { personId: NEVER_EXISTED_PERSON, answer: 'yes' },
  'POST /api/v1/introductions/{id}/withdraw': { personId: NEVER_EXISTED_PERSON },
  'POST /api/v1/introductions/{id}/outcome': { outcome: 'met_helpful' },
  'POST /api/v1/introductions/{id}/reconfirm': { party: 'a' },
  'POST /api/v1/introductions/{id}/follow-up-answers': { personId: NEVER_EXISTED_PERSON, answer: 'not_yet' },
  'POST /api/v1/people/{id}/merge': { otherId: NEVER_EXISTED_PERSON },
  'POST /api/v1/people/{id}/not-yet': { criteria: ['worked together'] },
  'POST /api/v1/intro-requests/{id}/accept': { personId: NEVER_EXISTED_PERSON, confirmUnvouched: true },
  'POST /api/v1/intro-requests/{id}/decline': { note: 'Thank you for asking' },
};

/** Which of the owner's ids goes into `{id}`, by the path's first segment after /api/v1/. */
const idFor: Record<string, () => string> = {
  people: () => ids.person!,
  needs: () => ids.need!,
  offers: () => ids.offer!,
  interactions: () => ids.interaction!,
  tokens: () => ids.token!,
  introductions: () => ids.introduction!,
  outbox: () => ids.message!,
  imports: () => ids.import!,
  suggestions: () => ids.dismissal!,
  referrals: () => ids.referral!,
  'intro-requests': () => ids.introRequest!,
};

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.account();
  intruder = await t.account();
  Object.assign(ids, await seedOneOfEach(t, owner));
  const as = <M extends string, P extends string>(method: M, path: P, body?: unknown) =>
    t.call(method, path, { token: owner.token, body });
  ids.token = bodyOf(await as('POST', '/api/v1/tokens', { name: 'owner token' }), 201).id;
  ids.message = bodyOf(await as('POST', `/api/v1/introductions/${ids.introduction}/request`), 200)
    .emails[0]!.id;
  ids.dismissal = bodyOf(
    await as('POST', '/api/v1/suggestions/dismissals', {
      needId: ids.need,
      providerId: ids.other,
      offerId: null,
    }),
    201,
  ).id;
  ids.import = (await importFile(t, owner, 'BEGIN:VCARD\nVERSION:3.0\nFN:Imported Person\nEND:VCARD\n')).id;
});
afterAll(() => t.close());

const NEVER_EXISTED = '00000000-0000-4000-8000-000000000000';
const withoutInstance = ({ instance: _instance, ...rest }: Record<string, unknown>) => rest;

async function snapshot() {
  const get = (path: string) => t.call('GET', path, { token: owner.token }).then((r) => r.body);
  return Promise.all([
    get(`/api/v1/people/${ids.person}`),
    get(`/api/v1/people/${ids.person}/needs`),
    get(`/api/v1/people/${ids.person}/offers`),
    get(`/api/v1/people/${ids.person}/interactions`),
    get('/api/v1/tokens'),
    get(`/api/v1/introductions/${ids.introduction}`),
    get('/api/v1/outbox'),
    get(`/api/v1/imports/${ids.import}`),
    get('/api/v1/duplicates'),
    get('/api/v1/matching/settings'),
    get(`/api/v1/people/${ids.person}/suggestions`),
    get(`/api/v1/referrals/${ids.referral}`),
    get(`/api/v1/intro-requests/${ids.introRequest}`),
    get(`/api/v1/people/${ids.person}/not-yet`),
  ]);
}

describe('account isolation', () => {
  it('answers 404 to another account on every id route, for reads and writes, and changes nothing', async () => {
    const before = await snapshot();
    const doc = z
      .object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) })
      .parse(bodyOf(await t.call('GET', '/api/openapi.json'), 200));
    const checked: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      if (!path.startsWith('/api/v1/') || !path.includes('{id}')) continue;
      const segment = path.split('/')[3]!;
      const id = idFor[segment];
      expect(id, `add a sample id for ${path} to test/isolation.int.test.ts`).toBeDefined();
      for (const method of Object.keys(methods)) {
        const key = `${method.toUpperCase()} ${path}`;
        const body = method === 'get' || method === 'delete' ? undefined : (sampleBodies[key] ?? {});
        const res = await t.call(method.toUpperCase(), path.replace('{id}', id!()), {
          token: intruder.token,
          body,
        });
        expect(res.status, `${key} as another account`).toBe(404);
        // Indistinguishable from an id that never existed: nothing reveals that the row is there.
        const ghost = await t.call(method.toUpperCase(), path.replace('{id}', NEVER_EXISTED), {
          token: intruder.token,
          body,
        });
        expect(withoutInstance(jsonObject(res.body, key)), key).toEqual(
          withoutInstance(jsonObject(ghost.body, key)),
        );
        checked.push(key);
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(14);
    expect(await snapshot()).toEqual(before);
  });

  it('does not list or search another account’s people, tags, tokens, needs, offers or introductions', async () => {
    const as = { token: intruder.token };
    const [people, found, tags, tokens, ...others] = await Promise.all([
      t.call('GET', '/api/v1/people', as),
      t.call('GET', '/api/v1/people?q=person', as),
      t.call('GET', '/api/v1/tags', as),
      t.call('GET', '/api/v1/tokens', as),
      t.call('GET', '/api/v1/offers', as),
      t.call('GET', '/api/v1/offers?tag=fundraising&status=active&q=pitch', as),
      t.call('GET', '/api/v1/needs', as),
      t.call('GET', '/api/v1/needs?tag=fundraising&q=investor', as),
      t.call('GET', '/api/v1/introductions', as),
      t.call('GET', '/api/v1/referrals', as),
      t.call('GET', '/api/v1/referrals/help-back?days=3650', as),
    ]);
    expect(bodyOf(people, 200).items).toEqual([]);
    expect(bodyOf(found, 200).items).toEqual([]);
    expect(bodyOf(tags, 200).items).toEqual([]);
    expect(bodyOf(tokens, 200).items.map((x) => x.id)).not.toContain(ids.token);
    for (const r of others) {
      expectStatus(r, 200);
      expect(r.body.items).toEqual([]);
    }
    // The same searches as the owner do find them, so the empty answers above mean something.
    const own = { token: owner.token };
    const offers = bodyOf(
      await t.call('GET', '/api/v1/offers?tag=fundraising&status=active&q=pitch', own),
      200,
    );
    expect(offers.items.map((o) => o.id)).toEqual([ids.offer]);
    const needs = bodyOf(await t.call('GET', '/api/v1/needs?tag=fundraising&q=investor', own), 200);
    expect(needs.items.map((n) => n.id)).toEqual([ids.need]);
  });

  it('refuses ids of another account inside request bodies, exactly as it refuses unknown ids', async () => {
    const before = await snapshot();
    const mine = bodyOf(
      await t.call('POST', '/api/v1/people', { token: intruder.token, body: personInput() }),
      201,
    ).id;
    const myNeed = bodyOf(
      await t.call('POST', `/api/v1/people/${mine}/needs`, { token: intruder.token, body: needInput() }),
      201,
    ).id;
    const cases: [string, string, (theirs: string) => unknown][] = [
      [
        'POST',
        '/api/v1/introductions',
        (theirs) => ({ personAId: mine, personBId: theirs, kind: 'peers', reason: 'r' }),
      ],
      [
        'POST',
        '/api/v1/introductions',
        (theirs) => ({ personAId: theirs, personBId: mine, kind: 'peers', reason: 'r' }),
      ],
      ['POST', `/api/v1/people/${mine}/merge`, (theirs) => ({ otherId: theirs })],
      ['POST', '/api/v1/duplicates/dismiss', (theirs) => ({ personIds: [mine, theirs] })],
      ['POST', '/api/v1/suggestions/dismissals', (theirs) => ({ needId: myNeed, providerId: theirs })],
      ['POST', '/api/v1/suggestions/draft', (theirs) => ({ needId: myNeed, providerId: theirs })],
      ['POST', '/api/v1/referrals', (theirs) => ({ direction: 'given', toPersonId: theirs })],
      ['POST', '/api/v1/referrals', (theirs) => ({ direction: 'received', referrerId: theirs })],
      [
        'POST',
        '/api/v1/referrals',
        (theirs) => ({ direction: 'given', toPersonId: mine, fromPersonId: theirs }),
      ],
      [
        'POST',
        '/api/v1/referrals',
        // Their introduction, against one that never existed.
        (theirs) => ({
          direction: 'given',
          toPersonId: mine,
          introductionId: theirs === ids.person ? ids.introduction : theirs,
        }),
      ],
    ];
    for (const [method, path, body] of cases) {
      const res = await t.call(method, path, { token: intruder.token, body: body(ids.person!) });
      const ghost = await t.call(method, path, { token: intruder.token, body: body(NEVER_EXISTED) });
      expect(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${method} ${path}`).toBeLessThan(500);
      expect(withoutInstance(jsonObject(res.body, `${method} ${path}`)), `${method} ${path}`).toEqual(
        withoutInstance(jsonObject(ghost.body, `${method} ${path}`)),
      );
    }
    expect(await snapshot()).toEqual(before);
    const intrudersPeople = bodyOf(
      await t.call('GET', '/api/v1/people', { token: intruder.token }),
      200,
    ).items;
    expect(intrudersPeople.map((p) => p.id)).toEqual([mine]);
  });
});
