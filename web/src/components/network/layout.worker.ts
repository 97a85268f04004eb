// ForceAtlas2 off the main thread: steps in small batches from the seeded start, posting positions after
// each, and stops once the picture has settled (nodes barely move), the step count is reached or the time
// budget is spent. A fixed batch size keeps the run the same for the same start.
import { MultiUndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { LayoutProgress, LayoutStart } from './layout-protocol';
import { layoutSettings } from './layout-settings';

const BATCH = 10;
/** Settled when the mean move per step is below this share of the picture's spread. */
const SETTLED = 0.0005;

function run(msg: LayoutStart) {
  const n = msg.positions.length / 2;
  const graph = new MultiUndirectedGraph({ allowSelfLoops: false });
  for (let i = 0; i < n; i++) graph.addNode(i, { x: msg.positions[2 * i], y: msg.positions[2 * i + 1] });
  for (let j = 0; j < msg.edges.length; j += 2) graph.addEdge(msg.edges[j], msg.edges[j + 1]);
  const settings = layoutSettings(graph);
  const started = performance.now();
  let iterations = 0;
  const previous = new Float64Array(msg.positions);

  const step = () => {
    forceAtlas2.assign(graph, { iterations: BATCH, settings });
    iterations += BATCH;
    const positions = new Float64Array(n * 2);
    let moved = 0;
    let cx = 0;
    let cy = 0;
    graph.forEachNode((key, a) => {
      const i = Number(key);
      positions[2 * i] = a.x;
      positions[2 * i + 1] = a.y;
      moved += Math.hypot(a.x - previous[2 * i]!, a.y - previous[2 * i + 1]!);
      cx += a.x;
      cy += a.y;
    });
    cx /= n || 1;
    cy /= n || 1;
    let spread = 0;
    for (let i = 0; i < n; i++) spread += (positions[2 * i]! - cx) ** 2 + (positions[2 * i + 1]! - cy) ** 2;
    spread = Math.sqrt(spread / (n || 1)) || 1;
    previous.set(positions);
    const settled = moved / (n || 1) / BATCH / spread < SETTLED;
    const done =
      n === 0 || settled || iterations >= msg.maxIterations || performance.now() - started > msg.budgetMs;
    const progress: LayoutProgress = { kind: 'positions', positions, iterations, done };
    self.postMessage(progress, { transfer: [positions.buffer] });
    // A turn of the event loop between batches, so the page can end the worker at any time.
    if (!done) setTimeout(step, 0);
  };
  step();
}

self.addEventListener('message', (e: MessageEvent<LayoutStart>) => {
  if (e.data.kind === 'start') run(e.data);
});
