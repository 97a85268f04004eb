// The connector's local days, fast enough for tens of thousands of people per request. Same answers as
// `domain/time/zoned.ts` (its tests prove it), with Intl asked once per zone and UTC day instead of once
// per instant: a zone's offset changes at most once in a day, so when it is the same at both ends of a
// UTC day it holds for every instant in it. Pure (the caches only remember answers).
import { localParts, startOfLocalDate } from '../time/zoned';

const DAY_MS = 86_400_000;
const MAX_ENTRIES = 50_000;

const offsets = new Map<string, number | null>();
const starts = new Map<string, Date>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, value);
  return value;
}

function offsetAt(ms: number, timeZone: string): number {
  const p = localParts(new Date(ms), timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
}

/** The zone's offset throughout one UTC day, or null when it changes during that day. */
function dayOffset(utcDay: number, timeZone: string): number | null {
  const key = `${timeZone}|${utcDay}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const start = offsetAt(utcDay * DAY_MS, timeZone);
  const end = offsetAt(utcDay * DAY_MS + DAY_MS - 1000, timeZone);
  return remember(offsets, key, start === end ? start : null);
}

/** The local calendar date (YYYY-MM-DD) of an instant in a zone: `zoned.localDate`, memoised. */
export function localDay(at: Date, timeZone: string): string {
  const ms = at.getTime();
  const offset = dayOffset(Math.floor(ms / DAY_MS), timeZone);
  if (offset === null) {
    const p = localParts(at, timeZone);
    return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
  }
  return new Date(Math.floor(ms / 1000) * 1000 + offset).toISOString().slice(0, 10);
}

/** The first instant of a local calendar date: `zoned.startOfLocalDate`, memoised. */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const key = `${timeZone}|${date}`;
  const known = starts.get(key);
  return new Date((known ?? remember(starts, key, startOfLocalDate(date, timeZone))).getTime());
}
