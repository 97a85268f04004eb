// Today, assembled from every source's "what needs you" read (`sources/`) into one list, most urgent
// first. Two round trips: the account's settings, then one statement with every source's subquery. The
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

async function assemble(
  db: DbOrTx,
  q: TodayQuery,
  sources: readonly TodaySource[] = TODAY_SOURCES,
): Promise<Agenda> {
  const selected = await repo.readSources(db, q, sources);
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
  const { tagCadences } = await repo.todaySettings(db, accountId);
  return assemble(db, todayQuery(accountId, now, timeZone, tagCadences, options));
}

/** Today for the account as of `now`, in the account's own time zone. */
export async function agendaFor(
  db: DbOrTx,
  accountId: string,
  now: Date,
  options: AgendaOptions = {},
): Promise<Agenda> {
  const { timeZone, tagCadences } = await repo.todaySettings(db, accountId);
  return assemble(db, todayQuery(accountId, now, timeZone, tagCadences, options));
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
