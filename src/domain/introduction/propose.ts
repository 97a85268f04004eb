// Creating an introduction: the rules for who may be introduced and who is asked first.
import { blocked } from './rules';
import {
  type AskOrder,
  type Introduction,
  type IntroKind,
  PARTIES,
  type Party,
  type PartyFacts,
  type TransitionError,
} from './types';

export interface ProposedParty extends PartyFacts {
  id: string;
  /** The person is busy / sought-after: ask them first. */
  askFirst: boolean;
}

export interface ProposeInput {
  a: ProposedParty;
  b: ProposedParty;
  kind: IntroKind;
  order: AskOrder;
  /** Overrides the default choice of who is asked first. */
  firstParty?: Party;
  autoSend?: boolean;
}

/**
 * In sequential order the seeker (the customer side) is asked first, unless exactly one of the two is
 * marked "ask me first" (busy, sought-after), who then goes first.
 */
export function defaultFirstParty(a: { askFirst: boolean }, b: { askFirst: boolean }): Party {
  if (b.askFirst && !a.askFirst) return 'b';
  return 'a';
}

/** Why an introduction needs two different people: the proposal, the service and a restore all say it. */
export const SELF_INTRODUCTION = 'a person cannot be introduced to themselves';

export function propose(
  input: ProposeInput,
): { ok: true; intro: Introduction } | { ok: false; error: TransitionError } {
  const { a, b } = input;
  if (a.id === b.id) {
    return {
      ok: false,
      error: { code: 'not_allowed_in_state', message: SELF_INTRODUCTION },
    };
  }
  // The same check that guards every request: both people can be asked.
  const parties = {
    a: { doNotIntroduce: a.doNotIntroduce, hasEmail: a.hasEmail },
    b: { doNotIntroduce: b.doNotIntroduce, hasEmail: b.hasEmail },
  };
  const stop = blocked(parties, PARTIES);
  if (stop) return stop;
  return {
    ok: true,
    intro: {
      state: 'draft',
      kind: input.kind,
      order: input.order,
      firstParty: input.firstParty ?? defaultFirstParty(a, b),
      autoSend: input.autoSend ?? false,
      consent: { a: { status: 'not_asked' }, b: { status: 'not_asked' } },
      parties,
      checkBackNotedAt: null,
      introducedAt: null,
      followUpSentAt: null,
      followUpAnswers: {},
      outcome: null,
      endedAt: null,
    },
  };
}
