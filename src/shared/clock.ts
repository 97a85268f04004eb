/** Time is injected so tests (and snooze/reminder logic) can move it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * The wall clock moved to `start` and running on from there. LINCHPIN_NOW uses it so someone trying the
 * app can restart it in March and watch the "ask me in March" check-back come due, without waiting.
 */
export function shiftedClock(start: Date, realNow: number = Date.now()): Clock {
  const offset = start.getTime() - realNow;
  return { now: () => new Date(Date.now() + offset) };
}

/** A clock tests can set and advance. */
export class ManualClock implements Clock {
  #now: number;
  constructor(start: Date | string = '2026-01-15T09:00:00.000Z') {
    this.#now = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.#now);
  }
  set(to: Date | string): void {
    this.#now = new Date(to).getTime();
  }
  advance(ms: number): void {
    this.#now += ms;
  }
  advanceDays(days: number): void {
    this.advance(days * 86_400_000);
  }
}
