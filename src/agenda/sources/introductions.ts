// Open introductions for Today: only the fields the timing rules and the wording need (not the pitches,
// reasons or caveats), with both people's names joined in, and for a snoozed one the note each person
// sent with their latest answer (a "not now" often says why, or when to ask).
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { ConsentJson, FollowUpAnswersJson } from '../../db/schema';
import { consentLog, introductions } from '../../db/schema';
import { INTRO_AGENDA_STATES, introductionItems, type OpenIntroductionRow } from '../items/introductions';
import { jsonInstant, jsonObject, jsonRows, nameOf, rowsSource } from '../source';

/** More open introductions than this are not read in one go (a connector has tens, not thousands). */
const MAX_OPEN_INTRODUCTIONS = 2000;

const Row = z.object({
  id: z.string(),
  person_a_id: z.string(),
  person_b_id: z.string(),
  a_name: z.string(),
  b_name: z.string(),
  state: z.enum(INTRO_AGENDA_STATES),
  consent_a: jsonObject<ConsentJson>(),
  consent_b: jsonObject<ConsentJson>(),
  introduced_at: jsonInstant.nullable(),
  follow_up_sent_at: jsonInstant.nullable(),
  follow_up_answers: jsonObject<FollowUpAnswersJson>(),
  updated_at: jsonInstant,
  a_note: z.string().nullable(),
  b_note: z.string().nullable(),
});

/** The note with a person's latest answer, read only while the introduction is snoozed. */
const latestNote = (party: 'a' | 'b') =>
  sql`case when i.state = 'snoozed' then (select c.note from ${consentLog} c
        where c.introduction_id = i.id and c.party = ${party}
        order by c.created_at desc, c.seq desc limit 1) end`;

export const introductionsSource = rowsSource({
  name: 'introductions',
  select: (q) =>
    jsonRows(
      sql`select i.id, i.person_a_id, i.person_b_id, ${nameOf(sql`i.person_a_id`)} as a_name,
          ${nameOf(sql`i.person_b_id`)} as b_name, i.state, i.consent_a, i.consent_b, i.introduced_at,
          i.follow_up_sent_at, i.follow_up_answers, i.updated_at, ${latestNote('a')} as a_note,
          ${latestNote('b')} as b_note
        from ${introductions} i
        where i.account_id = ${q.accountId}
          and i.state in (${sql.join(
            INTRO_AGENDA_STATES.map((s) => sql`${s}`),
            sql`, `,
          )})
        order by i.updated_at, i.id
        limit ${MAX_OPEN_INTRODUCTIONS}`,
      sql`x.updated_at, x.id`,
    ),
  row: Row,
  items: (rows, q) =>
    rows.flatMap((r) => {
      const row: OpenIntroductionRow = {
        id: r.id,
        personAId: r.person_a_id,
        personBId: r.person_b_id,
        state: r.state,
        consentA: r.consent_a,
        consentB: r.consent_b,
        introducedAt: r.introduced_at,
        followUpSentAt: r.follow_up_sent_at,
        followUpAnswers: r.follow_up_answers,
        updatedAt: r.updated_at,
        notes: { a: r.a_note ?? '', b: r.b_note ?? '' },
      };
      const names = new Map([
        [r.person_a_id, r.a_name],
        [r.person_b_id, r.b_name],
      ]);
      return introductionItems(row, names, q.now, q.timeZone, q.timing, q.today);
    }),
});
