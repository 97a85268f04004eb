// Which of the connector's moves the rules allow right now. Nothing here is a rule: each move is tried on
// the one `transition` and its answer (or its refusal, with the reason) is reported as is.
import type { TimingPolicy } from './timing';
import { transition } from './transition';
import type { Introduction, IntroEvent, Party, TransitionErrorCode } from './types';

export interface Verdict {
  allowed: boolean;
  /** Why not, in the state machine's own words. */
  reason?: string;
  /** `no_change`: the move would be accepted but change nothing (an answer already recorded). */
  code?: TransitionErrorCode | 'no_change';
  /** The person the refusal is about, when it is about one. */
  party?: Party;
}

export type PerParty = Record<Party, Verdict>;

export interface IntroActions {
  request: Verdict;
  introduce: Verdict;
  reask: Verdict;
  followUp: Verdict;
  outcome: Verdict;
  cancel: Verdict;
  /** Editing the draft's content (reason, pitches, caveats, order). */
  edit: Verdict;
  /** Can an answer be recorded for each person now? */
  answer: PerParty;
  /** Can each person's yes be withdrawn now? */
  withdraw: PerParty;
  /** Can each person's answer to the follow-up be recorded now? */
  followUpAnswer: PerParty;
  /** Can each person be asked to reconfirm a yes that has grown stale? */
  reconfirm: PerParty;
}

type PerPartyKey = 'answer' | 'withdraw' | 'followUpAnswer' | 'reconfirm';
type Single = Exclude<keyof IntroActions, PerPartyKey>;

/**
 * The event each action stands for. Where an action takes details (which answer, which outcome), the
 * probe uses one that needs no more details: the question is whether the move is possible at all.
 */
export const PROBES: Record<Single, IntroEvent> & Record<PerPartyKey, (p: Party) => IntroEvent> = {
  request: { type: 'request' },
  introduce: { type: 'introduce' },
  reask: { type: 'reask' },
  followUp: { type: 'follow_up', early: true },
  outcome: { type: 'record_outcome', outcome: 'met_helpful' },
  cancel: { type: 'cancel' },
  edit: { type: 'edit', content: true },
  answer: (party) => ({ type: 'answer', party, answer: 'yes', channel: 'phone' }),
  withdraw: (party) => ({ type: 'withdraw', party, channel: 'phone' }),
  followUpAnswer: (party) => ({ type: 'follow_up_answer', party, answer: 'met_helpful', channel: 'phone' }),
  reconfirm: (party) => ({ type: 'reconfirm', party }),
};

export function verdict(intro: Introduction, event: IntroEvent, now: Date, policy?: TimingPolicy): Verdict {
  const result = transition(intro, event, now, policy);
  if (result.ok) {
    // Accepted but pointless (the same answer again): not offered as something to do.
    return result.changed
      ? { allowed: true }
      : { allowed: false, reason: 'this is already recorded', code: 'no_change' };
  }
  const { message: reason, code, party } = result.error;
  return party ? { allowed: false, reason, code, party } : { allowed: false, reason, code };
}

export function availableActions(intro: Introduction, now: Date, policy?: TimingPolicy): IntroActions {
  const single = (key: Single) => verdict(intro, PROBES[key], now, policy);
  const perParty = (key: PerPartyKey): PerParty => ({
    a: verdict(intro, PROBES[key]('a'), now, policy),
    b: verdict(intro, PROBES[key]('b'), now, policy),
  });
  return {
    request: single('request'),
    introduce: single('introduce'),
    reask: single('reask'),
    followUp: single('followUp'),
    outcome: single('outcome'),
    cancel: single('cancel'),
    edit: single('edit'),
    answer: perParty('answer'),
    withdraw: perParty('withdraw'),
    followUpAnswer: perParty('followUpAnswer'),
    reconfirm: perParty('reconfirm'),
  };
}
