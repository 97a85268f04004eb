// "Not yet": someone asked the connector for referrals, and the connector answered with the criteria they
// would like to see met first. Whether they are met now is read from the person's vouch criteria, never
// stored, so it cannot drift from what the person's page shows.
import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { createdAt, id } from './columns';
import { people } from './people';

export const notYetAnswers = pgTable(
  'not_yet_answers',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** The labels of the person's vouch criteria this answer waits for. */
    criteria: text('criteria').array().notNull(),
    /** What the person asked for ("referrals to CFOs"), in the connector's words. */
    asked: text('asked').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('not_yet_answers_account_person_idx').on(t.accountId, t.personId)],
);
export type NotYetAnswerRow = typeof notYetAnswers.$inferSelect;
