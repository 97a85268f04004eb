// How often the connector's digest goes out, written once: the account column, the API schema and the
// digest sweep read this list; `digestPeriod` says which digest is due.
import { localDate, localParts } from './zoned';

export const DIGEST_FREQUENCIES = ['none', 'daily', 'weekly'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

/** The weekday a weekly digest goes out on (ISO: 1 = Monday). */
export const WEEKLY_DIGEST_WEEKDAY = 1;

/**
 * The digest period `now` falls in, once its digest is due: "daily:2026-03-29" from the chosen local hour
 * to the end of that local day; "weekly:2026-W14" from Monday at the chosen local hour to the end of that
 * ISO week (so a server that was down on Monday still sends that week's digest). Null before the hour,
 * and always for 'none'. The key is the unique slot: one digest per account and key.
 */
export function digestPeriod(
  now: Date,
  timeZone: string,
  frequency: DigestFrequency,
  hour: number,
): string | null {
  if (frequency === 'none') return null;
  const date = localDate(now, timeZone);
  const local = localParts(now, timeZone);
  if (frequency === 'daily') return local.hour >= hour ? `daily:${date}` : null;
  const weekday = isoWeekday(date);
  if (weekday < WEEKLY_DIGEST_WEEKDAY || (weekday === WEEKLY_DIGEST_WEEKDAY && local.hour < hour))
    return null;
  return `weekly:${isoWeek(date)}`;
}

/** ISO weekday of a date (YYYY-MM-DD): 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The ISO week of a date, "2026-W01": weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(date: string): string {
  const t = new Date(`${date}T00:00:00Z`);
  // The Thursday of this week decides the week's year.
  t.setUTCDate(t.getUTCDate() + 4 - isoWeekday(date));
  const year = t.getUTCFullYear();
  const week = Math.floor((t.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
