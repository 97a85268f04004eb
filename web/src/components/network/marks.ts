/** Marked (performance.mark) once the first frame of a picture is on screen; the benchmark reads it. */
export const FIRST_RENDER_MARK = 'linchpin:network-first-render';

/** The steps before it, marked as they end, so a profile shows where the first render's time goes. */
export const STEP_MARKS = {
  data: 'linchpin:network-data',
  graph: 'linchpin:network-graph',
  /** The picture built and its first frame drawn (issued to WebGL). */
  drawn: 'linchpin:network-drawn',
} as const;
