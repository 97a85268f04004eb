// Dates as people read them: in the browser's time zone, and in the words the server writes days in its own
// sentences ("6 Dec 2026", src/domain/time/day-words.ts), whatever the browser's language. The app's sentences
// are English; with the browser's locale a suggestion's reason said "by 22 Dec 2026" above "Dec 22, 2026".

/** Day, short month, year: "6 Dec 2026"; times of day on a 24-hour clock. */
export const DATE_LOCALE = 'en-GB';

const DAY_MS = 86_400_000;

/** How far the server's clock is from the browser's (LINCHPIN_NOW, or a wrong clock on either side). */
let serverOffsetMs = 0;

/** Called with the server's time whenever it is known, so "today" in the app is the server's today. */
export function setServerTime(iso: string, receivedAt = Date.now()): void {
  const server = Date.parse(iso);
  if (!Number.isNaN(server)) serverOffsetMs = server - receivedAt;
}

/** Now on the server's clock. */
export function appNow(): Date {
  return new Date(Date.now() + serverOffsetMs);
}

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(DATE_LOCALE, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** An instant with its time of day, e.g. "14 Jan 2026, 09:30". */
export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(DATE_LOCALE, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** A calendar date `days` after today, as YYYY-MM-DD (for "ask me again in a month" shortcuts). */
export function ymdInDays(days: number, now = appNow()): string {
  return todayYmd(new Date(now.getFullYear(), now.getMonth(), now.getDate() + days));
}

/** Needed-by dates are calendar dates (YYYY-MM-DD) with no time zone: show them as written. */
export function formatCalendarDate(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(y!, m! - 1, d!).toLocaleDateString(DATE_LOCALE, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

/** Whole calendar days from one instant to another, in the browser's time zone (today → 0). */
export function daysBetween(fromIso: string, to: Date): number {
  const from = new Date(fromIso);
  const startOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((startOf(to) - startOf(from)) / DAY_MS);
}

export function formatAgo(iso: string, now = appNow()): string {
  const days = daysBetween(iso, now);
  if (days < 0) return `in ${-days} day${days === -1 ? '' : 's'}`;
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 60) return `${days} days ago`;
  const months = Math.round(days / 30.4);
  if (months < 24) return `${months} months ago`;
  return `${Math.round(days / 365)} years ago`;
}

/**
 * How long an agenda item has been due, counted on the server's clock (`asOf`): the browser's may differ,
 * e.g. when the server runs with LINCHPIN_NOW. `overdue`: the item is past its limit, not only due.
 */
export function formatDue(sinceIso: string, asOfIso: string, overdue: boolean): string {
  const days = daysBetween(sinceIso, new Date(asOfIso));
  if (days <= 0) return 'Due today';
  const span = days === 1 ? '1 day' : `${days} days`;
  return overdue ? `Overdue by ${span}` : `Due ${days === 1 ? 'yesterday' : `${span} ago`}`;
}

/** "every 30 days" / "every 3 months" for cadence intervals. */
export function formatInterval(days: number): string {
  if (days % 365 === 0) return days === 365 ? 'every year' : `every ${days / 365} years`;
  if (days % 30 === 0 && days >= 60) return `every ${days / 30} months`;
  if (days % 7 === 0 && days >= 14) return `every ${days / 7} weeks`;
  return days === 1 ? 'every day' : `every ${days} days`;
}

/** Today's date as YYYY-MM-DD in the browser's time zone, for date inputs. */
export function todayYmd(now = appNow()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The local calendar date of an instant, as YYYY-MM-DD. */
export function isoToYmd(iso: string): string {
  return todayYmd(new Date(iso));
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * A day as a person types it — "7 Dec 2026", "7 December 2026" or "2026-12-07" — as YYYY-MM-DD; null when
 * it is not a real day.
 */
export function parseDay(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const words = /^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})$/i.exec(t);
  let y: number;
  let m: number;
  let d: number;
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (words) {
    const name = words[2]!.toLowerCase();
    // "Dec", "Dec." and "December" (and "Sept"): at least three letters of the month's name.
    const month = name.length >= 3 ? MONTHS.findIndex((mo) => mo.startsWith(name)) : -1;
    [y, m, d] = [Number(words[3]), month + 1, Number(words[1])];
  } else return null;
  const day = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
