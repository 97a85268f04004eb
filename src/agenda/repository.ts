// Today's own SQL: the account's settings Today needs, every source's subquery in one statement, and
// acknowledgements. Every query is scoped by account id (each source's subquery scopes its own).
import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../db/client';
import { executePrepared } from '../db/prepared';
import { accounts, agendaAcknowledgements, tagCadences } from '../db/schema';
import type { TodayQuery, TodaySource } from './source';

/** What Today reads of the account before its sources: the zone and the tag cadences. */
export interface TodaySettings {
  timeZone: string;
  tagCadences: TodayQuery['tagCadences'];
}

const DEFAULT_SETTINGS: TodaySettings = { timeZone: 'UTC', tagCadences: [] };

const SettingsJson = z
  .object({
    timeZone: z.string(),
    tagCadences: z.array(z.object({ tag: z.string(), idealDays: z.number(), maxDays: z.number() })),
  })
  .nullable();

/**
 * The account's time zone and its tag cadences, tightest first (the order `listTagCadences` reads them
 * in, which the keep-in-touch query relies on), as one JSON value (null for no such account).
 */
const settingsValue = (accountId: string): SQL => sql`(
  select json_build_object('timeZone', a.time_zone, 'tagCadences', (
    select coalesce(json_agg(json_build_object('tag', t.tag, 'idealDays', t.ideal_days,
        'maxDays', t.max_days) order by t.ideal_days, t.max_days, t.tag), '[]'::json)
    from ${tagCadences} t where t.account_id = a.id))
  from ${accounts} a where a.id = ${accountId})`;

const settingsFrom = (value: unknown): TodaySettings => SettingsJson.parse(value) ?? DEFAULT_SETTINGS;

const OneRow = z.object({ rows: z.array(z.record(z.string(), z.unknown())).length(1) });

/** The one row a statement answered, by column. */
async function oneRow(db: DbOrTx, name: string, statement: SQL): Promise<Record<string, unknown>> {
  // Prepared: Today's statements keep their text from call to call (it changes only with the number of
  // tag cadences), and planning them anew was about a quarter of a request on the embedded database.
  const [row] = OneRow.parse(await executePrepared(db, name, statement)).rows;
  return row ?? {};
}

/** The account's settings Today needs, in one query. */
export async function todaySettings(db: DbOrTx, accountId: string): Promise<TodaySettings> {
  const row = await oneRow(db, 'today_settings', sql`select ${settingsValue(accountId)} as settings`);
  return settingsFrom(row.settings);
}

const SETTINGS_COLUMN = 'today_settings';

function sourcesStatement(q: TodayQuery, sources: readonly TodaySource[], withSettings: boolean): SQL {
  const columns = sources.map((s) => sql`${s.select(q)} as ${sql.identifier(s.name)}`);
  if (withSettings) columns.push(sql`${settingsValue(q.accountId)} as ${sql.identifier(SETTINGS_COLUMN)}`);
  return sql`select ${sql.join(columns, sql`, `)}`;
}

/** What each source's subquery answered, by source name, from one statement. */
export async function readSources(
  db: DbOrTx,
  q: TodayQuery,
  sources: readonly TodaySource[],
): Promise<Map<string, unknown>> {
  if (sources.length === 0) return new Map();
  const row = await oneRow(db, 'today_sources', sourcesStatement(q, sources, false));
  return new Map(sources.map((s) => [s.name, row[s.name]]));
}

/**
 * `readSources`, and the account's settings as the same statement read them: a caller that built `q` from
 * settings it remembered learns in the same snapshot whether they still hold.
 */
export async function readSourcesAndSettings(
  db: DbOrTx,
  q: TodayQuery,
  sources: readonly TodaySource[],
): Promise<{ selected: Map<string, unknown>; settings: TodaySettings }> {
  const row = await oneRow(db, 'today_read', sourcesStatement(q, sources, true));
  return {
    selected: new Map(sources.map((s) => [s.name, row[s.name]])),
    settings: settingsFrom(row[SETTINGS_COLUMN]),
  };
}

/** Marks items seen; acknowledging one twice is the same as once. */
export async function acknowledge(db: DbOrTx, accountId: string, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await db
    .insert(agendaAcknowledgements)
    .values([...new Set(keys)].map((itemKey) => ({ accountId, itemKey })))
    .onConflictDoNothing();
}
