// What a person valued, counted from their history: per kind of help, how they answered consent requests
// (their last answer per introduction; a yes taken back is a no), whether they found introductions helpful
// (their own follow-up answer, else the connector's outcome for them), business done, and whether contact
// followed. Pure; the sentences (`sentences.ts`) and the matcher's per-kind yes rates read these figures.
import type { ConsentLogAnswer, FollowUpAnswer, OutcomeKind } from '../introduction/types';
import type { HelpKind } from './kind';

/** Contact within this many days after an introduction went out counts as contact that followed it. */
export const CONTACT_FOLLOWS_DAYS = 30;

export interface ValueHistory {
  /** The introductions the person was in, with the kind of help each answered. */
  introductions: readonly { id: string; kind: HelpKind; introducedAt: number | null }[];
  /** Their consent log entries (ms since epoch), in the order they were recorded. */
  answers: readonly { introductionId: string; answer: ConsentLogAnswer; at: number }[];
  /** Their own follow-up answers. */
  followUps: readonly { introductionId: string; answer: FollowUpAnswer; at: number }[];
  /** The connector's outcomes recorded for them. */
  outcomes: readonly { introductionId: string; outcome: OutcomeKind; at: number }[];
  /** When the connector was in touch with them (interactions other than the introductions themselves). */
  contacts: readonly number[];
}

export interface KindFigures extends HelpKind {
  /** Introductions of this kind they answered. */
  asked: number;
  yes: number;
  no: number;
  later: number;
  helpful: number;
  notHelpful: number;
  businessDone: number;
  /** Introductions made (sent) of this kind, and after how many of them contact followed. */
  introduced: number;
  followedByContact: number;
}

export interface Judgement {
  introductionId: string;
  helpful: boolean;
  at: number;
}

export interface ValueFigures {
  kinds: KindFigures[];
  /** Every introduction judged helpful or not, oldest first. */
  judgements: Judgement[];
}

export type FinalAnswer = 'yes' | 'no' | 'later';

/** Each introduction's last answer: a withdrawn yes counts as a no. */
export function finalAnswers(answers: ValueHistory['answers']): Map<string, FinalAnswer> {
  const out = new Map<string, FinalAnswer>();
  const ordered = answers.map((a, i) => ({ ...a, i })).sort((x, y) => x.at - y.at || x.i - y.i);
  for (const a of ordered) out.set(a.introductionId, a.answer === 'withdrawn' ? 'no' : a.answer);
  return out;
}

const HELPFUL: ReadonlySet<string> = new Set(['met_helpful', 'business_done']);
const NOT_HELPFUL: ReadonlySet<string> = new Set(['met_not_fit', 'no_show']);

/** Their own word wins over the connector's; the latest of each. Null when neither judged it. */
function judgementOf(
  id: string,
  followUps: ValueHistory['followUps'],
  outcomes: ValueHistory['outcomes'],
): Judgement | null {
  const latest = <T extends { at: number }>(xs: T[]) => xs.sort((a, b) => a.at - b.at).at(-1);
  const own = latest(followUps.filter((f) => f.introductionId === id && judged(f.answer)));
  if (own) return { introductionId: id, helpful: HELPFUL.has(own.answer), at: own.at };
  const connector = latest(outcomes.filter((o) => o.introductionId === id && judged(o.outcome)));
  if (connector) return { introductionId: id, helpful: HELPFUL.has(connector.outcome), at: connector.at };
  return null;
}
const judged = (answer: string) => HELPFUL.has(answer) || NOT_HELPFUL.has(answer);

export function valueFigures(h: ValueHistory): ValueFigures {
  const answers = finalAnswers(h.answers);
  const byKind = new Map<string, KindFigures>();
  const judgements: Judgement[] = [];
  const followsMs = CONTACT_FOLLOWS_DAYS * 86_400_000;
  for (const intro of h.introductions) {
    const f = byKind.get(intro.kind.kind) ?? emptyFigures(intro.kind);
    byKind.set(intro.kind.kind, f);
    const answer = answers.get(intro.id);
    if (answer) {
      f.asked += 1;
      f[answer] += 1;
    }
    const judgement = judgementOf(intro.id, h.followUps, h.outcomes);
    if (judgement) {
      judgements.push(judgement);
      if (judgement.helpful) f.helpful += 1;
      else f.notHelpful += 1;
    }
    if (h.outcomes.some((o) => o.introductionId === intro.id && o.outcome === 'business_done')) {
      f.businessDone += 1;
    }
    if (intro.introducedAt !== null) {
      const sent = intro.introducedAt;
      f.introduced += 1;
      if (h.contacts.some((c) => c > sent && c <= sent + followsMs)) f.followedByContact += 1;
    }
  }
  const kinds = [...byKind.values()]
    .filter((k) => k.asked + k.helpful + k.notHelpful + k.introduced > 0)
    .sort((a, b) => b.asked - a.asked || a.label.localeCompare(b.label));
  judgements.sort((a, b) => a.at - b.at || a.introductionId.localeCompare(b.introductionId));
  return { kinds, judgements };
}

function emptyFigures(kind: HelpKind): KindFigures {
  return {
    ...kind,
    asked: 0,
    yes: 0,
    no: 0,
    later: 0,
    helpful: 0,
    notHelpful: 0,
    businessDone: 0,
    introduced: 0,
    followedByContact: 0,
  };
}

/**
 * How often they said yes to a kind of help, as the matcher's learner reads it: yes and no answers only
 * ("later" is neither). Undefined when they have not answered that kind.
 */
export function kindYesRecord(figures: ValueFigures, kind: string): { yes: number; all: number } | undefined {
  const k = figures.kinds.find((f) => f.kind === kind);
  if (!k || k.yes + k.no === 0) return undefined;
  return { yes: k.yes, all: k.yes + k.no };
}
