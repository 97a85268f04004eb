// What the network asked of the connector: pending introduction requests and "not yet" answers whose
// criteria are now all met. Their items take the features' own reads, so the statement only asks whether
// there is any pending request or "not yet" answer, and reads them when there is.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { introRequests, notYetAnswers } from '../../db/schema';
import { listRequests } from '../../intro-requests/repository';
import { openNotYet } from '../../vouch/repository';
import { criteriaMetItem, requestItem } from '../items/asks';
import type { TodaySource } from '../source';

const Any = z.boolean();

export const asksSource: TodaySource = {
  name: 'asks',
  select: (q) =>
    sql`to_json(exists (select 1 from ${introRequests} r
        where r.account_id = ${q.accountId} and r.status = 'pending')
      or exists (select 1 from ${notYetAnswers} n where n.account_id = ${q.accountId}))`,
  items: async (selected, q, db) => {
    if (!Any.parse(selected)) return [];
    const [requests, notYet] = await Promise.all([
      listRequests(db, q.accountId, 'pending', 50),
      openNotYet(db, q.accountId),
    ]);
    return [...requests.map(requestItem), ...notYet.flatMap(criteriaMetItem)];
  },
};
