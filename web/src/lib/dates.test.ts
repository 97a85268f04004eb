import { describe, expect, test } from 'vitest';
import {
  appNow,
  daysBetween,
  formatAgo,
  formatCalendarDate,
  formatDate,
  formatDue,
  formatInterval,
  isoToYmd,
  parseDay,
  setServerTime,
  todayYmd,
  ymdInDays,
} from './dates';

// Local dates: these tests build instants from local components so they hold in any time zone.
const local = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).toISOString();

describe('daysBetween counts calendar days in the local time zone', () => {
  test('later the same day is today, not "in 1 day"', () => {
    expect(daysBetween(local(2026, 3, 10, 18), new Date(local(2026, 3, 10, 7)))).toBe(0);
  });
  test('just before midnight yesterday is one day ago', () => {
    expect(daysBetween(new Date(2026, 2, 9, 23, 59).toISOString(), new Date(2026, 2, 10, 0, 1))).toBe(1);
  });
  test('across months and years', () => {
    expect(daysBetween(local(2025, 12, 31), new Date(local(2026, 1, 1)))).toBe(1);
    expect(daysBetween(local(2026, 1, 1), new Date(local(2026, 3, 1)))).toBe(59);
  });
});

describe('formatDue counts on the server clock it is given, not the browser’s', () => {
  const asOf = local(2027, 3, 1, 9);
  test.each([
    [local(2027, 3, 1, 0), false, 'Due today'],
    [local(2027, 3, 2), true, 'Due today'],
    [local(2027, 2, 28), false, 'Due yesterday'],
    [local(2027, 2, 20), false, 'Due 9 days ago'],
    [local(2027, 2, 28), true, 'Overdue by 1 day'],
    [local(2026, 12, 18), true, 'Overdue by 73 days'],
  ])('%s (overdue: %s) → %s', (since, overdue, expected) => {
    expect(formatDue(since, asOf, overdue)).toBe(expected);
  });
});

describe('formatAgo', () => {
  const now = new Date(local(2026, 6, 15));
  test.each([
    [local(2026, 6, 15, 20), 'today'],
    [local(2026, 6, 14), 'yesterday'],
    [local(2026, 6, 1), '14 days ago'],
    [local(2026, 3, 15), '3 months ago'],
    [local(2023, 6, 15), '3 years ago'],
    [local(2026, 6, 17), 'in 2 days'],
  ])('%s → %s', (iso, expected) => {
    expect(formatAgo(iso, now)).toBe(expected);
  });
});

describe('formatInterval', () => {
  test.each([
    [1, 'every day'],
    [5, 'every 5 days'],
    [7, 'every 7 days'],
    [14, 'every 2 weeks'],
    [30, 'every 30 days'],
    [90, 'every 3 months'],
    [365, 'every year'],
    [730, 'every 2 years'],
  ])('%i days → %s', (days, expected) => {
    expect(formatInterval(days)).toBe(expected);
  });
});

describe('YYYY-MM-DD for date inputs', () => {
  test('todayYmd pads month and day', () => {
    expect(todayYmd(new Date(2026, 0, 5, 9))).toBe('2026-01-05');
  });
  test('isoToYmd gives the local calendar date of an instant', () => {
    expect(isoToYmd(local(2026, 11, 30, 1))).toBe('2026-11-30');
  });
});

describe('the app counts from the server’s clock once it is known', () => {
  test('appNow and the default "today" follow the server, also when it is months ahead', () => {
    const browserNow = Date.now();
    const server = new Date(browserNow + 100 * 86_400_000);
    setServerTime(server.toISOString(), browserNow);
    try {
      expect(Math.abs(appNow().getTime() - (server.getTime() + (Date.now() - browserNow)))).toBeLessThan(
        1_000,
      );
      expect(todayYmd()).toBe(todayYmd(appNow()));
      expect(ymdInDays(30)).toBe(ymdInDays(30, appNow()));
      expect(todayYmd()).not.toBe(todayYmd(new Date()));
    } finally {
      setServerTime(new Date().toISOString());
    }
    expect(todayYmd()).toBe(todayYmd(new Date()));
  });

  test('an unreadable server time changes nothing', () => {
    setServerTime('not a time');
    expect(Math.abs(appNow().getTime() - Date.now())).toBeLessThan(1_000);
  });
});

describe('dates read as the server words them in its sentences ("6 Dec 2026"), whatever the browser’s language', () => {
  test('a calendar date and an instant', () => {
    expect(formatCalendarDate('2027-03-01')).toBe('1 Mar 2027');
    expect(formatDate(local(2026, 12, 22))).toBe('22 Dec 2026');
  });
});

describe('parseDay', () => {
  test('reads a day as the app writes it, in full, or as YYYY-MM-DD', () => {
    expect(parseDay('7 Dec 2026')).toBe('2026-12-07');
    expect(parseDay(' 1 january 2026 ')).toBe('2026-01-01');
    expect(parseDay('30 Sept 2026')).toBe('2026-09-30');
    expect(parseDay('2026-02-28')).toBe('2026-02-28');
  });

  test('refuses what is not a real day', () => {
    for (const text of [
      '',
      '31 Feb 2026',
      '7 De 2026',
      '12/07/2026',
      '2026-13-01',
      '0 Jan 2026',
      '7 Decx 2026',
    ]) {
      expect(parseDay(text), text).toBeNull();
    }
  });
});
