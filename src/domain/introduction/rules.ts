// Small named rules that `transition` applies and that other places (a proposal, the pages behind email
// links) ask instead of restating them.
import { fail, type Refusal } from './step';
import {
  type Introduction,
  type IntroState,
  type OutcomeKind,
  otherParty,
  type Party,
  type PartyFacts,
  type RequestPosition,
} from './types';

/**
 * Both people must still be willing to be introduced and reachable before anything is sent to them:
 * the refusal for the first of `parties` who is not, or null when all are.
 */
export function blocked(facts: Record<Party, PartyFacts>, parties: readonly Party[]): Refusal | null {
  for (const party of parties) {
    if (facts[party].doNotIntroduce) {
      return fail('opted_out', `person ${party.toUpperCase()} is marked "do not introduce"`, party);
    }
    if (!facts[party].hasEmail) {
      return fail('missing_email', `person ${party.toUpperCase()} has no email address`, party);
    }
  }
  return null;
}

/** The refusal for the first of `parties` who has had as many consent requests this month as they accept. */
export function outOfRequests(facts: Record<Party, PartyFacts>, parties: readonly Party[]): Refusal | null {
  for (const party of parties) {
    if (facts[party].requestsLeft === 0) {
      return fail(
        'over_budget',
        `person ${party.toUpperCase()} has had as many introduction requests this month as they want; ask later, or raise their limit`,
        party,
      );
    }
  }
  return null;
}

/**
 * Sequential order protects the person asked first: the other is asked (again) only while the first's
 * yes stands, as it did the first time. The refusal when `party` must wait for that, or null.
 */
export function waitsForFirstParty(
  intro: Pick<Introduction, 'consent' | 'order' | 'firstParty'>,
  party: Party,
  action: string,
): Refusal | null {
  const first = intro.firstParty;
  if (intro.order !== 'sequential' || party === first || intro.consent[first].status === 'yes') return null;
  return fail(
    'not_due',
    `person ${party.toUpperCase()} is ${action} once person ${first.toUpperCase()}, who is asked first, has said yes again`,
    party,
  );
}

/** Where a consent request to `party` sits: after the other's yes, alongside theirs, or first. */
export function positionFor(intro: Pick<Introduction, 'consent' | 'order'>, party: Party): RequestPosition {
  if (intro.consent[otherParty(party)].status === 'yes') return 'second';
  return intro.order === 'parallel' ? 'parallel' : 'first';
}

/** The states in which the people's answers to the follow-up are taken (a late answer still counts). */
export const FOLLOW_UP_ANSWER_STATES: readonly IntroState[] = ['following_up', 'closed'];
export const takesFollowUpAnswers = (state: IntroState): boolean => FOLLOW_UP_ANSWER_STATES.includes(state);

/** Outcomes that say the introduction answered the need it was for, so marking the need met is offered. */
export const NEED_MEETING_OUTCOMES: readonly OutcomeKind[] = ['met_helpful', 'business_done'];
export const meetsNeed = (outcome: OutcomeKind): boolean => NEED_MEETING_OUTCOMES.includes(outcome);

/** A consent request or its reminder is worth (re)sending only while the introduction is asking. */
export const takesConsentRequests = (state: string): boolean => state === 'asking';
