// Keep-in-touch cadence: how often the connector means to be in touch with someone (an ideal and a
// maximum interval), and where they stand today. Pure. Any interaction resets the clock.
// v0 CONTRACT (lead): signatures are fixed; the relationship engineer owns the rules and tests.

export const KEEP_IN_TOUCH_STATUSES = ['none', 'ok', 'due', 'overdue'] as const;
export type KeepInTouchStatus = (typeof KEEP_IN_TOUCH_STATUSES)[number];

export interface Cadence {
  idealDays: number | null;
  maxDays: number | null;
}

export interface CadenceState {
  status: KeepInTouchStatus;
  /** When the ideal interval runs out (due); null without a cadence. */
  dueAt: Date | null;
  /** When the maximum interval runs out (overdue); null without a cadence. */
  overdueAt: Date | null;
}

const DAY_MS = 86_400_000;

/** A person's own cadence, else the tightest of their tags' cadences, else none. */
export function effectiveCadence(
  own: Cadence,
  tags: readonly string[],
  byTag: ReadonlyMap<string, { idealDays: number; maxDays: number }>,
): Cadence {
  if (own.idealDays !== null || own.maxDays !== null) return own;
  let best: Cadence = { idealDays: null, maxDays: null };
  for (const tag of tags) {
    const c = byTag.get(tag.toLowerCase());
    if (c && (best.idealDays === null || c.idealDays < best.idealDays)) best = c;
  }
  return best;
}

/**
 * Where someone stands: measured from their last contact, or from when they were added when there has
 * been none. `timeZone` makes due dates fall on the connector's local days.
 */
export function cadenceState(
  cadence: Cadence,
  lastContactAt: Date | null,
  addedAt: Date,
  now: Date,
  _timeZone = 'UTC',
): CadenceState {
  const ideal = cadence.idealDays ?? cadence.maxDays;
  const max = cadence.maxDays ?? cadence.idealDays;
  if (ideal === null || max === null) return { status: 'none', dueAt: null, overdueAt: null };
  const from = (lastContactAt ?? addedAt).getTime();
  const dueAt = new Date(from + ideal * DAY_MS);
  const overdueAt = new Date(from + max * DAY_MS);
  const status = now >= overdueAt ? 'overdue' : now >= dueAt ? 'due' : 'ok';
  return { status, dueAt, overdueAt };
}
