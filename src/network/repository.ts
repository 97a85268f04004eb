// All SQL of the network picture: the introductions and referrals that pass the account's date and outcome
// filters, and the account's live people. Every query is scoped by account id. Joining people in SQL
// (twice, for both ends) cost more than the rest together on PGlite at 10,000 edges, so the rows are read
// flat and `graph.ts` joins them, leaving out tombstones and applying the tag filter.
import { and, eq, gte, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { introductions, people, referrals } from '../db/schema';
import type { IntroState, OutcomeKind } from '../domain/introduction/types';
import type { EdgeFilter } from './filter';
import type { NetworkEdge } from './schema';

export interface PersonNodeRow {
  id: string;
  name: string;
  tags: string[];
  trust: number | null;
}

const DAY_MS = 86_400_000;
/** The instants a range of UTC days covers: from its first midnight to the midnight after its last day. */
function dayRange(f: Pick<EdgeFilter, 'from' | 'to'>) {
  return {
    start: f.from ? new Date(`${f.from}T00:00:00Z`) : undefined,
    end: f.to ? new Date(new Date(`${f.to}T00:00:00Z`).getTime() + DAY_MS) : undefined,
  };
}
const utcDay = (d: Date) => d.toISOString().slice(0, 10);

export async function introductionEdges(
  db: DbOrTx,
  accountId: string,
  f: EdgeFilter,
): Promise<NetworkEdge[]> {
  // The day it happened: introduced, or else proposed.
  const happened = sql<Date>`coalesce(${introductions.introducedAt}, ${introductions.createdAt})`;
  const outcome = sql<OutcomeKind | null>`${introductions.outcome}->>'kind'`;
  const named = f.outcomes.filter((o) => o !== 'none');
  const { start, end } = dayRange(f);
  const rows = await db
    .select({
      id: introductions.id,
      source: introductions.personAId,
      target: introductions.personBId,
      outcome,
      state: introductions.state,
      introducedAt: introductions.introducedAt,
      createdAt: introductions.createdAt,
    })
    .from(introductions)
    .where(
      and(
        eq(introductions.accountId, accountId),
        start ? gte(happened, start) : undefined,
        end ? lt(happened, end) : undefined,
        f.outcomes.length
          ? or(
              named.length ? inArray(outcome, named) : undefined,
              f.outcomes.includes('none') ? isNull(introductions.outcome) : undefined,
            )
          : undefined,
      ),
    );
  return rows.map((r) => ({
    id: r.id,
    source: r.source,
    target: r.target,
    kind: 'introduction' as const,
    outcome: r.outcome,
    state: r.state satisfies IntroState,
    date: utcDay(r.introducedAt ?? r.createdAt),
  }));
}

// A referral links the two people it names besides the connector: given, whom the connector sent to whom;
// received, who sent the connector a client and that client. One with the connector at either of those ends
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
    .where(
      and(
        eq(referrals.accountId, accountId),
        isNotNull(referralSource),
        isNotNull(referralTarget),
        sql`${referralSource} <> ${referralTarget}`,
        f.from ? gte(referrals.date, f.from) : undefined,
        f.to ? sql`${referrals.date} <= ${f.to}` : undefined,
      ),
    );
  return rows.map((r) => ({ ...r, kind: 'referral' as const, outcome: null }));
}

/** Every live person of the account, with what a node shows. */
export function livePeople(db: DbOrTx, accountId: string): Promise<PersonNodeRow[]> {
  return db
    .select({ id: people.id, name: people.name, tags: people.tags, trust: people.trust })
    .from(people)
    .where(and(eq(people.accountId, accountId), isNull(people.deletedAt)));
}
