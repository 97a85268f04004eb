// Which digest is due: the period key appears at the chosen local hour, on the right local day, across
// DST changes, and never changes within a period.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digestPeriod, isoWeek, isoWeekday } from './digest-schedule';
import { zonedInstant } from './zoned';

describe('digestPeriod', () => {
  it('is null for none, and before the local hour', () => {
    const at = new Date('2026-03-29T12:00:00Z');
    expect(digestPeriod(at, 'UTC', 'none', 0)).toBeNull();
    expect(digestPeriod(new Date('2026-03-29T07:59:59Z'), 'UTC', 'daily', 8)).toBeNull();
    expect(digestPeriod(new Date('2026-03-29T08:00:00Z'), 'UTC', 'daily', 8)).toBe('daily:2026-03-29');
    expect(digestPeriod(new Date('2026-03-29T23:59:59Z'), 'UTC', 'daily', 8)).toBe('daily:2026-03-29');
  });

  it("follows the account's clock on London's spring-forward day (08:00 BST is 07:00 UTC)", () => {
    expect(digestPeriod(new Date('2026-03-29T06:59:00Z'), 'Europe/London', 'daily', 8)).toBeNull();
    expect(digestPeriod(new Date('2026-03-29T07:00:00Z'), 'Europe/London', 'daily', 8)).toBe(
      'daily:2026-03-29',
    );
    // The day before, still GMT: 08:00 is 08:00 UTC.
    expect(digestPeriod(new Date('2026-03-28T07:30:00Z'), 'Europe/London', 'daily', 8)).toBeNull();
  });

  it("uses New York's local date, not UTC's, on the fall-back night", () => {
    // 03:30 UTC on 2 November is still 1 November, 22:30 EST, in New York.
    expect(digestPeriod(new Date('2026-11-02T03:30:00Z'), 'America/New_York', 'daily', 21)).toBe(
      'daily:2026-11-01',
    );
  });

  it('sends a 01:00 digest at the first 01:00 of a fall-back night, not an hour later', () => {
    // New York repeats 01:00 on 7 November 2027: 05:00 UTC (EDT), then 06:00 UTC (EST).
    expect(digestPeriod(new Date('2027-11-07T04:59:59Z'), 'America/New_York', 'daily', 1)).toBeNull();
    expect(digestPeriod(new Date('2027-11-07T05:00:00Z'), 'America/New_York', 'daily', 1)).toBe(
      'daily:2027-11-07',
    );
    expect(zonedInstant('2027-11-07', 1, 'America/New_York').toISOString()).toBe('2027-11-07T05:00:00.000Z');
  });

  it('sends the weekly digest from Monday at the hour through Sunday, keyed by ISO week', () => {
    // 30 March 2026 is a Monday (ISO week 14).
    expect(digestPeriod(new Date('2026-03-30T07:59:00Z'), 'UTC', 'weekly', 8)).toBeNull();
    expect(digestPeriod(new Date('2026-03-30T08:00:00Z'), 'UTC', 'weekly', 8)).toBe('weekly:2026-W14');
    expect(digestPeriod(new Date('2026-04-05T23:00:00Z'), 'UTC', 'weekly', 8)).toBe('weekly:2026-W14');
    // Kathmandu's Monday starts at 18:15 UTC on Sunday.
    expect(digestPeriod(new Date('2026-03-29T18:15:00Z'), 'Asia/Kathmandu', 'weekly', 0)).toBe(
      'weekly:2026-W14',
    );
  });

  it('names ISO weeks at year ends', () => {
    expect(isoWeek('2026-01-01')).toBe('2026-W01'); // a Thursday
    expect(isoWeek('2027-01-01')).toBe('2026-W53'); // a Friday: 2026 has 53 weeks
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeekday('2026-03-30')).toBe(1);
    expect(isoWeekday('2026-03-29')).toBe(7);
  });

  it('for every zone and hour, the daily key appears exactly at the local hour and names the local date', () => {
    const zones = fc.constantFrom(
      'Europe/London',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'Pacific/Chatham',
    );
    const dates = fc
      .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) })
      .map((t) => new Date(t).toISOString().slice(0, 10));
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 23 }), zones, (date, hour, tz) => {
        const due = zonedInstant(date, hour, tz);
        expect(digestPeriod(due, tz, 'daily', hour)).toBe(`daily:${date}`);
        expect(digestPeriod(new Date(due.getTime() - 1000), tz, 'daily', hour)).not.toBe(`daily:${date}`);
      }),
      { numRuns: 1000 },
    );
  });
});
