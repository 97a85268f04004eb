// The picture itself: sigma.js (WebGL) draws the graph; ForceAtlas2 arranges it in a worker from a seeded
// start, and its positions are applied in one update at a time (in a large picture at most once a second).
// A focused person and their neighbours stay in colour while everyone else fades; clicking a person opens
// them.
import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import { DEFAULT_NODE_PRIMITIVES } from 'sigma/primitives';
import { layerPlain, pathLine } from 'sigma/rendering';
import type { NetworkGraph } from '../../api/network';
import {
  applyPositions,
  type BuiltGraph,
  buildGraph,
  type EdgeAttributes,
  type NodeAttributes,
} from './build-graph';
import { runLayout } from './layout';
import type { LayoutProgress } from './layout-protocol';
import { FIRST_RENDER_MARK, STEP_MARKS } from './marks';
import { throttledProgress } from './progress-throttle';

const FADED = '#e9ecef';
/** Above this many edges, edges and labels are hidden while panning and zooming. */
const LARGE_PICTURE_EDGES = 2000;
/**
 * In a large picture, the layout's positions are drawn at most this often: each update redraws every edge
 * and label (hundreds of milliseconds on a CPU-rendered WebGL), which would otherwise fill the main thread.
 */
const LARGE_PICTURE_UPDATE_MS = 1000;
/**
 * Straight edges only. Sigma's default also declares self-loops, and one program draws every edge with the
 * vertex count of its most detailed path (a loop's 32 segments), so each straight edge paid for a curve:
 * twice the frame time at 10,000 edges (bench/README.md). The picture has no self-loops: an introduction
 * and a referral join two different people.
 */
const PRIMITIVES = {
  nodes: DEFAULT_NODE_PRIMITIVES,
  edges: { paths: [pathLine()], layers: [layerPlain()] },
};

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
  const renderer = useRef<Sigma<NodeAttributes, EdgeAttributes> | null>(null);
  const built = useRef<BuiltGraph | null>(null);
  const focus = useRef<{ id: string; near: Set<string> } | null>(null);
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
    const sigma = new Sigma(g.graph, el, {
      primitives: PRIMITIVES,
      settings: {
        itemSizesReference: 'screen',
        // Every name in a small picture; in a large one, the names of the larger dots (sigma keeps labels apart).
        labelRenderedSizeThreshold: data.nodes.length <= 300 ? 0 : 8,
        labelDensity: 0.5,
        // A large picture draws only its dots while the camera moves: on a CPU-rendered WebGL (SwiftShader)
        // 10,000 edges and their labels cost far more than a frame (bench/README.md, "Network picture").
        hideEdgesOnMove: large,
        hideLabelsOnMove: large,
        minCameraRatio: 0.02,
        maxCameraRatio: 4,
      },
      nodeReducer: (key) => {
        const f = focus.current;
        if (!f || f.near.has(key)) return key === f?.id ? { highlighted: true, zIndex: 2 } : { zIndex: 1 };
        return { color: FADED, label: null, zIndex: 0 };
      },
      edgeReducer: (key) => {
        const f = focus.current;
        if (!f) return {};
        const [s, t] = g.graph.extremities(key);
        return s === f.id || t === f.id ? { zIndex: 1 } : { visibility: 'hidden' };
      },
    });
    renderer.current = sigma;
    performance.mark(STEP_MARKS.sigma);
    sigma.on('clickNode', ({ node }) => callbacks.current.onOpen(node));
    sigma.on('enterNode', () => {
      el.style.cursor = 'pointer';
    });
    sigma.on('leaveNode', () => {
      el.style.cursor = '';
    });
    // The frame after sigma's first is on screen: what "first render" means in the benchmark.
    const frame = requestAnimationFrame(() => {
      performance.mark(FIRST_RENDER_MARK, { detail: { nodes: data.nodes.length, edges: data.edges.length } });
    });

    el.dataset.layout = 'running';
    callbacks.current.onLayout('running');
    const show = (p: LayoutProgress) => {
      applyPositions(g.graph, g.order, p.positions);
      if (p.done) {
        el.dataset.layout = 'settled';
        callbacks.current.onLayout('settled');
      }
    };
    const layout = runLayout(
      g.positions,
      g.edges,
      large ? throttledProgress(show, LARGE_PICTURE_UPDATE_MS) : show,
    );
    return () => {
      cancelAnimationFrame(frame);
      layout.stop();
      sigma.kill();
      renderer.current = null;
      built.current = null;
    };
  }, [data]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new picture (data) must take the focus too
  useEffect(() => {
    const sigma = renderer.current;
    const g = built.current;
    if (!sigma || !g) return;
    if (focused && g.graph.hasNode(focused)) {
      focus.current = { id: focused, near: new Set([focused, ...g.graph.neighbors(focused)]) };
      const at = sigma.getNodeDisplayData(focused);
      const el = sigma.getContainer();
      delete el.dataset.focused;
      // Says when the camera has arrived, so a test (or an assistive tool) knows the person is centred.
      if (at)
        void sigma
          .getCamera()
          .animate({ x: at.x, y: at.y, ratio: 0.35 }, { duration: 400 })
          .then(() => {
            el.dataset.focused = focused;
          });
    } else {
      focus.current = null;
      delete sigma.getContainer().dataset.focused;
    }
    sigma.refresh();
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
