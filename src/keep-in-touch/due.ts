// Who is due or overdue for contact, read for Today, the digest, the calendar feed and the losing-touch
// view (called by Today on every request, so it stays a few milliseconds at 30k people).
// The database does the coarse filtering from `people.last_contact_at` (kept by the interactions
// repository): only people with a cadence of their own or a tag that has one, whose clock ran long
// enough to be due. The exact status, on the connector's local days, is the domain's (`cadenceState`).
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { people } from '../db/schema';
import type { CadenceSource, KeepInTouchStatus } from '../domain/relationship/cadence';
import { cadenceState, lapseRatio, sourcedCadence } from '../domain/relationship/cadence';
import { tagCadenceMap } from './repository';

export interface KeepInTouchEntry {
  person: { id: string; name: string };
  status: Exclude<KeepInTouchStatus, 'none'>;
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

/**
 * Local days start up to 14 hours either side of UTC midnight and DST moves them an hour: a person can
 * only be due when their clock started more than (ideal − 2) whole days ago. The exact test follows.
 */
const SLACK_DAYS = 2;

interface Candidate {
  id: string;
  name: string;
  tags: string[];
  ideal: number | null;
  max: number | null;
  last_contact_at: Date | string | null;
  created_at: Date | string;
}

const asDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));

/** Everyone with a cadence whose status is in `statuses` as of `now`, soonest due (most overdue) first. */
export async function keepInTouchEntries(
  db: DbOrTx,
  accountId: string,
  now: Date,
  timeZone: string,
  statuses: readonly Exclude<KeepInTouchStatus, 'none'>[] = ['due', 'overdue'],
): Promise<KeepInTouchEntry[]> {
  const byTag = await tagCadenceMap(db, accountId);
  const tagList = [...byTag.keys()];
  const minTagIdeal = Math.min(...[...byTag.values()].map((c) => c.idealDays));
  // With 'ok' wanted nobody can be left out by time; otherwise only clocks that ran long enough.
  const timed = !statuses.includes('ok');
  const since = (days: ReturnType<typeof sql>) =>
    sql`coalesce(p.last_contact_at, p.created_at) < ${now.toISOString()}::timestamptz - make_interval(days => greatest(0, ${days} - ${SLACK_DAYS}))`;
  const own = sql`coalesce(p.keep_in_touch_ideal_days, p.keep_in_touch_max_days)`;
  const hasOwn = sql`(p.keep_in_touch_ideal_days is not null or p.keep_in_touch_max_days is not null)`;
  const tagged = tagList.length
    ? sql`p.tags && array[${sql.join(
        tagList.map((t) => sql`${t}`),
        sql`, `,
      )}]::text[]`
    : sql`false`;
  const result = await db.execute(sql`select p.id, p.name, p.tags,
      p.keep_in_touch_ideal_days as ideal, p.keep_in_touch_max_days as max,
      p.last_contact_at, p.created_at
    from ${people} p
    where p.account_id = ${accountId} and p.deleted_at is null
      and (
        (${hasOwn} ${timed ? sql`and ${since(own)}` : sql``})
        or (not ${hasOwn} and ${tagged} ${timed && tagList.length ? sql`and ${since(sql`${minTagIdeal}::int`)}` : sql``})
      )`);
  const rows = (result as unknown as { rows: Candidate[] }).rows;
  const out: KeepInTouchEntry[] = [];
  for (const r of rows) {
    const cadence = sourcedCadence({ idealDays: r.ideal, maxDays: r.max }, r.tags, byTag);
    if (!cadence.source) continue;
    const last = r.last_contact_at === null ? null : asDate(r.last_contact_at);
    const added = asDate(r.created_at);
    const s = cadenceState(cadence, last, added, now, timeZone);
    if (s.status === 'none' || !s.dueAt || !s.overdueAt || !statuses.includes(s.status)) continue;
    const idealDays = (cadence.idealDays ?? cadence.maxDays)!;
    const maxDays = (cadence.maxDays ?? cadence.idealDays)!;
    out.push({
      person: { id: r.id, name: r.name },
      status: s.status,
      dueAt: s.dueAt,
      overdueAt: s.overdueAt,
      lastContactAt: last,
      idealDays,
      maxDays,
      source: cadence.source,
      tag: cadence.tag,
      lapse: lapseRatio(cadence, last, added, now),
    });
  }
  return out.sort((x, y) => x.dueAt.getTime() - y.dueAt.getTime() || x.person.id.localeCompare(y.person.id));
}
