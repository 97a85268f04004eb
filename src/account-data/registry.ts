// The account's data, table by table: what a backup holds (in the order a restore inserts it) and
// which columns point at people (what a person merge moves). A feature that adds a table adds one line
// to each list; backup, restore and merge need no other change.
import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client';
import {
  consentLog,
  consentTokens,
  duplicateDismissals,
  importFingerprints,
  interactions,
  introductionEvents,
  introductionOutcomes,
  introductions,
  introRequests,
  matchEmbeddings,
  matchingSettings,
  needs,
  noShowOverrides,
  notYetAnswers,
  offers,
  outboxMessages,
  people,
  personPhotos,
  referrals,
  suggestionDismissals,
  suggestions,
  tagCadences,
} from '../db/schema';
import { recomputeLastContact } from '../interactions/repository';
import { holdRestoredMessages } from '../mail/repository';
import { markAccountChanged } from '../matching/pending';
import { refreshSearch } from '../people/repository';
import type { PlanOptions } from './table-codec';

export interface AccountTable extends PlanOptions {
  table: PgTable;
  /** Recomputes what `derived` left out, after a restore wrote the rows. */
  afterRestore?: (tx: DbOrTx, accountId: string) => Promise<void>;
}

/** Parents before children: a restore inserts in this order. */
export const ACCOUNT_TABLES: AccountTable[] = [
  {
    table: people,
    derived: ['search', 'lastContactAt'],
    afterRestore: (tx, accountId) => refreshAllSearch(tx, accountId),
  },
  { table: needs },
  { table: offers },
  // Runs after every table is in (afterRestore hooks run last), so people's last contact is recomputed.
  { table: interactions, afterRestore: (tx, accountId) => recomputeLastContact(tx, accountId, 'all') },
  { table: personPhotos },
  { table: tagCadences },
  { table: importFingerprints },
  { table: duplicateDismissals },
  // Introductions, then what hangs off them. Consent-link tokens are left out on purpose: they are
  // short-lived credentials, and a restored copy must not make old links work twice.
  { table: introductions },
  { table: introductionEvents },
  // Message-IDs are built from the row id and must stay unique in the instance: shifted with the ids.
  { table: outboxMessages, idTextColumns: ['messageId'], afterRestore: holdRestoredMessages },
  { table: consentLog, idColumns: ['shownMessageId'] },
  { table: introductionOutcomes },
  { table: referrals },
  { table: introRequests },
  { table: notYetAnswers },
  // Matching: what the connector decided is kept; embeddings and suggestions are derived, so they are
  // left out and recomputed in the background from a restore's people, needs and offers.
  { table: suggestionDismissals },
  { table: noShowOverrides },
  { table: matchingSettings, derived: ['learnedUpTo'], afterRestore: markAccountChanged },
  // Left out on purpose: digest_sends (which digests went out; a restored account starts its own periods)
  // and calendar_feeds and intro_request_links (credentials, like consent tokens: a restored copy must not
  // open an old feed or request URL).
];

export type MergeMode =
  /** Point the rows at the survivor. */
  | 'move'
  /** One row per person (a photo): keep the survivor's, else move the other's. */
  | 'keep-survivor'
  /** The rows only make sense for the other person: delete them. */
  | 'delete';

export interface PersonReference {
  table: PgTable;
  column: PgColumn;
  accountColumn: PgColumn;
  mode: MergeMode;
}

/**
 * Every column that holds a person id. Tables with two such columns (an introduction's two people) are
 * checked before a merge: the two people of one row cannot be merged into one.
 */
export const PERSON_REFERENCES: PersonReference[] = [
  { table: referrals, column: referrals.referrerId, accountColumn: referrals.accountId, mode: 'move' },
  { table: referrals, column: referrals.fromPersonId, accountColumn: referrals.accountId, mode: 'move' },
  { table: referrals, column: referrals.toPersonId, accountColumn: referrals.accountId, mode: 'move' },
  {
    table: introRequests,
    column: introRequests.requesterPersonId,
    accountColumn: introRequests.accountId,
    mode: 'move',
  },
  {
    table: notYetAnswers,
    column: notYetAnswers.personId,
    accountColumn: notYetAnswers.accountId,
    mode: 'move',
  },
  { table: needs, column: needs.personId, accountColumn: needs.accountId, mode: 'move' },
  { table: offers, column: offers.personId, accountColumn: offers.accountId, mode: 'move' },
  { table: interactions, column: interactions.personId, accountColumn: interactions.accountId, mode: 'move' },
  {
    table: personPhotos,
    column: personPhotos.personId,
    accountColumn: personPhotos.accountId,
    mode: 'keep-survivor',
  },
  {
    table: importFingerprints,
    column: importFingerprints.personId,
    accountColumn: importFingerprints.accountId,
    mode: 'move',
  },
  {
    table: introductions,
    column: introductions.personAId,
    accountColumn: introductions.accountId,
    mode: 'move',
  },
  {
    table: introductions,
    column: introductions.personBId,
    accountColumn: introductions.accountId,
    mode: 'move',
  },
  { table: consentLog, column: consentLog.personId, accountColumn: consentLog.accountId, mode: 'move' },
  {
    table: consentTokens,
    column: consentTokens.personId,
    accountColumn: consentTokens.accountId,
    mode: 'move',
  },
  {
    table: introductionOutcomes,
    column: introductionOutcomes.personId,
    accountColumn: introductionOutcomes.accountId,
    mode: 'move',
  },
  {
    table: outboxMessages,
    column: outboxMessages.recipientPersonId,
    accountColumn: outboxMessages.accountId,
    mode: 'move',
  },
  {
    table: duplicateDismissals,
    column: duplicateDismissals.personA,
    accountColumn: duplicateDismissals.accountId,
    mode: 'delete',
  },
  {
    table: duplicateDismissals,
    column: duplicateDismissals.personB,
    accountColumn: duplicateDismissals.accountId,
    mode: 'delete',
  },
  // Derived from the person: recomputed after the merge (the merge marks the survivor for matching).
  {
    table: matchEmbeddings,
    column: matchEmbeddings.personId,
    accountColumn: matchEmbeddings.accountId,
    mode: 'delete',
  },
  {
    table: suggestions,
    column: suggestions.providerId,
    accountColumn: suggestions.accountId,
    mode: 'delete',
  },
  {
    table: suggestionDismissals,
    column: suggestionDismissals.providerId,
    accountColumn: suggestionDismissals.accountId,
    mode: 'move',
  },
  {
    table: noShowOverrides,
    column: noShowOverrides.personId,
    accountColumn: noShowOverrides.accountId,
    mode: 'keep-survivor',
  },
];

async function refreshAllSearch(tx: DbOrTx, accountId: string): Promise<void> {
  const rows = await tx.select({ id: people.id }).from(people).where(eq(people.accountId, accountId));
  for (let i = 0; i < rows.length; i += 1000) {
    await refreshSearch(
      tx,
      accountId,
      rows.slice(i, i + 1000).map((r) => r.id),
    );
  }
}
