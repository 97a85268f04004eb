// Today's own SQL: the account's settings Today needs, every source's subquery in one statement, and
// acknowledgements. Every query is scoped by account id (each source's subquery scopes its own).
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../db/client';
import { executePrepared } from '../db/prepared';
import { accounts, agendaAcknowledgements, tagCadences } from '../db/schema';
import type { TodayQuery, TodaySource } from './source';

const Settings = z.object({
  rows: z.array(
    z.object({
      time_zone: z.string(),
      tag_cadences: z.array(z.object({ tag: z.string(), idealDays: z.number(), maxDays: z.number() })),
    }),
  ),
});

/**
 * The account's time zone and its tag cadences, tightest first (the order `listTagCadences` reads them
 * in, which the keep-in-touch query relies on), in one query.
 */
export async function todaySettings(
  db: DbOrTx,
  accountId: string,
): Promise<{ timeZone: string; tagCadences: TodayQuery['tagCadences'] }> {
  const result = await executePrepared(
    db,
    'today_settings',
    sql`
    select a.time_zone, (
      select coalesce(json_agg(json_build_object('tag', t.tag, 'idealDays', t.ideal_days,
          'maxDays', t.max_days) order by t.ideal_days, t.max_days, t.tag), '[]'::json)
      from ${tagCadences} t where t.account_id = a.id) as tag_cadences
    from ${accounts} a where a.id = ${accountId}`,
  );
  const [row] = Settings.parse(result).rows;
  return { timeZone: row?.time_zone ?? 'UTC', tagCadences: row?.tag_cadences ?? [] };
}

const OneRow = z.object({ rows: z.array(z.record(z.string(), z.unknown())).length(1) });

/** What each source's subquery answered, by source name, from one statement. */
export async function readSources(
  db: DbOrTx,
  q: TodayQuery,
  sources: readonly TodaySource[],
): Promise<Map<string, unknown>> {
  if (sources.length === 0) return new Map();
  // The statement's text changes only with the number of tag cadences, so it is prepared: planning it
  // anew on every request cost about a third of reading it on the embedded database.
  const result = await executePrepared(
    db,
    'today_sources',
    sql`select ${sql.join(
      sources.map((s) => sql`${s.select(q)} as ${sql.identifier(s.name)}`),
      sql`, `,
    )}`,
  );
  const [row] = OneRow.parse(result).rows;
  return new Map(sources.map((s) => [s.name, row?.[s.name]]));
}

/** Marks items seen; acknowledging one twice is the same as once. */
export async function acknowledge(db: DbOrTx, accountId: string, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await db
    .insert(agendaAcknowledgements)
    .values([...new Set(keys)].map((itemKey) => ({ accountId, itemKey })))
    .onConflictDoNothing();
}
