// All of Today's own SQL: the open introductions, answers not yet acknowledged, needs coming due, the
// account's time zone, and acknowledgements. Every query is scoped by account id.
import { and, asc, desc, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import {
  accounts,
  agendaAcknowledgements,
  consentLog,
  type IntroductionRow,
  introductionOutcomes,
  introductions,
  needs,
  people,
} from '../db/schema';
import { isFollowUpAnswer } from '../domain/introduction/types';
import { personNames } from '../introductions/repository';
import { type AnswerRow, answerKey } from './items/answers';
import { INTRO_AGENDA_STATES } from './items/introductions';
import type { DueNeedRow } from './items/needs';

/** More open introductions than this are not read in one go (a connector has tens, not thousands). */
const MAX_OPEN_INTRODUCTIONS = 2000;
/** Answers read at most (the newest; acknowledged ones are then left out), and needs (earliest first). */
const MAX_ANSWERS = 200;
const MAX_NEEDS = 200;

export async function accountTimeZone(db: DbOrTx, accountId: string): Promise<string> {
  const [row] = await db
    .select({ timeZone: accounts.timeZone })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  return row?.timeZone ?? 'UTC';
}

export async function openIntroductions(db: DbOrTx, accountId: string): Promise<IntroductionRow[]> {
  return db
    .select()
    .from(introductions)
    .where(
      and(eq(introductions.accountId, accountId), inArray(introductions.state, [...INTRO_AGENDA_STATES])),
    )
    .orderBy(asc(introductions.updatedAt), asc(introductions.id))
    .limit(MAX_OPEN_INTRODUCTIONS);
}

export { personNames };

/** Consent and follow-up answers recorded since `since` that the connector has not acknowledged. */
export async function unacknowledgedAnswers(
  db: DbOrTx,
  accountId: string,
  since: Date,
): Promise<AnswerRow[]> {
  const [consents, followUps] = await Promise.all([
    db
      .select({
        id: consentLog.id,
        introductionId: consentLog.introductionId,
        personId: consentLog.personId,
        party: consentLog.party,
        answer: consentLog.answer,
        until: consentLog.until,
        channel: consentLog.channel,
        note: consentLog.note,
        at: consentLog.createdAt,
        a: introductions.personAId,
        b: introductions.personBId,
      })
      .from(consentLog)
      .innerJoin(introductions, eq(introductions.id, consentLog.introductionId))
      .where(and(eq(consentLog.accountId, accountId), gte(consentLog.createdAt, since)))
      .orderBy(desc(consentLog.createdAt), desc(consentLog.seq))
      .limit(MAX_ANSWERS),
    db
      .select({
        id: introductionOutcomes.id,
        introductionId: introductionOutcomes.introductionId,
        personId: introductionOutcomes.personId,
        party: introductionOutcomes.party,
        outcome: introductionOutcomes.outcome,
        note: introductionOutcomes.note,
        at: introductionOutcomes.createdAt,
        a: introductions.personAId,
        b: introductions.personBId,
      })
      .from(introductionOutcomes)
      .innerJoin(introductions, eq(introductions.id, introductionOutcomes.introductionId))
      .where(
        and(
          eq(introductionOutcomes.accountId, accountId),
          eq(introductionOutcomes.source, 'follow_up'),
          gte(introductionOutcomes.createdAt, since),
        ),
      )
      .orderBy(desc(introductionOutcomes.createdAt), desc(introductionOutcomes.id))
      .limit(MAX_ANSWERS),
  ]);
  const [names, seen] = await Promise.all([
    personNames(
      db,
      accountId,
      [...consents, ...followUps].flatMap((r) => [r.a, r.b]),
    ),
    acknowledged(db, accountId, [
      ...consents.map((r) => answerKey({ source: 'consent', id: r.id })),
      ...followUps.map((r) => answerKey({ source: 'follow_up', id: r.id })),
    ]),
  ]);
  const ref = (id: string) => ({ id, name: names.get(id) ?? '' });
  const other = (r: { party: 'a' | 'b'; a: string; b: string }) => ref(r.party === 'a' ? r.b : r.a);
  const answers: AnswerRow[] = [
    ...consents.map(
      (r): AnswerRow => ({
        source: 'consent',
        id: r.id,
        introductionId: r.introductionId,
        at: r.at,
        person: ref(r.personId),
        other: other(r),
        answer: r.answer,
        until: r.until,
        channel: r.channel,
        note: r.note,
      }),
    ),
    ...followUps.flatMap((r): AnswerRow[] =>
      isFollowUpAnswer(r.outcome)
        ? [
            {
              source: 'follow_up',
              id: r.id,
              introductionId: r.introductionId,
              at: r.at,
              person: ref(r.personId),
              other: other(r),
              answer: r.outcome,
              note: r.note,
            },
          ]
        : [],
    ),
  ];
  return answers.filter((a) => !seen.has(answerKey(a)));
}

/** Which of these keys the connector has acknowledged. */
async function acknowledged(db: DbOrTx, accountId: string, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .select({ key: agendaAcknowledgements.itemKey })
    .from(agendaAcknowledgements)
    .where(
      and(eq(agendaAcknowledgements.accountId, accountId), inArray(agendaAcknowledgements.itemKey, keys)),
    );
  return new Set(rows.map((r) => r.key));
}

/** Open needs of live people needed by `cutoff` (YYYY-MM-DD) or earlier, earliest first. */
export async function needsDueBy(db: DbOrTx, accountId: string, cutoff: string): Promise<DueNeedRow[]> {
  const rows = await db
    .select({
      id: needs.id,
      text: needs.text,
      neededBy: needs.neededBy,
      personId: people.id,
      personName: people.name,
    })
    .from(needs)
    .innerJoin(people, eq(people.id, needs.personId))
    .where(
      and(
        eq(needs.accountId, accountId),
        eq(needs.status, 'open'),
        lte(needs.neededBy, cutoff),
        isNull(people.deletedAt),
      ),
    )
    .orderBy(asc(needs.neededBy), asc(needs.id))
    .limit(MAX_NEEDS);
  return rows.flatMap((r) =>
    r.neededBy
      ? [{ id: r.id, text: r.text, neededBy: r.neededBy, person: { id: r.personId, name: r.personName } }]
      : [],
  );
}

/** Marks items seen; acknowledging one twice is the same as once. */
export async function acknowledge(db: DbOrTx, accountId: string, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await db
    .insert(agendaAcknowledgements)
    .values([...new Set(keys)].map((itemKey) => ({ accountId, itemKey })))
    .onConflictDoNothing();
}
