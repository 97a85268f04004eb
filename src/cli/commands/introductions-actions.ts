// What `linchpin intro …` does (its options are in introductions.ts).
import { PROBES } from '../../domain/introduction/actions';
import type { IntroEvent } from '../../domain/introduction/types';
import { getDetail } from '../../introductions/queries';
import {
  AnswerInput,
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
import { parseId, parseInput, withFlags } from '../input';
import { allPages } from './all-pages';

type WithJson = { json?: boolean };

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

const CONSENT_WORDS: Record<IntroductionDetail['consent']['a']['status'], string> = {
  not_asked: 'not asked yet',
  asked: 'asked, waiting',
  yes: 'yes',
  later: 'not now',
  no: 'no',
};

/** Where an introduction stands, after "The introduction is now …". */
const STATE_WORDS: Record<IntroductionDetail['state'], string> = {
  draft: 'a draft (nobody has been asked yet)',
  asking: 'asking for consent',
  snoozed: 'snoozed (someone said "not now")',
  ready: 'ready to send (both said yes)',
  introduced: 'made: the introduction email is on its way',
  following_up: 'following up',
  closed: 'closed',
  declined: 'declined',
  expired: 'expired',
  cancelled: 'cancelled',
};

const OUTCOME_WORDS: Record<NonNullable<IntroductionDetail['outcome']>['kind'], string> = {
  met_helpful: 'met, and it helped',
  met_not_fit: 'met, not a fit',
  business_done: 'business done',
  not_met: 'did not meet',
  no_show: 'no-show',
};

function consentLine(c: IntroductionDetail['consent']['a']): string {
  if (c.status === 'later') return `not now, until ${c.until}`;
  if (c.status === 'no' && c.withdrawn) return 'withdrew their yes';
  const via = c.channel && c.channel !== 'email_link' ? ` (${c.channel.replace('_', ' ')})` : '';
  return `${CONSENT_WORDS[c.status]}${via}`;
}

function printSummary(s: Session, d: IntroductionDetail): void {
  s.io.stdout(
    fields([
      ['Introduction', d.id],
      ['State', d.state.replace(/_/g, ' ')],
      ['A', `${d.personA.name} (${d.personA.id}): ${consentLine(d.consent.a)}`],
      ['B', `${d.personB.name} (${d.personB.id}): ${consentLine(d.consent.b)}`],
      [
        'Kind',
        `${d.kind.replace('_', ' → ')}, asking ${d.order}${d.order === 'sequential' ? ` (${d.firstParty.toUpperCase()} first)` : ''}`,
      ],
      ['Reason', d.reason],
      ['Snoozed until', d.snoozedUntil],
      ['Next due', d.nextDueAt],
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

const SENDING = ['request', 'introduce', 'reask'] as const;

/**
 * What "send" means now, read from the introduction's actions: the sending move (ask, introduce, ask
 * again) the rules allow, else the one that belongs to this state but is refused for a reason (trying
 * it reports that reason), else nothing.
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
      kind: opts.kind,
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
  const states = opts.state?.map((st) => parseInput(IntroState, st, {}));
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
      { header: 'STATE', value: (i) => i.state.replace(/_/g, ' ') },
      { header: 'A', value: (i) => `${i.personA.name} (${CONSENT_WORDS[i.consent.a.status]})`, max: 40 },
      { header: 'B', value: (i) => `${i.personB.name} (${CONSENT_WORDS[i.consent.b.status]})`, max: 40 },
      { header: 'UPDATED', value: (i) => i.updatedAt.slice(0, 16).replace('T', ' ') },
    ]),
  );
  s.io.stdout(`${plural(items.length, 'introduction')}\n`);
};

export const showIntroduction: Handler<WithJson> = async (s, { opts, args }) => {
  const d = await getDetail(s.deps, await accountId(s), parseId(args[0]!, 'id'));
  if (opts.json) return printJson(s.io, d);
  printSummary(s, d);
  if (d.consentLog.length) {
    s.io.stdout('\nConsent log:\n');
    s.io.stdout(
      table(d.consentLog, [
        { header: 'WHEN', value: (l) => l.at.slice(0, 16).replace('T', ' ') },
        { header: 'WHO', value: (l) => (l.party === 'a' ? d.personA.name : d.personB.name), max: 24 },
        { header: 'ANSWER', value: (l) => (l.until ? `${l.answer} until ${l.until}` : l.answer) },
        { header: 'CHANNEL', value: (l) => l.channel },
        { header: 'NOTE', value: (l) => l.note, max: 40 },
      ]),
    );
  }
  s.io.stdout('\nEvents:\n');
  s.io.stdout(
    table(d.events, [
      { header: 'WHEN', value: (e) => e.at.slice(0, 16).replace('T', ' ') },
      { header: 'EVENT', value: (e) => e.type },
      { header: 'STATE', value: (e) => `${e.fromState ?? ''} → ${e.toState}` },
      { header: 'BY', value: (e) => e.actor },
    ]),
  );
  if (d.emails.length) {
    s.io.stdout('\nEmails:\n');
    s.io.stdout(
      table(d.emails, [
        { header: 'STATUS', value: (m) => m.status },
        { header: 'TO', value: (m) => m.to.join(', '), max: 40 },
        { header: 'SUBJECT', value: (m) => m.subject, max: 50 },
      ]),
    );
  }
};

export const sendIntroduction: Handler<{ personalLine?: string } & WithJson> = async (s, { opts, args }) => {
  const account = await accountId(s);
  const id = parseId(args[0]!, 'id');
  const before = await getDetail(s.deps, account, id);
  const event = nextSend(before.actions);
  if (!event) {
    throw new UserError(
      `Nothing to send: the introduction is ${before.state}.${before.state === 'asking' ? ' Waiting for answers.' : ''}`,
    );
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
  const id = parseId(args[0]!, 'id');
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
      answer: opts.answer,
      until: opts.until,
      note: opts.note,
      channel: opts.channel,
    },
    {
      personId: '--person',
      answer: '--answer',
      until: '--until',
      note: '--note',
      channel: '--channel',
    },
  );
  const d = await service.recordAnswer(s.deps, await accountId(s), parseId(args[0]!, 'id'), input);
  if (opts.json) return printJson(s.io, d);
  s.io.stdout(`Recorded. The introduction is now ${STATE_WORDS[d.state]}.\n`);
};

export const cancelIntroduction: Handler<{ note?: string } & WithJson> = async (s, { opts, args }) => {
  const d = await service.act(s.deps, await accountId(s), parseId(args[0]!, 'id'), {
    type: 'cancel',
    note: opts.note,
  });
  if (opts.json) return printJson(s.io, d);
  const notes = d.emails.filter((m) => m.kind === 'closing_note').length;
  s.io.stdout(
    `Cancelled.${notes ? ` ${plural(notes, 'neutral note')} written to whoever had said yes.` : ''}\n`,
  );
};

export const recordOutcome: Handler<
  {
    outcome: string;
    value?: number | string;
    noShow?: string;
    note?: string;
    markNeedMet?: boolean;
  } & WithJson
> = async (s, { opts, args }) => {
  const input = parseInput(
    OutcomeInput,
    {
      outcome: opts.outcome,
      value: opts.value,
      note: opts.note,
      noShowPersonId: opts.noShow,
      markNeedMet: opts.markNeedMet,
    },
    {
      outcome: '--outcome',
      value: '--value',
      note: '--note',
      noShowPersonId: '--no-show',
      markNeedMet: '--mark-need-met',
    },
  );
  const d = await service.recordOutcome(s.deps, await accountId(s), parseId(args[0]!, 'id'), input);
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
    (m) => `  ${m.kind.replace('_', ' ')} to ${m.to.join(', ')}: "${m.subject}" (${m.status})`,
  );
  return `The introduction is now ${STATE_WORDS[d.state]}.\n${lines.length ? `${lines.join('\n')}\n` : ''}`;
}
