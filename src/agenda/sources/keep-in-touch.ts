// Keep-in-touch for Today: the people most overdue for contact, as the keep-in-touch feature's own query
// finds them (`dueQuery`), run inside Today's statement.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { CADENCE_SOURCES } from '../../domain/relationship/cadence';
import { type DueStatus, dueEntries, dueQuery } from '../../keep-in-touch/due';
import { keepInTouchItem } from '../items/keep-in-touch';
import { rowsSource } from '../source';

/**
 * Today shows the people most overdue for contact, not all of them: with a large network thousands can be
 * due at once, and the full list is the Losing touch view.
 */
export const TODAY_KEEP_IN_TOUCH = 20;

const STATUSES: readonly DueStatus[] = ['due', 'overdue'];

const Row = z.object({
  id: z.string(),
  name: z.string(),
  ideal: z.number(),
  max: z.number(),
  source: z.enum(CADENCE_SOURCES),
  tag: z.string().nullable(),
  last_contact_at: z.string().nullable(),
  created_at: z.string(),
});

export const keepInTouchSource = rowsSource({
  name: 'keep_in_touch',
  select: (q) => {
    const due = dueQuery(q.accountId, q.now, q.timeZone, q.tagCadences, {
      statuses: STATUSES,
      order: 'due',
      limit: TODAY_KEEP_IN_TOUCH,
    });
    return sql`(select coalesce(json_agg(x), '[]'::json) from (${due}) x)`;
  },
  row: Row,
  items: (rows, q) =>
    dueEntries(rows, q.now, q.timeZone, STATUSES).map((e) => keepInTouchItem(e, q.now, q.timeZone)),
});
