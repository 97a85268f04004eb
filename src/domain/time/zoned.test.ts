// Local days across DST changes: London and New York (an hour), Lord Howe (half an hour), Kathmandu (a
// +05:45 offset with no DST), checked on named days and as properties over decades of dates and every hour.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDaysToDate,
  daysBetweenDates,
  isTimeZone,
  localDate,
  localParts,
  startOfLocalDate,
  zonedInstant,
} from './zoned';

const ZONES = [
  'Europe/London',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/Havana',
  'UTC',
] as const;
const HOUR_MS = 3_600_000;

const dates = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 11, 31) })
  .map((t) => new Date(t).toISOString().slice(0, 10));
const zones = fc.constantFrom(...ZONES);
const hours = fc.integer({ min: 0, max: 23 });

const dayLength = (date: string, tz: string) =>
  (startOfLocalDate(addDaysToDate(date, 1), tz).getTime() - startOfLocalDate(date, tz).getTime()) / HOUR_MS;

describe('isTimeZone', () => {
  it('knows IANA names and refuses anything else', () => {
    for (const tz of ZONES) expect(isTimeZone(tz)).toBe(true);
    for (const bad of ['', 'Mars/Olympus', 'Europe/London ', 'GMT+25', 'x'.repeat(80)]) {
      expect(isTimeZone(bad)).toBe(false);
    }
  });
});

describe('local days across DST changes', () => {
  it('gives the spring-forward day 23 hours and the fall-back day 25 in London and New York', () => {
    expect(dayLength('2026-03-29', 'Europe/London')).toBe(23);
    expect(dayLength('2026-10-25', 'Europe/London')).toBe(25);
    expect(dayLength('2026-03-08', 'America/New_York')).toBe(23);
    expect(dayLength('2026-11-01', 'America/New_York')).toBe(25);
    expect(dayLength('2026-03-30', 'Europe/London')).toBe(24);
  });

  it("moves Lord Howe's clocks by half an hour: 23.5 and 24.5-hour days", () => {
    expect(dayLength('2026-10-04', 'Australia/Lord_Howe')).toBe(23.5);
    expect(dayLength('2026-04-05', 'Australia/Lord_Howe')).toBe(24.5);
  });

  it('starts a Kathmandu day at 18:15 UTC the day before (+05:45 all year)', () => {
    expect(startOfLocalDate('2026-03-29', 'Asia/Kathmandu').toISOString()).toBe('2026-03-28T18:15:00.000Z');
    expect(localDate(new Date('2026-03-28T18:14:59Z'), 'Asia/Kathmandu')).toBe('2026-03-28');
    expect(localDate(new Date('2026-03-28T18:15:00Z'), 'Asia/Kathmandu')).toBe('2026-03-29');
    expect(dayLength('2026-07-01', 'Asia/Kathmandu')).toBe(24);
  });

  it('moves a skipped wall-clock time to the jump, and takes the earlier of a repeated one', () => {
    // 02:00 does not exist in New York on 8 March 2026: it is 03:00 EDT.
    expect(zonedInstant('2026-03-08', 2, 'America/New_York').toISOString()).toBe('2026-03-08T07:00:00.000Z');
    // 01:00 happens twice in London on 25 October 2026 (BST, then GMT): the first is 00:00 UTC.
    expect(zonedInstant('2026-10-25', 1, 'Europe/London').toISOString()).toBe('2026-10-25T00:00:00.000Z');
    // Chatham jumped from 02:45 to 03:45 on 25 September 2011: 03:00 is the jump itself, 03:45.
    expect(localParts(zonedInstant('2011-09-25', 3, 'Pacific/Chatham'), 'Pacific/Chatham')).toMatchObject({
      hour: 3,
      minute: 45,
    });
    // Lord Howe skips 02:00–02:30 on 4 October 2026.
    expect(
      localParts(zonedInstant('2026-10-04', 2, 'Australia/Lord_Howe'), 'Australia/Lord_Howe'),
    ).toMatchObject({ hour: 2, minute: 30 });
  });
});

describe('properties, every zone, 2000–2040', () => {
  it('a local hour on a date happens on that local date, at that hour unless a DST gap skips it', () => {
    fc.assert(
      fc.property(dates, hours, zones, (date, hour, tz) => {
        const at = zonedInstant(date, hour, tz);
        expect(localDate(at, tz)).toBe(date);
        const p = localParts(at, tz);
        // Inside a gap the time moves forward by the gap (at most an hour).
        const minutesLate = (p.hour - hour) * 60 + p.minute;
        expect(minutesLate).toBeGreaterThanOrEqual(0);
        expect(minutesLate).toBeLessThanOrEqual(60);
        if (minutesLate === 0) expect(p.second).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('local days follow each other without gaps or overlaps, each 23 to 25 hours long', () => {
    fc.assert(
      fc.property(dates, zones, (date, tz) => {
        const start = startOfLocalDate(date, tz);
        expect(localDate(start, tz)).toBe(date);
        expect(localDate(new Date(start.getTime() - 1000), tz)).toBe(addDaysToDate(date, -1));
        const hoursLong = dayLength(date, tz);
        expect(hoursLong).toBeGreaterThanOrEqual(23);
        expect(hoursLong).toBeLessThanOrEqual(25);
      }),
      { numRuns: 2000 },
    );
  });

  it('localDate never goes backwards as time moves forward', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.integer({ min: 0, max: 3 * 86_400_000 }),
        zones,
        (t, dt, tz) => {
          expect(localDate(new Date(t + dt), tz) >= localDate(new Date(t), tz)).toBe(true);
        },
      ),
    );
  });

  it('adding days and counting them are inverse', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -2000, max: 2000 }), (date, n) => {
        expect(daysBetweenDates(date, addDaysToDate(date, n))).toBe(n);
      }),
    );
  });
});
