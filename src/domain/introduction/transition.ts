// The one place that knows the rules of an introduction. Routes, public pages, the CLI and the jobs all
// call `transition`; nothing else decides whether a move is allowed.
import {
  blocked,
  FOLLOW_UP_ANSWER_STATES,
  outOfRequests,
  positionFor,
  takesFollowUpAnswers,
  waitsForFirstParty,
} from './rules';
import { STATE_PHRASES, statesInWords } from './state-words';
import { fail, noop, Stepper } from './step';
import {
  checkBackDueAt,
  DEFAULT_TIMING,
  dateOf,
  followUpDueAt,
  isExpiryDue,
  laterWindow,
  partiesToRemind,
  staleYesParties,
  type TimingPolicy,
  yesStaleAt,
} from './timing';
import {
  type Consent,
  type Introduction,
  type IntroEvent,
  type IntroState,
  isFinal,
  otherParty,
  PARTIES,
  type Party,
  type TransitionResult,
} from './types';

const ASKING: readonly IntroState[] = ['asking', 'snoozed'];
const BEFORE_INTRODUCTION: readonly IntroState[] = ['draft', 'asking', 'snoozed', 'ready'];
/** Asking has begun and the introduction is still to be made: a yes given here can grow stale. */
const AWAITING_INTRODUCTION: readonly IntroState[] = ['asking', 'snoozed', 'ready'];

export function transition(
  intro: Introduction,
  event: IntroEvent,
  now: Date,
  policy: TimingPolicy = DEFAULT_TIMING,
): TransitionResult {
  const s = new Stepper(intro);
  switch (event.type) {
    case 'request':
      return request(s, now);
    case 'answer':
      return answer(s, event, now, policy);
    case 'withdraw':
      return withdraw(s, event, now);
    case 'remind':
      return remind(s, now, policy);
    case 'expire':
      if (!isExpiryDue(intro, now, policy))
        return fail('not_due', 'no request has gone unanswered long enough');
      return end(s, 'expired', now, 'no answer after the reminder');
    case 'check_back_due': {
      const due = checkBackDueAt(intro);
      if (intro.state !== 'snoozed' || !due || due > now) return fail('not_due', 'no check-back is due');
      s.patch({ checkBackNotedAt: now });
      s.log({ type: 'check_back_due', to: 'snoozed', party: null });
      return s.done();
    }
    case 'reask':
      return reask(s, now);
    case 'reconfirm':
      return reconfirm(s, event.party, now, policy);
    case 'introduce':
      if (intro.state !== 'ready') {
        return fail(
          'not_allowed_in_state',
          `only a ready introduction can be sent (this one is ${STATE_PHRASES[intro.state]})`,
        );
      }
      return introduce(s, now, policy);
    case 'follow_up': {
      const due = followUpDueAt(intro, policy);
      if (intro.state !== 'introduced') return notIn(intro, 'send a follow-up', ['introduced']);
      if (!event.early && (!due || due > now)) return fail('not_due', 'the follow-up is not due yet');
      s.patch({ followUpSentAt: now });
      for (const party of PARTIES) {
        if (!intro.parties[party].doNotIntroduce) s.effect({ type: 'send_follow_up', party });
      }
      s.log({ type: 'follow_up_sent', to: 'following_up', party: null });
      return s.done();
    }
    case 'follow_up_answer': {
      if (!takesFollowUpAnswers(intro.state)) {
        return notIn(intro, 'answer the follow-up', FOLLOW_UP_ANSWER_STATES);
      }
      const previous = intro.followUpAnswers[event.party];
      if (previous?.answer === event.answer) return noop(intro);
      if (previous) return fail('already_answered', 'this follow-up has already been answered');
      s.patch({
        followUpAnswers: {
          ...intro.followUpAnswers,
          [event.party]: { answer: event.answer, at: now, channel: event.channel ?? 'email_link' },
        },
      });
      s.log({
        type: 'follow_up_answered',
        to: intro.state,
        party: event.party,
        followUp: { answer: event.answer, note: event.note ?? '' },
      });
      return s.done();
    }
    case 'record_outcome':
      return recordOutcome(s, event, now);
    case 'cancel':
      if (isFinal(intro.state)) return notIn(intro, 'cancel', 'it is not over yet');
      return end(s, 'cancelled', now, event.note);
    case 'edit':
      return edit(s, event);
  }
}

/** `allowed`: the states the action is allowed in, or a phrase for them ("it is not over"). */
function notIn(
  intro: Introduction,
  action: string,
  allowed: readonly IntroState[] | string,
): TransitionResult {
  const when = typeof allowed === 'string' ? allowed : `it is ${statesInWords(allowed)}`;
  return fail(
    'not_allowed_in_state',
    `cannot ${action} while the introduction is ${STATE_PHRASES[intro.state]} (only when ${when})`,
  );
}

const asked = (now: Date): Consent => ({ status: 'asked', askedAt: now, remindedAt: null });

function request(s: Stepper, now: Date): TransitionResult {
  const intro = s.intro;
  if (intro.state !== 'draft') return notIn(intro, 'start asking', ['draft']);
  const toAsk: Party[] = intro.order === 'parallel' ? ['a', 'b'] : [intro.firstParty];
  const stop = blocked(intro.parties, PARTIES);
  if (stop) return stop;
  const spent = outOfRequests(intro.parties, toAsk);
  if (spent) return spent;
  for (const party of toAsk) {
    s.setConsent(party, asked(now));
    s.effect({ type: 'send_consent_request', party, position: positionFor(intro, party), reask: false });
  }
  s.log({ type: 'requested', to: 'asking', party: toAsk.length === 1 ? toAsk[0]! : null });
  return s.done();
}

function isValidUntil(until: string | undefined, now: Date): until is string {
  if (!until || !/^\d{4}-\d{2}-\d{2}$/.test(until)) return false;
  const d = new Date(`${until}T00:00:00.000Z`);
  if (Number.isNaN(d.getTime()) || dateOf(d) !== until) return false;
  const { earliest, latest } = laterWindow(now);
  return until >= earliest && until <= latest;
}

function sameAnswer(c: Consent, e: Extract<IntroEvent, { type: 'answer' }>): boolean {
  if (c.status === 'later') return e.answer === 'later' && c.until === e.until;
  return c.status === e.answer;
}

function answer(
  s: Stepper,
  e: Extract<IntroEvent, { type: 'answer' }>,
  now: Date,
  policy: TimingPolicy,
): TransitionResult {
  const intro = s.intro;
  const current = intro.consent[e.party];
  // A replayed answer (double click, retried POST, same answer by phone) changes nothing.
  if (sameAnswer(current, e)) return noop(intro);
  if (!ASKING.includes(intro.state)) {
    return fail('not_allowed_in_state', 'this introduction is no longer waiting for answers');
  }
  if (current.status === 'not_asked') {
    return fail('not_asked', `person ${e.party.toUpperCase()} has not been asked yet`, e.party);
  }
  // "Not now" is not a final answer: while the introduction still asks, the person may say yes after all.
  const yesAfterAll = current.status === 'later' && e.answer === 'yes';
  if (current.status !== 'asked' && !yesAfterAll) {
    return fail(
      'already_answered',
      `person ${e.party.toUpperCase()} has already answered ${current.status}`,
      e.party,
    );
  }
  if (e.answer === 'later' && !isValidUntil(e.until, now)) {
    return fail('invalid_until', '"later" needs a date after today and within two years, as YYYY-MM-DD');
  }
  const note = e.note ?? '';
  const base = { at: now, channel: e.channel };
  const consent: Consent =
    e.answer === 'yes'
      ? { status: 'yes', ...base }
      : e.answer === 'no'
        ? { status: 'no', ...base, withdrawn: false }
        : { status: 'later', ...base, until: e.until! };
  s.setConsent(e.party, consent);
  // Snoozed while someone's answer is "not now"; once no one's is, asking goes on.
  const wakes = intro.state === 'snoozed' && !PARTIES.some((p) => s.intro.consent[p].status === 'later');
  if (wakes) s.patch({ checkBackNotedAt: null });
  s.log({
    type: 'answered',
    to: wakes ? 'asking' : intro.state,
    party: e.party,
    consent: { answer: e.answer, until: e.answer === 'later' ? e.until! : null, channel: e.channel, note },
  });

  if (e.answer === 'no') return end(s, 'declined', now);
  if (e.answer === 'later') {
    if (intro.state !== 'snoozed') s.log({ type: 'snoozed', to: 'snoozed', party: e.party });
    s.patch({ checkBackNotedAt: null });
    return s.done();
  }
  return afterYes(s, e.party, now, policy);
}

function afterYes(s: Stepper, party: Party, now: Date, policy: TimingPolicy): TransitionResult {
  const intro = s.intro;
  const other = otherParty(party);
  const theirs = intro.consent[other];
  if (theirs.status === 'not_asked') {
    // Sequential order: the first party said yes, so now (and only now) the second party is asked.
    if (blocked(intro.parties, [other])) return end(s, 'declined', now, 'the other person cannot be asked');
    s.setConsent(other, asked(now));
    s.effect({ type: 'send_consent_request', party: other, position: 'second', reask: false });
    s.log({ type: 'second_party_asked', to: intro.state, party: other });
    return s.done();
  }
  if (theirs.status !== 'yes') return s.done();
  // Auto-send waits for the connector when the earlier yes has grown stale: it stays ready, to reconfirm.
  const stale = staleYesParties(s.intro, now, policy);
  s.log({
    type: 'ready',
    to: 'ready',
    party: null,
    ...(intro.autoSend && stale.length
      ? { detail: `not sent automatically: ${stale.map((p) => p.toUpperCase()).join(' and ')} to reconfirm` }
      : {}),
  });
  if (intro.autoSend && !stale.length && !blocked(s.intro.parties, PARTIES)) {
    return introduce(s, now, policy, 'sent automatically');
  }
  return s.done();
}

/** The refusal when someone's yes is too old to introduce on, or null when both are fresh enough. */
function staleRefusal(intro: Introduction, now: Date, policy: TimingPolicy): TransitionResult | null {
  const [party] = staleYesParties(intro, now, policy);
  if (!party) return null;
  const consent = intro.consent[party];
  const since = consent.status === 'yes' ? ` on ${dateOf(consent.at)}` : '';
  return fail(
    'stale_yes',
    `person ${party.toUpperCase()} said yes${since}, more than ${policy.reconfirmAfterDays} days ago; ask them to reconfirm before introducing`,
    party,
  );
}

function introduce(s: Stepper, now: Date, policy: TimingPolicy, detail?: string): TransitionResult {
  const intro = s.intro;
  if (intro.consent.a.status !== 'yes' || intro.consent.b.status !== 'yes') {
    return fail('not_allowed_in_state', 'both people must have said yes');
  }
  const stop = blocked(intro.parties, PARTIES);
  if (stop) return stop;
  const stale = staleRefusal(intro, now, policy);
  if (stale) return stale;
  s.patch({ introducedAt: now });
  s.effect({ type: 'send_introduction' });
  s.log({ type: 'introduced', to: 'introduced', party: null, ...(detail ? { detail } : {}) });
  return s.done();
}

function withdraw(s: Stepper, e: Extract<IntroEvent, { type: 'withdraw' }>, now: Date): TransitionResult {
  const intro = s.intro;
  const current = intro.consent[e.party];
  if (current.status === 'no' && current.withdrawn) return noop(intro);
  if (current.status !== 'yes') {
    return fail('not_asked', `person ${e.party.toUpperCase()} has not said yes`, e.party);
  }
  if (!(['asking', 'snoozed', 'ready'] as IntroState[]).includes(intro.state)) {
    return fail('not_allowed_in_state', 'the introduction has already been made or has ended');
  }
  s.setConsent(e.party, { status: 'no', at: now, channel: e.channel, withdrawn: true });
  s.log({
    type: 'withdrawn',
    to: intro.state,
    party: e.party,
    consent: { answer: 'withdrawn', until: null, channel: e.channel, note: e.note ?? '' },
  });
  return end(s, 'declined', now);
}

function remind(s: Stepper, now: Date, policy: TimingPolicy): TransitionResult {
  const intro = s.intro;
  const due = partiesToRemind(intro, now, policy);
  if (due.length === 0) return fail('not_due', 'no reminder is due');
  for (const party of due) {
    const c = intro.consent[party];
    if (c.status !== 'asked') continue;
    s.setConsent(party, { ...c, remindedAt: now });
    const skip = intro.parties[party].doNotIntroduce;
    if (!skip) s.effect({ type: 'send_reminder', party });
    s.log({
      type: 'reminded',
      to: intro.state,
      party,
      ...(skip ? { detail: 'not sent: do not introduce' } : {}),
    });
  }
  return s.done();
}

function reask(s: Stepper, now: Date): TransitionResult {
  const intro = s.intro;
  if (intro.state !== 'snoozed') return notIn(intro, 'ask again', ['snoozed']);
  const snoozing = PARTIES.filter((p) => intro.consent[p].status === 'later');
  const stop =
    snoozing.map((p) => waitsForFirstParty(intro, p, 'asked again')).find((r) => r !== null) ??
    blocked(intro.parties, snoozing);
  if (stop) return stop;
  for (const party of snoozing) {
    s.effect({ type: 'send_consent_request', party, position: positionFor(intro, party), reask: true });
    s.setConsent(party, asked(now));
  }
  s.patch({ checkBackNotedAt: null });
  s.log({ type: 'reasked', to: 'asking', party: snoozing.length === 1 ? snoozing[0]! : null });
  return s.done();
}

/**
 * Asks `party` again because their yes is older than the policy allows: their consent goes back to
 * asked (so the usual reminder and expiry follow) and a reconfirmation request goes out.
 */
function reconfirm(s: Stepper, party: Party, now: Date, policy: TimingPolicy): TransitionResult {
  const intro = s.intro;
  if (!AWAITING_INTRODUCTION.includes(intro.state)) {
    return notIn(intro, 'ask for a reconfirmation', AWAITING_INTRODUCTION);
  }
  const consent = intro.consent[party];
  const staleAt = yesStaleAt(consent, policy);
  if (consent.status !== 'yes' || !staleAt) {
    return fail('not_asked', `person ${party.toUpperCase()} has no yes to reconfirm`, party);
  }
  if (staleAt > now) {
    return fail(
      'not_due',
      `person ${party.toUpperCase()} said yes less than ${policy.reconfirmAfterDays} days ago; no need to reconfirm`,
      party,
    );
  }
  const stop =
    waitsForFirstParty(intro, party, 'asked to reconfirm') ??
    blocked(intro.parties, [party]) ??
    outOfRequests(intro.parties, [party]);
  if (stop) return stop;
  s.setConsent(party, asked(now));
  s.effect({
    type: 'send_consent_request',
    party,
    position: positionFor(intro, party),
    reask: false,
    reconfirmYesAt: consent.at,
  });
  s.log({ type: 'reconfirm_requested', to: intro.state === 'ready' ? 'asking' : intro.state, party });
  return s.done();
}

/** Ends the introduction without it happening; whoever had said yes gets the same neutral note. */
function end(
  s: Stepper,
  to: 'declined' | 'expired' | 'cancelled',
  now: Date,
  detail?: string,
): TransitionResult {
  const before = s.intro.state;
  if (BEFORE_INTRODUCTION.includes(before)) {
    for (const party of PARTIES) {
      if (s.intro.consent[party].status === 'yes') s.effect({ type: 'send_closing_note', party });
    }
  }
  s.patch({ endedAt: now });
  s.log({ type: to, to, party: null, ...(detail ? { detail } : {}) });
  return s.done();
}

function recordOutcome(
  s: Stepper,
  e: Extract<IntroEvent, { type: 'record_outcome' }>,
  now: Date,
): TransitionResult {
  const intro = s.intro;
  if (intro.state !== 'introduced' && intro.state !== 'following_up') {
    return notIn(intro, 'record an outcome', ['introduced', 'following_up']);
  }
  const value = e.value ?? null;
  const noShowParty = e.noShowParty ?? null;
  if (e.outcome === 'no_show' && !noShowParty) {
    return fail('invalid_outcome', 'a no-show outcome must say who did not show up');
  }
  if (e.outcome !== 'no_show' && noShowParty)
    return fail('invalid_outcome', 'only a no-show names who missed it');
  if (value !== null && (e.outcome !== 'business_done' || !Number.isFinite(value) || value < 0)) {
    return fail('invalid_outcome', 'a value is only recorded for business done, and cannot be negative');
  }
  s.patch({ outcome: { kind: e.outcome, value, noShowParty, note: e.note ?? '', at: now }, endedAt: now });
  s.log({ type: 'outcome_recorded', to: 'closed', party: null, detail: e.outcome });
  return s.done();
}

function edit(s: Stepper, e: Extract<IntroEvent, { type: 'edit' }>): TransitionResult {
  const intro = s.intro;
  const onlyAutoSend = e.order === undefined && e.firstParty === undefined && !e.content;
  if (intro.state !== 'draft' && !(onlyAutoSend && ASKING.includes(intro.state))) {
    return fail(
      'not_allowed_in_state',
      onlyAutoSend
        ? `auto-send can only be changed before both people have answered (this introduction is ${STATE_PHRASES[intro.state]})`
        : `only a draft can be edited (this introduction is ${STATE_PHRASES[intro.state]})`,
    );
  }
  s.patch({
    ...(e.order ? { order: e.order } : {}),
    ...(e.firstParty ? { firstParty: e.firstParty } : {}),
    ...(e.autoSend !== undefined ? { autoSend: e.autoSend } : {}),
  });
  s.log({ type: 'edited', to: intro.state, party: null });
  return s.done();
}
