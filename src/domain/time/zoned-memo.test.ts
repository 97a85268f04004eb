import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactLocalDate, localDate, startOfLocalDate, zonedInstant } from './zoned';

const zones = fc.constantFrom(
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/Sao_Paulo',
);

describe('local dates remembered per zone and UTC day', () => {
  it('give the same local date as asking Intl for the instant itself, DST changes included', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), zones, (ms, tz) => {
        expect(localDate(new Date(ms), tz)).toBe(exactLocalDate(new Date(ms), tz));
      }),
      { numRuns: 2000 },
    );
  });

  it('agree around the instants clocks change', () => {
    // Berlin springs forward at 01:00 UTC on 29 March 2026 and falls back at 01:00 UTC on 25 October.
    for (const base of [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)]) {
      for (let m = -180; m <= 180; m += 1) {
        const at = new Date(base + m * 60_000);
        expect(localDate(at, 'Europe/Berlin')).toBe(exactLocalDate(at, 'Europe/Berlin'));
      }
    }
  });

  it('give the same start of a local day as computing it afresh', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 * 366 }), zones, (days, tz) => {
        const date = new Date(Date.UTC(2000, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
        expect(startOfLocalDate(date, tz).toISOString()).toBe(zonedInstant(date, 0, tz).toISOString());
      }),
    );
  });
});
