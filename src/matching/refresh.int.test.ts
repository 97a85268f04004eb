// The refresh's bookkeeping: embeddings are made only when the embedded text changed, a row marked again
// while it is being processed waits for the next pass, bulk changes show progress, and several workers
// at once process each pending row once (on PostgreSQL for real; on PGlite, with its single connection,
// one after the other).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bodyOf, createTestApp, type TestAccount, type TestApp } from '../../test/app';
import { testDbKind } from '../../test/db';
import { personInput } from '../../test/factories';
import { generateDemoNetwork } from '../demo/generator';
import { loadDemoNetwork } from '../demo/load';
import { silentLogger } from '../shared/logger';
import type { Embedder } from './embedder';
import { createRefresher } from './jobs/refresh-suggestions';
import { MatchNetwork } from './network';
import { markOtherModels, markPending } from './pending';
import { CLAIM_LEASE_MS, type RefreshProgress, refreshPending } from './refresh';
import * as repo from './repository';
// Named for what it is: biome reads a `use…` call as a React hook.
import { useEmbedder as universalSentenceEncoder } from './use-embedder';

let t: TestApp;
const model = universalSentenceEncoder();

/** The real model, recording every text it was asked to embed. */
function counting(): Embedder & { texts: string[] } {
  const texts: string[] = [];
  return {
    model: model.model,
    dimensions: model.dimensions,
    texts,
    async embed(batch) {
      expect(batch.length).toBeLessThanOrEqual(100);
      texts.push(...batch);
      return model.embed(batch);
    },
  };
}

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const status = async (me: TestAccount) =>
  bodyOf(await t.call('GET', '/api/v1/matching/status', { token: me.token }), 200).pending;

/**
 * After a pass stopped: every row still pending and handed back (not left under the lease, so another
 * pass takes them all at once), and that pass embeds only what the stopped one had not kept.
 */
async function expectStoppedPassHandedBack(me: TestAccount, waiting: number, kept: string[]) {
  expect(await status(me)).toBe(waiting);
  const rest = counting();
  const done = await refreshPending({ db: t.deps.db, clock: t.clock, embedder: rest });
  expect(done.processed).toBe(waiting);
  expect(rest.texts.length).toBeGreaterThan(0);
  expect(rest.texts.filter((text) => kept.includes(text))).toEqual([]);
  expect(await status(me)).toBe(0);
}

describe('matching refresh', () => {
  it('embeds a need again only when its embedded text changed', async () => {
    const me = await t.account();
    const p = bodyOf(
      await t.call('POST', '/api/v1/people', { token: me.token, body: personInput() }),
      201,
    ).id;
    const n = bodyOf(
      await t.call('POST', `/api/v1/people/${p}/needs`, {
        token: me.token,
        body: { text: 'A patent lawyer for our sensor design' },
      }),
      201,
    ).id;
    await refreshPending({ db: t.deps.db, clock: t.clock, embedder: counting() });

    const urgencyOnly = counting();
    await t.call('PATCH', `/api/v1/needs/${n}`, { token: me.token, body: { urgency: 'high' } });
    expect(await status(me)).toBe(1);
    await refreshPending({ db: t.deps.db, clock: t.clock, embedder: urgencyOnly });
    expect(urgencyOnly.texts).toEqual([]);

    const newText = counting();
    await t.call('PATCH', `/api/v1/needs/${n}`, { token: me.token, body: { text: 'A trademark lawyer' } });
    await refreshPending({ db: t.deps.db, clock: t.clock, embedder: newText });
    expect(newText.texts).toEqual(['A trademark lawyer']);
    expect(await status(me)).toBe(0);
  });

  it('reports its progress: texts embedded, then needs scored, each counting up to the total it has to do', async () => {
    const me = await t.account();
    for (const [need, offer] of [
      ['A fractional CFO for our seed-stage startup', 'Part-time CFO work for seed-stage companies'],
      ['A patent lawyer for our sensor design', 'Patent filings for hardware startups'],
    ]) {
      const p = bodyOf(
        await t.call('POST', '/api/v1/people', { token: me.token, body: personInput() }),
        201,
      ).id;
      await t.call('POST', `/api/v1/people/${p}/needs`, { token: me.token, body: { text: need } });
      await t.call('POST', `/api/v1/people/${p}/offers`, { token: me.token, body: { text: offer } });
    }
    const seen: RefreshProgress[] = [];
    const embedder = counting();
    await refreshPending({ db: t.deps.db, clock: t.clock, embedder }, { onProgress: (p) => seen.push(p) });
    const embedding = seen.filter((p) => p.step === 'embedding');
    const scoring = seen.filter((p) => p.step === 'scoring');
    expect(embedding.at(-1)).toEqual({
      step: 'embedding',
      done: embedder.texts.length,
      total: embedder.texts.length,
    });
    expect(scoring.map((p) => p.done)).toEqual(scoring.map((_, i) => i + 1));
    expect(scoring.at(-1)).toEqual({ step: 'scoring', done: 2, total: 2 });
    expect(seen.indexOf(embedding.at(-1)!)).toBeLessThan(seen.indexOf(scoring[0]!));
  });

  it('leaves a row marked again while it was being processed for the next pass', async () => {
    const me = await t.account();
    const p = bodyOf(
      await t.call('POST', '/api/v1/people', { token: me.token, body: personInput() }),
      201,
    ).id;
    const now = t.clock.now();
    const claimed = (await repo.claimPending(t.deps.db, now, 1_000, CLAIM_LEASE_MS)).filter(
      (r) => r.accountId === me.id,
    );
    expect(claimed.map((r) => r.subjectId)).toEqual([p]);
    await markPending(t.deps.db, me.id, [{ kind: 'profile', id: p }], now);
    await repo.finishPending(t.deps.db, claimed);
    expect(await status(me)).toBe(1);
    // Released, not left under the lease: the next pass takes it at once.
    const again = await repo.claimPending(t.deps.db, now, 1_000, CLAIM_LEASE_MS);
    expect(again.map((r) => r.subjectId)).toContain(p);
    await repo.finishPending(t.deps.db, again);
    expect(await status(me)).toBe(0);
  });

  // On the embedded database a transaction holds the only connection: scoring inside it made every request
  // of a large network wait minutes, and clients gave up. PostgreSQL answers the read on another pooled
  // connection whatever the refresh holds, so there the case could not fail and is not run.
  const embeddedOnly = testDbKind() === 'pglite' ? it : it.skip;
  embeddedOnly(
    'answers requests while it scores (embedded database): a read started as the first need is scored is answered before the last one is',
    async () => {
      const me = await t.account();
      for (const i of [1, 2, 3, 4]) {
        const seeker = bodyOf(
          await t.call('POST', '/api/v1/people', {
            token: me.token,
            body: personInput({ name: `Seeker ${i}` }),
          }),
          201,
        ).id;
        await t.call('POST', `/api/v1/people/${seeker}/needs`, {
          token: me.token,
          body: { text: `A fractional CFO for round ${i}`, tags: ['finance'] },
        });
      }
      const events: string[] = [];
      let read: Promise<void> | null = null;
      const suggestFor = MatchNetwork.prototype.suggestFor;
      const spy = vi.spyOn(MatchNetwork.prototype, 'suggestFor').mockImplementation(function (
        this: MatchNetwork,
        ...args: Parameters<MatchNetwork['suggestFor']>
      ) {
        events.push('scored');
        read ??= status(me).then(() => {
          events.push('answered');
        });
        return suggestFor.apply(this, args);
      });
      try {
        await refreshPending({ db: t.deps.db, clock: t.clock, embedder: model });
        await read;
      } finally {
        spy.mockRestore();
      }
      expect(events.filter((e) => e === 'scored').length).toBeGreaterThanOrEqual(4);
      expect(events.indexOf('answered')).toBeLessThan(events.lastIndexOf('scored'));
      expect(await status(me)).toBe(0);
    },
  );

  it('stops between embedding batches when asked: keeps what it embedded, hands its rows back, and the next pass embeds only the rest', async () => {
    const me = await t.account();
    const now = t.clock.now();
    await loadDemoNetwork(t.deps.db, me.id, generateDemoNetwork({ seed: 5, now, size: 60 }), now);
    const waiting = await status(me);
    expect(waiting).toBe(60);
    const stopping = new AbortController();
    const first = counting();
    const stopAfterOneBatch: Embedder = {
      ...first,
      async embed(batch) {
        const vectors = await first.embed(batch);
        stopping.abort();
        return vectors;
      },
    };
    const stopped = await refreshPending(
      { db: t.deps.db, clock: t.clock, embedder: stopAfterOneBatch },
      { signal: stopping.signal },
    );
    // One batch of 100 texts embedded; more were due, so the pass stopped before scoring anything.
    expect(first.texts).toHaveLength(100);
    expect(stopped).toEqual({ processed: 0, embedded: 0 });
    await expectStoppedPassHandedBack(me, waiting, first.texts);
  });

  it('stops in the middle of an embedding batch when asked, without waiting for it: keeps the batches before it, hands its rows back, and the next pass embeds only the rest', async () => {
    const me = await t.account();
    const now = t.clock.now();
    await loadDemoNetwork(t.deps.db, me.id, generateDemoNetwork({ seed: 6, now, size: 60 }), now);
    const waiting = await status(me);
    const stopping = new AbortController();
    const first = counting();
    let calls = 0;
    // The first batch is embedded; the second never finishes by itself (a batch too long to wait for),
    // so only giving it up on the abort lets the pass end.
    const stuckOnTheSecond: Embedder = {
      ...first,
      async embed(batch, signal) {
        calls++;
        if (calls === 1) return first.embed(batch);
        return new Promise((_, reject) => {
          signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
          stopping.abort();
        });
      },
    };
    const stopped = await refreshPending(
      { db: t.deps.db, clock: t.clock, embedder: stuckOnTheSecond },
      { signal: stopping.signal },
    );
    expect(calls).toBe(2);
    expect(first.texts).toHaveLength(100);
    expect(stopped).toEqual({ processed: 0, embedded: 0 });
    await expectStoppedPassHandedBack(me, waiting, first.texts);
  });

  it('shows progress on a bulk change batch by batch, and ends with every list as a full re-score makes it', async () => {
    const me = await t.account();
    const now = t.clock.now();
    // A need saved before the import: its list is scored again once, after the last imported provider.
    const earlier = bodyOf(
      await t.call('POST', '/api/v1/people', { token: me.token, body: personInput() }),
      201,
    ).id;
    await t.call('POST', `/api/v1/people/${earlier}/needs`, {
      token: me.token,
      body: { text: 'An introduction to a seed investor for our software startup' },
    });
    await refreshPending({ db: t.deps.db, clock: t.clock, embedder: model });
    await loadDemoNetwork(t.deps.db, me.id, generateDemoNetwork({ seed: 3, now, size: 15 }), now);
    expect(await status(me)).toBe(15);
    await refreshPending(
      { db: t.deps.db, clock: t.clock, embedder: model },
      { maxBatches: 1, batchSize: 10 },
    );
    // Ten people done; five waiting, and the earlier need queued behind them.
    expect(await status(me)).toBe(6);
    await refreshPending({ db: t.deps.db, clock: t.clock, embedder: model }, { batchSize: 10 });
    expect(await status(me)).toBe(0);

    // Batch by batch, every list ends as a full re-score from scratch would make it.
    const lists = async () => {
      const needs = await repo.allNeeds(t.deps.db, me.id);
      const out: Record<string, string[]> = {};
      for (const n of needs) {
        const items = bodyOf(
          await t.call('GET', `/api/v1/needs/${n.id}/suggestions?limit=50`, { token: me.token }),
          200,
        ).items;
        out[n.id] = items.map((i) => `${i.personId}@${i.score.toFixed(5)}`);
      }
      return out;
    };
    const incremental = await lists();
    expect(Object.values(incremental).flat().length).toBeGreaterThan(0);
    const needs = await repo.allNeeds(t.deps.db, me.id);
    await markPending(
      t.deps.db,
      me.id,
      needs.map((n) => ({ kind: 'need' as const, id: n.id })),
      now,
    );
    await refreshPending({ db: t.deps.db, clock: t.clock, embedder: model });
    expect(await lists()).toEqual(incremental);
  });

  it('embeds again, a slice per sweep, whatever an earlier model embedded, in every account, and shows its suggestions meanwhile', async () => {
    const earlier: Embedder = { ...model, model: 'an-earlier-model' };
    const accounts = [await t.account(), await t.account()];
    const needIds: string[] = [];
    for (const me of accounts) {
      const newPerson = async () =>
        bodyOf(await t.call('POST', '/api/v1/people', { token: me.token, body: personInput() }), 201).id;
      const [seeker, provider] = [await newPerson(), await newPerson()];
      const need = await t.call('POST', `/api/v1/people/${seeker}/needs`, {
        token: me.token,
        body: { text: 'Bookkeeping help for a small bakery' },
      });
      needIds.push(bodyOf(need, 201).id);
      await t.call('POST', `/api/v1/people/${provider}/offers`, {
        token: me.token,
        body: { text: 'Bookkeeping and accounts for small food businesses' },
      });
    }
    await refreshPending({ db: t.deps.db, clock: t.clock, embedder: earlier });
    const stored = async () =>
      (await Promise.all(accounts.map((me) => repo.embeddingsOf(t.deps.db, me.id))))
        .flat()
        .map((e) => e.model);
    expect(new Set(await stored())).toEqual(new Set(['an-earlier-model']));
    const suggested = async () =>
      Promise.all(
        accounts.map(
          async (me, i) =>
            bodyOf(await t.call('GET', `/api/v1/needs/${needIds[i]}/suggestions`, { token: me.token }), 200)
              .items.length,
        ),
      );
    expect(await suggested()).toEqual([1, 1]);

    // Marked a slice at a time, each subject once; not yet embedded again: the texts did not change, so the
    // suggestions stay on show. Each account: two profiles, a need and an offer.
    const mark = (limit: number) => markOtherModels(t.deps.db, model.model, t.clock.now(), limit);
    expect([await mark(5), await mark(5), await mark(5)]).toEqual([5, 3, 0]);
    expect(await Promise.all(accounts.map(status))).toEqual([4, 4]);
    expect(await suggested()).toEqual([1, 1]);
    // A process still on the earlier model takes the rows and embeds nothing; the sweep marks them again.
    await refreshPending({ db: t.deps.db, clock: t.clock, embedder: earlier });
    expect(await Promise.all(accounts.map(status))).toEqual([0, 0]);

    const current = counting();
    const refresher = createRefresher({
      db: t.deps.db,
      clock: t.clock,
      log: silentLogger,
      embedder: current,
    });
    await refresher.sweep();
    expect(new Set(await stored())).toEqual(new Set([model.model]));
    expect(current.texts.filter((x) => x.startsWith('Bookkeeping help'))).toHaveLength(2);
    expect(await Promise.all(accounts.map(status))).toEqual([0, 0]);
    expect(await suggested()).toEqual([1, 1]);
    // Nothing of the earlier model is left: the next sweep embeds nothing.
    const before = current.texts.length;
    await refresher.sweep();
    expect(current.texts.length).toBe(before);
    await refresher.stop();
  });

  it(
    testDbKind() === 'postgres'
      ? 'processes each pending row once with two workers racing (PostgreSQL)'
      : 'processes each pending row once with two workers, one after the other (PGlite)',
    async () => {
      const me = await t.account();
      const ids: string[] = [];
      for (let i = 0; i < 12; i++) {
        const p = bodyOf(
          await t.call('POST', '/api/v1/people', { token: me.token, body: personInput() }),
          201,
        ).id;
        ids.push(
          bodyOf(
            await t.call('POST', `/api/v1/people/${p}/needs`, {
              token: me.token,
              body: { text: `Need number ${i}: an expert in ${['tax', 'law', 'design', 'sales'][i % 4]}` },
            }),
            201,
          ).id,
        );
      }
      const [a, b] = [counting(), counting()];
      const [ra, rb] = await Promise.all([
        refreshPending({ db: t.deps.db, clock: t.clock, embedder: a }),
        refreshPending({ db: t.deps.db, clock: t.clock, embedder: b }),
      ]);
      const texts = [...a.texts, ...b.texts];
      expect(new Set(texts).size).toBe(texts.length);
      expect(texts.filter((x) => x.startsWith('Need number'))).toHaveLength(12);
      expect(ra.processed + rb.processed).toBeGreaterThanOrEqual(24);
      expect(await status(me)).toBe(0);
    },
  );
});
