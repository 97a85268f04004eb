// Today, assembled from every source's "what needs you" read (`sources/`) into one list, most urgent
// first. One round trip: one statement with every source's subquery, built with the account's settings
// as last read and checked against them (the first request of an account reads the settings first). The
// digest and the calendar feed call `buildAgenda` too, so they say what Today says.
import type { DbOrTx } from '../db/client';
import { DEFAULT_TIMING, type TimingPolicy } from '../domain/introduction/timing';
import { localDate } from '../domain/time/zoned';
import { DEFAULT_NEED_DUE_DAYS } from './items/needs';
import { sortAgenda } from './order';
import * as repo from './repository';
import type { Agenda } from './schema';
import type { TodayQuery, TodaySource } from './source';
import { TODAY_SOURCES } from './sources';

export { TODAY_KEEP_IN_TOUCH } from './sources/keep-in-touch';

export interface AgendaOptions {
  /** The introduction timings (`config.introductions`): follow-ups due, yeses gone stale. */
  timing?: TimingPolicy;
  /** Needs show this many local days before their needed-by date (default 7). */
  needDueDays?: number;
  /** Today shows answers of the last this many days that were not acknowledged (default 30). */
  answerDays?: number;
}

/** Answers older than this leave Today even unacknowledged: an old answer is history, not news. */
export const DEFAULT_ANSWER_DAYS = 30;

function todayQuery(
  accountId: string,
  now: Date,
  timeZone: string,
  tagCadences: TodayQuery['tagCadences'],
  options: AgendaOptions,
): TodayQuery {
  return {
    accountId,
    now,
    timeZone,
    today: localDate(now, timeZone),
    timing: options.timing ?? DEFAULT_TIMING,
    needDueDays: options.needDueDays ?? DEFAULT_NEED_DUE_DAYS,
    answerSince: new Date(now.getTime() - (options.answerDays ?? DEFAULT_ANSWER_DAYS) * 86_400_000),
    tagCadences,
  };
}

/**
 * The settings each account had when Today last read them. A guess, never trusted: the statement that
 * reads the sources reads the settings too, and when they differ (changed here or by another process)
 * the sources are read again with the settings it found. So a request makes one round trip, not two.
 */
const lastSettings = new Map<string, repo.TodaySettings>();
const MAX_REMEMBERED = 10_000;

const sameSettings = (x: repo.TodaySettings, y: repo.TodaySettings): boolean =>
  x.timeZone === y.timeZone &&
  x.tagCadences.length === y.tagCadences.length &&
  x.tagCadences.every((c, i) => {
    const d = y.tagCadences[i];
    return d !== undefined && c.tag === d.tag && c.idealDays === d.idealDays && c.maxDays === d.maxDays;
  });

function remember(accountId: string, settings: repo.TodaySettings): void {
  if (lastSettings.size >= MAX_REMEMBERED) lastSettings.clear();
  lastSettings.set(accountId, settings);
}

async function assemble(
  db: DbOrTx,
  accountId: string,
  queryFor: (settings: repo.TodaySettings) => TodayQuery,
  sources: readonly TodaySource[] = TODAY_SOURCES,
): Promise<Agenda> {
  const guess = lastSettings.get(accountId) ?? (await repo.todaySettings(db, accountId));
  let q = queryFor(guess);
  let { selected, settings } = await repo.readSourcesAndSettings(db, q, sources);
  if (!sameSettings(settings, guess)) {
    q = queryFor(settings);
    selected = await repo.readSources(db, q, sources);
  }
  remember(accountId, settings);
  const items = await Promise.all(sources.map((s) => s.items(selected.get(s.name), q, db)));
  return { asOf: q.now.toISOString(), timeZone: q.timeZone, items: sortAgenda(items.flat()) };
}

/** Today for the account as of `now`, in the given zone (the digest knows the account's already). */
export async function buildAgenda(
  db: DbOrTx,
  accountId: string,
  now: Date,
  timeZone: string,
  options: AgendaOptions = {},
): Promise<Agenda> {
  return assemble(db, accountId, (s) => todayQuery(accountId, now, timeZone, s.tagCadences, options));
}

/** Today for the account as of `now`, in the account's own time zone. */
export async function agendaFor(
  db: DbOrTx,
  accountId: string,
  now: Date,
  options: AgendaOptions = {},
): Promise<Agenda> {
  return assemble(db, accountId, (s) => todayQuery(accountId, now, s.timeZone, s.tagCadences, options));
}

/** Today's items about introductions only (`GET /api/v1/introductions/agenda`, `linchpin intro agenda`). */
export async function introductionAgendaFor(
  db: DbOrTx,
  accountId: string,
  now: Date,
  options: AgendaOptions = {},
): Promise<Agenda> {
  const today = await agendaFor(db, accountId, now, options);
  return { ...today, items: today.items.filter((i) => i.introductionId !== undefined) };
}

/** "Got it": the items leave Today. */
export async function acknowledge(db: DbOrTx, accountId: string, keys: readonly string[]): Promise<void> {
  await repo.acknowledge(db, accountId, keys);
}
