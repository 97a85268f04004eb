// The messages between the network page and its layout worker. Positions travel as x, y pairs in one
// transferable array, edges as pairs of node indices, so a 5,000-person picture moves without copying.

export interface LayoutStart {
  kind: 'start';
  positions: Float64Array;
  edges: Uint32Array;
  /** Stop after this long even when not settled. */
  budgetMs: number;
  /** Stop after this many steps: with the same start, the same picture every time. */
  maxIterations: number;
}

export interface LayoutProgress {
  kind: 'positions';
  positions: Float64Array;
  iterations: number;
  /** Settled, out of steps or out of time: no more messages follow. */
  done: boolean;
}
