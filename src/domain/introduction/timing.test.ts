import { describe, expect, it } from 'vitest';
import { days, draft, later, run, yes } from './test-helpers';
import { checkBackDueAt, isSnoozeOver, snoozeEndsAt, unansweredReminderAt } from './timing';

describe('when a snooze ends', () => {
  const snoozed = run(draft({ order: 'parallel' }), [
    [{ type: 'request' }],
    [later('a', '2026-03-20')],
    [later('b', '2026-03-10')],
  ]).intro;

  it('is the first instant of the earliest "ask me again" date', () => {
    expect(snoozeEndsAt(snoozed)).toEqual(new Date('2026-03-10T00:00:00.000Z'));
  });

  it('is over from that instant on, not a millisecond before', () => {
    const ends = new Date('2026-03-10T00:00:00.000Z');
    expect(isSnoozeOver(snoozed, new Date(ends.getTime() - 1))).toBe(false);
    expect(isSnoozeOver(snoozed, ends)).toBe(true);
    expect(isSnoozeOver(snoozed, days(30))).toBe(true);
  });

  it('stays over once the check-back is noted, while the check-back itself is no longer due', () => {
    const noted = run(snoozed, [[{ type: 'check_back_due' }, days(9)]]).intro;
    expect(checkBackDueAt(snoozed)).toEqual(snoozeEndsAt(snoozed));
    expect(checkBackDueAt(noted)).toBeNull();
    expect(isSnoozeOver(noted, days(9))).toBe(true);
  });

  it('does not exist outside the snoozed state', () => {
    const asking = run(draft(), [[{ type: 'request' }]]).intro;
    expect(snoozeEndsAt(asking)).toBeNull();
    expect(isSnoozeOver(asking, days(1000))).toBe(false);
  });
});

describe('unansweredReminderAt', () => {
  it('is the reminder time while the request is still unanswered, and null before a reminder or after an answer', () => {
    const asked = run(draft(), [[{ type: 'request' }]]).intro;
    expect(unansweredReminderAt(asked.consent.a)).toBeNull();
    const reminded = run(asked, [[{ type: 'remind' }, days(5)]]).intro;
    expect(unansweredReminderAt(reminded.consent.a)).toEqual(days(5));
    const answered = run(reminded, [[yes('a'), days(6)]]).intro;
    expect(unansweredReminderAt(answered.consent.a)).toBeNull();
  });
});
