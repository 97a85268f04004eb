// What a person valued: their history read once, counted by the pure figures and put into words.
import type { DbOrTx } from '../db/client';
import { isFollowUpAnswer, OUTCOMES, type OutcomeKind } from '../domain/introduction/types';
import { type ValueHistory, valueFigures } from '../domain/values/figures';
import { kindOfHelp } from '../domain/values/kind';
import { valueSentences } from '../domain/values/sentences';
import { findPerson } from '../people/repository';
import { notFound } from '../shared/errors';
import { personHistory } from './repository';
import type { PersonValues } from './schema';

const isOutcome = (x: string): x is OutcomeKind => (OUTCOMES as readonly string[]).includes(x);

export async function personValues(db: DbOrTx, accountId: string, personId: string): Promise<PersonValues> {
  if (!(await findPerson(db, accountId, personId))) throw notFound('Person');
  const h = await personHistory(db, accountId, personId);
  const history: ValueHistory = {
    introductions: h.intros.map((i) => ({
      id: i.id,
      kind: kindOfHelp(i.needText === null ? null : { tags: i.needTags ?? [], text: i.needText }, i.kind),
      introducedAt: i.introducedAt?.getTime() ?? null,
    })),
    answers: h.answers.map((a) => ({
      introductionId: a.introductionId,
      answer: a.answer,
      at: a.at.getTime(),
    })),
    followUps: h.outcomes.flatMap((o) =>
      o.source === 'follow_up' && isFollowUpAnswer(o.outcome)
        ? [{ introductionId: o.introductionId, answer: o.outcome, at: o.at.getTime() }]
        : [],
    ),
    outcomes: h.outcomes.flatMap((o) =>
      o.source === 'connector' && isOutcome(o.outcome)
        ? [{ introductionId: o.introductionId, outcome: o.outcome, at: o.at.getTime() }]
        : [],
    ),
    contacts: h.contacts.map((c) => c.at.getTime()),
  };
  const figures = valueFigures(history);
  return {
    personId,
    sentences: valueSentences(figures),
    kinds: figures.kinds,
    judgements: figures.judgements.map((j) => ({ ...j, at: new Date(j.at).toISOString() })),
  };
}
