// The history "what each person values" is counted from: one person's introductions (with the need each
// answered), their consent answers, follow-up answers, the connector's outcomes for them and the contact
// that followed. Every query is scoped by account id.
import { and, asc, eq, ne, or } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { consentLog, interactions, introductionOutcomes, introductions, needs } from '../db/schema';

export async function personHistory(db: DbOrTx, accountId: string, personId: string) {
  const [intros, answers, outcomes, contacts] = await Promise.all([
    db
      .select({
        id: introductions.id,
        kind: introductions.kind,
        introducedAt: introductions.introducedAt,
        needTags: needs.tags,
        needText: needs.text,
      })
      .from(introductions)
      .leftJoin(needs, eq(needs.id, introductions.needId))
      .where(
        and(
          eq(introductions.accountId, accountId),
          or(eq(introductions.personAId, personId), eq(introductions.personBId, personId)),
        ),
      ),
    db
      .select({
        introductionId: consentLog.introductionId,
        answer: consentLog.answer,
        at: consentLog.createdAt,
      })
      .from(consentLog)
      .where(and(eq(consentLog.accountId, accountId), eq(consentLog.personId, personId)))
      .orderBy(asc(consentLog.createdAt), asc(consentLog.seq)),
    db
      .select({
        introductionId: introductionOutcomes.introductionId,
        source: introductionOutcomes.source,
        outcome: introductionOutcomes.outcome,
        at: introductionOutcomes.createdAt,
      })
      .from(introductionOutcomes)
      .where(and(eq(introductionOutcomes.accountId, accountId), eq(introductionOutcomes.personId, personId))),
    db
      .select({ at: interactions.occurredAt })
      .from(interactions)
      .where(
        and(
          eq(interactions.accountId, accountId),
          eq(interactions.personId, personId),
          ne(interactions.type, 'introduced'),
        ),
      ),
  ]);
  return { intros, answers, outcomes, contacts };
}
