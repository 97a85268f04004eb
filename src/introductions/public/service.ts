// What happens behind a link from an email. Showing a page never changes anything (mail scanners open
// links); answers arrive by POST and go through the same state machine as everything else.
import type { DbOrTx } from '../../db/client';
import type { ConsentTokenRow, IntroductionRow, PersonRow } from '../../db/schema';
import { greetingName } from '../../domain/contact/greeting';
import { positionFor, takesFollowUpAnswers } from '../../domain/introduction/rules';
import { dateOf, expiryDueAt, laterWindow } from '../../domain/introduction/timing';
import { transition } from '../../domain/introduction/transition';
import {
  type Answer,
  type Consent,
  type FollowUpAnswer,
  type Introduction,
  type IntroEvent,
  isAnswer,
  isFinal,
  isFollowUpAnswer,
  otherParty,
  PARTIES,
  type Party,
} from '../../domain/introduction/types';
import type { Connector } from '../../mail/templates/types';
import { updatePerson } from '../../people/repository';
import { unstorableTextIn } from '../../shared/common-schema';
import { ProblemError } from '../../shared/errors';
import { hashToken } from '../../shared/secrets';
import { applyEvent, loadParties, senderOf } from '../apply';
import { profileCard } from '../mail';
import { toDomain } from '../mapping';
import * as repo from '../repository';
import type { IntroDeps } from '../service';
import { type AnsweredView, answeredPage, consentPage, followUpPage, messagePage, optOutPage } from './pages';

export interface PageResult {
  status: 200 | 400 | 404 | 409 | 410 | 422;
  html: string;
}

const TOKEN_SHAPE = /^r_[A-Za-z0-9_-]{20,200}$/;

const notValid = (): PageResult => ({
  status: 404,
  html: messagePage(
    'This link is not valid',
    'The link may have been copied incompletely. Please open it again from the email, or reply to the email to reach the person who sent it.',
  ),
});
const expiredPage = (): PageResult => ({
  status: 410,
  html: messagePage(
    'This link has expired',
    'Links in these emails work for a limited time. If you would still like to answer, reply to the email.',
  ),
});
const closedPage = (): PageResult => ({
  status: 410,
  html: messagePage(
    'This request is no longer open',
    'Thank you for your time; there is nothing more to do.',
  ),
});

interface Resolved {
  token: ConsentTokenRow;
  row: IntroductionRow;
  people: Record<Party, PersonRow>;
  connector: Connector;
  timeZone: string;
}

async function resolve(db: DbOrTx, raw: string, now: Date, lock: boolean): Promise<Resolved | PageResult> {
  if (!TOKEN_SHAPE.test(raw)) return notValid();
  const token = lock
    ? await repo.lockTokenByHash(db, hashToken(raw))
    : await repo.findTokenByHash(db, hashToken(raw));
  if (!token) return notValid();
  if (token.expiresAt <= now) return expiredPage();
  const row = await repo.findIntroduction(db, token.accountId, token.introductionId);
  if (!row) return notValid();
  return {
    token,
    row,
    people: await loadParties(db, row),
    ...(await senderOf(db, token.accountId)),
  };
}

const isPage = (x: Resolved | PageResult): x is PageResult => 'html' in x;

function addMonths(date: Date, months: number): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
  // 31 January + 1 month: stay in February rather than spilling into March.
  if (d.getUTCDate() !== date.getUTCDate()) d.setUTCDate(0);
  return dateOf(d);
}

const LATER_REFUSED = 'Please pick a date after today and within two years.';

/** When an answer through this link stops counting: the link's expiry, or the introduction's if sooner. */
function answerableUntil(deps: IntroDeps, r: Resolved): Date {
  const intro = toDomain(r.row, r.people.a, r.people.b);
  let until = r.token.expiresAt;
  for (const party of PARTIES) {
    const due = expiryDueAt(intro.consent[party], deps.config.introductions);
    if (due && due < until) until = due;
  }
  return until;
}

function consentForm(
  deps: IntroDeps,
  r: Resolved,
  raw: string,
  now: Date,
  preselect: string | undefined,
  error?: string,
  form?: Form,
): string {
  const party = r.token.party;
  return consentPage({
    token: raw,
    recipientGreeting: greetingName(r.people[party].name, r.people[party].addressedAs),
    connectorName: r.connector.name,
    other: profileCard(r.row, r.people, otherParty(party)),
    reason: r.row.reason,
    position: positionFor(toDomain(r.row, r.people.a, r.people.b), party),
    preselect: isAnswer(preselect) ? preselect : null,
    ...laterWindow(now),
    oneMonth: addMonths(now, 1),
    threeMonths: addMonths(now, 3),
    expiresOn: dateOf(answerableUntil(deps, r)),
    error,
    entered: form
      ? { note: form.note?.slice(0, 2000), until: form.until, untilDate: form.untilDate }
      : undefined,
  });
}

function progressOf(state: IntroductionRow['state']): AnsweredView['progress'] {
  if (state === 'introduced' || state === 'following_up' || state === 'closed') return 'introduced';
  if (isFinal(state)) return 'ended';
  return state === 'ready' ? 'ready' : 'waiting';
}

/** How a link records an answer (`usedAnswer`): "later" with its date, so another date is another answer. */
const answerKey = (answer: Answer, until: string | undefined) =>
  answer === 'later' ? `later:${until}` : answer;

/** The key of the answer the party's consent holds now, or null when they have not answered. */
function standingKey(c: Consent): string | null {
  if (c.status === 'later') return answerKey('later', c.until);
  return c.status === 'yes' || c.status === 'no' ? c.status : null;
}

/**
 * A link that already carried an answer may change it only while that answer still stands (whether the
 * change itself is allowed is the state machine's to say); a link whose answer was overtaken, say by a
 * newer request, may not.
 */
function linkMayChange(r: Resolved, c: Consent): boolean {
  return !r.token.usedAt || r.token.usedAnswer === standingKey(c);
}

/** Would the rules take `event` now, and change something? */
function accepted(intro: Introduction, event: IntroEvent, now: Date): boolean {
  const probe = transition(intro, event, now);
  return probe.ok && probe.changed;
}

/** The page for the party's answer as it now stands, or null when they have not answered. */
function answerStanding(deps: IntroDeps, r: Resolved, raw: string): PageResult | null {
  const domain = toDomain(r.row, r.people.a, r.people.b);
  const party = r.token.party;
  const c = domain.consent[party];
  if (c.status !== 'yes' && c.status !== 'no' && c.status !== 'later') return null;
  const now = deps.clock.now();
  return {
    status: 200,
    html: answeredPage({
      token: raw,
      otherName: r.people[otherParty(r.token.party)].name,
      connectorName: r.connector.name,
      answer: c.status === 'no' && c.withdrawn ? 'withdrawn' : c.status,
      until: c.status === 'later' ? c.until : null,
      progress: progressOf(domain.state),
      canWithdraw: accepted(domain, { type: 'withdraw', party, channel: 'email_link' }, now),
      canSayYes:
        linkMayChange(r, c) &&
        accepted(domain, { type: 'answer', party, answer: 'yes', channel: 'email_link' }, now),
    }),
  };
}

export async function showLink(
  deps: IntroDeps,
  raw: string,
  query: { answer?: string },
): Promise<PageResult> {
  const now = deps.clock.now();
  const r = await resolve(deps.db, raw, now, false);
  if (isPage(r)) return r;
  const party = r.token.party;
  if (r.token.purpose === 'opt_out') {
    return {
      status: 200,
      html: optOutPage({
        token: raw,
        connectorName: r.connector.name,
        done: r.people[party].introPreferences.doNotIntroduce,
      }),
    };
  }
  if (r.token.purpose === 'follow_up') {
    if (!takesFollowUpAnswers(r.row.state)) return closedPage();
    const answered = r.row.followUpAnswers[party];
    return {
      status: 200,
      html: followUpPage({
        token: raw,
        recipientGreeting: greetingName(r.people[party].name, r.people[party].addressedAs),
        otherName: r.people[otherParty(party)].name,
        connectorName: r.connector.name,
        preselect: isFollowUpAnswer(query.answer) ? query.answer : null,
        answered: answered ? { answer: answered.answer } : null,
      }),
    };
  }
  const standing = answerStanding(deps, r, raw);
  if (standing) return standing;
  if (r.token.usedAt) {
    return {
      status: 200,
      html: messagePage(
        'You have answered this request',
        'A newer request is in your inbox; please use the link in the latest email.',
      ),
    };
  }
  const probe = transition(
    toDomain(r.row, r.people.a, r.people.b),
    { type: 'answer', party, answer: 'yes', channel: 'email_link' },
    now,
  );
  if (!probe.ok) return closedPage();
  return { status: 200, html: consentForm(deps, r, raw, now, query.answer) };
}

type Form = Record<string, string | undefined>;

/** The date behind "later": a chosen date, or a shortcut (1m, 3m). */
function untilFrom(form: Form, now: Date): string | undefined {
  const chosen = form.untilDate?.trim();
  if (chosen) return chosen;
  const preset = form.until?.trim() ?? '1m';
  if (preset === '1m' || preset === '1-month') return addMonths(now, 1);
  if (preset === '3m' || preset === '3-months' || preset === '3-month') return addMonths(now, 3);
  return preset;
}

/** At most 2,000 characters, never cutting an emoji (a surrogate pair) in half. */
function noteOf(form: Form): string {
  const note = (form.note ?? '').trim();
  if (note.length <= 2000) return note;
  const cut = /[\uD800-\uDBFF]/.test(note[1999]!) ? 1999 : 2000;
  return note.slice(0, cut);
}

/** A note with a character no database holds (NUL) would fail the answer's write as a server error. */
const unsavableNote = (): PageResult => ({
  status: 422,
  html: messagePage(
    'Please answer again',
    'Your note has characters that cannot be saved. Open the link from the email again and answer from the page.',
  ),
});

export async function answerLink(deps: IntroDeps, raw: string, form: Form): Promise<PageResult> {
  const now = deps.clock.now();
  if (unstorableTextIn(form.note) !== undefined) return unsavableNote();
  const note = noteOf(form);
  try {
    return await deps.db.transaction(async (tx) => {
      const r = await resolve(tx, raw, now, true);
      if (isPage(r)) return r;
      if (r.token.purpose === 'opt_out') return optOut(tx, deps, r, raw, now);
      if (r.token.purpose === 'follow_up') return followUpAnswer(tx, deps, r, raw, form.answer, note, now);
      return consentAnswer(tx, deps, r, raw, form, note, now);
    });
  } catch (err) {
    if (!(err instanceof ProblemError)) throw err;
    return refusedPage(deps, raw, form, err, now);
  }
}

/**
 * The rules refused the answer (the transaction rolled back): read the link again and show where things
 * stand instead of an error.
 */
async function refusedPage(
  deps: IntroDeps,
  raw: string,
  form: Form,
  err: ProblemError,
  now: Date,
): Promise<PageResult> {
  const r = await resolve(deps.db, raw, now, false);
  if (isPage(r)) return r;
  if (err.status === 422 && r.token.purpose === 'consent') return formToCorrect(deps, r, raw, form, err, now);
  return standingAfterRefusal(deps, r, raw);
}

/** An answer that cannot be taken as given (a "later" date out of range): the form again, as entered. */
function formToCorrect(
  deps: IntroDeps,
  r: Resolved,
  raw: string,
  form: Form,
  err: ProblemError,
  now: Date,
): PageResult {
  const badDate = err.errors?.some((e) => e.field === 'until');
  const message = badDate ? LATER_REFUSED : (err.detail ?? 'Please check your answer.');
  return { status: 422, html: consentForm(deps, r, raw, now, form.answer, message, form) };
}

/**
 * Any other refusal: the person's recorded answer (409), or that the request is over (410 once the
 * introduction has ended, 409 while it goes on without them).
 */
function standingAfterRefusal(deps: IntroDeps, r: Resolved, raw: string): PageResult {
  const standing = r.token.purpose === 'consent' ? answerStanding(deps, r, raw) : null;
  if (standing) return { ...standing, status: 409 };
  return isFinal(r.row.state) ? closedPage() : { ...closedPage(), status: 409 };
}

async function consentAnswer(
  tx: DbOrTx,
  deps: IntroDeps,
  r: Resolved,
  raw: string,
  form: Form,
  note: string,
  now: Date,
): Promise<PageResult> {
  const party = r.token.party;
  const answer = form.answer;
  const applyDeps = { config: deps.config, now };
  const opts = { actor: 'person' as const, shownMessageId: r.token.messageId };
  if (answer === 'withdraw') {
    const applied = await applyEvent(
      tx,
      applyDeps,
      r.row.accountId,
      r.row.id,
      { type: 'withdraw', party, channel: 'email_link', note },
      opts,
    );
    return answerStanding(deps, { ...r, row: applied.row }, raw)!;
  }
  if (!isAnswer(answer)) {
    // Already answered: the recorded answer stands, whatever this form said.
    const standing = answerStanding(deps, r, raw);
    if (standing) return { ...standing, status: 409 };
    return {
      status: 422,
      html: consentForm(deps, r, raw, now, undefined, 'Please choose one of the answers.', form),
    };
  }
  const until = answer === 'later' ? untilFrom(form, now) : undefined;
  const key = answerKey(answer, until);
  const consent = toDomain(r.row, r.people.a, r.people.b).consent[party];
  if (r.token.usedAt && r.token.usedAnswer !== key && !linkMayChange(r, consent)) {
    // This link already carried a different answer, since overtaken: the answer recorded now stands.
    const standing = answerStanding(deps, r, raw);
    return standing ? { ...standing, status: 409 } : { ...closedPage(), status: 409 };
  }
  const applied = await applyEvent(
    tx,
    applyDeps,
    r.row.accountId,
    r.row.id,
    { type: 'answer', party, answer, until, channel: 'email_link', note },
    opts,
  );
  await repo.markTokenUsed(tx, r.token.id, key, now);
  return answerStanding(deps, { ...r, row: applied.row }, raw) ?? closedPage();
}

async function followUpAnswer(
  tx: DbOrTx,
  deps: IntroDeps,
  r: Resolved,
  raw: string,
  answer: string | undefined,
  note: string,
  now: Date,
): Promise<PageResult> {
  const party = r.token.party;
  const view = {
    token: raw,
    recipientGreeting: greetingName(r.people[party].name, r.people[party].addressedAs),
    otherName: r.people[otherParty(party)].name,
    connectorName: r.connector.name,
    preselect: null,
  };
  const prior = r.row.followUpAnswers[party]?.answer;
  if (!isFollowUpAnswer(answer)) {
    if (prior) return { status: 409, html: followUpPage({ ...view, answered: { answer: prior } }) };
    return {
      status: 422,
      html: followUpPage({ ...view, answered: null, error: 'Please choose one of the answers.' }),
    };
  }
  const a: FollowUpAnswer = answer;
  if (r.token.usedAt && r.token.usedAnswer !== a) {
    // This link already carried a different answer: that one stands.
    const stands = prior ?? (isFollowUpAnswer(r.token.usedAnswer) ? r.token.usedAnswer : null);
    return { status: 409, html: followUpPage({ ...view, answered: stands ? { answer: stands } : null }) };
  }
  await applyEvent(
    tx,
    { config: deps.config, now },
    r.row.accountId,
    r.row.id,
    { type: 'follow_up_answer', party, answer: a, note },
    { actor: 'person', shownMessageId: r.token.messageId },
  );
  await repo.markTokenUsed(tx, r.token.id, a, now);
  return { status: 200, html: followUpPage({ ...view, answered: { answer: a } }) };
}

/** "Never introduce me": marks the person, and a request still waiting for them counts as a no. */
async function optOut(tx: DbOrTx, deps: IntroDeps, r: Resolved, raw: string, now: Date): Promise<PageResult> {
  const person = r.people[r.token.party];
  if (!person.introPreferences.doNotIntroduce) {
    await updatePerson(
      tx,
      person.accountId,
      person.id,
      { introPreferences: { ...person.introPreferences, doNotIntroduce: true } },
      now,
    );
  }
  const no = {
    type: 'answer' as const,
    party: r.token.party,
    answer: 'no' as const,
    channel: 'email_link' as const,
    note: 'asked never to be introduced',
  };
  try {
    // In a savepoint: if the request is no longer open, the opt-out itself still stands.
    await tx.transaction((sp) =>
      applyEvent(sp, { config: deps.config, now }, r.row.accountId, r.row.id, no, {
        actor: 'person',
        shownMessageId: r.token.messageId,
      }),
    );
  } catch (err) {
    if (!(err instanceof ProblemError)) throw err;
  }
  await repo.markTokenUsed(tx, r.token.id, 'opt_out', now);
  return { status: 200, html: optOutPage({ token: raw, connectorName: r.connector.name, done: true }) };
}
