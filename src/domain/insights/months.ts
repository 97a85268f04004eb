// Calendar months of a range in the account's zone. Pure.
import { localDate } from '../time/zoned';

/** The local month (YYYY-MM) of an instant. */
export const monthOf = (at: Date, timeZone: string): string => localDate(at, timeZone).slice(0, 7);

/** Every month from the month of `from` to the month of `to` (dates YYYY-MM-DD), in order. */
export function monthsBetween(from: string, to: string): string[] {
  let [y, m] = from.split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  const months: string[] = [];
  for (;;) {
    const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

/** The last twelve months up to `today`: from the first of the month eleven months back. */
export function defaultRange(today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(y, m - 1 - 11, 1)).toISOString().slice(0, 10);
  return { from: start, to: today };
}

/** Whether an instant's local date falls within the range. */
export const inRange = (at: Date | null, range: { from: string; to: string }, timeZone: string): boolean => {
  if (!at) return false;
  const d = localDate(at, timeZone);
  return d >= range.from && d <= range.to;
};
