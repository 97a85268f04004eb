// Relationship strength (0–100) from the interactions with someone, decaying with time. Pure.
// The score is a saturating function of a sum of terms, one per touch; the reasons are built from the
// same terms (grouped by kind and month), so a reason never says something the score did not count.

import { daysBetweenDates, localDate } from '../time/zoned';
import {
  MAX_REASONS,
  QUIET_AFTER_DAYS,
  REASON_MIN_SHARE,
  STRENGTH_HALF_LIFE_DAYS,
  STRENGTH_SATURATION,
  TOUCH_WEIGHTS,
  TWO_WAY_FACTOR,
  TWO_WAY_WINDOW_DAYS,
} from './strength-weights';
import { describeGroup, groupKey, quietFor } from './strength-words';
import type { InteractionDirection, StrengthTerm, Touch } from './touch';

export type { InteractionDirection, StrengthTerm, Touch } from './touch';

export interface Strength {
  /** 0–100, integer. */
  score: number;
  /** Plain words built from the same terms as the score ("met twice in March", "no contact for 94 days"). */
  reasons: string[];
}

const DAY_MS = 86_400_000;

/** The decay of a touch `ageDays` old: 1 when fresh, halving every half-life, never above 1. */
export function decayFactor(ageDays: number): number {
  return 2 ** (-Math.max(0, ageDays) / STRENGTH_HALF_LIFE_DAYS);
}

/** Every touch up to `now` as a term of the score. */
export function strengthTerms(touches: readonly Touch[], now: Date): StrengthTerm[] {
  const past = touches.filter((t) => t.at <= now);
  const window = TWO_WAY_WINDOW_DAYS * DAY_MS;
  const answered = (t: Touch, other: InteractionDirection) =>
    past.some((u) => u.direction === other && Math.abs(u.at.getTime() - t.at.getTime()) <= window);
  return past.map((touch) => {
    const twoWay =
      touch.direction === 'mutual' ||
      answered(touch, touch.direction === 'inbound' ? 'outbound' : 'inbound') ||
      answered(touch, 'mutual');
    const weight = TOUCH_WEIGHTS[touch.type];
    const decay = decayFactor((now.getTime() - touch.at.getTime()) / DAY_MS);
    return { touch, weight, twoWay, decay, contribution: weight * (twoWay ? TWO_WAY_FACTOR : 1) * decay };
  });
}

/** The score of a set of terms: saturating, so it stays within 0–100, and an integer. */
export function scoreOf(terms: readonly StrengthTerm[]): number {
  const total = terms.reduce((sum, t) => sum + t.contribution, 0);
  return Math.round(100 * (1 - Math.exp(-total / STRENGTH_SATURATION)));
}

export interface StrengthReason {
  text: string;
  /** The terms this reason speaks for (none for the "no contact for N days" decay reason). */
  terms: StrengthTerm[];
}

/** The reasons, each with the terms it was built from. */
export function strengthReasons(
  terms: readonly StrengthTerm[],
  now: Date,
  timeZone = 'UTC',
): StrengthReason[] {
  if (terms.length === 0) return [{ text: 'No contact logged yet', terms: [] }];
  const total = terms.reduce((sum, t) => sum + t.contribution, 0);
  const groups = new Map<string, StrengthTerm[]>();
  for (const t of terms) {
    const key = groupKey(t.touch, timeZone);
    const list = groups.get(key);
    if (list) list.push(t);
    else groups.set(key, [t]);
  }
  const sum = (ts: StrengthTerm[]) => ts.reduce((s, t) => s + t.contribution, 0);
  const reasons: StrengthReason[] = [...groups.values()]
    .map((ts) => ({ ts, share: total > 0 ? sum(ts) / total : 0 }))
    .filter((g) => g.share >= REASON_MIN_SHARE)
    .sort((a, b) => b.share - a.share)
    .slice(0, MAX_REASONS)
    .map(({ ts }) => ({ text: describeGroup(ts, now, timeZone), terms: ts }));
  const latest = Math.max(...terms.map((t) => t.touch.at.getTime()));
  // Counted in the connector's calendar days, as every other "N days ago" in the app is.
  const quietDays = daysBetweenDates(localDate(new Date(latest), timeZone), localDate(now, timeZone));
  if (quietDays >= QUIET_AFTER_DAYS) reasons.push({ text: quietFor(quietDays), terms: [] });
  return reasons;
}

/** Strength as of `now`; touches after `now` are ignored. Months in reasons are the connector's. */
export function relationshipStrength(touches: readonly Touch[], now: Date, timeZone = 'UTC'): Strength {
  const terms = strengthTerms(touches, now);
  return { score: scoreOf(terms), reasons: strengthReasons(terms, now, timeZone).map((r) => r.text) };
}
