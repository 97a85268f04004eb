// Keep-in-touch cadence: how often the connector means to be in touch with someone (an ideal and a
// maximum interval), and where they stand today. Pure. Any interaction resets the clock.
// Intervals count the connector's local calendar days: last contact on 3 March with an ideal of 14
// days is due from the start of 17 March in their time zone, whatever the hour or a DST change between.
import { addDaysToDate, localDate, startOfLocalDate } from '../time/zoned';

export const KEEP_IN_TOUCH_STATUSES = ['none', 'ok', 'due', 'overdue'] as const;
export type KeepInTouchStatus = (typeof KEEP_IN_TOUCH_STATUSES)[number];

export interface Cadence {
  idealDays: number | null;
  maxDays: number | null;
}

export interface TagCadence {
  idealDays: number;
  maxDays: number;
}

export const CADENCE_SOURCES = ['own', 'tag'] as const;
export type CadenceSource = (typeof CADENCE_SOURCES)[number];

export interface SourcedCadence extends Cadence {
  /** Where the cadence came from: the person's own, one of their tags, or none (null). */
  source: CadenceSource | null;
  tag: string | null;
}

export interface CadenceState {
  status: KeepInTouchStatus;
  /** When the ideal interval runs out (due); null without a cadence. */
  dueAt: Date | null;
  /** When the maximum interval has run out (overdue); null without a cadence. */
  overdueAt: Date | null;
}

/**
 * Whether one tag's cadence is tighter than another's: the shorter ideal, then the shorter maximum,
 * then (the same cadence either way) the tag first in alphabetical order, so the tag named is stable.
 */
function tighter(a: TagCadence & { tag: string }, b: TagCadence & { tag: string }): boolean {
  if (a.idealDays !== b.idealDays) return a.idealDays < b.idealDays;
  if (a.maxDays !== b.maxDays) return a.maxDays < b.maxDays;
  return a.tag < b.tag;
}

/**
 * A person's own cadence wins over their tags'; with several tags, the tightest. The one rule for where
 * a cadence comes from (the SQL in keep-in-touch/due.ts orders tag cadences the same way).
 */
export function sourcedCadence(
  own: Cadence,
  tags: readonly string[],
  byTag: ReadonlyMap<string, TagCadence>,
): SourcedCadence {
  if (own.idealDays !== null || own.maxDays !== null) return { ...own, source: 'own', tag: null };
  let best: (TagCadence & { tag: string }) | null = null;
  for (const tag of tags) {
    const key = tag.toLowerCase();
    const c = byTag.get(key);
    const candidate = c && { ...c, tag: key };
    if (candidate && (!best || tighter(candidate, best))) best = candidate;
  }
  return best
    ? { idealDays: best.idealDays, maxDays: best.maxDays, source: 'tag', tag: best.tag }
    : { idealDays: null, maxDays: null, source: null, tag: null };
}

/** A person's own cadence, else the tightest of their tags' cadences, else none. */
export function effectiveCadence(
  own: Cadence,
  tags: readonly string[],
  byTag: ReadonlyMap<string, TagCadence>,
): Cadence {
  const { idealDays, maxDays } = sourcedCadence(own, tags, byTag);
  return { idealDays, maxDays };
}

/**
 * Where someone stands: measured from their last contact, or from when they were added when there has
 * been none. Due from the start of the local day `ideal` days after; overdue once `max` whole days have
 * gone by (from the start of the day after the maximum), so contact on the last allowed day is in time.
 * A cadence with only one of the two numbers uses it for both.
 */
export function cadenceState(
  cadence: Cadence,
  lastContactAt: Date | null,
  addedAt: Date,
  now: Date,
  timeZone = 'UTC',
): CadenceState {
  const ideal = cadence.idealDays ?? cadence.maxDays;
  const max = cadence.maxDays ?? cadence.idealDays;
  if (ideal === null || max === null) return { status: 'none', dueAt: null, overdueAt: null };
  const from = localDate(lastContactAt ?? addedAt, timeZone);
  const dueAt = startOfLocalDate(addDaysToDate(from, ideal), timeZone);
  const overdueAt = startOfLocalDate(addDaysToDate(from, Math.max(ideal, max) + 1), timeZone);
  const status = now >= overdueAt ? 'overdue' : now >= dueAt ? 'due' : 'ok';
  return { status, dueAt, overdueAt };
}

/**
 * How far past their cadence someone is: days since the contact the clock runs from, divided by the
 * maximum interval (1 = at the limit, 2 = twice as long as allowed). Sorts the losing-touch view.
 */
export function lapseRatio(cadence: Cadence, lastContactAt: Date | null, addedAt: Date, now: Date): number {
  const max = cadence.maxDays ?? cadence.idealDays;
  if (max === null) return 0;
  const days = (now.getTime() - (lastContactAt ?? addedAt).getTime()) / 86_400_000;
  return Math.max(0, days) / max;
}
