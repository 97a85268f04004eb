// The week's best suggestions for Today. Presenting them takes the matching feature's own reads (guardrails,
// live people, offers), so the statement only asks whether any stored suggestion clears the floor, and the
// matching service is called when one does.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { suggestions } from '../../db/schema';
import { SUGGESTION_FLOOR, suggestionsForAccount } from '../../matching/service';
import { suggestionItem, TODAY_SUGGESTIONS } from '../items/suggestions';
import type { TodaySource } from '../source';

const Any = z.boolean();

export const suggestionsSource: TodaySource = {
  name: 'suggestions',
  select: (q) =>
    sql`to_json(exists (select 1 from ${suggestions} s
      where s.account_id = ${q.accountId} and s.score >= ${SUGGESTION_FLOOR}))`,
  items: async (selected, q, db) => {
    if (!Any.parse(selected)) return [];
    const found = await suggestionsForAccount(db, q.accountId, q.now, { limit: TODAY_SUGGESTIONS });
    return found.items.map((s) => suggestionItem(s, q.now));
  },
};
