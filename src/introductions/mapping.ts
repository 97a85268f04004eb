// Converts between stored rows and the pure domain model (instants as Dates in the domain, ISO strings
// in JSON columns), and from rows to API shapes.
import type { ConsentJson, IntroductionRow, OutcomeJson, PersonRow } from '../db/schema';
import type { IntroActions, Verdict } from '../domain/introduction/actions';
import { nextDueAt, snoozedUntil, type TimingPolicy } from '../domain/introduction/timing';
import type { Consent, Introduction as DomainIntro, Party, PartyFacts } from '../domain/introduction/types';
import type { ActionVerdict, ConsentView, Introduction, IntroductionActions } from './schema';

const d = (s: string | null | undefined) => (s ? new Date(s) : null);
const iso = (x: Date | null | undefined) => (x ? x.toISOString() : null);

export function consentFromJson(c: ConsentJson): Consent {
  switch (c.status) {
    case 'not_asked':
      return c;
    case 'asked':
      return { status: 'asked', askedAt: new Date(c.askedAt), remindedAt: d(c.remindedAt) };
    case 'yes':
      return { status: 'yes', at: new Date(c.at), channel: c.channel };
    case 'later':
      return { status: 'later', at: new Date(c.at), channel: c.channel, until: c.until };
    case 'no':
      return { status: 'no', at: new Date(c.at), channel: c.channel, withdrawn: c.withdrawn };
  }
}

export function consentToJson(c: Consent): ConsentJson {
  switch (c.status) {
    case 'not_asked':
      return c;
    case 'asked':
      return { status: 'asked', askedAt: c.askedAt.toISOString(), remindedAt: iso(c.remindedAt) };
    case 'yes':
      return { status: 'yes', at: c.at.toISOString(), channel: c.channel };
    case 'later':
      return { status: 'later', at: c.at.toISOString(), channel: c.channel, until: c.until };
    case 'no':
      return { status: 'no', at: c.at.toISOString(), channel: c.channel, withdrawn: c.withdrawn };
  }
}

type FactsSource = Pick<PersonRow, 'emails' | 'introPreferences'>;

export function partyFacts(person: FactsSource | undefined): PartyFacts {
  return {
    doNotIntroduce: person?.introPreferences.doNotIntroduce ?? true,
    hasEmail: (person?.emails.length ?? 0) > 0,
  };
}

export function toDomain(
  row: IntroductionRow,
  a: FactsSource | undefined,
  b: FactsSource | undefined,
): DomainIntro {
  const answers: DomainIntro['followUpAnswers'] = {};
  for (const p of ['a', 'b'] as const) {
    const x = row.followUpAnswers[p];
    if (x) {
      answers[p] = {
        answer: x.answer,
        at: new Date(x.at),
        channel: x.channel ?? 'email_link',
      };
    }
  }
  const o = row.outcome;
  return {
    state: row.state,
    kind: row.kind,
    order: row.askOrder,
    firstParty: row.firstParty,
    autoSend: row.autoSend,
    consent: { a: consentFromJson(row.consentA), b: consentFromJson(row.consentB) },
    parties: { a: partyFacts(a), b: partyFacts(b) },
    checkBackNotedAt: row.checkBackNotedAt,
    introducedAt: row.introducedAt,
    followUpSentAt: row.followUpSentAt,
    followUpAnswers: answers,
    outcome: o
      ? {
          kind: o.kind,
          value: o.value,
          noShowParty: o.noShowParty,
          note: o.note,
          at: new Date(o.at),
        }
      : null,
    endedAt: row.endedAt,
  };
}

/** The columns a transition may change. */
export function fromDomain(intro: DomainIntro, policy: TimingPolicy) {
  const answers: IntroductionRow['followUpAnswers'] = {};
  for (const p of ['a', 'b'] as const) {
    const x = intro.followUpAnswers[p];
    if (x) answers[p] = { answer: x.answer, at: x.at.toISOString(), channel: x.channel };
  }
  const outcome: OutcomeJson | null = intro.outcome
    ? { ...intro.outcome, at: intro.outcome.at.toISOString() }
    : null;
  return {
    state: intro.state,
    askOrder: intro.order,
    firstParty: intro.firstParty,
    autoSend: intro.autoSend,
    consentA: consentToJson(intro.consent.a),
    consentB: consentToJson(intro.consent.b),
    checkBackNotedAt: intro.checkBackNotedAt,
    introducedAt: intro.introducedAt,
    followUpSentAt: intro.followUpSentAt,
    followUpAnswers: answers,
    outcome,
    endedAt: intro.endedAt,
    nextDueAt: nextDueAt(intro, policy),
  };
}

/**
 * `note`: the note that came with the latest answer, shown only while that answer stands. `undelivered`:
 * the newest request to them did not reach them, which matters only while their answer is awaited.
 */
export function consentView(c: ConsentJson, note = '', undelivered = false): ConsentView {
  const base = {
    note: c.status === 'not_asked' || c.status === 'asked' ? '' : note,
    undelivered: c.status === 'asked' && undelivered,
    askedAt: null,
    remindedAt: null,
    answeredAt: null,
    channel: null,
    until: null,
    withdrawn: false,
  };
  switch (c.status) {
    case 'not_asked':
      return { status: 'not_asked', ...base };
    case 'asked':
      return { ...base, status: 'asked', askedAt: c.askedAt, remindedAt: c.remindedAt };
    case 'yes':
      return { ...base, status: 'yes', answeredAt: c.at, channel: c.channel };
    case 'later':
      return { ...base, status: 'later', answeredAt: c.at, channel: c.channel, until: c.until };
    case 'no':
      return {
        ...base,
        status: 'no',
        answeredAt: c.at,
        channel: c.channel,
        withdrawn: c.withdrawn,
      };
  }
}

type Pair = Pick<IntroductionRow, 'personAId' | 'personBId'>;

export function personIdOf(row: Pair, party: Party): string {
  return party === 'a' ? row.personAId : row.personBId;
}

export function partyOf(row: Pair, personId: string): Party | null {
  if (personId === row.personAId) return 'a';
  if (personId === row.personBId) return 'b';
  return null;
}

/** "person B has…" reads better with the name the connector knows them by. */
export function namedMessage(
  message: string,
  party: Party | undefined,
  names: Record<Party, string>,
): string {
  return party ? message.replace(/^person [AB]\b/, names[party]) : message;
}

function verdictView(row: IntroductionRow, v: Verdict, names: Record<Party, string>): ActionVerdict {
  return {
    allowed: v.allowed,
    ...(v.reason !== undefined ? { reason: namedMessage(v.reason, v.party, names) } : {}),
    ...(v.code !== undefined ? { code: v.code } : {}),
    ...(v.party ? { personId: personIdOf(row, v.party) } : {}),
  };
}

/** The domain's verdicts as the API shows them: people by id rather than by side. */
export function actionsView(
  row: IntroductionRow,
  actions: IntroActions,
  names: Record<Party, string>,
): IntroductionActions {
  const one = (v: Verdict) => verdictView(row, v, names);
  const both = (v: Record<Party, Verdict>) => ({ a: one(v.a), b: one(v.b) });
  return {
    request: one(actions.request),
    introduce: one(actions.introduce),
    reask: one(actions.reask),
    followUp: one(actions.followUp),
    outcome: one(actions.outcome),
    cancel: one(actions.cancel),
    edit: one(actions.edit),
    answer: both(actions.answer),
    withdraw: both(actions.withdraw),
    followUpAnswer: both(actions.followUpAnswer),
    reconfirm: both(actions.reconfirm),
  };
}

export function toIntroduction(
  row: IntroductionRow,
  names: Map<string, string>,
  actions: IntroductionActions,
  notes: Record<Party, string> = { a: '', b: '' },
  undelivered: Record<Party, boolean> = { a: false, b: false },
): Introduction {
  const o = row.outcome;
  const snooze = snoozedUntil({
    state: row.state,
    consent: { a: consentFromJson(row.consentA), b: consentFromJson(row.consentB) },
  });
  return {
    id: row.id,
    state: row.state,
    kind: row.kind,
    order: row.askOrder,
    firstParty: row.firstParty,
    autoSend: row.autoSend,
    personA: { id: row.personAId, name: names.get(row.personAId) ?? '' },
    personB: { id: row.personBId, name: names.get(row.personBId) ?? '' },
    needId: row.needId,
    reason: row.reason,
    consent: {
      a: consentView(row.consentA, notes.a, undelivered.a),
      b: consentView(row.consentB, notes.b, undelivered.b),
    },
    snoozedUntil: snooze,
    nextDueAt: iso(row.nextDueAt),
    introducedAt: iso(row.introducedAt),
    followUpSentAt: iso(row.followUpSentAt),
    endedAt: iso(row.endedAt),
    outcome: o
      ? {
          kind: o.kind,
          value: o.value,
          noShowPersonId: o.noShowParty ? personIdOf(row, o.noShowParty) : null,
          note: o.note,
          at: o.at,
        }
      : null,
    actions,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
