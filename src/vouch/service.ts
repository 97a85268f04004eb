// "Not yet" answers: recording one adds its criteria to the person's vouch criteria; reading says which are
// still unmet. Whether an answer is met is never stored: it is read from the person's criteria each time.
import type { Db, DbOrTx } from '../db/client';
import { markPeopleChanged } from '../matching/pending';
import { findPerson, lockPerson, updatePerson } from '../people/repository';
import type { AppDeps } from '../shared/deps';
import { notFound, unprocessable } from '../shared/errors';
import { MAX_CRITERIA, notYetMet, stillWaitingFor, withCriteria } from './criteria';
import * as repo from './repository';
import type { NotYetAnswer, NotYetInput } from './schema';

type Row = Awaited<ReturnType<typeof repo.openNotYet>>[number];

function toAnswer(r: Row): NotYetAnswer {
  return {
    id: r.id,
    personId: r.person.id,
    asked: r.asked,
    criteria: r.criteria,
    waitingFor: stillWaitingFor(r.criteria, r.person.vouchCriteria),
    met: notYetMet(r.criteria, r.person.vouchCriteria),
    createdAt: r.createdAt.toISOString(),
  };
}

export async function listNotYet(db: DbOrTx, accountId: string, personId: string) {
  if (!(await findPerson(db, accountId, personId))) throw notFound('Person');
  return {
    items: (await repo.openNotYet(db, accountId, personId)).map(toAnswer),
    acknowledgeKey: repo.criteriaMetKey(''),
  };
}

export async function recordNotYet(
  { db, clock }: Pick<AppDeps, 'clock'> & { db: Db },
  accountId: string,
  personId: string,
  input: NotYetInput,
): Promise<NotYetAnswer> {
  const now = clock.now();
  const id = await db.transaction(async (tx) => {
    const person = await lockPerson(tx, accountId, personId);
    if (!person) throw notFound('Person');
    const criteria = withCriteria(person.vouchCriteria, input.criteria);
    if (!criteria) throw unprocessable('criteria', `a person can have at most ${MAX_CRITERIA} criteria`);
    await updatePerson(tx, accountId, personId, { vouchCriteria: criteria }, now);
    await markPeopleChanged(tx, accountId, [personId], now);
    const row = await repo.insertNotYet(tx, {
      accountId,
      personId,
      criteria: input.criteria.map((c) => c.trim()),
      asked: input.asked,
      createdAt: now,
    });
    return row.id;
  });
  const found = (await repo.openNotYet(db, accountId, personId)).find((r) => r.id === id);
  return toAnswer(found!);
}
