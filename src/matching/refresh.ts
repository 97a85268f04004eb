// The background refresh: takes pending work in batches, embeds what changed (only when the text hash
// or the model changed), and re-scores what it affects — a changed need gets a new list; a changed offer
// or profile is checked against every open need of its account and each list is updated in place.
// Safe with several workers: rows are claimed with SKIP LOCKED under a lease, and a row marked again
// while it was being processed stays for the next pass. The job and the tests call the same function.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Db } from '../db/client';
import type { MatchSubject } from '../db/schema';
import type { Vector } from '../domain/matching/vector';
import type { Clock } from '../shared/clock';
import type { Logger } from '../shared/logger';
import type { Embedder } from './embedder';
import { loadGuards, loadLearner, MatchNetwork, STORED_PER_NEED, subjectTexts, textHash } from './network';
import { markPending } from './pending';
import * as repo from './repository';
import { DEFAULT_MATCHING_SETTINGS, settingsOf } from './settings';

/** Embeddings per call of the model (the brief's limit; the model pads each batch to its longest text). */
export const EMBED_BATCH = 100;
/**
 * Pending rows taken per pass. Each pass reads the account once and, when many providers changed (an
 * import), scores every open need again, so larger passes mean fewer of both; the model still sees at most
 * EMBED_BATCH texts at a time, and the pending count falls pass by pass.
 */
export const CLAIM_BATCH = 500;
/** How long a claim holds before another worker may take the row (a worker that died). */
export const CLAIM_LEASE_MS = 5 * 60_000;
/** Past this many changed providers in one batch, recomputing every list is cheaper than patching them. */
const FULL_RESCORE_AT = 3;

export interface RefreshDeps {
  db: Db;
  clock: Clock;
  embedder: Embedder;
  log?: Logger;
}

/** How far a pass has come: texts embedded, or needs scored, of those this pass has to do. */
export interface RefreshProgress {
  step: 'embedding' | 'scoring';
  done: number;
  total: number;
}

export interface RefreshResult {
  /** Pending rows processed. */
  processed: number;
  embedded: number;
}

/**
 * Processes pending work until none is left (or `maxBatches` passes, or `signal` aborts); returns what it
 * did. Stopping takes effect at once, even mid-batch (the embedder gives up on the batch): the batches
 * embedded are kept, and rows claimed and not finished are handed back.
 */
export async function refreshPending(
  deps: RefreshDeps,
  opts: {
    maxBatches?: number;
    batchSize?: number;
    signal?: AbortSignal;
    onProgress?: (p: RefreshProgress) => void;
  } = {},
): Promise<RefreshResult> {
  const total: RefreshResult = { processed: 0, embedded: 0 };
  for (let n = 0; n < (opts.maxBatches ?? Number.POSITIVE_INFINITY); n++) {
    if (opts.signal?.aborted) break;
    const claimed = await repo.claimPending(
      deps.db,
      deps.clock.now(),
      opts.batchSize ?? CLAIM_BATCH,
      CLAIM_LEASE_MS,
    );
    if (claimed.length === 0) break;
    const byAccount = new Map<string, repo.ClaimedRow[]>();
    for (const row of claimed) byAccount.set(row.accountId, [...(byAccount.get(row.accountId) ?? []), row]);
    const accounts = [...byAccount];
    for (const [i, [accountId, rows]] of accounts.entries()) {
      const embedded = await refreshAccount(deps, accountId, rows, opts.signal, opts.onProgress);
      if (embedded === STOPPED) {
        await repo.releasePending(
          deps.db,
          accounts.slice(i).flatMap(([, r]) => r),
        );
        return total;
      }
      total.embedded += embedded;
      total.processed += rows.length;
    }
  }
  return total;
}

/** refreshAccount's answer when the signal aborted it before it wrote anything. */
const STOPPED = Symbol('stopped');

/** Marks every open need of accounts with answers or outcomes the learner has not seen, to re-score them. */
export async function markNewEvidence(deps: Pick<RefreshDeps, 'db' | 'clock'>): Promise<number> {
  const accounts = await repo.accountsWithNewEvidence(deps.db);
  const now = deps.clock.now();
  for (const accountId of accounts) {
    await deps.db.transaction(async (tx) => {
      const needs = (await repo.allNeeds(tx, accountId)).filter((n) => n.status === 'open');
      await markPending(
        tx,
        accountId,
        needs.map((n) => ({ kind: 'need' as const, id: n.id })),
        now,
      );
      const newest = await repo.newestEvidence(tx, accountId);
      await repo.setLearnedUpTo(tx, accountId, newest ?? now, DEFAULT_MATCHING_SETTINGS);
    });
  }
  return accounts.length;
}

async function refreshAccount(
  deps: RefreshDeps,
  accountId: string,
  rows: repo.ClaimedRow[],
  signal: AbortSignal | undefined,
  onProgress: ((p: RefreshProgress) => void) | undefined,
): Promise<number | typeof STOPPED> {
  const { db, embedder } = deps;
  const now = deps.clock.now();
  const [people, needs, offers, stored] = await Promise.all([
    repo.livePeople(db, accountId),
    repo.allNeeds(db, accountId),
    repo.activeOffers(db, accountId),
    repo.embeddingsOf(db, accountId),
  ]);
  const texts = subjectTexts({ people, needs, offers });
  const storedBy = new Map(stored.map((e) => [`${e.subjectKind}:${e.subjectId}`, e]));

  // What this batch touches: a profile stands for the person's profile, needs and offers.
  const touched = new Set<string>();
  const rescoreNeeds = new Set<string>();
  const providerPeople = new Set<string>();
  const needsOf = (personId: string) => needs.filter((n) => n.personId === personId);
  for (const r of rows) {
    touched.add(`${r.subjectKind}:${r.subjectId}`);
    if (r.subjectKind === 'need') rescoreNeeds.add(r.subjectId);
    if (r.subjectKind === 'offer') {
      const offer = offers.find((o) => o.id === r.subjectId);
      const personId = offer?.personId ?? stored.find((e) => e.subjectId === r.subjectId)?.personId;
      if (personId) providerPeople.add(personId);
      // A withdrawn or deleted offer: whoever listed it is checked again.
      else {
        for (const s of await repo.storedSuggestions(db, accountId)) {
          if (s.offerId === r.subjectId) providerPeople.add(s.providerId);
        }
      }
    }
    if (r.subjectKind === 'profile') {
      providerPeople.add(r.subjectId);
      for (const n of needsOf(r.subjectId)) {
        touched.add(`need:${n.id}`);
        rescoreNeeds.add(n.id);
      }
      for (const o of offers.filter((x) => x.personId === r.subjectId)) touched.add(`offer:${o.id}`);
    }
  }

  // Embed what changed, in batches, outside any transaction.
  const toEmbed: {
    key: string;
    kind: MatchSubject;
    id: string;
    personId: string;
    text: string;
    hash: string;
  }[] = [];
  const gone: { kind: MatchSubject; id: string }[] = [];
  for (const key of touched) {
    const t = texts.get(key);
    const [kind, id] = key.split(':') as [MatchSubject, string];
    if (!t || t.text.trim() === '') {
      if (storedBy.has(key)) gone.push({ kind, id });
      continue;
    }
    const hash = textHash(embedder.model, t.text);
    const have = storedBy.get(key);
    if (have && have.textHash === hash && have.model === embedder.model) continue;
    toEmbed.push({ key, kind, id, personId: t.personId, text: t.text, hash });
  }
  // The model pads a batch to its longest text: batches of similar lengths waste the least.
  toEmbed.sort((a, b) => a.text.length - b.text.length);
  const fresh = new Map<string, Vector>();
  const writes: repo.EmbeddingValues[] = [];
  for (let i = 0; i < toEmbed.length; i += EMBED_BATCH) {
    const batch = toEmbed.slice(i, i + EMBED_BATCH);
    // Stopping before a batch, or during one (the embedder gives it up): null.
    const vectors = signal?.aborted
      ? null
      : await embedder
          .embed(
            batch.map((b) => b.text),
            signal,
          )
          .catch((err: unknown) => {
            if (signal?.aborted) return null;
            throw err;
          });
    if (!vectors) {
      // The batches before are kept, so the next pass does not embed them again; the rows stay pending.
      if (writes.length > 0) await repo.upsertEmbeddings(db, accountId, writes, now);
      return STOPPED;
    }
    onProgress?.({ step: 'embedding', done: i + batch.length, total: toEmbed.length });
    batch.forEach((b, j) => {
      fresh.set(b.key, vectors[j]!);
      writes.push({
        subjectKind: b.kind,
        subjectId: b.id,
        personId: b.personId,
        model: embedder.model,
        textHash: b.hash,
        vector: vectors[j]!,
      });
    });
  }

  // Every current embedding made from the current text by this model.
  const vectors = new Map<string, Vector>();
  for (const [key, e] of storedBy) {
    const t = texts.get(key);
    if (t && e.model === embedder.model && e.textHash === textHash(embedder.model, t.text))
      vectors.set(key, e.vector);
  }
  for (const [key, v] of fresh) vectors.set(key, v);

  // Scored before the transaction that writes the lists: on the embedded database a transaction holds its
  // only connection, and scoring a few hundred needs of a network of thousands takes seconds to minutes,
  // which every request (and `GET /api/v1/matching/status`) would otherwise wait out, until clients gave up.
  // A turn of the event loop between needs lets requests through. Nothing stale is kept: reads apply every
  // guardrail again on fresh facts, and a row marked again meanwhile stays pending (`finishPending`).
  const settings = await settingsOf(db, accountId);
  const [guards, learner] = await Promise.all([
    loadGuards(db, accountId, people, settings, now),
    loadLearner(db, accountId),
  ]);
  const net = new MatchNetwork(accountId, now, { people, needs, offers }, vectors, guards, learner);
  const lists = new Map<string, repo.SuggestionValues[]>();
  /** Open needs to queue behind the providers still waiting (an import in progress), not to score now. */
  let queue: string[] = [];
  /** Needs whose lists are recomputed whole in this pass. */
  const toScore = [...rescoreNeeds];
  const patching = providerPeople.size > 0 && providerPeople.size <= FULL_RESCORE_AT;
  if (providerPeople.size > FULL_RESCORE_AT) {
    // Many providers changed (an import, a restore): every list is recomputed, one write per need —
    // once, after the last of them. While more are waiting, the needs are queued behind them instead.
    const waiting = await repo.pendingOthers(db, accountId, rows);
    const due = net
      .openNeeds()
      .filter((n) => !rescoreNeeds.has(n.row.id) && !waiting.needs.has(n.row.id))
      .filter((n) => !waiting.profiles.has(n.row.personId))
      .map((n) => n.row.id);
    if (waiting.providers) queue = due;
    else toScore.push(...due);
  }
  const patched = patching ? net.openNeeds().filter((n) => !rescoreNeeds.has(n.row.id)).length : 0;
  const scoring = toScore.length + patched;
  let scored = 0;
  const step = async () => {
    scored += 1;
    onProgress?.({ step: 'scoring', done: scored, total: scoring });
    await nextTurn();
  };
  for (const needId of toScore) {
    lists.set(needId, net.suggestFor(needId));
    await step();
  }
  /** Needs whose lists are patched for the changed providers: each provider's best, or null to remove. */
  const patches: { needId: string; best: Map<string, repo.SuggestionValues | null>; added: boolean }[] = [];
  if (patching) {
    const listed = new Set(
      (await repo.storedSuggestions(db, accountId))
        .filter((x) => providerPeople.has(x.providerId))
        .map((x) => `${x.needId}|${x.providerId}`),
    );
    for (const need of net.openNeeds()) {
      if (rescoreNeeds.has(need.row.id)) continue;
      const best = new Map<string, repo.SuggestionValues | null>();
      let added = false;
      for (const personId of providerPeople) {
        const b = net.bestOf(need.row.id, personId);
        if (!b && !listed.has(`${need.row.id}|${personId}`)) continue;
        best.set(personId, b);
        added ||= b !== null;
      }
      if (best.size > 0) patches.push({ needId: need.row.id, best, added });
      await step();
    }
  }

  await db.transaction(async (tx) => {
    await repo.upsertEmbeddings(tx, accountId, writes, now);
    await repo.deleteEmbeddings(tx, accountId, gone);
    for (const [needId, list] of lists) await repo.replaceSuggestions(tx, accountId, needId, list, now);
    if (queue.length > 0) {
      await markPending(
        tx,
        accountId,
        queue.map((id) => ({ kind: 'need' as const, id })),
        now,
        { keepPlace: true },
      );
    }
    for (const { needId, best, added } of patches) {
      for (const [personId, b] of best) await repo.putSuggestion(tx, accountId, needId, personId, b, now);
      if (added) await repo.trimSuggestions(tx, accountId, needId, STORED_PER_NEED);
    }
    await repo.finishPending(tx, rows);
  });
  deps.log?.debug({ accountId, rows: rows.length, embedded: toEmbed.length }, 'matching refreshed');
  return toEmbed.length;
}
