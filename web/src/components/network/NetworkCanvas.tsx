// The picture itself: dots and lines drawn with WebGL by `Picture` (picture.ts); ForceAtlas2 arranges it in
// a worker from a seeded start, and its positions are applied in one update at a time (in a large picture at
// most once a second). A focused person and their neighbours stay in colour while everyone else fades;
// clicking a person opens them.
import { useEffect, useRef } from 'react';
import type { NetworkGraph } from '../../api/network';
import { type BuiltGraph, buildGraph } from './build-graph';
import { runLayout } from './layout';
import type { LayoutProgress } from './layout-protocol';
import { FIRST_RENDER_MARK, STEP_MARKS } from './marks';
import { Picture } from './picture';
import { throttledProgress } from './progress-throttle';

/** Above this many edges, edges and labels are hidden while panning and zooming. */
const LARGE_PICTURE_EDGES = 2000;
/**
 * In a large picture, the layout's positions are drawn at most this often: each update redraws every edge
 * and label (tens of milliseconds on a CPU-rendered WebGL), which would otherwise fill the main thread.
 */
const LARGE_PICTURE_UPDATE_MS = 1000;

export type LayoutStatus = 'running' | 'settled';

export function NetworkCanvas({
  data,
  focused,
  onOpen,
  onLayout,
  label,
}: {
  data: NetworkGraph;
  focused: string | null;
  onOpen: (id: string) => void;
  onLayout: (status: LayoutStatus) => void;
  label: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Picture | null>(null);
  const built = useRef<BuiltGraph | null>(null);
  // The latest callbacks, so a new function from the page does not rebuild the picture.
  const callbacks = useRef({ onOpen, onLayout });
  callbacks.current = { onOpen, onLayout };

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    performance.mark(STEP_MARKS.data);
    const g = buildGraph(data);
    built.current = g;
    performance.mark(STEP_MARKS.graph);
    const large = data.edges.length > LARGE_PICTURE_EDGES;
    // The worker takes the buffers it is sent: the picture keeps its own copies.
    const start = g.positions.slice();
    const picture = new Picture(el, g, {
      large,
      // Every dot may be named in a small picture; in a large one, only the larger dots (names never overlap).
      labelMinSize: data.nodes.length <= 300 ? 0 : 8,
      onOpen: (i) => callbacks.current.onOpen(g.ids[i]!),
    });
    picture.renderNow();
    renderer.current = picture;
    performance.mark(STEP_MARKS.drawn);
    // The frame after the first draw is on screen: what "first render" means in the benchmark.
    const frame = requestAnimationFrame(() => {
      performance.mark(FIRST_RENDER_MARK, { detail: { nodes: data.nodes.length, edges: data.edges.length } });
    });

    el.dataset.layout = 'running';
    callbacks.current.onLayout('running');
    const show = (p: LayoutProgress) => {
      picture.setPositions(p.positions);
      if (p.done) {
        el.dataset.layout = 'settled';
        callbacks.current.onLayout('settled');
      }
    };
    const layout = runLayout(
      start,
      g.edges.slice(),
      large ? throttledProgress(show, LARGE_PICTURE_UPDATE_MS) : show,
    );
    return () => {
      cancelAnimationFrame(frame);
      layout.stop();
      picture.kill();
      renderer.current = null;
      built.current = null;
    };
  }, [data]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new picture (data) must take the focus too
  useEffect(() => {
    const picture = renderer.current;
    const g = built.current;
    const el = container.current;
    if (!picture || !g || !el) return;
    delete el.dataset.focused;
    const i = focused ? g.index.get(focused) : undefined;
    let current = true;
    // Says when the camera has arrived, so a test (or an assistive tool) knows the person is centred.
    void picture.setFocus(i ?? null).then(() => {
      if (current && focused && i !== undefined) el.dataset.focused = focused;
    });
    return () => {
      current = false;
    };
  }, [focused, data]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={label}
      data-testid="network-canvas"
      style={{ width: '100%', height: 'max(480px, calc(100vh - 300px))', position: 'relative' }}
    />
  );
}
