// Relationship strength (0–100) from the interactions with someone, decaying with time. Pure.
// v0 CONTRACT (lead): signatures are fixed; the relationship engineer owns the weights, decay and tests.
import type { InteractionTypeName } from '../interaction/types';

export type InteractionDirection = 'outbound' | 'inbound' | 'mutual';

export interface Touch {
  type: InteractionTypeName;
  direction: InteractionDirection;
  at: Date;
}

export interface Strength {
  /** 0–100, integer. */
  score: number;
  /** Plain words built from the same terms as the score ("met twice in March", "no contact for 94 days"). */
  reasons: string[];
}

/** Strength as of `now`; touches after `now` are ignored. */
export function relationshipStrength(touches: readonly Touch[], now: Date): Strength {
  const past = touches.filter((t) => t.at <= now);
  if (past.length === 0) return { score: 0, reasons: ['No contact logged yet'] };
  const score = Math.min(100, past.length * 10);
  return { score, reasons: [`${past.length} contacts logged`] };
}
