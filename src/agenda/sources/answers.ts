// Answers for Today: consent and follow-up answers of the window (`answerSince` on) that the connector has
// not acknowledged, newest first, with the names of both people of the introduction. The acknowledgement
// is an anti-join on the answer's key, so acknowledged answers are never read.
import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { agendaAcknowledgements, consentLog, introductionOutcomes, introductions } from '../../db/schema';
import { CHANNELS, CONSENT_LOG_ANSWERS, FOLLOW_UP_ANSWERS, PARTIES } from '../../domain/introduction/types';
import { type AnswerRow, answerItem, answerKey } from '../items/answers';
import { jsonInstant, jsonRows, nameOf, rowsSource, type TodayQuery } from '../source';

/** Answers read at most of each source (the newest). */
const MAX_ANSWERS = 200;

const common = {
  id: z.string(),
  introduction_id: z.string(),
  person_id: z.string(),
  party: z.enum(PARTIES),
  note: z.string(),
  at: jsonInstant,
  a: z.string(),
  b: z.string(),
  a_name: z.string(),
  b_name: z.string(),
};
const Row = z.discriminatedUnion('source', [
  z.object({
    ...common,
    source: z.literal('consent'),
    answer: z.enum(CONSENT_LOG_ANSWERS),
    until: z.string().nullable(),
    channel: z.enum(CHANNELS),
  }),
  z.object({ ...common, source: z.literal('follow_up'), answer: z.enum(FOLLOW_UP_ANSWERS) }),
]);
type Row = z.infer<typeof Row>;

/**
 * Not acknowledged: no acknowledgement row carries this answer's key. A scalar subquery rather than NOT
 * EXISTS: the planner keeps it a primary-key probe per answer of the window, where an anti-join planned
 * on stale statistics (the embedded database has no autovacuum) scanned every acknowledgement per answer.
 */
const unacknowledged = (q: TodayQuery, source: AnswerRow['source'], id: SQL) =>
  sql`(select true from ${agendaAcknowledgements} k where k.account_id = ${q.accountId}
    and k.item_key = ${answerKey({ source, id: '' })} || ${id}::text) is null`;

const names = sql`${nameOf(sql`i.person_a_id`)} as a_name, ${nameOf(sql`i.person_b_id`)} as b_name`;

/** The name of one of the introduction's two people, '' for anyone else. */
const nameIn = (r: Row, id: string) => (id === r.a ? r.a_name : id === r.b ? r.b_name : '');

function toAnswer(r: Row): AnswerRow {
  const other = r.party === 'a' ? r.b : r.a;
  const base = {
    id: r.id,
    introductionId: r.introduction_id,
    at: r.at,
    person: { id: r.person_id, name: nameIn(r, r.person_id) },
    other: { id: other, name: nameIn(r, other) },
    note: r.note,
  };
  return r.source === 'consent'
    ? { ...base, source: 'consent', answer: r.answer, until: r.until, channel: r.channel }
    : { ...base, source: 'follow_up', answer: r.answer };
}

export const answersSource = rowsSource({
  name: 'answers',
  select: (q) =>
    jsonRows(
      sql`(select 'consent' as source, c.id, c.introduction_id, c.person_id, c.party, c.answer, c.until,
            c.channel, c.note, c.created_at as at, c.seq as n, i.person_a_id as a, i.person_b_id as b, ${names}
          from ${consentLog} c join ${introductions} i on i.id = c.introduction_id
          where c.account_id = ${q.accountId} and c.created_at >= ${q.answerSince.toISOString()}::timestamptz
            and ${unacknowledged(q, 'consent', sql`c.id`)}
          order by c.created_at desc, c.seq desc
          limit ${MAX_ANSWERS})
        union all
        (select 'follow_up', o.id, o.introduction_id, o.person_id, o.party, o.outcome, null, null, o.note,
            o.created_at, 0, i.person_a_id, i.person_b_id, ${names}
          from ${introductionOutcomes} o join ${introductions} i on i.id = o.introduction_id
          where o.account_id = ${q.accountId} and o.source = 'follow_up'
            and o.outcome in (${sql.join(
              FOLLOW_UP_ANSWERS.map((a) => sql`${a}`),
              sql`, `,
            )})
            and o.created_at >= ${q.answerSince.toISOString()}::timestamptz
            and ${unacknowledged(q, 'follow_up', sql`o.id`)}
          order by o.created_at desc, o.id desc
          limit ${MAX_ANSWERS})`,
      sql`x.at desc, x.n desc, x.id desc`,
    ),
  row: Row,
  // The window again: rows read a little earlier (Today kept, agenda/kept.ts) leave at the exact instant.
  items: (rows, q) => rows.filter((r) => r.at >= q.answerSince).map((r) => answerItem(toAnswer(r))),
});
