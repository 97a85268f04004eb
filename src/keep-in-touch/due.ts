// Who is due or overdue for contact, read for Today, the digest, the calendar feed and the losing-touch
// view. Today calls it on every request, so the database does the work and returns only the rows asked
// for: the cadence in effect (own, else the tightest tag), the due and overdue instants on the account's
// local days, the status filter, the order and the limit. The SQL mirrors `sourcedCadence` and
// `cadenceState` (domain/relationship/cadence.ts), which stay the rule: each row returned is checked
// against them, and due.int.test.ts proves the two agree.
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { rowsOf } from '../db/rows';
import { people, tagCadences } from '../db/schema';
import type { CadenceSource, KeepInTouchStatus } from '../domain/relationship/cadence';
import { cadenceState, lapseRatio } from '../domain/relationship/cadence';
import { listTagCadences } from './repository';

export type DueStatus = Exclude<KeepInTouchStatus, 'none'>;

export interface KeepInTouchEntry {
  person: { id: string; name: string };
  status: DueStatus;
  dueAt: Date;
  overdueAt: Date;
  lastContactAt: Date | null;
  /** The cadence in effect and where it comes from. */
  idealDays: number;
  maxDays: number;
  source: CadenceSource;
  tag: string | null;
  /** Days since the clock started ÷ the maximum interval: how far past their cadence they are. */
  lapse: number;
}

export interface DueQuery {
  statuses?: readonly DueStatus[];
  /** 'due': soonest due (most overdue) first; 'lapse': furthest past the cadence first. */
  order?: 'due' | 'lapse';
  limit?: number;
  offset?: number;
}

/**
 * Local days start up to 14 hours either side of UTC midnight and DST moves them an hour: nobody can be
 * due whose clock started less than (ideal − 2) whole days ago. Lets the index on last contact narrow.
 */
const SLACK_DAYS = 2;

/** A tag cadence as `dueQuery` needs it. */
export interface TagCadenceLike {
  tag: string;
  idealDays: number;
  maxDays: number;
}

/** A row `dueQuery` answers (timestamps as Date, or as strings when read through JSON). */
export type DueRow = {
  id: string;
  name: string;
  ideal: number;
  max: number;
  source: CadenceSource;
  tag: string | null;
  last_contact_at: Date | string | null;
  created_at: Date | string;
};

const asDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));

/**
 * The SQL of `dueRows` with the account's tag cadences (tightest first) already read, so a caller can run
 * it inside a larger statement (Today does); null when no status is asked for.
 */
export function dueQuery(
  accountId: string,
  now: Date,
  timeZone: string,
  cadences: readonly TagCadenceLike[],
  query: DueQuery = {},
): SQL | null {
  const statuses = query.statuses ?? ['due', 'overdue'];
  if (statuses.length === 0) return null;
  const at = sql`${now.toISOString()}::timestamptz`;
  const tz = sql`${timeZone}::text`;
  const wanted: SQL[] = [];
  if (statuses.includes('ok')) wanted.push(sql`d.due_at > ${at}`);
  if (statuses.includes('due')) wanted.push(sql`(d.due_at <= ${at} and d.overdue_at > ${at})`);
  if (statuses.includes('overdue')) wanted.push(sql`d.overdue_at <= ${at}`);
  const timed = !statuses.includes('ok');
  const order =
    query.order === 'lapse'
      ? sql`extract(epoch from (${at} - d.since)) / d.max desc, d.id`
      : sql`d.due_at, d.id`;
  // The tightest tag of each person, as a CASE over the account's few tag cadences in tightness order
  // (the first that matches wins): cheaper per row than a join over the person's tags.
  const tightest = cadences.length
    ? sql`case ${sql.join(
        cadences.map((c) => sql`when p.tags @> array[${c.tag}]::text[] then ${c.tag}::text`),
        sql` `,
      )} end`
    : sql`null::text`;
  const minIdeal = Math.min(...cadences.map((c) => Math.min(c.idealDays, c.maxDays)));
  return sql`
    with tc as (
      select tag, ideal_days, max_days from ${tagCadences} where account_id = ${accountId}
    ),
    p as (
      select p.id, p.name, p.last_contact_at, p.created_at,
        p.keep_in_touch_ideal_days as own_ideal, p.keep_in_touch_max_days as own_max,
        (p.keep_in_touch_ideal_days is not null or p.keep_in_touch_max_days is not null) as has_own,
        ${tightest} as tight
      from ${people} p
      where p.account_id = ${accountId} and p.deleted_at is null
        and (((p.keep_in_touch_ideal_days is not null or p.keep_in_touch_max_days is not null)
          ${
            // Own cadences too: plain arithmetic drops who cannot be due before any zone arithmetic.
            timed
              ? sql`and coalesce(p.last_contact_at, p.created_at) < ${at} - make_interval(days => greatest(0,
                  least(coalesce(p.keep_in_touch_ideal_days, p.keep_in_touch_max_days),
                    coalesce(p.keep_in_touch_max_days, p.keep_in_touch_ideal_days)) - ${SLACK_DAYS}))`
              : sql``
          })
          ${
            cadences.length
              ? sql`or (p.tags && ${sql`array[${sql.join(
                  cadences.map((c) => sql`${c.tag}::text`),
                  sql`, `,
                )}]::text[]`}
                  ${
                    timed
                      ? sql`and (p.last_contact_at is null
                          or p.last_contact_at < ${at} - make_interval(days => ${Math.max(0, minIdeal - SLACK_DAYS)}))`
                      : sql``
                  })`
              : sql``
          })
    ),
    c as (
      select p.id, p.name, p.last_contact_at, p.created_at,
        coalesce(p.last_contact_at, p.created_at) as since,
        case when p.has_own then 'own' else 'tag' end as source,
        case when p.has_own then null else p.tight end as tag,
        case when p.has_own then coalesce(p.own_ideal, p.own_max) else tc.ideal_days end as ideal,
        case when p.has_own then coalesce(p.own_max, p.own_ideal) else tc.max_days end as max
      from p left join tc on tc.tag = p.tight and not p.has_own
      where p.has_own or p.tight is not null
    ),
    l as (
      select c.*, (c.since at time zone ${tz})::date as from_day from c
    ),
    d as (
      select l.*,
        (((l.from_day + l.ideal)::timestamp) at time zone ${tz}) as due_at,
        (((l.from_day + greatest(l.ideal, l.max) + 1)::timestamp) at time zone ${tz}) as overdue_at
      from l
    )
    select d.id, d.name, d.ideal, d.max, d.source, d.tag, d.last_contact_at, d.created_at
    from d
    where (${sql.join(wanted, sql` or `)})
    order by ${order}
    ${query.limit !== undefined ? sql`limit ${query.limit}` : sql``}
    ${query.offset ? sql`offset ${query.offset}` : sql``}`;
}

/** The rows `dueQuery` answered as entries, each checked against the domain's rule. */
export function dueEntries(
  rows: readonly DueRow[],
  now: Date,
  timeZone: string,
  statuses: readonly DueStatus[] = ['due', 'overdue'],
): KeepInTouchEntry[] {
  const out: KeepInTouchEntry[] = [];
  for (const r of rows) {
    const cadence = { idealDays: Number(r.ideal), maxDays: Number(r.max) };
    const last = r.last_contact_at === null ? null : asDate(r.last_contact_at);
    const added = asDate(r.created_at);
    // The domain has the last word (a zone whose clocks change at midnight can differ by an hour).
    const s = cadenceState(cadence, last, added, now, timeZone);
    if (s.status === 'none' || !s.dueAt || !s.overdueAt || !statuses.includes(s.status)) continue;
    out.push({
      person: { id: r.id, name: r.name },
      status: s.status,
      dueAt: s.dueAt,
      overdueAt: s.overdueAt,
      lastContactAt: last,
      idealDays: cadence.idealDays,
      maxDays: cadence.maxDays,
      source: r.source,
      tag: r.tag,
      lapse: lapseRatio(cadence, last, added, now),
    });
  }
  return out;
}

/** People with a cadence whose status is one of `statuses` as of `now`, in the order asked. */
export async function dueRows(
  db: DbOrTx,
  accountId: string,
  now: Date,
  timeZone: string,
  query: DueQuery = {},
): Promise<KeepInTouchEntry[]> {
  const statement = dueQuery(accountId, now, timeZone, await listTagCadences(db, accountId), query);
  if (!statement) return [];
  return dueEntries(await rowsOf<DueRow>(db, statement), now, timeZone, query.statuses);
}

/** Everyone with a cadence whose status is in `statuses` as of `now`, soonest due (most overdue) first. */
export async function keepInTouchEntries(
  db: DbOrTx,
  accountId: string,
  now: Date,
  timeZone: string,
  statuses: readonly DueStatus[] = ['due', 'overdue'],
  limit?: number,
): Promise<KeepInTouchEntry[]> {
  return dueRows(db, accountId, now, timeZone, { statuses, order: 'due', limit });
}
