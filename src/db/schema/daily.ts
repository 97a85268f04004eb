// The daily loop's tables: keep-in-touch cadences per tag, answers the connector has seen on Today,
// digests sent (one per account and period), and the secret calendar feed.
import { integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { createdAt } from './columns';

const accountId = () =>
  uuid('account_id')
    .notNull()
    .references(() => accounts.id, { onDelete: 'cascade' });

/** "Inner circle: every 14 days, at most 21": applies to everyone with the tag and no cadence of their own. */
export const tagCadences = pgTable(
  'tag_cadences',
  {
    accountId: accountId(),
    tag: text('tag').notNull(),
    idealDays: integer('ideal_days').notNull(),
    maxDays: integer('max_days').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date', precision: 3 })
      .notNull()
      .defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.tag] })],
);

/** Today's items the connector has marked seen ("Got it"), by the item's stable key. */
export const agendaAcknowledgements = pgTable(
  'agenda_acknowledgements',
  {
    accountId: accountId(),
    itemKey: text('item_key').notNull(),
    acknowledgedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.itemKey] })],
);

/** One row per account and digest period: the unique slot that makes a digest go out once. */
export const digestSends = pgTable(
  'digest_sends',
  {
    accountId: accountId(),
    /** e.g. "daily:2026-03-29" or "weekly:2026-W13", in the account's time zone. */
    periodKey: text('period_key').notNull(),
    outboxId: uuid('outbox_id'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.periodKey] })],
);

/** The secret calendar feed: only the SHA-256 of the URL's secret is stored. One per account. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    accountId: accountId().primaryKey(),
    secretHash: text('secret_hash').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('calendar_feeds_secret_key').on(t.secretHash)],
);
