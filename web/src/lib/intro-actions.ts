// Which actions the detail page offers. The rules are not written here: the introduction as the API shows
// it is handed to the domain's own `transition` (src/domain/introduction), and an action is offered only
// when the state machine would accept it. The server runs the same function again on every request.
import { transition } from '../../../src/domain/introduction/transition';
import type {
  Consent,
  Introduction as DomainIntroduction,
  IntroEvent,
  PartyFacts,
  TransitionErrorCode,
} from '../../../src/domain/introduction/types';
import type { ConsentView } from '../../../src/introductions/schema';
import type { IntroductionDetail, Party, Person } from '../api/types';

const date = (iso: string | null): Date => new Date(iso ?? 0);

export function consentFromView(c: ConsentView): Consent {
  switch (c.status) {
    case 'not_asked':
      return { status: 'not_asked' };
    case 'asked':
      return {
        status: 'asked',
        askedAt: date(c.askedAt),
        remindedAt: c.remindedAt ? date(c.remindedAt) : null,
      };
    case 'yes':
      return { status: 'yes', at: date(c.answeredAt), channel: c.channel ?? 'other' };
    case 'later':
      return { status: 'later', at: date(c.answeredAt), channel: c.channel ?? 'other', until: c.until ?? '' };
    case 'no':
      return { status: 'no', at: date(c.answeredAt), channel: c.channel ?? 'other', withdrawn: c.withdrawn };
  }
}

/** What the rules need to know about a person. Unknown (not loaded yet) counts as fine: the server decides. */
export function factsOf(person: Pick<Person, 'emails' | 'introPreferences'> | undefined): PartyFacts {
  return {
    doNotIntroduce: person?.introPreferences.doNotIntroduce ?? false,
    hasEmail: person ? person.emails.length > 0 : true,
  };
}

export function toDomain(d: IntroductionDetail, facts: Record<Party, PartyFacts>): DomainIntroduction {
  const answers: DomainIntroduction['followUpAnswers'] = {};
  for (const p of ['a', 'b'] as const) {
    const x = d.followUpAnswers[p];
    if (x) answers[p] = { answer: x.answer, at: new Date(x.at) };
  }
  const noShowParty =
    d.outcome?.noShowPersonId === d.personA.id ? 'a' : d.outcome?.noShowPersonId ? 'b' : null;
  return {
    state: d.state,
    kind: d.kind,
    order: d.order,
    firstParty: d.firstParty,
    autoSend: d.autoSend,
    consent: { a: consentFromView(d.consent.a), b: consentFromView(d.consent.b) },
    parties: facts,
    // Only the timed sweeps look at this, never an action the connector takes.
    checkBackNotedAt: null,
    introducedAt: d.introducedAt ? new Date(d.introducedAt) : null,
    followUpSentAt: d.followUpSentAt ? new Date(d.followUpSentAt) : null,
    followUpAnswers: answers,
    outcome: d.outcome
      ? {
          kind: d.outcome.kind,
          value: d.outcome.value,
          noShowParty,
          note: d.outcome.note,
          at: new Date(d.outcome.at),
        }
      : null,
    endedAt: d.endedAt ? new Date(d.endedAt) : null,
  };
}

/** Allowed, or refused with the state machine's own reason (shown next to a disabled button). */
export type Verdict =
  | { ok: true }
  | { ok: false; reason: string; code: TransitionErrorCode | 'no_change'; party?: Party };

/** Refused only because of who the people are (opted out, no email): worth explaining, not hiding. */
export const blockedByPerson = (v: Verdict): v is Extract<Verdict, { ok: false }> =>
  !v.ok && (v.code === 'opted_out' || v.code === 'missing_email');

export interface Actions {
  request: Verdict;
  introduce: Verdict;
  reask: Verdict;
  followUp: Verdict;
  outcome: Verdict;
  cancel: Verdict;
  /** Per party: can an answer be recorded for them now? */
  answer: Record<Party, Verdict>;
  /** Per party: can their yes be withdrawn now? */
  withdraw: Record<Party, Verdict>;
}

export function availableActions(
  d: IntroductionDetail,
  facts: Record<Party, PartyFacts>,
  now: Date = new Date(),
): Actions {
  const intro = toDomain(d, facts);
  const check = (event: IntroEvent): Verdict => {
    const result = transition(intro, event, now);
    // A no-op (the same answer again) is allowed but pointless: not offered.
    if (result.ok) {
      return result.changed ? { ok: true } : { ok: false, reason: 'nothing would change', code: 'no_change' };
    }
    const { message: reason, code, party } = result.error;
    return party ? { ok: false, reason, code, party } : { ok: false, reason, code };
  };
  const perParty = (make: (p: Party) => IntroEvent) => ({ a: check(make('a')), b: check(make('b')) });
  return {
    request: check({ type: 'request' }),
    introduce: check({ type: 'introduce' }),
    reask: check({ type: 'reask' }),
    followUp: check({ type: 'follow_up', early: true }),
    // Any outcome that needs no extra detail tells whether recording one is possible at all.
    outcome: check({ type: 'record_outcome', outcome: 'met_helpful' }),
    cancel: check({ type: 'cancel' }),
    answer: perParty((party) => ({ type: 'answer', party, answer: 'yes', channel: 'phone' })),
    withdraw: perParty((party) => ({ type: 'withdraw', party, channel: 'phone' })),
  };
}
