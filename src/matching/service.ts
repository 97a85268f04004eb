// Suggestions as the connector reads them: the stored lists, with every guardrail applied again on fresh
// facts (so nothing forbidden is shown even while a list is being updated), and the connector's answers
// to them — "not a fit", undo, a draft introduction — plus settings, no-show overrides and status.
import type { Db, DbOrTx } from '../db/client';
import type { NeedRow, OfferRow, SuggestionRow } from '../db/schema';
import { guard, heldBack, type PreparedNetwork, underWayFor } from '../domain/matching/guardrails';
import { heldBackWords } from '../domain/matching/held-back-words';
import { introductionReason } from '../domain/matching/introduction-reason';
import { isPastDue } from '../domain/matching/score';
import type { IntroductionDetail } from '../introductions/schema';
import { type IntroDeps, proposeIntroduction } from '../introductions/service';
import { findNeed } from '../needs/repository';
import { findOffer } from '../offers/repository';
import { findPerson } from '../people/repository';
import { notFound, unprocessable } from '../shared/errors';
import { criteriaWords, tallyCriteria } from '../vouch/criteria';
import { loadGuards, subjectTexts, textHash } from './network';
import { markPending, markPeopleChanged } from './pending';
import * as repo from './repository';
import type {
  Dismissal,
  DraftChoice,
  MatchingSettingsBody,
  MatchingSettingsPatch,
  NeedSuggestions,
  PersonSuggestions,
  Suggestion,
  SuggestionChoice,
  Suggestions,
} from './schema';
import { settingsOf } from './settings';

/** "Few and good": below this score a suggestion is not offered across the account. */
export const SUGGESTION_FLOOR = 0.3;

interface ReadContext {
  today: string;
  people: Map<string, repo.MatchPerson>;
  needs: Map<string, NeedRow>;
  offers: Map<string, OfferRow>;
  guards: PreparedNetwork;
  /**
   * Matching work waiting: any, any for providers, the needs read that are waiting, and the needs, offers
   * and profiles read (`kind:id`) whose text changed since their suggestions were stored.
   */
  pending: { any: boolean; providers: boolean; needs: Set<string>; rewritten: Set<string> };
}

/**
 * What presenting these stored suggestions needs, read fresh: their needs, offers and people, and the
 * guardrail facts of those people only, so a read costs what it shows, not the size of the account.
 */
async function readContext(
  db: DbOrTx,
  accountId: string,
  now: Date,
  rows: readonly SuggestionRow[],
  also: { needs?: readonly NeedRow[]; people?: readonly string[] } = {},
): Promise<ReadContext> {
  const needIds = [...new Set(rows.map((r) => r.needId))];
  const offerIds = [...new Set(rows.flatMap((r) => (r.offerId ? [r.offerId] : [])))];
  const [needRows, offers, settings, pending] = await Promise.all([
    repo.needsByIds(db, accountId, needIds),
    repo.activeOffersByIds(db, accountId, offerIds),
    settingsOf(db, accountId),
    repo.pendingState(db, accountId, {
      needs: [...needIds, ...(also.needs ?? []).map((n) => n.id)],
      offers: offerIds,
      profiles: rows.flatMap((r) => (r.offerId ? [] : [r.providerId])),
    }),
  ]);
  const needs = [...needRows, ...(also.needs ?? [])];
  const personIds = [
    ...new Set([...rows.map((r) => r.providerId), ...needs.map((n) => n.personId), ...(also.people ?? [])]),
  ];
  const people = await repo.livePeople(db, accountId, personIds);
  return {
    today: now.toISOString().slice(0, 10),
    people: new Map(people.map((p) => [p.id, p])),
    needs: new Map(needs.map((n) => [n.id, n])),
    offers: new Map(offers.map((o) => [o.id, o])),
    guards: await loadGuards(db, accountId, people, settings, now, true),
    pending: {
      any: pending.any,
      providers: pending.providers,
      needs: new Set(pending.waiting.filter((w) => w.kind === 'need').map((w) => w.id)),
      rewritten: rewritten(pending.waiting, subjectTexts({ needs, offers, people })),
    },
  };
}

/**
 * The waiting subjects whose text is no longer the one their embedding, and so their stored suggestions,
 * were made from. A subject waiting for another reason (new answers to learn from, a changed trust) keeps
 * its suggestions on show while they are scored again.
 */
function rewritten(waiting: readonly repo.WaitingSubject[], texts: ReturnType<typeof subjectTexts>) {
  const out = new Set<string>();
  for (const w of waiting) {
    const key = `${w.kind}:${w.id}`;
    const now = texts.get(key);
    if (!now) continue;
    if (!w.embedded || w.embedded.textHash !== textHash(w.embedded.model, now.text)) out.add(key);
  }
  return out;
}

/** How many stored suggestions the account-wide list reads for each it shows (guardrails drop some). */
const READ_PER_SHOWN = 20;

const personRef = (p: repo.MatchPerson) => ({ id: p.id, name: p.name, company: p.company, title: p.title });

/** A stored suggestion as it stands now, or null when it no longer holds (a guardrail, a closed need…). */
function present(ctx: ReadContext, row: SuggestionRow): Suggestion | null {
  const need = ctx.needs.get(row.needId);
  if (need?.status !== 'open' || isPastDue(need.neededBy, ctx.today)) return null;
  // Found for what the need, the offer or the profile said before it changed: shown under the new words,
  // with reasons quoting the old ones, it would pass for a match between them (and a draft would pair the
  // two). The read says "updating" instead until the refresh has scored them again.
  const { rewritten } = ctx.pending;
  if (rewritten.has(`need:${need.id}`)) return null;
  if (rewritten.has(row.offerId ? `offer:${row.offerId}` : `profile:${row.providerId}`)) return null;
  const seeker = ctx.people.get(need.personId);
  const provider = ctx.people.get(row.providerId);
  if (!seeker || !provider) return null;
  const offer = row.offerId ? ctx.offers.get(row.offerId) : null;
  if (row.offerId && (!offer || offer.personId !== provider.id)) return null;
  const verdict = guard(ctx.guards, {
    needId: need.id,
    seekerId: seeker.id,
    providerId: provider.id,
    requestKind: need.tags[0]?.toLowerCase() ?? null,
  });
  if (!verdict.ok) return null;
  return {
    needId: need.id,
    offerId: row.offerId,
    seekerId: seeker.id,
    providerId: provider.id,
    score: row.score,
    reasons: row.reasons,
    seeker: personRef(seeker),
    provider: personRef(provider),
    needText: need.text,
    neededBy: need.neededBy,
    offerText: offer?.text ?? null,
    introductionReason: introductionReason({
      seekerName: seeker.name,
      providerName: provider.name,
      needText: need.text,
      neededBy: need.neededBy,
      offerText: offer?.text ?? null,
    }),
    vouchUnmet: verdict.vouchUnmet,
    providerCriteria: providerCriteria(provider),
  };
}

function providerCriteria(p: repo.MatchPerson): Suggestion['providerCriteria'] {
  const t = tallyCriteria(p.vouchCriteria);
  return t.unmet.length === 0 ? null : { ...t, words: criteriaWords(p.name, t) };
}

const byScore = (a: Suggestion, b: Suggestion) =>
  b.score - a.score || a.providerId.localeCompare(b.providerId);

function presentAll(ctx: ReadContext, rows: readonly SuggestionRow[]): Suggestion[] {
  return rows.flatMap((r) => present(ctx, r) ?? []).sort(byScore);
}

export async function suggestionsForNeed(
  db: Db,
  accountId: string,
  needId: string,
  now: Date,
  limit = 10,
): Promise<NeedSuggestions> {
  const need = await findNeed(db, accountId, needId);
  if (!need) throw notFound('Need');
  const rows = await repo.storedSuggestions(db, accountId, { needIds: [needId] });
  const ctx = await readContext(db, accountId, now, rows, { needs: [need] });
  const items = presentAll(ctx, rows);
  return {
    items: items.slice(0, limit).map((s) => ({
      offerId: s.offerId,
      personId: s.providerId,
      score: s.score,
      reasons: s.reasons,
      person: s.provider,
      offerText: s.offerText,
      introductionReason: s.introductionReason,
      vouchUnmet: s.vouchUnmet,
      providerCriteria: s.providerCriteria,
    })),
    // Pending work that could change this need's providers: a changed offer or profile, or the need itself.
    updating: ctx.pending.providers || ctx.pending.needs.has(needId),
  };
}

/** The best introductions to make now across every open need: few and good. */
export async function suggestionsForAccount(
  db: DbOrTx,
  accountId: string,
  now: Date,
  query: { limit?: number; perNeed?: number },
): Promise<Suggestions> {
  const limit = query.limit ?? (await settingsOf(db, accountId)).suggestionsPerWeek;
  const perNeed = query.perNeed ?? 1;
  const rows = await repo.storedSuggestions(db, accountId, {
    minScore: SUGGESTION_FLOOR,
    limit: Math.max(200, limit * perNeed * READ_PER_SHOWN),
  });
  const ctx = await readContext(db, accountId, now, rows);
  const all = presentAll(ctx, rows);
  // Few and good: at most `perNeed` per need, and one request per provider in one list (asking the same
  // person several times in a week wears them out), unless more per need were asked for.
  const perNeedTaken = new Map<string, number>();
  const providers = new Set<string>();
  const items: Suggestion[] = [];
  for (const s of all) {
    // A need with an introduction under way is being answered: not one of the introductions to make now.
    if (underWayFor(ctx.guards, s.needId)) continue;
    const n = perNeedTaken.get(s.needId) ?? 0;
    if (n >= perNeed || (perNeed === 1 && providers.has(s.providerId))) continue;
    perNeedTaken.set(s.needId, n + 1);
    providers.add(s.providerId);
    items.push(s);
    if (items.length >= limit) break;
  }
  return { items, updating: ctx.pending.any };
}

/** Who could help this person (per open need) and whose needs they could answer. */
export async function suggestionsForPerson(
  db: Db,
  accountId: string,
  personId: string,
  now: Date,
  limit = 5,
): Promise<PersonSuggestions> {
  if (!(await findPerson(db, accountId, personId))) throw notFound('Person');
  const own = await repo.openNeedsOf(db, accountId, personId);
  const stored = await repo.storedSuggestions(db, accountId, { needIds: own.map((n) => n.id) });
  const asProvider = await repo.storedSuggestions(db, accountId, {
    providerId: personId,
    limit: limit * READ_PER_SHOWN,
  });
  const ctx = await readContext(db, accountId, now, [...stored, ...asProvider], {
    needs: own,
    people: [personId],
  });
  // Each open need's introduction under way, with the other person of it, who need not be among the people
  // the lists show.
  const going = new Map(
    own.flatMap((n) => {
      const intro = underWayFor(ctx.guards, n.id);
      return intro
        ? [[n.id, { intro, otherId: intro.personA === personId ? intro.personB : intro.personA }]]
        : [];
    }),
  );
  const unnamed = [...going.values()].map((g) => g.otherId).filter((id) => !ctx.people.has(id));
  const names = new Map(
    [...ctx.people.values(), ...(unnamed.length ? await repo.livePeople(db, accountId, unnamed) : [])].map(
      (p) => [p.id, p.name],
    ),
  );
  const underWay = (needId: string) => {
    const g = going.get(needId);
    return g
      ? {
          introductionId: g.intro.id,
          state: g.intro.state,
          personId: g.otherId,
          personName: names.get(g.otherId) ?? 'someone no longer in your network',
        }
      : null;
  };
  const couldHelpThem = own.map((need) => ({
    needId: need.id,
    needText: need.text,
    underWay: underWay(need.id),
    items: presentAll(
      ctx,
      stored.filter((s) => s.needId === need.id),
    ).slice(0, limit),
  }));
  const theyCouldHelp = presentAll(ctx, asProvider).slice(0, limit);
  const facts = ctx.guards.people.get(personId);
  const name = ctx.people.get(personId)?.name ?? 'They';
  const held = (role: 'seeker' | 'provider') => {
    const exclusion = facts ? heldBack(ctx.guards, facts, role) : null;
    return exclusion ? { exclusion, words: heldBackWords(name, exclusion) } : null;
  };
  return {
    couldHelpThem,
    theyCouldHelp,
    heldBack: { asSeeker: held('seeker'), asProvider: held('provider') },
    updating: ctx.pending.any,
  };
}

/** Checks that a suggestion's ids are this account's: the need, the provider and, if given, their offer. */
async function checkChoice(db: DbOrTx, accountId: string, choice: SuggestionChoice) {
  const need = await findNeed(db, accountId, choice.needId);
  if (!need) throw unprocessable('needId', 'no such need');
  const provider = await findPerson(db, accountId, choice.providerId);
  if (!provider) throw unprocessable('providerId', 'no such person');
  if (provider.id === need.personId)
    throw unprocessable('providerId', 'must be someone other than the seeker');
  const offer = choice.offerId === null ? null : await findOffer(db, accountId, choice.offerId);
  if (choice.offerId !== null && (offer?.personId !== provider.id || offer.status !== 'active')) {
    throw unprocessable('offerId', 'must be an active offer of the provider');
  }
  return { need, provider, offer };
}

const toDismissal = (row: {
  id: string;
  needId: string;
  providerId: string;
  offerId: string | null;
  createdAt: Date;
}): Dismissal => ({
  id: row.id,
  needId: row.needId,
  providerId: row.providerId,
  offerId: row.offerId,
  createdAt: row.createdAt.toISOString(),
});

/**
 * "Not a fit": remembered (never suggested again for this need), and evidence for the learner. A pair
 * already dismissed answers its dismissal: a second row would count twice as evidence, and undoing the
 * one the page shows would leave the other hiding the suggestion.
 */
export async function dismiss(
  db: Db,
  accountId: string,
  choice: SuggestionChoice,
  now: Date,
): Promise<Dismissal> {
  return db.transaction(async (tx) => {
    await repo.lockNeedForDismissal(tx, accountId, choice.needId);
    await checkChoice(tx, accountId, choice);
    const existing = await repo.findDismissal(tx, accountId, choice.needId, choice.providerId);
    if (existing) return toDismissal(existing);
    const row = await repo.insertDismissal(tx, accountId, choice, now);
    await repo.putSuggestion(tx, accountId, choice.needId, choice.providerId, null, now);
    await markPending(tx, accountId, [{ kind: 'need', id: choice.needId }], now);
    return toDismissal(row);
  });
}

export async function undoDismissal(db: Db, accountId: string, id: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await repo.deleteDismissal(tx, accountId, id);
    if (!row) throw notFound('Dismissal');
    await markPending(tx, accountId, [{ kind: 'need', id: row.needId }], now);
  });
}

/** A draft introduction from a suggestion, through the introductions' own proposal path. */
export async function draftFromSuggestion(
  deps: IntroDeps,
  accountId: string,
  choice: DraftChoice,
): Promise<IntroductionDetail> {
  const { need, provider, offer } = await checkChoice(deps.db, accountId, choice);
  const seeker = await findPerson(deps.db, accountId, need.personId);
  const reason = introductionReason({
    seekerName: seeker?.name ?? 'They',
    providerName: provider.name,
    needText: need.text,
    neededBy: need.neededBy,
    offerText: offer?.text ?? null,
  });
  return proposeIntroduction(deps, accountId, {
    personAId: need.personId,
    personBId: provider.id,
    kind: 'seeker_provider',
    reason: reason.slice(0, 4000),
    order: 'sequential',
    discloseCaveatIds: [],
    autoSend: false,
    needId: need.id,
    confirmUnvouched: choice.confirmUnvouched,
  });
}

export async function matchingStatus(db: DbOrTx, accountId: string): Promise<{ pending: number }> {
  return { pending: await repo.pendingCount(db, accountId) };
}

export async function getSettings(db: DbOrTx, accountId: string): Promise<MatchingSettingsBody> {
  return settingsOf(db, accountId);
}

export async function updateSettings(
  db: Db,
  accountId: string,
  patch: MatchingSettingsPatch,
  now: Date,
): Promise<MatchingSettingsBody> {
  return db.transaction(async (tx) => {
    const current = await settingsOf(tx, accountId);
    const next = { ...current, ...patch };
    await repo.saveSettings(tx, accountId, next, now);
    if (next.declineCooldownDays !== current.declineCooldownDays) {
      // A shorter cooldown can let pairs back in: every list is scored again.
      const open = (await repo.allNeeds(tx, accountId)).filter((n) => n.status === 'open');
      await markPending(
        tx,
        accountId,
        open.map((n) => ({ kind: 'need' as const, id: n.id })),
        now,
      );
    }
    return next;
  });
}

/** The connector vouches for a provider despite a recorded no-show (or takes that back). */
export async function setNoShowOverride(
  db: Db,
  accountId: string,
  personId: string,
  override: boolean,
  now: Date,
): Promise<{ personId: string; override: boolean }> {
  return db.transaction(async (tx) => {
    const people = await repo.livePeople(tx, accountId);
    if (!people.some((p) => p.id === personId)) throw notFound('Person');
    await repo.setOverride(tx, accountId, personId, override, now);
    await markPeopleChanged(tx, accountId, [personId], now);
    return { personId, override };
  });
}
