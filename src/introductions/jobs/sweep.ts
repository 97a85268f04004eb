// The shared loop of the introduction sweeps: find introductions with a timed event due, then in one
// transaction per introduction apply whichever of this sweep's events the state machine says are due.
// Every account makes progress whatever another holds (issue 8, fault 5): one run takes at most
// PER_ACCOUNT rows of an account, and a row that turns out to have nothing due gets its due time
// worked out again instead of staying first in line for ever.
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { type IntroductionRow, introductions } from '../../db/schema';
import { dueEvents, nextDueAt } from '../../domain/introduction/timing';
import type { IntroEventType } from '../../domain/introduction/types';
import { ProblemError } from '../../shared/errors';
import { applyEvent, loadParties } from '../apply';
import { toDomain } from '../mapping';
import { lockIntroduction } from '../repository';
import type { IntroDeps } from '../service';

export interface SweepReport {
  examined: number;
  applied: Partial<Record<IntroEventType, number>>;
  errors: number;
  /** Rows whose stored due time was wrong (nothing was due): set again from the rules. */
  rescheduled: number;
}

/** Rows of one account a run takes at most, so one account's rows cannot fill the whole run. */
export const PER_ACCOUNT = 20;
/** When a row says something is due that the rules do not find: look again this much later. */
const RETRY_MS = 60 * 60_000;

/** The oldest due rows, at most PER_ACCOUNT of each account. */
async function dueIn(db: DbOrTx, states: IntroductionRow['state'][], now: Date, limit: number) {
  const ranked = db
    .select({
      id: introductions.id,
      accountId: introductions.accountId,
      nextDueAt: introductions.nextDueAt,
      rank: sql<number>`row_number() over (partition by ${introductions.accountId} order by ${introductions.nextDueAt}, ${introductions.id})`.as(
        'rank',
      ),
    })
    .from(introductions)
    .where(and(lte(introductions.nextDueAt, now), inArray(introductions.state, states)))
    .as('ranked');
  return db
    .select({ id: ranked.id, accountId: ranked.accountId })
    .from(ranked)
    .where(lte(ranked.rank, PER_ACCOUNT))
    .orderBy(asc(ranked.nextDueAt), asc(ranked.id))
    .limit(limit);
}

type SweepLog = { warn(o: object, m: string): void };

export async function sweep(
  deps: IntroDeps & { log?: SweepLog },
  opts: { states: IntroductionRow['state'][]; events: IntroEventType[]; limit?: number },
): Promise<SweepReport> {
  const now = deps.clock.now();
  const policy = deps.config.introductions;
  const report: SweepReport = { examined: 0, applied: {}, errors: 0, rescheduled: 0 };
  for (const { id, accountId } of await dueIn(deps.db, opts.states, now, opts.limit ?? 200)) {
    report.examined++;
    try {
      await deps.db.transaction(async (tx) => {
        const row = await lockIntroduction(tx, accountId, id);
        if (!row) return;
        const people = await loadParties(tx, row);
        const intro = toDomain(row, people.a, people.b);
        const due = dueEvents(intro, now, policy);
        if (due.length === 0) {
          // Nothing is due for any sweep: the stored time was wrong (a restored or edited row, or
          // timings changed since). Store the right one, or look again later when the rules disagree.
          const next = nextDueAt(intro, policy);
          const fixed = next && next <= now ? new Date(now.getTime() + RETRY_MS) : next;
          if (next && next <= now) {
            deps.log?.warn(
              { introductionId: id, accountId },
              'introduction due with nothing to do; retried later',
            );
          }
          await tx
            .update(introductions)
            .set({ nextDueAt: fixed })
            .where(and(eq(introductions.id, id), eq(introductions.accountId, accountId)));
          report.rescheduled++;
          return;
        }
        for (const event of due.filter((e) => opts.events.includes(e.type))) {
          await applyEvent(tx, { config: deps.config, now }, accountId, id, event, { actor: 'system' });
          report.applied[event.type] = (report.applied[event.type] ?? 0) + 1;
        }
      });
    } catch (err) {
      // One introduction that cannot move must not stop the others; it is retried on the next sweep
      // (and takes at most one of its account's PER_ACCOUNT places there).
      report.errors++;
      deps.log?.warn(
        { err, introductionId: id, accountId, expected: err instanceof ProblemError },
        'introduction sweep failed',
      );
    }
  }
  return report;
}
