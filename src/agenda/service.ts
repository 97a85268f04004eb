// Today, assembled from every source's "what needs you" read (`sources/`) into one list, most urgent
// first. One round trip: one statement with every source's subquery, built with the account's settings
// as last read and checked against them (the first request of an account reads the settings first). The
// digest and the calendar feed call `buildAgenda` too, so they say what Today says.
import type { DbOrTx } from '../db/client';
import { writeGenerationOf } from '../db/write-generation';
import { DEFAULT_TIMING, type TimingPolicy } from '../domain/introduction/timing';
import { localDate } from '../domain/time/zoned';
import { DEFAULT_NEED_DUE_DAYS } from './items/needs';
import { keep, keptRead, stillHolds } from './kept';
import { sortAgenda } from './order';
import * as repo from './repository';
import type { Agenda } from './schema';
import type { TodayQuery } from './source';
import { TODAY_SOURCES } from './sources';

export { TODAY_KEEP_IN_TOUCH } from './sources/keep-in-touch';

export interface AgendaOptions {
  /** The introduction timings (`config.introductions`): follow-ups due, yeses gone stale. */
  timing?: TimingPolicy;
  /** Needs show this many local days before their needed-by date (default 7). */
  needDueDays?: number;
  /** Today shows answers of the last this many days that were not acknowledged (default 30). */
  answerDays?: number;
  /**
   * On the embedded database, use what Today read for this long while nothing is written (`kept.ts`;
   * config `todayKeptSeconds`). Default 0: read every time.
   */
  keptMs?: number;
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

/** What a kept read is filed under: everything its statement was built from but `now` and the settings. */
const keptKey = (accountId: string, zone: string | undefined, options: AgendaOptions): string =>
  JSON.stringify([accountId, zone ?? null, options.timing ?? null, options.needDueDays, options.answerDays]);

async function assemble(
  db: DbOrTx,
  accountId: string,
  queryFor: (settings: repo.TodaySettings) => TodayQuery,
  keeping: { key: string; ms: number },
): Promise<Agenda> {
  const sources = TODAY_SOURCES;
  const generation = keeping.ms > 0 ? writeGenerationOf(db) : undefined;
  const kept = generation === undefined ? undefined : keptRead(keeping.key);
  let q = kept && queryFor(kept.settings);
  let selected: ReadonlyMap<string, unknown>;
  if (kept && q && generation !== undefined && stillHolds(kept, generation, q, keeping.ms)) {
    selected = kept.selected;
  } else {
    const guess = lastSettings.get(accountId) ?? (await repo.todaySettings(db, accountId));
    q = queryFor(guess);
    const read = await repo.readSourcesAndSettings(db, q, sources);
    selected = read.selected;
    if (!sameSettings(read.settings, guess)) {
      q = queryFor(read.settings);
      selected = await repo.readSources(db, q, sources);
    }
    remember(accountId, read.settings);
    if (generation !== undefined) {
      const { now, today } = q;
      keep(keeping.key, { generation, readAt: now.getTime(), today, settings: read.settings, selected });
    }
  }
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
  return assemble(db, accountId, (s) => todayQuery(accountId, now, timeZone, s.tagCadences, options), {
    key: keptKey(accountId, timeZone, options),
    ms: options.keptMs ?? 0,
  });
}

/** Today for the account as of `now`, in the account's own time zone. */
export async function agendaFor(
  db: DbOrTx,
  accountId: string,
  now: Date,
  options: AgendaOptions = {},
): Promise<Agenda> {
  return assemble(db, accountId, (s) => todayQuery(accountId, now, s.timeZone, s.tagCadences, options), {
    key: keptKey(accountId, undefined, options),
    ms: options.keptMs ?? 0,
  });
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
