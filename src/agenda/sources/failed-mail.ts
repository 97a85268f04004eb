// Failed mail for Today: messages of the account's introductions that failed, or reached only some of
// their recipients and were not resent to the others, oldest first.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  introductions,
  type MailAddressJson,
  OUTBOX_STATUSES,
  outboxMessages,
  type RejectedRecipientJson,
} from '../../db/schema';
import { failedMailItem } from '../items/failed-mail';
import { jsonInstant, jsonRows, nameOf, rowsSource } from '../source';

/** Undelivered messages read at most (the oldest). */
const MAX_FAILED = 200;

const Row = z.object({
  id: z.string(),
  introduction_id: z.string(),
  kind: z.string(),
  status: z.enum(OUTBOX_STATUSES),
  to: z.array(z.object({ name: z.string(), address: z.string() })),
  rejected: z.array(z.object({ address: z.string(), error: z.string(), resentAs: z.string().nullable() })),
  last_error: z.string().nullable(),
  sent_at: jsonInstant.nullable(),
  created_at: jsonInstant,
  state: z.string(),
  person_a_id: z.string(),
  person_b_id: z.string(),
  a_name: z.string(),
  b_name: z.string(),
});

export const failedMailSource = rowsSource({
  name: 'failed_mail',
  select: (q) =>
    jsonRows(
      sql`select m.id, m.introduction_id, m.kind, m.status, m."to", m.rejected, m.last_error, m.sent_at,
          m.created_at, m.seq, i.state, i.person_a_id, i.person_b_id, ${nameOf(sql`i.person_a_id`)} as a_name,
          ${nameOf(sql`i.person_b_id`)} as b_name
        from ${outboxMessages} m
        join ${introductions} i on i.id = m.introduction_id and i.account_id = m.account_id
        where m.account_id = ${q.accountId}
          and (m.status = 'failed'
            or (m.status = 'sent' and m.rejected @> '[{"resentAs": null}]'::jsonb))
        order by m.created_at, m.seq
        limit ${MAX_FAILED}`,
      sql`x.created_at, x.seq`,
    ),
  row: Row,
  items: (rows) =>
    rows.flatMap((r) => {
      const to: MailAddressJson[] = r.to;
      const rejected: RejectedRecipientJson[] = r.rejected;
      return failedMailItem({
        id: r.id,
        introductionId: r.introduction_id,
        kind: r.kind,
        status: r.status,
        to,
        rejected,
        lastError: r.last_error,
        sentAt: r.sent_at,
        createdAt: r.created_at,
        introductionState: r.state,
        personA: { id: r.person_a_id, name: r.a_name },
        personB: { id: r.person_b_id, name: r.b_name },
      });
    }),
});
