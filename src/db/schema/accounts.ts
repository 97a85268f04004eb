import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { DIGEST_FREQUENCIES } from '../../domain/time/digest-schedule';
import { createdAt, id } from './columns';

/** One connector. Every other row belongs to exactly one account. */
export const accounts = pgTable(
  'accounts',
  {
    id: id(),
    email: text('email').notNull(),
    /** How the connector signs emails ("Alex Kim"); null: emails are signed with the address. */
    name: text('name'),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ['owner', 'member'] }).notNull(),
    /** IANA time zone: "today", digests and due dates follow it. */
    timeZone: text('time_zone').notNull().default('UTC'),
    digestFrequency: text('digest_frequency', { enum: DIGEST_FREQUENCIES }).notNull().default('none'),
    /** Local hour (0–23) the digest goes out. */
    digestHour: integer('digest_hour').notNull().default(8),
    /**
     * The connector's own criteria for recommending someone ("Worked with them"): a new person starts
     * with these, unticked. Empty: the connector does not use criteria, and a quick add shows none.
     */
    vouchCriteria: jsonb('vouch_criteria').$type<string[]>().notNull().default([]),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('accounts_email_key').on(sql`lower(${t.email})`),
    // At most one owner, even if two people race to set up a fresh instance.
    uniqueIndex('accounts_one_owner_key').on(t.role).where(sql`${t.role} = 'owner'`),
  ],
);

/** Browser sessions; the cookie carries the token, only its SHA-256 is stored. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date', precision: 3 }).notNull(),
  },
  (t) => [index('sessions_account_idx').on(t.accountId)],
);

/** Bearer tokens for the API and scripts; only the SHA-256 of the token is stored. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date', precision: 3 }),
  },
  (t) => [index('api_tokens_account_idx').on(t.accountId)],
);

/**
 * Password resets asked for by email: the link's token is sent, only its SHA-256 is stored. A token works
 * once, within its lifetime; a new password ends every session of the account.
 */
export const passwordResets = pgTable(
  'password_resets',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date', precision: 3 }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, mode: 'date', precision: 3 }),
  },
  (t) => [index('password_resets_account_idx').on(t.accountId)],
);

/** Instance-wide settings (e.g. whether sign-ups are open), one row per key. */
export const instanceSettings = pgTable('instance_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date', precision: 3 })
    .notNull()
    .defaultNow(),
});

export const accountFlags = { allowSignupsKey: 'allow_signups' } as const;
export type AccountRow = typeof accounts.$inferSelect;
