// The transactional outbox: every email is written here in the same transaction as the change that
// caused it, then delivered by a worker (or kept here when no SMTP server is configured).
import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { createdAt } from './columns';
import { introductions } from './introductions';
import { people } from './people';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });

/** `personId`: whom the address was read from, so a resend can read their current address. */
export type MailAddressJson = { name: string; address: string; personId?: string };
/** A recipient the SMTP server refused; `resentAs` is the outbox row that went to them instead. */
export type RejectedRecipientJson = { address: string; error: string; resentAs: string | null };
export type MailLinkJson = { label: string; url: string };

export const OUTBOX_STATUSES = ['queued', 'sending', 'retrying', 'sent', 'failed', 'local'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const outboxMessages = pgTable(
  'outbox_messages',
  {
    /** Chosen before rendering, so the Message-ID and the links' tokens can refer to it. */
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    introductionId: uuid('introduction_id').references(() => introductions.id, { onDelete: 'cascade' }),
    recipientPersonId: uuid('recipient_person_id').references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** Insertion order, so messages written in one transaction list in the order they were composed. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    /** Stable RFC 5322 Message-ID: every (re)delivery of this row carries the same one. */
    messageId: text('message_id').notNull(),
    from: jsonb('from').$type<MailAddressJson>().notNull(),
    to: jsonb('to').$type<MailAddressJson[]>().notNull(),
    cc: jsonb('cc').$type<MailAddressJson[]>().notNull().default([]),
    replyTo: jsonb('reply_to').$type<MailAddressJson[]>().notNull().default([]),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    headers: jsonb('headers').$type<Record<string, string>>().notNull().default({}),
    links: jsonb('links').$type<MailLinkJson[]>().notNull().default([]),
    status: text('status', { enum: OUTBOX_STATUSES }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: ts('next_attempt_at'),
    /** Set while a worker is sending; a stale claim means the worker died mid-delivery. */
    claimedAt: ts('claimed_at'),
    sentAt: ts('sent_at'),
    /** Per-recipient result of the last delivery: the server took the message for these addresses... */
    accepted: jsonb('accepted').$type<string[]>().notNull().default([]),
    /** ...and refused it for these (the others still got it). */
    rejected: jsonb('rejected').$type<RejectedRecipientJson[]>().notNull().default([]),
    createdAt: createdAt(),
  },
  (t) => [
    index('outbox_account_created_idx').on(t.accountId, t.createdAt, t.id),
    index('outbox_introduction_idx').on(t.introductionId, t.seq),
    index('outbox_message_id_idx').on(t.messageId),
    index('outbox_pending_idx')
      .on(t.status, t.nextAttemptAt)
      .where(sql`${t.status} in ('queued', 'retrying', 'sending')`),
    // Today's failed mail: messages that failed, or reached only some recipients and were not resent to
    // the others (the same condition as the query, so the planner can use it).
    index('outbox_undelivered_idx')
      .on(t.accountId, t.createdAt, t.seq)
      .where(
        sql`${t.status} = 'failed' or (${t.status} = 'sent' and ${t.rejected} @> '[{"resentAs": null}]'::jsonb)`,
      ),
  ],
);

export type OutboxRow = typeof outboxMessages.$inferSelect;
