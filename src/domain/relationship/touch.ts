// What strength is computed from: touches (one per interaction) and each one's term of the score.
import type { InteractionTypeName } from '../interaction/types';

export type InteractionDirection = 'outbound' | 'inbound' | 'mutual';

export interface Touch {
  type: InteractionTypeName;
  direction: InteractionDirection;
  at: Date;
}

/** One touch's part of the score. */
export interface StrengthTerm {
  touch: Touch;
  weight: number;
  twoWay: boolean;
  /** 2^(−age / half-life): 1 today, ½ after one half-life. */
  decay: number;
  contribution: number;
}
