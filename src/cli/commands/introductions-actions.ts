// What `linchpin intro …` does (its options are in introductions.ts).
import { PROBES } from '../../domain/introduction/actions';
import type { IntroEvent } from '../../domain/introduction/types';
import { calendarDayWords, momentWords } from '../../domain/time/day-words';
import { getDetail } from '../../introductions/queries';
import {
  AnswerInput,
  FollowUpAnswerInput,
  type IntroductionDetail,
  IntroductionInput,
  IntroState,
  OutcomeInput,
  ReconfirmInput,
  SendReview,
} from '../../introductions/schema';
import * as service from '../../introductions/service';
import { ProblemError } from '../../shared/errors';
import type { Handler } from '../action';
import { type Session, UserError } from '../context';
import { fields, plural, printJson, table } from '../format';
import { parseId, parseInput, parseOption, withFlags } from '../input';
import { allPages } from './all-pages';
import {
  ANSWER_WORDS,
  CHANNEL_WORDS,
  CONSENT_WORDS,
  codeFromWords,
  eventWords,
  FOLLOW_UP_ANSWER_WORDS,
  KIND_WORDS,
  MAIL_STATUS_WORDS,
  mailKindWords,
  OUTCOME_WORDS,
  STATE_WORDS,
  stateWord,
} from './introduction-words';

type WithJson = { json?: boolean };

/** Where a mistyped introduction id can be looked up. */
const INTRO_LIST = 'linchpin intro list';

const proposeFlags = {
  confirmUnvouched: '--confirm-unvouched',
  personAId: '--a',
  personBId: '--b',
  kind: '--kind',
  reason: '--reason',
  order: '--order',
  discloseCaveatIds: '--disclose',
  pitchA: '--pitch-a',
  pitchB: '--pitch-b',
  needId: '--need',
  firstPersonId: '--first',
};

/** A consent log entry's answer in words: "not now until 2027-03-01", "withdrew their yes". */
function answerWords(
  answer: IntroductionDetail['consentLog'][number]['answer'],
  until: string | null,
): string {
  if (answer === 'withdrawn') return 'withdrew their yes';
  return until ? `${ANSWER_WORDS[answer]} until ${calendarDayWords(until)}` : ANSWER_WORDS[answer];
}

/** `ended`: the introduction is over, so a question still open is no longer awaited. */
function consentLine(c: IntroductionDetail['consent']['a'], ended: boolean): string {
  if (ended && c.status === 'asked') return 'asked, had not answered';
  if (ended && c.status === 'not_asked') return 'not asked';
  if (c.status === 'later') return `not now, until ${c.until ? calendarDayWords(c.until) : 'they say'}`;
  if (c.status === 'no' && c.withdrawn) return 'withdrew their yes';
  if (c.undelivered) return 'asked, but the request did not reach them (linchpin outbox)';
  const via = c.channel && c.channel !== 'email_link' ? ` (${CHANNEL_WORDS[c.channel]})` : '';
  return `${CONSENT_WORDS[c.status]}${via}`;
}

/** What each person answered the follow-up, or told the connector: "Lou: met, and it helped (phone)". */
function followUpWords(d: IntroductionDetail): string | null {
  const said = (['a', 'b'] as const).flatMap((p) => {
    const x = d.followUpAnswers[p];
    const name = p === 'a' ? d.personA.name : d.personB.name;
    return x ? [`${name}: ${FOLLOW_UP_ANSWER_WORDS[x.answer]} (${CHANNEL_WORDS[x.channel]})`] : [];
  });
  return said.length ? said.join('; ') : null;
}

async function printSummary(s: Session, d: IntroductionDetail): Promise<void> {
  const { timeZone } = await s.account();
  s.io.stdout(
    fields([
      ['Introduction', d.id],
      ['State', STATE_WORDS[d.state]],
      ['A', `${d.personA.name} (${d.personA.id}): ${consentLine(d.consent.a, d.endedAt !== null)}`],
      ['B', `${d.personB.name} (${d.personB.id}): ${consentLine(d.consent.b, d.endedAt !== null)}`],
      [
        'Kind',
        `${KIND_WORDS[d.kind]}, asking ${d.order === 'sequential' ? `one after the other (${d.firstParty.toUpperCase()} first)` : 'both at once'}`,
      ],
      ['Reason', d.reason],
      ['Snoozed until', d.snoozedUntil && calendarDayWords(d.snoozedUntil)],
      ['Follow-up', followUpWords(d)],
      ['Next due', d.nextDueAt && momentWords(new Date(d.nextDueAt), timeZone)],
      [
        'Outcome',
        d.outcome
          ? `${OUTCOME_WORDS[d.outcome.kind]}${d.outcome.value !== null ? ` (${d.outcome.value})` : ''}`
          : null,
      ],
    ]),
  );
}

async function accountId(s: Session) {
  return (await s.account()).id;
}

// The follow-up is last: Today's "Send the follow-up" names it for a made introduction, and without it
// the CLI had no way to send it before the sweep did.
const SENDING = ['request', 'introduce', 'reask', 'followUp'] as const;

/**
 * What "send" means now, read from the introduction's actions: the sending move (ask, introduce, ask
 * again, follow up) the rules allow, else the one that belongs to this state but is refused for a reason
 * (trying it reports that reason), else nothing.
 */
function nextSend(actions: IntroductionDetail['actions']): IntroEvent | null {
  const move =
    SENDING.find((key) => actions[key].allowed) ??
    SENDING.find((key) => actions[key].code !== 'not_allowed_in_state');
  return move ? PROBES[move] : null;
}

export const proposeIntroduction: Handler<
  {
    a: string;
    b: string;
    reason: string;
    kind: string;
    order: string;
    disclose?: string[];
    pitchA?: string;
    pitchB?: string;
    first?: string;
    need?: string;
    autoSend?: boolean;
    confirmUnvouched?: boolean;
    send?: boolean;
  } & WithJson
> = async (s, { opts }) => {
  const input = parseInput(
    IntroductionInput,
    {
      personAId: opts.a,
      personBId: opts.b,
      kind: codeFromWords(opts.kind, KIND_WORDS),
      reason: opts.reason,
      order: opts.order,
      discloseCaveatIds: opts.disclose,
      pitchA: opts.pitchA,
      pitchB: opts.pitchB,
      firstPersonId: opts.first,
      needId: opts.need,
      autoSend: opts.autoSend ?? false,
      confirmUnvouched: opts.confirmUnvouched,
    },
    proposeFlags,
  );
  const account = await accountId(s);
  let d = await service.proposeIntroduction(s.deps, account, input).catch((err) => {
    throw err instanceof ProblemError ? withFlags(err, proposeFlags) : err;
  });
  if (opts.send) d = await service.act(s.deps, account, d.id, { type: 'request' });
  if (opts.json) return printJson(s.io, d);
  s.io.stdout(`Proposed introducing ${d.personA.name} and ${d.personB.name}: ${d.id}\n`);
  s.io.stdout(
    opts.send ? describeMail(d) : `Nobody has been asked yet. Start with: linchpin intro send ${d.id}\n`,
  );
};

export const listIntroductions: Handler<{ state?: string[]; person?: string } & WithJson> = async (
  s,
  { opts },
) => {
  const states = opts.state?.map((st) => parseOption(IntroState, st, 'state', '--state'));
  const personId = opts.person ? parseId(opts.person, 'person') : undefined;
  const account = await accountId(s);
  const items = await allPages((cursor) =>
    service.listIntroductions(s.deps, account, { states, personId, limit: 200, cursor }),
  );
  if (opts.json) return printJson(s.io, { items });
  if (!items.length) return s.io.stdout('No introductions yet. Propose one with: linchpin intro propose …\n');
  s.io.stdout(
    table(items, [
      { header: 'ID', value: (i) => i.id, max: 36 },
      { header: 'STATE', value: (i) => stateWord(i.state) },
      {
        header: 'A',
        value: (i) => `${i.personA.name} (${consentLine(i.consent.a, i.endedAt !== null)})`,
        max: 48,
      },
      {
        header: 'B',
        value: (i) => `${i.personB.name} (${consentLine(i.consent.b, i.endedAt !== null)})`,
        max: 48,
      },
      { header: 'UPDATED', value: (i) => i.updatedAt.slice(0, 16).replace('T', ' ') },
    ]),
  );
  s.io.stdout(`${plural(items.length, 'introduction')}\n`);
};

export const showIntroduction: Handler<WithJson> = async (s, { opts, args }) => {
  const d = await getDetail(s.deps, await accountId(s), parseId(args[0]!, 'id', INTRO_LIST));
  if (opts.json) return printJson(s.io, d);
  await printSummary(s, d);
  if (d.consentLog.length) {
    s.io.stdout('\nConsent log:\n');
    s.io.stdout(
      table(d.consentLog, [
        { header: 'WHEN', value: (l) => l.at.slice(0, 16).replace('T', ' ') },
        { header: 'WHO', value: (l) => (l.party === 'a' ? d.personA.name : d.personB.name), max: 24 },
        { header: 'ANSWER', value: (l) => answerWords(l.answer, l.until) },
        { header: 'CHANNEL', value: (l) => CHANNEL_WORDS[l.channel] },
        { header: 'NOTE', value: (l) => l.note, max: 40 },
      ]),
    );
  }
  s.io.stdout('\nEvents:\n');
  s.io.stdout(
    table(d.events, [
      { header: 'WHEN', value: (e) => e.at.slice(0, 16).replace('T', ' ') },
      { header: 'EVENT', value: (e) => eventWords(e.type) },
      {
        header: 'STATE',
        value: (e) => `${e.fromState ? stateWord(e.fromState) : ''} → ${stateWord(e.toState)}`,
      },
      { header: 'BY', value: (e) => e.actor },
    ]),
  );
  if (d.emails.length) {
    s.io.stdout('\nEmails:\n');
    s.io.stdout(
      table(d.emails, [
        { header: 'STATUS', value: (m) => MAIL_STATUS_WORDS[m.status] },
        { header: 'TO', value: (m) => m.to.join(', '), max: 40 },
        { header: 'SUBJECT', value: (m) => m.subject, max: 50 },
      ]),
    );
  }
};

export const sendIntroduction: Handler<{ personalLine?: string } & WithJson> = async (s, { opts, args }) => {
  const account = await accountId(s);
  const id = parseId(args[0]!, 'id', INTRO_LIST);
  const before = await getDetail(s.deps, account, id);
  const event = nextSend(before.actions);
  if (!event) {
    throw new UserError(
      `Nothing to send: the introduction is ${stateWord(before.state)}.${before.state === 'asking' ? ' Waiting for answers.' : ''}`,
    );
  }
  // The follow-up email has no place for a line of one's own: refused, not silently dropped.
  if (event.type === 'follow_up' && opts.personalLine !== undefined) {
    throw new UserError('--personal-line: the follow-up email carries no personal line; send it without one');
  }
  const review = parseInput(
    SendReview,
    { personalLine: opts.personalLine },
    { personalLine: '--personal-line' },
  );
  const d = await service.act(s.deps, account, id, event, 'connector', review);
  if (opts.json) return printJson(s.io, d);
  s.io.stdout(describeMail(d, before.emails.length));
};

export const reconfirmIntroduction: Handler<{ party: string; personalLine?: string } & WithJson> = async (
  s,
  { opts, args },
) => {
  const account = await accountId(s);
  const id = parseId(args[0]!, 'id', INTRO_LIST);
  const before = await getDetail(s.deps, account, id);
  const input = parseInput(
    ReconfirmInput,
    { party: opts.party, personalLine: opts.personalLine },
    { party: '--party', personalLine: '--personal-line' },
  );
  const d = await service.reconfirm(s.deps, account, id, input);
  if (opts.json) return printJson(s.io, d);
  s.io.stdout(describeMail(d, before.emails.length));
};

export const answerIntroduction: Handler<
  { person: string; answer: string; until?: string; note?: string; channel: string } & WithJson
> = async (s, { opts, args }) => {
  const input = parseInput(
    AnswerInput,
    {
      personId: opts.person,
      answer: codeFromWords(opts.answer, ANSWER_WORDS),
      until: opts.until,
      note: opts.note,
      channel: codeFromWords(opts.channel, CHANNEL_WORDS),
    },
    {
      personId: '--person',
      answer: '--answer',
      until: '--until',
      note: '--note',
      channel: '--channel',
    },
  );
  const d = await service.recordAnswer(
    s.deps,
    await accountId(s),
    parseId(args[0]!, 'id', INTRO_LIST),
    input,
  );
  if (opts.json) return printJson(s.io, d);
  s.io.stdout(`Recorded. The introduction is now ${STATE_WORDS[d.state]}.\n`);
};

export const recordFollowUpAnswer: Handler<
  { person: string; answer: string; note?: string; channel: string } & WithJson
> = async (s, { opts, args }) => {
  const input = parseInput(
    FollowUpAnswerInput,
    {
      personId: opts.person,
      answer: codeFromWords(opts.answer, FOLLOW_UP_ANSWER_WORDS),
      note: opts.note,
      channel: codeFromWords(opts.channel, CHANNEL_WORDS),
    },
    { personId: '--person', answer: '--answer', note: '--note', channel: '--channel' },
  );
  const id = parseId(args[0]!, 'id', INTRO_LIST);
  const d = await service.recordFollowUpAnswer(s.deps, await accountId(s), id, input);
  if (opts.json) return printJson(s.io, d);
  const who = d.personA.id === input.personId ? d.personA.name : d.personB.name;
  s.io.stdout(
    `Recorded: ${who} ${FOLLOW_UP_ANSWER_WORDS[input.answer]}. Record the outcome to close it: linchpin intro outcome ${d.id}\n`,
  );
};

export const cancelIntroduction: Handler<{ note?: string } & WithJson> = async (s, { opts, args }) => {
  const d = await service.act(s.deps, await accountId(s), parseId(args[0]!, 'id', INTRO_LIST), {
    type: 'cancel',
    note: opts.note,
  });
  if (opts.json) return printJson(s.io, d);
  const notes = d.emails.filter((m) => m.kind === 'closing_note').length;
  s.io.stdout(
    `Cancelled.${notes ? ` ${plural(notes, 'neutral note')} written to whoever had said yes.` : ''}\n`,
  );
};

const outcomeFlags = {
  outcome: '--outcome',
  value: '--value',
  note: '--note',
  noShowPersonId: '--absent',
  markNeedMet: '--mark-need-met',
};

export const recordOutcome: Handler<
  {
    outcome: string;
    value?: number | string;
    absent?: string;
    note?: string;
    markNeedMet?: boolean;
  } & WithJson
> = async (s, { opts, args }) => {
  const input = parseInput(
    OutcomeInput,
    {
      outcome: codeFromWords(opts.outcome, OUTCOME_WORDS),
      value: opts.value,
      note: opts.note,
      noShowPersonId: opts.absent,
      markNeedMet: opts.markNeedMet,
    },
    outcomeFlags,
  );
  // The service refuses some of these for the introduction at hand (no need to mark met, an absent
  // person not in it): its errors name the option too.
  const d = await service
    .recordOutcome(s.deps, await accountId(s), parseId(args[0]!, 'id', INTRO_LIST), input)
    .catch((err) => {
      throw err instanceof ProblemError ? withFlags(err, outcomeFlags) : err;
    });
  if (opts.json) return printJson(s.io, d);
  const need = d.need
    ? ` The need "${d.need.text}" is ${d.need.status === 'open' ? 'still open' : d.need.status}.`
    : '';
  s.io.stdout(`Recorded "${OUTCOME_WORDS[input.outcome]}"; the introduction is closed.${need}\n`);
};

/** Today's introduction items (the same list and words as `linchpin agenda`). */
export { showIntroductionAgenda as showAgenda } from './agenda-actions';

function describeMail(d: IntroductionDetail, already = 0): string {
  const fresh = d.emails.slice(already);
  const lines = fresh.map(
    (m) =>
      `  ${mailKindWords(m.kind)} to ${m.to.join(', ')}: "${m.subject}" (${MAIL_STATUS_WORDS[m.status]})`,
  );
  return `The introduction is now ${STATE_WORDS[d.state]}.\n${lines.length ? `${lines.join('\n')}\n` : ''}`;
}
