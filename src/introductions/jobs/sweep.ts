// The shared loop of the introduction sweeps: find introductions with a timed event due, then in one
// transaction per introduction apply whichever of this sweep's events the state machine says are due.
import { and, asc, inArray, lte } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { type IntroductionRow, introductions } from '../../db/schema';
import { dueEvents } from '../../domain/introduction/timing';
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
}

async function dueIn(db: DbOrTx, states: IntroductionRow['state'][], now: Date, limit: number) {
  return db
    .select({ id: introductions.id, accountId: introductions.accountId })
    .from(introductions)
    .where(and(lte(introductions.nextDueAt, now), inArray(introductions.state, states)))
    .orderBy(asc(introductions.nextDueAt))
    .limit(limit);
}

export async function sweep(
  deps: IntroDeps & { log?: { warn(o: object, m: string): void } },
  opts: { states: IntroductionRow['state'][]; events: IntroEventType[]; limit?: number },
): Promise<SweepReport> {
  const now = deps.clock.now();
  const report: SweepReport = { examined: 0, applied: {}, errors: 0 };
  for (const { id, accountId } of await dueIn(deps.db, opts.states, now, opts.limit ?? 200)) {
    report.examined++;
    try {
      await deps.db.transaction(async (tx) => {
        const row = await lockIntroduction(tx, accountId, id);
        if (!row) return;
        const people = await loadParties(tx, row);
        const due = dueEvents(toDomain(row, people.a, people.b), now, deps.config.introductions);
        for (const event of due.filter((e) => opts.events.includes(e.type))) {
          await applyEvent(tx, { config: deps.config, now }, accountId, id, event, { actor: 'system' });
          report.applied[event.type] = (report.applied[event.type] ?? 0) + 1;
        }
      });
    } catch (err) {
      // One introduction that cannot move must not stop the others; it is retried on the next sweep.
      report.errors++;
      if (!(err instanceof ProblemError))
        deps.log?.warn({ err, introductionId: id }, 'introduction sweep failed');
    }
  }
  return report;
}
