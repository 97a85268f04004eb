// The matcher reads each provider's yes rate per kind of help from what they valued (domain/values): a
// provider who said no to every vendor introduction ranks below an otherwise identical one for a vendor need.
// The needs carry no tags, so the kind comes from their words (the concept lexicon).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { personInput } from '../../test/factories';
import type { Vector } from '../domain/matching/vector';
import type { Embedder } from './embedder';
import { refreshPending } from './refresh';

let t: TestApp;
let me: TestAccount;

/** Every text the same vector: meaning ties, so only the learner can tell the providers apart. */
const flat: Embedder = {
  model: 'flat-test',
  dimensions: 4,
  embed: async (texts) => texts.map((): Vector => Float32Array.from([0.5, 0.5, 0.5, 0.5])),
};

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
});
afterAll(() => t.close());

const call = <M extends string, P extends string>(method: M, path: P, body?: unknown) =>
  t.call(method, path, { token: me.token, ...(body === undefined ? {} : { body }) });

async function person(name: string) {
  return bodyOf(
    await call('POST', '/api/v1/people', personInput({ name, tags: [], blurb: '', title: '', company: '' })),
    201,
  );
}

/** A seeker with a need, introduced to the provider, who answers no. */
async function saidNo(providerId: string, needText: string, i: number) {
  const seeker = await person(`Asker ${needText.slice(0, 6)} ${i}`);
  const need = bodyOf(await call('POST', `/api/v1/people/${seeker.id}/needs`, { text: needText }), 201);
  const intro = await call('POST', '/api/v1/introductions', {
    personAId: seeker.id,
    personBId: providerId,
    kind: 'seeker_provider',
    reason: 'Please meet.',
    order: 'parallel',
    needId: need.id,
  });
  expectStatus(intro, 201);
  await call('POST', `/api/v1/introductions/${intro.body.id}/request`);
  const res = await call('POST', `/api/v1/introductions/${intro.body.id}/answers`, {
    personId: providerId,
    answer: 'no',
  });
  expect(res.status).toBe(200);
}

describe('per-kind yes rates in matching', () => {
  it('ranks a provider who said no to every vendor introduction below one who said no to other kinds', async () => {
    const offer = 'Packaging supplier: custom boxes and mailers, small runs';
    const vendorShy = await person('Vera Vendorshy');
    const investorShy = await person('Ivan Investorshy');
    for (const p of [vendorShy, investorShy]) {
      await call('POST', `/api/v1/people/${p.id}/offers`, { text: offer });
    }
    // Both said no twice: the same overall selectivity, different kinds of help.
    for (const i of [0, 1]) {
      await saidNo(vendorShy.id, 'A packaging supplier for our candle boxes', i);
      await saidNo(investorShy.id, 'An angel investor for our seed round', i);
    }
    const seeker = await person('Sally Seeker');
    const need = bodyOf(
      await call('POST', `/api/v1/people/${seeker.id}/needs`, { text: 'A supplier for packaging' }),
      201,
    );
    t.clock.advance(60_000);
    await refreshPending({ db: t.deps.db, clock: t.clock, embedder: flat });

    const list = await call('GET', `/api/v1/needs/${need.id}/suggestions?limit=10`);
    expectStatus(list, 200);
    const items = list.body.items;
    const rank = (id: string) => items.findIndex((s) => s.personId === id);
    expect(rank(investorShy.id)).toBeGreaterThanOrEqual(0);
    expect(rank(vendorShy.id)).toBeGreaterThan(rank(investorShy.id));
    const score = (id: string) => {
      const suggestion = items.find((s) => s.personId === id);
      if (!suggestion) throw new Error(`${id} is not suggested`);
      return suggestion.score;
    };
    expect(score(vendorShy.id)).toBeLessThan(score(investorShy.id));

    // The same figures the person page shows.
    const values = bodyOf(await call('GET', `/api/v1/people/${vendorShy.id}/values`), 200);
    expect(values.kinds).toEqual([
      expect.objectContaining({ kind: 'manufacturing', asked: 2, yes: 0, no: 2 }),
    ]);
    expect(values.sentences[0]?.text).toBe('Said yes to 0 of 2 manufacturing and suppliers introductions.');
  });
});
