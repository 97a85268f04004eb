// How a source of Today's items plugs in. On the embedded database every query costs about a millisecond
// before it reads a row, so Today asks each source for one SQL subquery that answers its rows as a JSON
// array, runs them all in one statement (`repository.readSources`), and hands each source its own rows
// back to turn into items with its pure builder. A source whose read cannot be one subquery reads after
// that statement with `db` (and should first ask its subquery whether there is anything to read).
import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../db/client';
import { people } from '../db/schema';
import type { TimingPolicy } from '../domain/introduction/timing';
import type { AgendaItemV2 } from './schema';

/** What every source is asked for: whose Today, as of when, in which zone, with which settings. */
export interface TodayQuery {
  accountId: string;
  now: Date;
  timeZone: string;
  /** `now`'s local date in `timeZone` (YYYY-MM-DD). */
  today: string;
  timing: TimingPolicy;
  needDueDays: number;
  /** Answers recorded at or after this instant are news. */
  answerSince: Date;
  /** The account's tag cadences, tightest first (keep-in-touch builds its SQL from them). */
  tagCadences: readonly { tag: string; idealDays: number; maxDays: number }[];
}

export interface TodaySource {
  /** Unique among the sources: the column its rows come back in. */
  name: string;
  /** A scalar subquery answering a JSON array (`coalesce(json_agg(…), '[]')`) or any JSON value. */
  select(q: TodayQuery): SQL;
  /** The source's items from what its subquery answered. */
  items(selected: unknown, q: TodayQuery, db: DbOrTx): AgendaItemV2[] | Promise<AgendaItemV2[]>;
}

/**
 * A source whose subquery answers rows of `row`'s shape, checked on the way in (the JSON a statement
 * answers carries no types), and whose items come from a pure builder.
 */
export function rowsSource<Row>(def: {
  name: string;
  select: (q: TodayQuery) => SQL;
  row: z.ZodType<Row>;
  items: (rows: Row[], q: TodayQuery) => AgendaItemV2[];
}): TodaySource {
  const rows = z.array(def.row);
  // Today kept (kept.ts) hands the same JSON back on every request while nothing is written: checked once.
  // The builders only read their rows.
  const checked = new WeakMap<object, Row[]>();
  const parse = (selected: unknown): Row[] => {
    if (typeof selected !== 'object' || selected === null) return rows.parse(selected);
    const known = checked.get(selected);
    if (known) return known;
    const parsed = rows.parse(selected);
    checked.set(selected, parsed);
    return parsed;
  };
  return { name: def.name, select: def.select, items: (selected, q) => def.items(parse(selected), q) };
}

/** A timestamp as JSON carries it (ISO 8601 with an offset). */
export const jsonInstant = z.string().transform((s) => new Date(s));

/** A JSON array of `rows`' rows, in `order` (JSON keeps the order the rows were aggregated in). */
export const jsonRows = (rows: SQL, order: SQL): SQL =>
  sql`(select coalesce(json_agg(x order by ${order}), '[]'::json) from (${rows}) x)`;

/** A jsonb column as the schema types it: the database wrote it from that type, so only its shape is checked. */
export const jsonObject = <T extends object>() =>
  z.custom<T>((v) => typeof v === 'object' && v !== null, 'expected a JSON object');

/**
 * A person's name by id, '' when there is none: a scalar subquery per row rather than a join, which on the
 * embedded database cost more to plan (every index of people is weighed) than the lookups themselves.
 */
export const nameOf = (personId: SQL): SQL =>
  sql`coalesce((select p.name from ${people} p where p.id = ${personId}), '')`;
