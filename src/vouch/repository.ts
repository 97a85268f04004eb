// All SQL for "not yet" answers. Every query is scoped by account id.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { agendaAcknowledgements, notYetAnswers, people } from '../db/schema';
import { livePeopleOf } from '../people/repository';

/** The agenda key a "not yet" answer's "criteria met" item has: acknowledging it settles the answer. */
export const criteriaMetKey = (id: string) => `criteria_met:${id}`;

export async function insertNotYet(
  db: DbOrTx,
  values: { accountId: string; personId: string; criteria: string[]; asked: string; createdAt: Date },
) {
  const [row] = await db.insert(notYetAnswers).values(values).returning();
  return row!;
}

const acknowledged = sql<boolean>`exists (select 1 from ${agendaAcknowledgements} a where a.account_id = ${notYetAnswers.accountId} and a.item_key = 'criteria_met:' || ${notYetAnswers.id}::text)`;

/** Open "not yet" answers (not acknowledged) with their person, for Today or for one person. */
export async function openNotYet(db: DbOrTx, accountId: string, personId?: string) {
  const rows = await db
    .select({
      id: notYetAnswers.id,
      criteria: notYetAnswers.criteria,
      asked: notYetAnswers.asked,
      createdAt: notYetAnswers.createdAt,
      person: {
        id: people.id,
        name: people.name,
        vouchCriteria: people.vouchCriteria,
        updatedAt: people.updatedAt,
      },
    })
    .from(notYetAnswers)
    .innerJoin(people, eq(people.id, notYetAnswers.personId))
    .where(
      and(
        eq(notYetAnswers.accountId, accountId),
        livePeopleOf(accountId),
        personId ? eq(notYetAnswers.personId, personId) : undefined,
        sql`not ${acknowledged}`,
      ),
    )
    .orderBy(desc(notYetAnswers.createdAt), desc(notYetAnswers.id))
    .limit(200);
  return rows;
}
