// Runs the layout worker for a graph: the seeded start goes in, positions come back batch by batch, and the
// caller applies them. Returns a function that stops the worker (on unmount or a new graph).
import type { LayoutProgress, LayoutStart } from './layout-protocol';

export interface LayoutRun {
  stop(): void;
}

export const LAYOUT_BUDGET_MS = 8_000;
export const LAYOUT_MAX_ITERATIONS = 600;

export function runLayout(
  positions: Float64Array,
  edges: Uint32Array,
  onProgress: (p: LayoutProgress) => void,
): LayoutRun {
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (e: MessageEvent<LayoutProgress>) => {
    onProgress(e.data);
    if (e.data.done) worker.terminate();
  });
  const start: LayoutStart = {
    kind: 'start',
    positions,
    edges,
    budgetMs: LAYOUT_BUDGET_MS,
    maxIterations: LAYOUT_MAX_ITERATIONS,
  };
  worker.postMessage(start, [positions.buffer, edges.buffer]);
  return { stop: () => worker.terminate() };
}
