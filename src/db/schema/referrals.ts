// Referrals given and received (history and gratitude, never a score), and introduction requests that
// arrive from the network through the connector's public link.
import { sql } from 'drizzle-orm';
import { date, index, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { REFERRAL_DIRECTIONS, REFERRAL_STATUSES } from '../../domain/referral/types';
import { accounts } from './accounts';
import { createdAt, id, updatedAt } from './columns';
import { introductions } from './introductions';
import { people } from './people';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });
const accountId = () =>
  uuid('account_id')
    .notNull()
    .references(() => accounts.id, { onDelete: 'cascade' });
const personRef = (name: string) => uuid(name).references(() => people.id, { onDelete: 'set null' });

export { REFERRAL_DIRECTIONS, REFERRAL_STATUSES };

/**
 * Who referred whom to whom. `given`: the connector (or `referrerId`, someone acting for them) sent
 * `fromPersonId` to `toPersonId`. `received`: `referrerId` sent business to the connector (`toPersonId`
 * null), `fromPersonId` being the client they sent. A person id is null where the connector is that end.
 */
export const referrals = pgTable(
  'referrals',
  {
    id: id(),
    accountId: accountId(),
    direction: text('direction', { enum: REFERRAL_DIRECTIONS }).notNull(),
    referrerId: personRef('referrer_id'),
    fromPersonId: personRef('from_person_id'),
    toPersonId: personRef('to_person_id'),
    introductionId: uuid('introduction_id').references(() => introductions.id, { onDelete: 'set null' }),
    about: text('about').notNull().default(''),
    status: text('status', { enum: REFERRAL_STATUSES }).notNull().default('open'),
    estimatedValue: numeric('estimated_value', { precision: 14, scale: 2, mode: 'number' }),
    closedValue: numeric('closed_value', { precision: 14, scale: 2, mode: 'number' }),
    /** ISO 4217 code; null while no value is recorded. */
    currency: text('currency'),
    date: date('date', { mode: 'string' }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('referrals_account_date_idx').on(t.accountId, t.date, t.id),
    index('referrals_referrer_idx').on(t.referrerId),
    index('referrals_from_idx').on(t.fromPersonId),
    index('referrals_to_idx').on(t.toPersonId),
    // Closing an introduction with business done records one referral, however often it is retried.
    uniqueIndex('referrals_introduction_key')
      .on(t.introductionId)
      .where(sql`${t.introductionId} is not null`),
  ],
);

/** The connector's public "ask me for an introduction" link: only the secret's hash is kept. */
export const introRequestLinks = pgTable('intro_request_links', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: createdAt(),
  revokedAt: ts('revoked_at'),
});

export const INTRO_REQUEST_STATUSES = ['pending', 'accepted', 'declined'] as const;

/** What someone asked for through the public link; the connector accepts, edits or declines it. */
export const introRequests = pgTable(
  'intro_requests',
  {
    id: id(),
    accountId: accountId(),
    requesterName: text('requester_name').notNull(),
    requesterEmail: text('requester_email').notNull(),
    /** The forwardable paragraph the requester wrote about themselves. */
    aboutRequester: text('about_requester').notNull(),
    wantsToMeet: text('wants_to_meet').notNull(),
    why: text('why').notNull(),
    status: text('status', { enum: INTRO_REQUEST_STATUSES }).notNull().default('pending'),
    /** Set when accepting created (or matched) the requester as a person and drafted the introduction. */
    requesterPersonId: personRef('requester_person_id'),
    introductionId: uuid('introduction_id').references(() => introductions.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    decidedAt: ts('decided_at'),
  },
  (t) => [index('intro_requests_account_status_idx').on(t.accountId, t.status, t.createdAt)],
);
