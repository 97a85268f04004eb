// When things fall due: reminders, expiry, snooze check-backs and follow-ups. The transition checks these
// before acting and the sweeps use them to find work, so the timing rules exist exactly once.
import type { Consent, Introduction, IntroEvent, Party } from './types';
import { PARTIES } from './types';

export interface TimingPolicy {
  /** Days after a request without an answer before the one reminder. */
  remindAfterDays: number;
  /** Days after the reminder without an answer before the introduction expires. */
  expireAfterDays: number;
  /** Days after the introduction before each party is asked how it went. */
  followUpAfterDays: number;
  /** Days a yes stays good: an older yes is reconfirmed before the introduction goes out. */
  reconfirmAfterDays: number;
}

/** The timings when none are configured (`INTRO_REMIND_DAYS`, `INTRO_EXPIRE_DAYS`, `INTRO_FOLLOW_UP_DAYS`). */
export const DEFAULT_TIMING: Readonly<TimingPolicy> = {
  remindAfterDays: 5,
  expireAfterDays: 9,
  followUpAfterDays: 7,
  reconfirmAfterDays: 60,
};

const DAY_MS = 86_400_000;
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY_MS);

/** The calendar date (UTC) of an instant, as YYYY-MM-DD. */
export const dateOf = (d: Date): string => d.toISOString().slice(0, 10);

/** The first instant of a YYYY-MM-DD date (UTC). */
export const startOfDate = (date: string): Date => new Date(`${date}T00:00:00.000Z`);

/** The range of "ask me again on" dates a "later" answer may name: tomorrow up to two years (of 366 days) on. */
export function laterWindow(now: Date): { earliest: string; latest: string } {
  return {
    earliest: dateOf(new Date(now.getTime() + 86_400_000)),
    latest: dateOf(new Date(now.getTime() + 2 * 366 * 86_400_000)),
  };
}

export function reminderDueAt(c: Consent, p: TimingPolicy): Date | null {
  return c.status === 'asked' && c.remindedAt === null ? addDays(c.askedAt, p.remindAfterDays) : null;
}

/** When the one reminder went out, while the request is still unanswered after it; otherwise null. */
export function unansweredReminderAt(c: Consent): Date | null {
  return c.status === 'asked' ? c.remindedAt : null;
}

export function expiryDueAt(c: Consent, p: TimingPolicy): Date | null {
  const reminded = unansweredReminderAt(c);
  return reminded ? addDays(reminded, p.expireAfterDays) : null;
}

/** Parties whose one reminder is due now. */
export function partiesToRemind(intro: Introduction, now: Date, p: TimingPolicy): Party[] {
  if (intro.state !== 'asking' && intro.state !== 'snoozed') return [];
  return PARTIES.filter((party) => {
    const due = reminderDueAt(intro.consent[party], p);
    return due !== null && due <= now;
  });
}

export function isExpiryDue(intro: Introduction, now: Date, p: TimingPolicy): boolean {
  if (intro.state !== 'asking' && intro.state !== 'snoozed') return false;
  return PARTIES.some((party) => {
    const due = expiryDueAt(intro.consent[party], p);
    return due !== null && due <= now;
  });
}

/** The earliest date someone asked us to come back, while snoozed. */
export function snoozedUntil(intro: Pick<Introduction, 'state' | 'consent'>): string | null {
  const dates = PARTIES.map((p) => intro.consent[p])
    .filter((c): c is Extract<Consent, { status: 'later' }> => c.status === 'later')
    .map((c) => c.until)
    .sort();
  return intro.state === 'snoozed' ? (dates[0] ?? null) : null;
}

/** The first instant of the earliest "ask me again" date, while snoozed. */
export function snoozeEndsAt(intro: Pick<Introduction, 'state' | 'consent'>): Date | null {
  const until = snoozedUntil(intro);
  return until ? startOfDate(until) : null;
}

/** Whether the connector should ask again now: the snooze has run out (noted on the agenda or not). */
export function isSnoozeOver(intro: Pick<Introduction, 'state' | 'consent'>, now: Date): boolean {
  const ends = snoozeEndsAt(intro);
  return ends !== null && ends <= now;
}

/** When the check-back falls due: the snooze's end, until it has been noted. */
export function checkBackDueAt(intro: Introduction): Date | null {
  return intro.checkBackNotedAt === null ? snoozeEndsAt(intro) : null;
}

export function followUpDueAt(
  intro: Pick<Introduction, 'state' | 'introducedAt'>,
  p: TimingPolicy,
): Date | null {
  return intro.state === 'introduced' && intro.introducedAt
    ? addDays(intro.introducedAt, p.followUpAfterDays)
    : null;
}

/** The earliest moment a timed event falls due, so sweeps can find the introduction by index. */
export function nextDueAt(intro: Introduction, p: TimingPolicy): Date | null {
  const candidates: (Date | null)[] = [checkBackDueAt(intro), followUpDueAt(intro, p)];
  if (intro.state === 'asking' || intro.state === 'snoozed') {
    for (const party of PARTIES) {
      candidates.push(reminderDueAt(intro.consent[party], p), expiryDueAt(intro.consent[party], p));
    }
  }
  const times = candidates.filter((d): d is Date => d !== null).map((d) => d.getTime());
  return times.length ? new Date(Math.min(...times)) : null;
}

/** The timed events that are due now, in the order a sweep should apply them. */
export function dueEvents(intro: Introduction, now: Date, p: TimingPolicy): IntroEvent[] {
  const events: IntroEvent[] = [];
  if (isExpiryDue(intro, now, p)) events.push({ type: 'expire' });
  else if (partiesToRemind(intro, now, p).length) events.push({ type: 'remind' });
  const checkBack = checkBackDueAt(intro);
  if (checkBack && checkBack <= now) events.push({ type: 'check_back_due' });
  const followUp = followUpDueAt(intro, p);
  if (followUp && followUp <= now) events.push({ type: 'follow_up' });
  return events;
}

/** When a yes stops being good enough to introduce on; null unless the consent is a yes. */
export function yesStaleAt(c: Consent, p: TimingPolicy): Date | null {
  return c.status === 'yes' ? addDays(c.at, p.reconfirmAfterDays) : null;
}

/** Parties whose yes is older than the policy allows, as of `now` (only while the introduction is still to be made). */
export function staleYesParties(
  intro: Pick<Introduction, 'introducedAt' | 'consent'>,
  now: Date,
  p: TimingPolicy,
): Party[] {
  if (intro.introducedAt !== null) return [];
  return PARTIES.filter((party) => {
    const stale = yesStaleAt(intro.consent[party], p);
    return stale !== null && stale <= now;
  });
}
