// Today, assembled from every feature's "what needs you" reads into one list, most urgent first. The
// digest and the calendar feed call `buildAgenda` too, so they say what Today says.
import type { DbOrTx } from '../db/client';
import { DEFAULT_TIMING, type TimingPolicy } from '../domain/introduction/timing';
import { localDate } from '../domain/time/zoned';
import { failedMailItems } from '../introductions/agenda-failed-mail';
import { keepInTouchEntries } from '../keep-in-touch/due';
import { suggestionsForAccount } from '../matching/service';
import { askItems } from './asks';
import { answerItem } from './items/answers';
import { failedMailItem } from './items/failed-mail';
import { introductionItems } from './items/introductions';
import { keepInTouchItem } from './items/keep-in-touch';
import { DEFAULT_NEED_DUE_DAYS, needCutoff, needDueItem } from './items/needs';
import { suggestionItem, TODAY_SUGGESTIONS } from './items/suggestions';
import { sortAgenda } from './order';
import * as repo from './repository';
import type { Agenda, AgendaItemV2 } from './schema';

export interface AgendaOptions {
  /** The introduction timings (`config.introductions`): follow-ups due, yeses gone stale. */
  timing?: TimingPolicy;
  /** Needs show this many local days before their needed-by date (default 7). */
  needDueDays?: number;
  /** Today shows answers of the last this many days that were not acknowledged (default 30). */
  answerDays?: number;
}

/**
 * Today shows the people most overdue for contact, not all of them: with a large network thousands can be
 * due at once, and the full list is the Losing touch view.
 */
export const TODAY_KEEP_IN_TOUCH = 20;

/** Answers older than this leave Today even unacknowledged: an old answer is history, not news. */
export const DEFAULT_ANSWER_DAYS = 30;

async function introductionPart(
  db: DbOrTx,
  accountId: string,
  now: Date,
  timeZone: string,
  timing: TimingPolicy,
): Promise<AgendaItemV2[]> {
  const rows = await repo.openIntroductions(db, accountId);
  const names = await repo.personNames(
    db,
    accountId,
    rows.flatMap((r) => [r.personAId, r.personBId]),
  );
  return rows.flatMap((r) => introductionItems(r, names, now, timeZone, timing));
}

export async function buildAgenda(
  db: DbOrTx,
  accountId: string,
  now: Date,
  timeZone: string,
  options: AgendaOptions = {},
): Promise<Agenda> {
  const timing = options.timing ?? DEFAULT_TIMING;
  const needDays = options.needDueDays ?? DEFAULT_NEED_DUE_DAYS;
  const answerSince = new Date(now.getTime() - (options.answerDays ?? DEFAULT_ANSWER_DAYS) * 86_400_000);
  const today = localDate(now, timeZone);
  const [intros, answers, failed, keep, dueNeeds, suggested] = await Promise.all([
    introductionPart(db, accountId, now, timeZone, timing),
    repo.unacknowledgedAnswers(db, accountId, answerSince),
    failedMailItems(db, accountId),
    keepInTouchEntries(db, accountId, now, timeZone, ['due', 'overdue'], TODAY_KEEP_IN_TOUCH),
    repo.needsDueBy(db, accountId, needCutoff(today, needDays)),
    suggestionsForAccount(db, accountId, now, { limit: TODAY_SUGGESTIONS }),
  ]);
  const items = [
    ...intros,
    ...answers.map(answerItem),
    ...failed.flatMap(failedMailItem),
    ...keep.map((e) => keepInTouchItem(e, now, timeZone)),
    ...dueNeeds.flatMap((n) => needDueItem(n, today, needDays, timeZone)),
    ...suggested.items.map((s) => suggestionItem(s, now)),
    ...(await askItems(db, accountId)),
  ];
  return { asOf: now.toISOString(), timeZone, items: sortAgenda(items) };
}

/** Today for the account as of `now`, in the account's own time zone. */
export async function agendaFor(
  db: DbOrTx,
  accountId: string,
  now: Date,
  options: AgendaOptions = {},
): Promise<Agenda> {
  return buildAgenda(db, accountId, now, await repo.accountTimeZone(db, accountId), options);
}

/** "Got it": the items leave Today. */
export async function acknowledge(db: DbOrTx, accountId: string, keys: readonly string[]): Promise<void> {
  await repo.acknowledge(db, accountId, keys);
}
