// All SQL for people. Every query is scoped by account id.
import { and, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { rowsOf } from '../db/rows';
import {
  consentTokens,
  duplicateDismissals,
  importFingerprints,
  interactions,
  needs,
  offers,
  type PersonRow,
  people,
  personPhotos,
} from '../db/schema';
import { toPrefixTsQuery } from './search-query';

export type PersonValues = Omit<
  typeof people.$inferInsert,
  'id' | 'accountId' | 'createdAt' | 'updatedAt' | 'search'
>;

export async function insertPeople(
  db: DbOrTx,
  accountId: string,
  values: PersonValues[],
): Promise<PersonRow[]> {
  if (values.length === 0) return [];
  const rows = await db
    .insert(people)
    .values(values.map((v) => ({ ...v, accountId })))
    .returning();
  await refreshSearch(
    db,
    accountId,
    rows.map((r) => r.id),
  );
  return rows;
}

/**
 * The people of an account that a user sees: a deleted person kept for their introductions (a tombstone,
 * see `deletedAt`) is left out of every list, search, lookup, export and identity check.
 */
export const livePeopleOf = (accountId: string): SQL =>
  and(eq(people.accountId, accountId), isNull(people.deletedAt))!;

export async function findPerson(db: DbOrTx, accountId: string, id: string): Promise<PersonRow | undefined> {
  const [row] = await db
    .select()
    .from(people)
    .where(and(livePeopleOf(accountId), eq(people.id, id)));
  return row;
}

export async function findPeople(
  db: DbOrTx,
  accountId: string,
  ids: string[],
  opts: { includeDeleted?: boolean } = {},
): Promise<PersonRow[]> {
  if (ids.length === 0) return [];
  const scope = opts.includeDeleted ? eq(people.accountId, accountId) : livePeopleOf(accountId);
  return db
    .select()
    .from(people)
    .where(and(scope, inArray(people.id, ids)));
}

/** Locks the row until the transaction ends, so concurrent edits apply one after the other. */
export async function lockPerson(db: DbOrTx, accountId: string, id: string): Promise<PersonRow | undefined> {
  const [row] = await db
    .select()
    .from(people)
    .where(and(livePeopleOf(accountId), eq(people.id, id)))
    .for('update');
  return row;
}

export async function updatePerson(
  db: DbOrTx,
  accountId: string,
  id: string,
  values: Partial<PersonValues>,
  now: Date,
): Promise<PersonRow | undefined> {
  const [row] = await db
    .update(people)
    .set({ ...values, updatedAt: now })
    .where(and(eq(people.accountId, accountId), eq(people.id, id)))
    .returning();
  if (row) await refreshSearch(db, accountId, [id]);
  return row;
}

/** The tombstone's name: what introductions, consent pages and logs show for a deleted person. */
export const DELETED_PERSON_NAME = 'Deleted person';

/**
 * Empties a person of personal data and marks them deleted, keeping the row (and so the introductions,
 * consent log and outcomes that point at it). Their own needs, offers, interactions, photo, import
 * fingerprints, duplicate dismissals and consent links go.
 */
export async function tombstonePerson(db: DbOrTx, accountId: string, id: string, now: Date): Promise<void> {
  await db
    .update(people)
    .set({
      name: DELETED_PERSON_NAME,
      addressedAs: '',
      emails: [],
      phones: [],
      company: '',
      title: '',
      location: '',
      links: [],
      blurb: '',
      tags: [],
      trust: null,
      vouchCriteria: [],
      privateNotes: '',
      caveats: [],
      introPreferences: { askFirst: true, maxRequestsPerMonth: null, doNotIntroduce: true, valuedHelp: [] },
      keepInTouchIdealDays: null,
      keepInTouchMaxDays: null,
      search: null,
      deletedAt: now,
      updatedAt: now,
    })
    .where(and(eq(people.accountId, accountId), eq(people.id, id)));
  await db.delete(needs).where(and(eq(needs.accountId, accountId), eq(needs.personId, id)));
  await db.delete(offers).where(and(eq(offers.accountId, accountId), eq(offers.personId, id)));
  await db
    .delete(interactions)
    .where(and(eq(interactions.accountId, accountId), eq(interactions.personId, id)));
  await db
    .delete(personPhotos)
    .where(and(eq(personPhotos.accountId, accountId), eq(personPhotos.personId, id)));
  await db
    .delete(importFingerprints)
    .where(and(eq(importFingerprints.accountId, accountId), eq(importFingerprints.personId, id)));
  await db
    .delete(consentTokens)
    .where(and(eq(consentTokens.accountId, accountId), eq(consentTokens.personId, id)));
  await db
    .delete(duplicateDismissals)
    .where(
      and(
        eq(duplicateDismissals.accountId, accountId),
        or(eq(duplicateDismissals.personA, id), eq(duplicateDismissals.personB, id)),
      ),
    );
}

export async function deletePerson(db: DbOrTx, accountId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(people)
    .where(and(eq(people.accountId, accountId), eq(people.id, id)))
    .returning({ id: people.id });
  return rows.length > 0;
}

// The search document: name weighs most, then company/title/tags/email words, then free text. Free
// text is indexed twice: 'simple' for prefix matches on names and jargon, 'english' for word stems. Both
// configurations fold accents first (migration 0011), in the document and in the query alike.
const needsText = sql`(select string_agg(concat_ws(' ', n.text, array_to_string(n.tags, ' ')), ' ')
  from needs n where n.person_id = people.id)`;
const offersText = sql`(select string_agg(concat_ws(' ', o.text, o.ideal_counterpart, array_to_string(o.tags, ' ')), ' ')
  from offers o where o.person_id = people.id)`;
const searchDocumentWith = (...extra: SQL[]) => sql`
  setweight(to_tsvector('linchpin_simple', people.name), 'A') ||
  setweight(to_tsvector('linchpin_simple', concat_ws(' ', people.company, people.title, array_to_string(people.tags, ' '),
    translate(array_to_string(people.emails, ' '), '@.', '  '))), 'B') ||
  setweight(to_tsvector('linchpin_simple', concat_ws(' ', people.blurb, people.location${sql.join(
    extra.map((e) => sql`, ${e}`),
  )})), 'C') ||
  setweight(to_tsvector('linchpin_english', concat_ws(' ', people.blurb${sql.join(extra.map((e) => sql`, ${e}`))})), 'D')`;
/**
 * Refers to the columns as "people".<column>, so an INSERT … SELECT from a record set aliased "people"
 * computes it for new rows too (the bulk import does, instead of writing every row twice).
 */
export const searchDocument = searchDocumentWith(needsText, offersText);
/**
 * The same document for people who have no needs or offers yet (new ones), without looking for them:
 * the two lookups are most of the document's cost in a bulk insert. concat_ws skips the NULLs the
 * lookups would give, so both documents are equal for such a person.
 */
export const searchDocumentWithoutNeedsOrOffers = searchDocumentWith();

/** Recomputes the search document of the given people (after they, their needs or offers change). */
export async function refreshSearch(db: DbOrTx, accountId: string, personIds: string[]): Promise<void> {
  if (personIds.length === 0) return;
  await db
    .update(people)
    .set({ search: searchDocument })
    .where(and(eq(people.accountId, accountId), inArray(people.id, personIds)));
}

/**
 * What a search document must match for a query: every typed word as a word or the start of one, or the
 * stemmed query; accents and case never matter. Null when nothing searchable was typed.
 */
export function searchMatch(q: string): SQL | null {
  const tsq = toPrefixTsQuery(q);
  if (!tsq) return null;
  return sql`(to_tsquery('linchpin_simple', ${tsq}) || websearch_to_tsquery('linchpin_english', ${q}))`;
}

export async function tagCounts(db: DbOrTx, accountId: string): Promise<{ tag: string; count: number }[]> {
  return rowsOf<{ tag: string; count: number }>(
    db,
    sql`
    select t.tag, count(*)::int as count
    from ${people} p, unnest(p.tags) as t(tag)
    where p.account_id = ${accountId} and p.deleted_at is null
    group by t.tag order by count(*) desc, t.tag asc limit 500`,
  );
}

/** What the identity rule reads of every person in the account, oldest first (the first holder of a value). */
export async function identityRows(db: DbOrTx, accountId: string) {
  return db
    .select({
      id: people.id,
      name: people.name,
      emails: people.emails,
      phones: people.phones,
      links: people.links,
    })
    .from(people)
    .where(livePeopleOf(accountId))
    .orderBy(people.createdAt, people.id);
}
