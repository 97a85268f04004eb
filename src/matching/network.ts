// The account as the matcher reads it, loaded in one go: live people, their needs and offers as match
// documents (with the stored embedding when it was made from the current text), the provider set, the
// guardrails' facts and a yes-learner fed the account's own answers and dismissals in time order.
// Nothing of another account is read.
import { createHash } from 'node:crypto';
import type { DbOrTx } from '../db/client';
import type { MatchSubject, NeedRow, OfferRow } from '../db/schema';
import type { ConsentLogAnswer } from '../domain/introduction/types';
import {
  needDoc,
  needText,
  offerDoc,
  offerText,
  profileDoc,
  profileText,
} from '../domain/matching/documents';
import {
  type GuardIntroduction,
  type GuardPerson,
  guard,
  type PreparedNetwork,
  prepareNetwork,
} from '../domain/matching/guardrails';
import { createYesLearner, type Decision, type YesLearner } from '../domain/matching/learner';
import { buildProviderSet, type ProviderSet, topProviders } from '../domain/matching/rank';
import { type MatchDoc, type Relevance, relevance } from '../domain/matching/relevance';
import { hasSubstance, isPastDue, maxScoreFactor, type Score, scoreMatch } from '../domain/matching/score';
import type { Vector } from '../domain/matching/vector';
import { kindYesRecord, type ValueFigures, valueFigures } from '../domain/values/figures';
import { kindOfHelp, needKind } from '../domain/values/kind';
import { requestsLeftOf } from '../introductions/facts';
import { consentFromJson } from '../introductions/mapping';
import * as repo from './repository';
import type { MatchingSettings } from './settings';

export const textHash = (model: string, text: string) =>
  createHash('sha256').update(model).update('\n').update(text).digest('base64url');

/** How many providers each need keeps stored (the lists shown are shorter). */
export const STORED_PER_NEED = 20;

export interface NeedEntry {
  row: NeedRow;
  doc: MatchDoc;
  /** The kind of request: the need's main tag, when it has one. */
  kind: string | null;
  /** The kind of help it asks for, as what each person valued groups it (`domain/values/kind.ts`). */
  helpKind: string | null;
}

export interface ProviderEntry {
  personId: string;
  offer: OfferRow | null;
  doc: MatchDoc;
}

export interface SourceTexts {
  needs: NeedRow[];
  offers: OfferRow[];
  people: repo.MatchPerson[];
}

/** The text each subject embeds, keyed `kind:id`. */
export function subjectTexts(
  src: SourceTexts,
): Map<string, { kind: MatchSubject; id: string; personId: string; text: string }> {
  const out = new Map<string, { kind: MatchSubject; id: string; personId: string; text: string }>();
  const live = new Set(src.people.map((p) => p.id));
  for (const p of src.people)
    out.set(`profile:${p.id}`, { kind: 'profile', id: p.id, personId: p.id, text: profileText(p) });
  for (const n of src.needs) {
    if (live.has(n.personId))
      out.set(`need:${n.id}`, { kind: 'need', id: n.id, personId: n.personId, text: needText(n) });
  }
  for (const o of src.offers) {
    if (live.has(o.personId))
      out.set(`offer:${o.id}`, { kind: 'offer', id: o.id, personId: o.personId, text: offerText(o) });
  }
  return out;
}

export const profileSummary = (p: repo.MatchPerson) =>
  [[p.title, p.company].filter((x) => x.trim() !== '').join(' at '), p.blurb]
    .filter((x) => x.trim() !== '')
    .join('; ');

export class MatchNetwork {
  readonly people: Map<string, repo.MatchPerson>;
  readonly needs = new Map<string, NeedEntry>();
  readonly providers: ProviderEntry[] = [];
  readonly byPerson = new Map<string, number[]>();
  readonly set: ProviderSet;
  /** Each person's open needs, for mutual benefit. */
  readonly openNeedsOf = new Map<string, NeedEntry[]>();
  readonly today: string;
  readonly #mutual = new Map<string, { relevance: Relevance; needText: string } | null>();

  constructor(
    readonly accountId: string,
    readonly now: Date,
    src: SourceTexts,
    vectors: ReadonlyMap<string, Vector>,
    readonly guards: PreparedNetwork,
    readonly learner: YesLearner,
  ) {
    this.today = now.toISOString().slice(0, 10);
    this.people = new Map(src.people.map((p) => [p.id, p]));
    // An empty vector: the model could not read the text (embedder.ts), so it has no meaning to compare.
    const vec = (key: string) => {
      const v = vectors.get(key);
      return v && v.length > 0 ? v : null;
    };
    for (const n of src.needs) {
      if (!this.people.has(n.personId)) continue;
      const doc = needDoc(n, vec(`need:${n.id}`));
      const entry = {
        row: n,
        doc,
        kind: n.tags[0]?.toLowerCase() ?? null,
        helpKind: needKind(n, doc.analysis)?.kind ?? null,
      };
      this.needs.set(n.id, entry);
      if (this.isOpen(entry))
        this.openNeedsOf.set(n.personId, [...(this.openNeedsOf.get(n.personId) ?? []), entry]);
    }
    const add = (e: ProviderEntry) => {
      if (!hasSubstance(e.doc.text)) return;
      this.byPerson.set(e.personId, [...(this.byPerson.get(e.personId) ?? []), this.providers.length]);
      this.providers.push(e);
    };
    for (const o of src.offers) {
      if (this.people.has(o.personId))
        add({ personId: o.personId, offer: o, doc: offerDoc(o, vec(`offer:${o.id}`)) });
    }
    for (const p of src.people)
      add({ personId: p.id, offer: null, doc: profileDoc(p, vec(`profile:${p.id}`)) });
    this.set = buildProviderSet(this.providers.map((p) => p.doc));
    // the set's copies read the same with their analyses packed: keep only those
    this.providers.forEach((p, i) => {
      p.doc = this.set.docs[i] ?? p.doc;
    });
  }

  isOpen(n: NeedEntry): boolean {
    return n.row.status === 'open' && !isPastDue(n.row.neededBy, this.today) && hasSubstance(n.doc.text);
  }

  /** How well what the seeker offers (or is) answers the provider's open needs: the best relevance. */
  mutual(seekerId: string, providerId: string): { relevance: Relevance; needText: string } | null {
    const key = `${seekerId}|${providerId}`;
    if (this.#mutual.has(key)) return this.#mutual.get(key)!;
    let best: { relevance: Relevance; needText: string } | null = null;
    for (const need of this.openNeedsOf.get(providerId) ?? []) {
      for (const i of this.byPerson.get(seekerId) ?? []) {
        const r = relevance(need.doc, this.providers[i]!.doc, this.set.corpus);
        if (r.score > (best?.relevance.score ?? 0)) best = { relevance: r, needText: need.row.text };
      }
    }
    this.#mutual.set(key, best);
    return best;
  }

  /** The full score of provider document `index` for a need, or null when a guardrail excludes it. */
  score(need: NeedEntry, index: number, rel: Relevance): (Score & { vouchUnmet: boolean }) | null {
    const entry = this.providers[index]!;
    const seeker = this.people.get(need.row.personId);
    const provider = this.people.get(entry.personId);
    if (!seeker || !provider) return null;
    // Stored lists keep who only a passing rule leaves out; every read applies all of them (guardrails.ts).
    const verdict = guard(
      this.guards,
      { needId: need.row.id, seekerId: seeker.id, providerId: provider.id, requestKind: need.kind },
      'lasting',
    );
    if (!verdict.ok) return null;
    const at = this.now.getTime();
    const fit = rel.score;
    const mutual = this.mutual(seeker.id, provider.id);
    const unmet = (id: string) => verdict.unmet.find((u) => u.personId === id)?.labels ?? [];
    const scored = scoreMatch({
      need: { text: need.row.text, neededBy: need.row.neededBy, urgency: need.row.urgency },
      offer: entry.offer ? { text: entry.offer.text } : null,
      profileSummary: profileSummary(provider),
      seeker: {
        name: seeker.name,
        trust: seeker.trust,
        unmetVouch: unmet(seeker.id),
        yes: this.learner.predict({
          decider: seeker.id,
          target: provider.id,
          at,
          fit,
          trust: provider.trust,
          ...(need.helpKind ? { kind: need.helpKind } : {}),
        }),
      },
      provider: {
        name: provider.name,
        trust: provider.trust,
        unmetVouch: unmet(provider.id),
        yes: this.learner.predict({
          decider: provider.id,
          target: seeker.id,
          at,
          fit,
          trust: seeker.trust,
          ...(need.helpKind ? { kind: need.helpKind } : {}),
        }),
      },
      relevance: rel,
      mutual: mutual?.relevance ?? null,
      ...(mutual ? { mutualNeedText: mutual.needText } : {}),
      today: this.today,
    });
    return scored ? { ...scored, vouchUnmet: verdict.vouchUnmet } : null;
  }

  /** The stored list of one need: its best providers, one entry per person (their best document). */
  suggestFor(needId: string, keep = STORED_PER_NEED): repo.SuggestionValues[] {
    const need = this.needs.get(needId);
    if (!need || !this.isOpen(need)) return [];
    const scores = new Map<number, Score & { vouchUnmet: boolean }>();
    const ranked = topProviders(
      this.set,
      need.doc,
      keep * 3,
      (index, rel) => {
        const s = this.score(need, index, rel);
        if (!s) return null;
        scores.set(index, s);
        return s.score;
      },
      // the full score can exceed relevance: the walk must know by how much to stay exact
      { maxFactor: maxScoreFactor(need.row, this.today) },
    );
    const seen = new Set<string>();
    const out: repo.SuggestionValues[] = [];
    for (const r of ranked) {
      const entry = this.providers[r.index]!;
      const s = scores.get(r.index);
      if (!s || seen.has(entry.personId)) continue;
      seen.add(entry.personId);
      out.push(this.values(need, entry, r.relevance, s));
      if (out.length >= keep) break;
    }
    return out;
  }

  /** One provider's best document for one need, or null when none is relevant or allowed. */
  bestOf(needId: string, personId: string): repo.SuggestionValues | null {
    const need = this.needs.get(needId);
    if (!need || !this.isOpen(need) || need.row.personId === personId) return null;
    let best: repo.SuggestionValues | null = null;
    for (const index of this.byPerson.get(personId) ?? []) {
      const entry = this.providers[index]!;
      const rel = relevance(need.doc, entry.doc, this.set.corpus);
      if (!(rel.score > 0)) continue;
      const s = this.score(need, index, rel);
      if (s && s.score > (best?.score ?? 0)) best = this.values(need, entry, rel, s);
    }
    return best;
  }

  openNeeds(): NeedEntry[] {
    return [...this.needs.values()].filter((n) => this.isOpen(n));
  }

  private values(
    need: NeedEntry,
    entry: ProviderEntry,
    rel: Relevance,
    s: Score & { vouchUnmet: boolean },
  ): repo.SuggestionValues {
    return {
      needId: need.row.id,
      providerId: entry.personId,
      offerId: entry.offer?.id ?? null,
      score: s.score,
      relevance: rel.score,
      terms: s.terms.map((t) => ({ kind: t.kind, contribution: t.contribution, phrase: t.phrase })),
      reasons: s.reasons,
      vouchUnmet: s.vouchUnmet,
    };
  }
}

/** The guardrails' facts about the account, read now. */
export async function loadGuards(
  db: DbOrTx,
  accountId: string,
  people: repo.MatchPerson[],
  settings: MatchingSettings,
  now: Date,
  /** Only `people` are asked about (a read of a few suggestions): their introductions are enough. */
  onlyThese = false,
): Promise<PreparedNetwork> {
  const [left, noShows, overrides, history, dismissals] = await Promise.all([
    requestsLeftOf(db, accountId, people, now),
    repo.noShowPeople(db, accountId),
    repo.overriddenPeople(db, accountId),
    repo.introductionHistory(db, accountId, onlyThese ? people.map((p) => p.id) : undefined),
    repo.dismissalsOf(db, accountId),
  ]);
  const guardPeople = new Map<string, GuardPerson>(
    people.map((p) => [
      p.id,
      {
        id: p.id,
        doNotIntroduce: p.introPreferences.doNotIntroduce,
        hasEmail: p.emails.length > 0,
        requestsLeft: left.get(p.id) ?? null,
        noShow: noShows.has(p.id),
        noShowOverride: overrides.has(p.id),
        vouchCriteria: p.vouchCriteria,
      },
    ]),
  );
  const introductions: GuardIntroduction[] = history.map((h) => {
    return {
      id: h.id,
      personA: h.personAId,
      personB: h.personBId,
      needId: h.needId,
      state: h.state,
      introducedAt: h.introducedAt,
      consentA: consentFromJson(h.consentA),
      consentB: consentFromJson(h.consentB),
      requestKind: h.needTags?.[0]?.toLowerCase() ?? null,
    };
  });
  return prepareNetwork({
    people: guardPeople,
    introductions,
    dismissed: new Set(dismissals.map((d) => `${d.needId}|${d.providerId}`)),
    cooldownDays: settings.declineCooldownDays,
    now,
  });
}

/**
 * A learner that has seen the account's answers and dismissals, oldest first, and reads each person's yes
 * rate per kind of help from the same figures their page shows (`domain/values`).
 */
export async function loadLearner(db: DbOrTx, accountId: string): Promise<YesLearner> {
  const [answers, dismissals, needs] = await Promise.all([
    repo.consentAnswers(db, accountId),
    repo.dismissalsOf(db, accountId),
    repo.allNeeds(db, accountId),
  ]);
  const needOf = new Map(needs.map((n) => [n.id, n]));
  const decisions: Decision[] = [];
  // Each introduction's kind once: its answers share it.
  const kinds = new Map<string, string>();
  const kindOf = (a: (typeof answers)[number]) => {
    let kind = kinds.get(a.introductionId);
    if (kind === undefined) {
      kind = kindOfHelp(
        a.needText === null ? null : { tags: a.needTags ?? [], text: a.needText },
        a.introKind,
      ).kind;
      kinds.set(a.introductionId, kind);
    }
    return kind;
  };
  for (const a of answers) {
    const target = a.personId === a.personAId ? a.personBId : a.personAId;
    const kind = kindOf(a);
    decisions.push({
      decider: a.personId,
      target,
      // A yes taken back counts as a no; "later" is not a no and is not recorded here.
      yes: a.answer === 'yes',
      at: new Date(a.at).getTime(),
      ...(kind ? { kind } : {}),
      source: 'answer',
    });
  }
  for (const d of dismissals) {
    const need = needOf.get(d.needId);
    if (!need) continue;
    const kind = needKind(need)?.kind;
    const at = d.createdAt.getTime();
    // The connector's "not a fit" is about the pair and this kind of request: weak evidence both ways.
    for (const [decider, target] of [
      [d.providerId, need.personId],
      [need.personId, d.providerId],
    ] as const) {
      decisions.push({ decider, target, yes: false, at, ...(kind ? { kind } : {}), source: 'dismissal' });
    }
  }
  decisions.sort((x, y) => x.at - y.at);
  const learner = createYesLearner();
  for (const d of decisions) learner.observe(d);
  return withKindRecords(learner, kindFiguresOf(answers, kindOf));
}

/** Each person's answers counted per kind of help by `valueFigures`, the one count of them. */
function kindFiguresOf<
  A extends { personId: string; introductionId: string; answer: ConsentLogAnswer; at: Date },
>(answers: readonly A[], kindOf: (a: A) => string): Map<string, ValueFigures> {
  const byPerson = new Map<string, A[]>();
  for (const a of answers) {
    const own = byPerson.get(a.personId);
    if (own) own.push(a);
    else byPerson.set(a.personId, [a]);
  }
  const out = new Map<string, ValueFigures>();
  for (const [personId, own] of byPerson) {
    const intros = new Map(own.map((a) => [a.introductionId, kindOf(a)]));
    out.set(
      personId,
      valueFigures({
        introductions: [...intros].map(([id, kind]) => ({
          id,
          kind: { kind, label: kind },
          introducedAt: null,
        })),
        answers: own.map((a) => ({ introductionId: a.introductionId, answer: a.answer, at: a.at.getTime() })),
        followUps: [],
        outcomes: [],
        contacts: [],
      }),
    );
  }
  return out;
}

/** Questions about a kind of help carry the decider's own record for it. */
function withKindRecords(learner: YesLearner, figures: ReadonlyMap<string, ValueFigures>): YesLearner {
  return {
    observe: (d) => learner.observe(d),
    predict: (q) => {
      const own = figures.get(q.decider);
      const record = q.kind === undefined || !own ? undefined : kindYesRecord(own, q.kind);
      return learner.predict(record ? { ...q, kindRecord: record } : q);
    },
  };
}
