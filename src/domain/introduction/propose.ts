// Creating an introduction: the rules for who may be introduced and who is asked first.
import type { AskOrder, Introduction, IntroKind, Party, PartyFacts, TransitionError } from './types';

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

export function propose(
  input: ProposeInput,
): { ok: true; intro: Introduction } | { ok: false; error: TransitionError } {
  const { a, b } = input;
  if (a.id === b.id) {
    return {
      ok: false,
      error: { code: 'not_allowed_in_state', message: 'a person cannot be introduced to themselves' },
    };
  }
  for (const [party, p] of [
    ['a', a],
    ['b', b],
  ] as const) {
    if (p.doNotIntroduce) {
      return {
        ok: false,
        error: {
          code: 'opted_out',
          message: `person ${party.toUpperCase()} is marked "do not introduce"`,
          party,
        },
      };
    }
    if (!p.hasEmail) {
      return {
        ok: false,
        error: {
          code: 'missing_email',
          message: `person ${party.toUpperCase()} has no email address; both people need one to be asked and introduced`,
          party,
        },
      };
    }
  }
  return {
    ok: true,
    intro: {
      state: 'draft',
      kind: input.kind,
      order: input.order,
      firstParty: input.firstParty ?? defaultFirstParty(a, b),
      autoSend: input.autoSend ?? false,
      consent: { a: { status: 'not_asked' }, b: { status: 'not_asked' } },
      parties: {
        a: { doNotIntroduce: a.doNotIntroduce, hasEmail: a.hasEmail },
        b: { doNotIntroduce: b.doNotIntroduce, hasEmail: b.hasEmail },
      },
      checkBackNotedAt: null,
      introducedAt: null,
      followUpSentAt: null,
      followUpAnswers: {},
      outcome: null,
      endedAt: null,
    },
  };
}
