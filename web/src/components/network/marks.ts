/** Marked (performance.mark) once the first frame of a picture is on screen; the benchmark reads it. */
export const FIRST_RENDER_MARK = 'linchpin:network-first-render';
