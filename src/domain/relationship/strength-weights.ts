// The numbers relationship strength is made of, in one place: how fast contact fades, what each kind
// of touch is worth, how much more a two-way exchange counts, and where the score saturates.
import type { InteractionTypeName } from '../interaction/types';

/** A touch counts half as much after this many days, a quarter after twice as many, and so on. */
export const STRENGTH_HALF_LIFE_DAYS = 120;

/**
 * What one touch is worth when fresh. Becoming each other's client and meeting in person weigh most; a
 * like, a follow or a social touch least. An introduction the connector made counts like a call.
 */
export const TOUCH_WEIGHTS: Readonly<Record<InteractionTypeName, number>> = {
  became_my_client: 12,
  became_their_client: 12,
  met: 8,
  event: 5,
  call: 6,
  introduced: 6,
  sent_useful_info: 3,
  email: 3,
  message: 2,
  social: 1,
  followed_their_work: 1,
};

/** A two-way touch (mutual, or answered the other way within the window) counts this many times more. */
export const TWO_WAY_FACTOR = 1.5;
export const TWO_WAY_WINDOW_DAYS = 30;

/**
 * The sum of weighted, decayed touches that gives 63 points (1 − 1/e); the score approaches 100 and
 * never passes it. One fresh two-way meeting (8 × 1.5 = 12) gives 33.
 */
export const STRENGTH_SATURATION = 30;

/** A reason needs at least this share of the total to be worth saying. */
export const REASON_MIN_SHARE = 0.05;
export const MAX_REASONS = 3;
/** "No contact for N days" is said from this many days on. */
export const QUIET_AFTER_DAYS = 30;
