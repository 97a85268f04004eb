// Needs coming due for Today: open needs of live people needed by the cutoff or earlier, earliest first.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { needs, people } from '../../db/schema';
import { needCutoff, needDueItem } from '../items/needs';
import { jsonRows, rowsSource } from '../source';

/** Needs read at most (the earliest). */
const MAX_NEEDS = 200;

const Row = z.object({
  id: z.string(),
  text: z.string(),
  needed_by: z.string(),
  person_id: z.string(),
  person_name: z.string(),
});

export const needsSource = rowsSource({
  name: 'needs',
  select: (q) =>
    jsonRows(
      sql`select n.id, n.text, n.needed_by, p.id as person_id, p.name as person_name
        from ${needs} n join ${people} p on p.id = n.person_id
        where n.account_id = ${q.accountId} and n.status = 'open'
          and n.needed_by <= ${needCutoff(q.today, q.needDueDays)}::date and p.deleted_at is null
        order by n.needed_by, n.id
        limit ${MAX_NEEDS}`,
      sql`x.needed_by, x.id`,
    ),
  row: Row,
  items: (rows, q) =>
    rows.flatMap((r) =>
      needDueItem(
        { id: r.id, text: r.text, neededBy: r.needed_by, person: { id: r.person_id, name: r.person_name } },
        q.today,
        q.needDueDays,
        q.timeZone,
      ),
    ),
});
