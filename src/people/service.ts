// People: create, read, update, delete and search, in one account.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db, DbOrTx } from '../db/client';
import type { CaveatJson, PersonRow } from '../db/schema';
import { greetingName } from '../domain/contact/greeting';
import { type Relationship, relationshipContext, relationshipsOf } from '../keep-in-touch/relationship';
import { accountTimeZone } from '../keep-in-touch/repository';
import { markPeopleChanged } from '../matching/pending';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import { badRequest, notFound } from '../shared/errors';
import { AlreadyKnownProblem, alreadyKnown } from './already-known';
import {
  DEFAULT_DIRECTION,
  PEOPLE_SORTS,
  type PeopleSort,
  parseSourceKey,
  SORT_DIRECTIONS,
  type SortDirection,
  type SourceFilter,
  sourceKey,
} from './list-options';
import type { PeopleFilter } from './listing';
import * as listing from './listing';
import { accountRegionOf, type Presentation, phonesShown, presentationOf, sourceOf } from './presentation';
import * as repo from './repository';
import type { Person, PersonInput, PersonPatch } from './schema';
import { orderSources, sourceLabel } from './source-label';

/** A person as every response shows them, with their relationship (`relationshipsOf`). */
export function toPerson(row: PersonRow, rel: Relationship, view: Presentation): Person {
  return {
    id: row.id,
    name: row.name,
    addressedAs: row.addressedAs,
    greeting: greetingName(row.name, row.addressedAs),
    emails: row.emails,
    phones: row.phones,
    phonesDisplay: phonesShown(row, view),
    company: row.company,
    title: row.title,
    location: row.location,
    links: row.links,
    blurb: row.blurb,
    tags: row.tags,
    trust: row.trust,
    vouchCriteria: row.vouchCriteria,
    privateNotes: row.privateNotes,
    caveats: row.caveats,
    introPreferences: row.introPreferences,
    keepInTouch: rel.keepInTouch,
    strength: rel.strength,
    strengthReasons: rel.strengthReasons,
    source: sourceOf(row, view),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * People as responses show them: their interactions read in one query for the whole page, and the
 * account's time zone once for both the relationships and the presentation (on the embedded database
 * every statement costs about a millisecond before it reads a row).
 */
export async function toPeople(
  db: DbOrTx,
  accountId: string,
  rows: PersonRow[],
  now: Date,
): Promise<Person[]> {
  if (rows.length === 0) return [];
  const context = await relationshipContext(db, accountId);
  const rels = await relationshipsOf(db, accountId, rows, now, context);
  const view = await presentationOf(db, accountId, rows, context.timeZone);
  return rows.map((row) => toPerson(row, rels.get(row.id)!, view));
}

export async function toOnePerson(db: DbOrTx, accountId: string, row: PersonRow, now: Date): Promise<Person> {
  const [person] = await toPeople(db, accountId, [row], now);
  return person!;
}

/** Gives new caveats an id and keeps the ids of existing ones, so introductions can refer to them. */
function withCaveatIds(caveats: { id?: string; text: string }[]): CaveatJson[] {
  const seen = new Set<string>();
  return caveats.map((c) => {
    const id = c.id && !seen.has(c.id) ? c.id : randomUUID();
    seen.add(id);
    return { id, text: c.text };
  });
}

export function toValues(input: PersonInput): repo.PersonValues;
export function toValues(input: PersonPatch): Partial<repo.PersonValues>;
export function toValues(input: PersonPatch): Partial<repo.PersonValues> {
  const { keepInTouch, caveats, ...rest } = input;
  return {
    ...rest,
    ...(caveats ? { caveats: withCaveatIds(caveats) } : {}),
    ...(keepInTouch
      ? { keepInTouchIdealDays: keepInTouch.idealDays, keepInTouchMaxDays: keepInTouch.maxDays }
      : {}),
  };
}

/**
 * Adds a person by hand (the app, the API, the CLI). Refused with 409 when their email, phone number or
 * LinkedIn profile already belongs to someone (`AlreadyKnownProblem`), unless `allowDuplicate`.
 */
export async function createPerson(
  db: Db,
  accountId: string,
  input: PersonInput,
  opts: { allowDuplicate?: boolean } = {},
): Promise<Person> {
  return db.transaction(async (tx) => {
    if (!opts.allowDuplicate) {
      const existing = await alreadyKnown(tx, accountId, input, await accountRegionOf(tx, accountId));
      if (existing.length) throw new AlreadyKnownProblem(existing);
    }
    const [row] = await repo.insertPeople(tx, accountId, [toValues(input)]);
    await markPeopleChanged(tx, accountId, [row!.id]);
    // Re-read so the row carries its search document like every other read.
    const created = (await repo.findPerson(tx, accountId, row!.id))!;
    return toOnePerson(tx, accountId, created, created.createdAt);
  });
}

export async function getPerson(db: Db, accountId: string, id: string, now: Date): Promise<Person> {
  const row = await repo.findPerson(db, accountId, id);
  if (!row) throw notFound('Person');
  return toOnePerson(db, accountId, row, now);
}

export async function updatePerson(db: Db, accountId: string, id: string, patch: PersonPatch, now: Date) {
  return db.transaction(async (tx) => {
    if (!(await repo.lockPerson(tx, accountId, id))) throw notFound('Person');
    const row = await repo.updatePerson(tx, accountId, id, toValues(patch), now);
    await markPeopleChanged(tx, accountId, [id], now);
    return toOnePerson(tx, accountId, row!, now);
  });
}

const OffsetCursor = z.object({ o: z.number().int().min(0).max(100_000) });
const KeyCursor = z
  .object({
    s: z.enum(PEOPLE_SORTS),
    d: z.enum(SORT_DIRECTIONS),
    k: z.union([z.string(), z.number()]),
    i: z.uuid(),
  })
  .refine((c) => listing.SORT_KEY_SCHEMAS[c.s].safeParse(c.k).success);

export interface PeopleQuery {
  q?: string;
  tags?: string[];
  company?: string;
  /** A source key (`hand`, `demo`, `request`, `import` or an import id), see list-options.ts. */
  source?: string;
  hasOpenNeed?: boolean;
  inOpenIntroduction?: boolean;
  sort?: PeopleSort;
  direction?: SortDirection;
  limit?: number;
  cursor?: string;
}

/** The filters of a query as the listing applies them. */
export function toFilter(
  query: Omit<PeopleQuery, 'q' | 'sort' | 'direction' | 'limit' | 'cursor'>,
): PeopleFilter {
  let source: SourceFilter | undefined;
  if (query.source !== undefined) {
    source = parseSourceKey(query.source) ?? undefined;
    if (!source) throw badRequest('source', 'must be hand, demo, request, import or an import id');
  }
  return {
    tags: query.tags,
    company: query.company?.trim() || undefined,
    source,
    hasOpenNeed: query.hasOpenNeed,
    inOpenIntroduction: query.inOpenIntroduction,
  };
}

/**
 * A page of people: searched (best match first, then names within a few typos) when `q` is given, else
 * in the chosen order; with how many match in all.
 */
export async function listPeople(db: Db, accountId: string, query: PeopleQuery, now: Date) {
  const limit = query.limit ?? 50;
  const q = query.q?.trim() || undefined;
  const filter = toFilter(query);
  if (q) {
    const offset = decodeCursor(query.cursor, OffsetCursor)?.o ?? 0;
    const { rows, total } = await listing.searchPeople(db, accountId, filter, q, offset, limit);
    const nextCursor =
      offset + rows.length < total && rows.length > 0 ? encodeCursor({ o: offset + rows.length }) : null;
    return { items: await toPeople(db, accountId, rows, now), nextCursor, total };
  }
  const sort = query.sort ?? 'name';
  const direction = query.direction ?? DEFAULT_DIRECTION[sort];
  const c = decodeCursor(query.cursor, KeyCursor);
  if (c && (c.s !== sort || c.d !== direction)) {
    throw badRequest('cursor', 'belongs to another order of the list; start again without it');
  }
  const [page, total] = await Promise.all([
    listing.listSorted(
      db,
      accountId,
      filter,
      { sort, direction },
      limit,
      c ? { key: c.k, id: c.i } : undefined,
    ),
    listing.countPeople(db, accountId, filter),
  ]);
  const last = page.rows.at(-1);
  const nextCursor =
    page.hasMore && last && page.lastKey !== undefined
      ? encodeCursor({ s: sort, d: direction, k: page.lastKey, i: last.id })
      : null;
  return { items: await toPeople(db, accountId, page.rows, now), nextCursor, total };
}

/** Where the account's people came from, each with a label in words and how many came that way. */
export async function peopleSources(db: Db, accountId: string) {
  const [rows, timeZone] = await Promise.all([
    listing.sourceCounts(db, accountId),
    accountTimeZone(db, accountId),
  ]);
  return orderSources(rows).map((r) => ({
    key: sourceKey(r),
    kind: r.kind,
    importId: r.importId,
    label: sourceLabel(r, timeZone),
    count: r.count,
  }));
}

/** Every tag in use in the account, most used first. */
export async function tagCounts(db: Db, accountId: string): Promise<{ tag: string; count: number }[]> {
  return repo.tagCounts(db, accountId);
}
