import { describe, expect, it } from 'vitest';
import { spokenDay } from './mail';

describe('the day of an earlier yes, as a reconfirmation quotes it', () => {
  const now = new Date('2026-12-20T12:00:00.000Z');

  it('is the day and month in the connector’s zone, without the year when it is this year', () => {
    expect(spokenDay(new Date('2026-10-03T10:00:00.000Z'), now, 'UTC')).toBe('3 October');
    // 23:30 UTC on 2 October is already 3 October in Auckland.
    expect(spokenDay(new Date('2026-10-02T23:30:00.000Z'), now, 'Pacific/Auckland')).toBe('3 October');
  });

  it('carries the year when the yes was in another year', () => {
    expect(spokenDay(new Date('2025-12-03T10:00:00.000Z'), now, 'UTC')).toBe('3 December 2025');
  });
});
