// Calendar days in the account's time zone. "Today", digests and due dates follow the connector's local
// day, so a check-back for 29 March shows up on their 29 March whatever the server's zone or a DST change.
// Pure: Intl only.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether `name` is an IANA time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  if (!name || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * A zone spelt as the time zone database spells it ("europe/LONDON" → "Europe/London", "utc" → "UTC"):
 * names are looked up regardless of case, but kept as typed they showed as typed. Only the case changes:
 * the runtime's own name for a zone can be an older one (Asia/Kathmandu is "Asia/Katmandu" to it), so a
 * name that differs in more than case is kept as given, as is an unknown one (isTimeZone refuses it).
 */
export function canonicalTimeZone(name: string): string {
  try {
    const known = new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
    return known.toLowerCase() === name.toLowerCase() ? known : name;
  } catch {
    return name;
  }
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock reading of an instant in a zone. */
export function localParts(at: Date, timeZone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(at)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local calendar date of an instant, read from Intl (one call per instant: slow in bulk). */
export function exactLocalDate(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

// Today, the digest and keep-in-touch read local dates for thousands of instants per request, and Intl is
// the slow part. A zone's offset changes at most once in a day, so when it is the same at both ends of a
// UTC day it holds for every instant in it: Intl is asked twice per zone and UTC day, and the answers are
// remembered (the caches only remember answers; the functions stay pure).
const DAY_MS = 86_400_000;
const MAX_CACHED = 50_000;
const dayOffsets = new Map<string, number | null>();
const dayStarts = new Map<string, number>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, value);
  return value;
}

/** The zone's offset throughout one UTC day, or null when it changes during that day. */
function offsetThroughout(utcDay: number, timeZone: string): number | null {
  const key = `${timeZone}|${utcDay}`;
  const known = dayOffsets.get(key);
  if (known !== undefined) return known;
  const start = offsetAt(new Date(utcDay * DAY_MS), timeZone);
  const end = offsetAt(new Date(utcDay * DAY_MS + DAY_MS - 1000), timeZone);
  return remember(dayOffsets, key, start === end ? start : null);
}

/** The local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(at: Date, timeZone: string): string {
  const ms = at.getTime();
  const offset = offsetThroughout(Math.floor(ms / DAY_MS), timeZone);
  if (offset === null) return exactLocalDate(at, timeZone);
  return new Date(Math.floor(ms / 1000) * 1000 + offset).toISOString().slice(0, 10);
}

/** The zone's offset from UTC at an instant, in milliseconds (positive east of Greenwich). */
function offsetAt(at: Date, timeZone: string): number {
  const p = localParts(at, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * The instant a local wall-clock time happens. A time a DST change repeats gives the earlier of its two
 * instants, so a digest due at 01:00 goes out at the first 01:00 and a day starts at its first midnight.
 * A time a DST change skips gives the moment the clocks jump, the first instant whose local time is not
 * before it: 02:00 on New York's spring-forward day is 03:00 EDT, and 03:00 on Chatham's (02:45 jumps to
 * 03:45) is 03:45, not 04:00.
 */
export function zonedInstant(date: string, hour: number, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour);
  // A zone changes its offset at most once within a day either side, so these are the only candidates.
  const before = offsetAt(new Date(wall - DAY_MS), timeZone);
  const after = offsetAt(new Date(wall + DAY_MS), timeZone);
  const fits = [before, after]
    .map((offset) => wall - offset)
    .filter((at) => wall - offsetAt(new Date(at), timeZone) === at);
  if (fits.length > 0) return new Date(Math.min(...fits));
  return new Date(jumpBetween(wall - after, wall - before, after, timeZone));
}

const MINUTE_MS = 60_000;

/** The instant in (from, to] at which the zone's offset becomes `after` (offsets change on whole minutes). */
function jumpBetween(from: number, to: number, after: number, timeZone: string): number {
  let lo = from;
  let hi = to;
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetAt(new Date(mid), timeZone) === after) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The first instant of a local calendar date. */
export function startOfLocalDate(date: string, timeZone: string): Date {
  const key = `${timeZone}|${date}`;
  const known = dayStarts.get(key);
  return new Date(known ?? remember(dayStarts, key, zonedInstant(date, 0, timeZone).getTime()));
}

/** A calendar date moved by whole days (calendar arithmetic, no zone involved). */
export function addDaysToDate(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return t.toISOString().slice(0, 10);
}

/** Whole local days from `from` to `to` (dates, YYYY-MM-DD). */
export function daysBetweenDates(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
