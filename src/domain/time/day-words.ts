// Days as Linchpin writes them in its own sentences (Today's summaries, the digest, a person's source):
// "6 Dec 2026", one style everywhere the server words a date.

const formats = new Map<string, Intl.DateTimeFormat>();

/** An instant's day on the account's calendar: "6 Dec 2026". */
export function dayWords(at: Date, timeZone: string): string {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone });
    formats.set(timeZone, format);
  }
  return format.format(at);
}

/** A calendar date (YYYY-MM-DD, no zone of its own) in the same words: "2027-03-17" → "17 Mar 2027". */
export const calendarDayWords = (ymd: string): string => dayWords(new Date(`${ymd}T12:00:00.000Z`), 'UTC');

const momentFormats = new Map<string, Intl.DateTimeFormat>();

/** An instant on the account's clock, as the web app words it: "12 Dec 2026, 18:57 (UTC)". */
export function momentWords(at: Date, timeZone: string): string {
  let format = momentFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    });
    momentFormats.set(timeZone, format);
  }
  return `${format.format(at)} (${timeZone})`;
}
