import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cadenceState, effectiveCadence, lapseRatio, sourcedCadence } from './cadence';

const ADDED = new Date('2025-01-01T00:00:00Z');
const byTag = new Map([
  ['inner circle', { idealDays: 14, maxDays: 21 }],
  ['clients', { idealDays: 30, maxDays: 45 }],
  ['network', { idealDays: 90, maxDays: 120 }],
]);

describe('where a cadence comes from', () => {
  it('is the person’s own first', () => {
    expect(sourcedCadence({ idealDays: 60, maxDays: null }, ['inner circle'], byTag)).toEqual({
      idealDays: 60,
      maxDays: null,
      source: 'own',
      tag: null,
    });
  });
  it('is the tightest of their tags otherwise', () => {
    expect(sourcedCadence({ idealDays: null, maxDays: null }, ['network', 'Clients'], byTag)).toEqual({
      idealDays: 30,
      maxDays: 45,
      source: 'tag',
      tag: 'clients',
    });
    expect(effectiveCadence({ idealDays: null, maxDays: null }, ['x'], byTag)).toEqual({
      idealDays: null,
      maxDays: null,
    });
  });
});

describe('cadence status', () => {
  const cadence = { idealDays: 14, maxDays: 21 };
  const last = new Date('2026-03-03T18:00:00Z');
  const at = (iso: string) => cadenceState(cadence, last, ADDED, new Date(iso)).status;

  it('is none without a cadence', () => {
    expect(cadenceState({ idealDays: null, maxDays: null }, last, ADDED, last)).toEqual({
      status: 'none',
      dueAt: null,
      overdueAt: null,
    });
  });

  it('is ok until the ideal day, due from its start, overdue once the maximum day is over', () => {
    expect(at('2026-03-16T23:59:59.999Z')).toBe('ok');
    expect(at('2026-03-17T00:00:00Z')).toBe('due');
    expect(at('2026-03-24T23:59:59.999Z')).toBe('due');
    expect(at('2026-03-25T00:00:00Z')).toBe('overdue');
  });

  it('counts from when the person was added when there has been no contact', () => {
    expect(cadenceState(cadence, null, ADDED, new Date('2025-01-15T00:00:00Z')).status).toBe('due');
  });

  it('falls on the connector’s local days across a DST change', () => {
    // Berlin moves its clocks forward on 29 March 2026: due at local midnight, 23:00 UTC before, 22:00 after.
    const tz = 'Europe/Berlin';
    const s = cadenceState(
      { idealDays: 14, maxDays: 14 },
      new Date('2026-03-20T10:00:00Z'),
      ADDED,
      ADDED,
      tz,
    );
    expect(s.dueAt?.toISOString()).toBe('2026-04-02T22:00:00.000Z');
    expect(s.overdueAt?.toISOString()).toBe('2026-04-03T22:00:00.000Z');
    const before = cadenceState(
      { idealDays: 1, maxDays: 2 },
      new Date('2026-03-28T12:00:00Z'),
      ADDED,
      ADDED,
      tz,
    );
    expect(before.dueAt?.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(before.overdueAt?.toISOString()).toBe('2026-03-30T22:00:00.000Z');
    // New York: 23:30 local on 3 March is 04:30 UTC on the 4th, still the 3rd for the connector.
    const ny = cadenceState(cadence, new Date('2026-03-04T04:30:00Z'), ADDED, ADDED, 'America/New_York');
    expect(ny.dueAt?.toISOString()).toBe('2026-03-17T04:00:00.000Z');
  });

  const zones = fc.constantFrom(
    'UTC',
    'Europe/Berlin',
    'America/New_York',
    'Australia/Sydney',
    'Asia/Kolkata',
  );
  const instant = fc
    .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) })
    .map((t) => new Date(t));
  const cadences = fc
    .tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 200 }))
    .map(([ideal, extra]) => ({ idealDays: ideal, maxDays: ideal + extra }));

  it('moves its due dates with every interaction', () => {
    fc.assert(
      fc.property(cadences, instant, fc.integer({ min: 1, max: 500 }), zones, (c, last, gapHours, tz) => {
        const next = new Date(last.getTime() + gapHours * 3_600_000);
        const before = cadenceState(c, last, ADDED, last, tz);
        const after = cadenceState(c, next, ADDED, next, tz);
        expect(after.dueAt!.getTime()).toBeGreaterThanOrEqual(before.dueAt!.getTime());
        // A contact on a later local day moves the due date (to that day + ideal).
        const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: tz }).format(d);
        if (day(next) !== day(last)) expect(after.dueAt!.getTime()).toBeGreaterThan(before.dueAt!.getTime());
        expect(after.status).toBe('ok');
      }),
    );
  });

  it('goes none → ok → due → overdue and never back as time passes', () => {
    const order = { ok: 0, due: 1, overdue: 2, none: -1 } as const;
    fc.assert(
      fc.property(
        cadences,
        instant,
        fc.array(fc.integer({ min: 0, max: 1000 * 24 }), { maxLength: 8 }),
        zones,
        (c, last, hours, tz) => {
          let prev = -1;
          for (const h of [...hours].sort((a, b) => a - b)) {
            const now = new Date(last.getTime() + h * 3_600_000);
            const s = cadenceState(c, last, ADDED, now, tz);
            expect(order[s.status]).toBeGreaterThanOrEqual(prev);
            prev = order[s.status];
            // The boundaries are the instants the state names.
            expect(s.status === 'due' || s.status === 'overdue').toBe(now >= s.dueAt!);
            expect(s.status === 'overdue').toBe(now >= s.overdueAt!);
            expect(s.overdueAt!.getTime()).toBeGreaterThan(s.dueAt!.getTime());
          }
        },
      ),
    );
  });

  it('measures how far past the maximum someone is', () => {
    const now = new Date('2026-04-02T18:00:00Z');
    expect(lapseRatio(cadence, last, ADDED, now)).toBeCloseTo(30 / 21);
    expect(lapseRatio({ idealDays: null, maxDays: null }, last, ADDED, now)).toBe(0);
  });
});
