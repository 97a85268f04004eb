// An RFC 5545 calendar of all-day events, written with ical.js. Pure: the events and the time stamp in,
// the text out.
import ICAL from 'ical.js';

export interface CalendarEvent {
  /** Stable across requests: "<kind>-<id>@linchpin", so a calendar app updates the event in place. */
  uid: string;
  /** The local date (YYYY-MM-DD) the event is on, all day. */
  date: string;
  summary: string;
  description: string;
  /** Rises whenever the event changes, so a calendar app takes the new version. */
  sequence: number;
  url: string;
}

export const CALENDAR_NAME = 'Linchpin';

export function renderCalendar(events: readonly CalendarEvent[], now: Date, timeZone: string): string {
  const cal = new ICAL.Component('vcalendar');
  cal.addPropertyWithValue('prodid', '-//Linchpin//Linchpin calendar feed//EN');
  cal.addPropertyWithValue('version', '2.0');
  cal.addPropertyWithValue('calscale', 'GREGORIAN');
  cal.addPropertyWithValue('method', 'PUBLISH');
  cal.addPropertyWithValue('x-wr-calname', CALENDAR_NAME);
  // All-day events are floating dates; the zone says which calendar days they were computed in.
  cal.addPropertyWithValue('x-wr-timezone', timeZone);
  const stamp = ICAL.Time.fromJSDate(now, true);
  for (const e of events) {
    const ev = new ICAL.Component('vevent');
    ev.addPropertyWithValue('uid', e.uid);
    ev.addPropertyWithValue('dtstamp', stamp);
    ev.addPropertyWithValue('dtstart', ICAL.Time.fromDateString(e.date));
    ev.addPropertyWithValue('dtend', ICAL.Time.fromDateString(nextDate(e.date)));
    ev.addPropertyWithValue('sequence', e.sequence);
    ev.addPropertyWithValue('summary', e.summary);
    ev.addPropertyWithValue('description', e.description);
    ev.addPropertyWithValue('url', e.url);
    ev.addPropertyWithValue('transp', 'TRANSPARENT');
    cal.addSubcomponent(ev);
  }
  return `${cal.toString()}\r\n`;
}

function nextDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * A SEQUENCE from the time the event's source last changed: whole seconds since 2020, so it rises with
 * every change without the feed keeping any state (RFC 5545 only asks that it never goes down).
 */
export function sequenceOf(changedAt: Date): number {
  return Math.max(0, Math.floor((changedAt.getTime() - Date.UTC(2020, 0, 1)) / 1000));
}
