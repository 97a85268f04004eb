// All SQL of the network picture: the edges (introductions, referrals) that pass the filters, and the people
// they touch. Every query is scoped by account id; people deleted as tombstones are left out, and so are
// the edges that touch them.
import { and, asc, eq, gte, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { alias, type PgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client';
import { introductions, people, referrals } from '../db/schema';
import type { OutcomeKind } from '../domain/introduction/types';
import type { EdgeFilter } from './filter';
import type { NetworkEdge } from './schema';

export interface PersonNodeRow {
  id: string;
  name: string;
  tags: string[];
  trust: number | null;
}

const endA = alias(people, 'end_a');
const endB = alias(people, 'end_b');

const tagArray = (tags: string[]) =>
  sql`array[${sql.join(
    tags.map((t) => sql`${t}`),
    sql`, `,
  )}]::text[]`;

/** Either end carries one of the tags. */
function touchesTags(tags: string[]): SQL | undefined {
  if (tags.length === 0) return undefined;
  return or(sql`${endA.tags} && ${tagArray(tags)}`, sql`${endB.tags} && ${tagArray(tags)}`);
}

interface PersonEnd {
  id: PgColumn;
  accountId: PgColumn;
  deletedAt: PgColumn;
}
const live = (end: PersonEnd, accountId: string, personId: SQL | PgColumn) =>
  and(eq(end.id, personId), eq(end.accountId, accountId), isNull(end.deletedAt));

/** The UTC day an introduction happened: introduced, or else proposed. */
const introDay = sql<string>`to_char(coalesce(${introductions.introducedAt}, ${introductions.createdAt}) at time zone 'UTC', 'YYYY-MM-DD')`;

export async function introductionEdges(
  db: DbOrTx,
  accountId: string,
  f: EdgeFilter,
): Promise<NetworkEdge[]> {
  const outcome = sql<OutcomeKind | null>`${introductions.outcome}->>'kind'`;
  const named = f.outcomes.filter((o) => o !== 'none');
  const rows = await db
    .select({
      id: introductions.id,
      source: introductions.personAId,
      target: introductions.personBId,
      outcome,
      state: introductions.state,
      date: introDay,
    })
    .from(introductions)
    .innerJoin(endA, live(endA, accountId, introductions.personAId))
    .innerJoin(endB, live(endB, accountId, introductions.personBId))
    .where(
      and(
        eq(introductions.accountId, accountId),
        f.from ? gte(introDay, f.from) : undefined,
        f.to ? lte(introDay, f.to) : undefined,
        f.outcomes.length
          ? or(
              named.length ? inArray(outcome, named) : undefined,
              f.outcomes.includes('none') ? isNull(introductions.outcome) : undefined,
            )
          : undefined,
        touchesTags(f.tags),
      ),
    )
    .orderBy(asc(introDay), asc(introductions.id));
  return rows.map((r) => ({ ...r, kind: 'introduction' as const }));
}

// A referral links the two people it names besides the connector: given, whom the connector sent to whom;
// received, who sent the connector a client and that client. One with the connector at both of those ends
// draws no edge between people.
const referralSource = sql<string>`case when ${referrals.direction} = 'given' then ${referrals.fromPersonId} else ${referrals.referrerId} end`;
const referralTarget = sql<string>`case when ${referrals.direction} = 'given' then ${referrals.toPersonId} else ${referrals.fromPersonId} end`;

export async function referralEdges(db: DbOrTx, accountId: string, f: EdgeFilter): Promise<NetworkEdge[]> {
  const rows = await db
    .select({
      id: referrals.id,
      source: referralSource,
      target: referralTarget,
      state: referrals.status,
      date: referrals.date,
    })
    .from(referrals)
    .innerJoin(endA, live(endA, accountId, referralSource))
    .innerJoin(endB, live(endB, accountId, referralTarget))
    .where(
      and(
        eq(referrals.accountId, accountId),
        sql`${referralSource} <> ${referralTarget}`,
        f.from ? gte(referrals.date, f.from) : undefined,
        f.to ? lte(referrals.date, f.to) : undefined,
        touchesTags(f.tags),
      ),
    )
    .orderBy(asc(referrals.date), asc(referrals.id));
  return rows.map((r) => ({ ...r, kind: 'referral' as const, outcome: null }));
}

const nodeColumns = { id: people.id, name: people.name, tags: people.tags, trust: people.trust };

/** The live people among `ids`. */
export async function peopleByIds(db: DbOrTx, accountId: string, ids: string[]): Promise<PersonNodeRow[]> {
  if (ids.length === 0) return [];
  return db
    .select(nodeColumns)
    .from(people)
    .where(
      and(
        eq(people.accountId, accountId),
        isNull(people.deletedAt),
        // One array parameter rather than one parameter per id: thousands of ids stay one bound value.
        sql`${people.id} = any(${`{${ids.join(',')}}`}::uuid[])`,
      ),
    );
}

/** Every live person, or those with one of `tags`. */
export async function everyone(db: DbOrTx, accountId: string, tags: string[]): Promise<PersonNodeRow[]> {
  return db
    .select(nodeColumns)
    .from(people)
    .where(
      and(
        eq(people.accountId, accountId),
        isNull(people.deletedAt),
        tags.length ? sql`${people.tags} && ${tagArray(tags)}` : undefined,
      ),
    );
}
