// The network picture on the page: a WebGL canvas for dots and lines (gl-picture.ts), a 2D canvas over it
// for names, a camera the mouse pans (drag) and zooms (wheel), a click that opens the person under the
// pointer (picking.ts) and a focus that keeps one person and their neighbours in colour. It draws on demand,
// once per animation frame at most. A large picture draws only its dots while the camera moves: lines and
// names come back the moment it rests.
import type { BuiltGraph } from './build-graph';
import { NODE_COLOUR, rgb } from './build-graph';
import {
  between,
  type CameraState,
  clipMatrix,
  type Frame,
  frameOf,
  HOME,
  type Point,
  panBy,
  pinch,
  renderedSize,
  type Viewport,
  zoomAt,
} from './camera';
import { EDGE_FLOATS, GlPicture, NODE_FLOATS } from './gl-picture';
import { placeLabels } from './labels';
import { nodeAt } from './picking';

const FADED = rgb('#e9ecef');
const NODE = rgb(NODE_COLOUR);
/** A focused person's ring. */
const RING = rgb('#212529');
/** One wheel notch (100 px of delta or more) zooms by this much; a trackpad's small deltas, by a share of it. */
const WHEEL_ZOOM = 1.6;
const WHEEL_NOTCH_PX = 100;
/** A wheel reporting lines (deltaMode 1) instead of pixels: pixels per line. */
const WHEEL_LINE_PX = 33;
/** The camera counts as moving until this long after the last wheel step. */
const WHEEL_REST_MS = 150;
/** A press that travels less than this (CSS px) is a click, not a drag. */
const CLICK_SLOP = 4;
const LABEL_HEIGHT = 16;

export interface PictureOptions {
  /** Hide lines and names while the camera moves. */
  large: boolean;
  /** Smallest rendered radius that gets a name. */
  labelMinSize: number;
  onOpen: (index: number) => void;
}

export class Picture {
  private readonly gl: GlPicture;
  private readonly glCanvas: HTMLCanvasElement;
  private readonly labelCanvas: HTMLCanvasElement;
  private readonly labelContext: CanvasRenderingContext2D;
  private readonly labelWidths = new Map<number, number>();
  private readonly font: string;
  private readonly resize: ResizeObserver;
  private readonly cleanups: (() => void)[] = [];
  private viewport: Viewport = { width: 1, height: 1 };
  private pixelRatio = 1;
  private camera: CameraState = HOME;
  private frame: Frame = { cx: 0, cy: 0, span: 1 };
  /** x, y pairs in the unit square. */
  private unit: Float32Array;
  private drawOrder: Uint32Array;
  private focus: { node: number; near: Set<number> } | null = null;
  private hovered = -1;
  private moving = false;
  private restTimer: ReturnType<typeof setTimeout> | undefined;
  private frameRequest = 0;
  /** The next frame redraws the WebGL canvas too (a hover only rewrites the names). */
  private glStale = true;
  private geometryStale = true;
  private animation: { cancel(): void } | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly graph: BuiltGraph,
    private readonly options: PictureOptions,
  ) {
    const n = graph.ids.length;
    this.unit = new Float32Array(n * 2);
    // Hubs come first from the API: drawn last, so they sit on top.
    this.drawOrder = Uint32Array.from({ length: n }, (_, k) => n - 1 - k);
    this.glCanvas = this.layer();
    this.labelCanvas = this.layer();
    this.labelCanvas.style.pointerEvents = 'none';
    // Drags pan the picture on touch screens too, instead of scrolling the page.
    this.glCanvas.style.touchAction = 'none';
    const ctx = this.labelCanvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw the picture (no 2D canvas)');
    this.labelContext = ctx;
    this.font = `12px ${getComputedStyle(container).fontFamily || 'sans-serif'}`;
    this.gl = new GlPicture(this.glCanvas, () => {
      this.geometryStale = true;
      this.requestRender();
    });
    this.setPositions(graph.positions);
    this.fit();
    this.resize = new ResizeObserver(() => {
      this.fit();
      this.requestRender();
    });
    this.resize.observe(container);
    this.bindPointer();
  }

  private layer(): HTMLCanvasElement {
    const c = document.createElement('canvas');
    c.style.position = 'absolute';
    c.style.inset = '0';
    c.style.width = '100%';
    c.style.height = '100%';
    this.container.appendChild(c);
    return c;
  }

  private fit() {
    const r = this.container.getBoundingClientRect();
    this.viewport = { width: Math.max(1, r.width), height: Math.max(1, r.height) };
    this.pixelRatio = window.devicePixelRatio || 1;
    for (const c of [this.glCanvas, this.labelCanvas]) {
      c.width = Math.round(this.viewport.width * this.pixelRatio);
      c.height = Math.round(this.viewport.height * this.pixelRatio);
    }
  }

  /** New layout positions (graph units): re-fitted into the unit square, the camera kept. */
  setPositions(positions: Float64Array) {
    this.frame = frameOf(positions);
    const { cx, cy, span } = this.frame;
    for (let i = 0; i < this.unit.length; i++)
      this.unit[i] = 0.5 + (positions[i]! - (i % 2 === 0 ? cx : cy)) / span;
    this.geometryStale = true;
    this.requestRender();
  }

  /** Draws now (the first frame, synchronously), instead of at the next animation frame. */
  renderNow() {
    cancelAnimationFrame(this.frameRequest);
    this.frameRequest = 0;
    this.glStale = true;
    this.render();
  }

  requestRender(gl = true) {
    this.glStale ||= gl;
    if (this.frameRequest) return;
    this.frameRequest = requestAnimationFrame(() => {
      this.frameRequest = 0;
      this.render();
    });
  }

  /** Where the node is, in the camera's terms. */
  positionOf(index: number): { x: number; y: number } {
    return { x: this.unit[2 * index]!, y: this.unit[2 * index + 1]! };
  }

  /** Keeps `index` and its neighbours in colour (null: everyone), and moves the camera to them. */
  setFocus(index: number | null): Promise<void> {
    this.focus =
      index === null ? null : { node: index, near: new Set([index, ...this.graph.neighbours(index)]) };
    const n = this.graph.ids.length;
    if (this.focus) {
      const { near, node } = this.focus;
      const order: number[] = [];
      for (let i = n - 1; i >= 0; i--) if (!near.has(i)) order.push(i);
      for (let i = n - 1; i >= 0; i--) if (near.has(i) && i !== node) order.push(i);
      order.push(node);
      this.drawOrder = Uint32Array.from(order);
    } else this.drawOrder = Uint32Array.from({ length: n }, (_, k) => n - 1 - k);
    this.geometryStale = true;
    this.requestRender();
    if (index === null) return Promise.resolve();
    return this.animateTo({ ...this.positionOf(index), ratio: 0.35 }, 400);
  }

  private animateTo(target: CameraState, durationMs: number): Promise<void> {
    this.animation?.cancel();
    const from = this.camera;
    const start = performance.now();
    return new Promise((resolve) => {
      let request = 0;
      const tick = () => {
        const t = Math.min(1, (performance.now() - start) / durationMs);
        this.camera = between(from, target, t);
        this.glStale = true;
        this.render();
        if (t < 1) request = requestAnimationFrame(tick);
        else {
          this.animation = null;
          resolve();
        }
      };
      this.animation = { cancel: () => cancelAnimationFrame(request) };
      request = requestAnimationFrame(tick);
    });
  }

  private buildGeometry() {
    const { graph, unit, focus } = this;
    const nodes = new Float32Array((this.drawOrder.length + (focus ? 1 : 0)) * NODE_FLOATS);
    let o = 0;
    const put = (i: number, size: number, colour: readonly number[]) => {
      nodes[o++] = unit[2 * i]!;
      nodes[o++] = unit[2 * i + 1]!;
      nodes[o++] = size;
      nodes[o++] = colour[0]!;
      nodes[o++] = colour[1]!;
      nodes[o++] = colour[2]!;
    };
    for (const i of this.drawOrder) {
      // The focused person is last in the draw order, on a ring: a larger dark point under their dot.
      if (focus && i === focus.node) put(i, graph.sizes[i]! + 2, RING);
      put(i, graph.sizes[i]!, focus && !focus.near.has(i) ? FADED : NODE);
    }
    this.gl.setNodes(nodes);

    const m = graph.edges.length / 2;
    const kept: number[] = [];
    for (let j = 0; j < m; j++)
      if (!focus || graph.edges[2 * j] === focus.node || graph.edges[2 * j + 1] === focus.node) kept.push(j);
    const all = new Float32Array(kept.length * 2 * EDGE_FLOATS);
    const thickCount = kept.reduce((s, j) => s + graph.edgeThick[j]!, 0);
    const thick = new Float32Array(thickCount * 2 * EDGE_FLOATS);
    let a = 0;
    let t = 0;
    for (const j of kept) {
      for (const end of [graph.edges[2 * j]!, graph.edges[2 * j + 1]!]) {
        const v = [
          unit[2 * end]!,
          unit[2 * end + 1]!,
          graph.edgeColours[3 * j]!,
          graph.edgeColours[3 * j + 1]!,
          graph.edgeColours[3 * j + 2]!,
        ];
        all.set(v, a);
        a += EDGE_FLOATS;
        if (graph.edgeThick[j]) {
          thick.set(v, t);
          t += EDGE_FLOATS;
        }
      }
    }
    this.gl.setEdges(all, thick);
    this.geometryStale = false;
  }

  private render() {
    if (this.geometryStale) this.buildGeometry();
    const quiet = !this.options.large || !this.moving;
    if (this.glStale) this.drawGl(quiet);
    this.drawLabels(quiet);
  }

  private drawGl(edges: boolean) {
    this.glStale = false;
    this.gl.draw({
      matrix: clipMatrix(this.camera, this.viewport),
      sizeScale: this.pixelRatio * renderedSize(1, this.camera),
      width: this.glCanvas.width,
      height: this.glCanvas.height,
      edges,
      edgeWidth: this.options.large ? 1 : 2,
    });
  }

  private drawLabels(show: boolean) {
    const ctx = this.labelContext;
    ctx.setTransform(this.pixelRatio, 0, 0, this.pixelRatio, 0, 0);
    ctx.clearRect(0, 0, this.viewport.width, this.viewport.height);
    if (!show && this.hovered < 0) return;
    ctx.font = this.font;
    ctx.textBaseline = 'middle';
    const width = (i: number) => {
      let w = this.labelWidths.get(i);
      if (w === undefined) {
        w = ctx.measureText(this.graph.labels[i]!).width;
        this.labelWidths.set(i, w);
      }
      return w;
    };
    const { focus } = this;
    // Hovered and focused people are named first, whatever their size; then the largest dots.
    const first = [this.hovered, focus?.node ?? -1].filter((i) => i >= 0);
    const rest = function* (graph: BuiltGraph) {
      for (let i = 0; i < graph.ids.length; i++) if (!focus || focus.near.has(i)) yield i;
    };
    const placed = [
      ...placeLabels(this.unit, this.graph.sizes, first, this.camera, this.viewport, {
        minSize: 0,
        max: 2,
        width,
        height: LABEL_HEIGHT,
      }),
    ];
    if (show)
      placed.push(
        ...placeLabels(this.unit, this.graph.sizes, rest(this.graph), this.camera, this.viewport, {
          minSize: this.options.labelMinSize,
          max: 150,
          width,
          height: LABEL_HEIGHT,
        }).filter((l) => !first.includes(l.node)),
      );
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.fillStyle = '#212529';
    for (const l of placed) {
      const label = this.graph.labels[l.node]!;
      ctx.font = l.node === focus?.node || l.node === this.hovered ? `600 ${this.font}` : this.font;
      ctx.strokeText(label, l.x, l.y);
      ctx.fillText(label, l.x, l.y);
    }
  }

  private setMoving() {
    this.moving = true;
    clearTimeout(this.restTimer);
  }

  private rest(afterMs: number) {
    clearTimeout(this.restTimer);
    this.restTimer = setTimeout(() => {
      this.moving = false;
      // How far in the picture is zoomed, for tests and tools that read the page (1: all of it in view).
      this.container.dataset.zoom = (1 / this.camera.ratio).toFixed(2);
      this.requestRender();
    }, afterMs);
  }

  private pointer(e: { clientX: number; clientY: number }) {
    const r = this.glCanvas.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  private pick(x: number, y: number) {
    return nodeAt(this.unit, this.graph.sizes, this.drawOrder, this.camera, this.viewport, x, y);
  }

  private bindPointer() {
    const el = this.glCanvas;
    let press: { id: number; x: number; y: number; dragged: boolean } | null = null;
    const on = <K extends keyof HTMLElementEventMap>(
      type: K,
      handler: (e: HTMLElementEventMap[K]) => void,
      options?: AddEventListenerOptions,
    ) => {
      el.addEventListener(type, handler, options);
      this.cleanups.push(() => el.removeEventListener(type, handler, options));
    };
    on(
      'wheel',
      (e) => {
        e.preventDefault();
        this.animation?.cancel();
        const at = this.pointer(e);
        this.setMoving();
        const px = e.deltaMode === 1 ? e.deltaY * WHEEL_LINE_PX : e.deltaY;
        const notches = Math.max(-1, Math.min(1, px / WHEEL_NOTCH_PX));
        this.camera = zoomAt(this.camera, this.viewport, at.x, at.y, WHEEL_ZOOM ** notches);
        this.requestRender();
        this.rest(WHEEL_REST_MS);
      },
      { passive: false },
    );
    // Every finger (or the mouse) on the picture; two of them pinch: pan and zoom at once.
    const down = new Map<number, Point>();
    const pinching = () => down.size >= 2;
    on('pointerdown', (e) => {
      if (e.button !== 0) return;
      const at = this.pointer(e);
      down.set(e.pointerId, at);
      el.setPointerCapture(e.pointerId);
      if (pinching()) {
        // A second finger: not a click, and whatever the first was doing is now a pinch.
        press = null;
        this.animation?.cancel();
        this.setMoving();
        this.setHovered(-1);
        return;
      }
      press = { id: e.pointerId, ...at, dragged: false };
    });
    on('pointermove', (e) => {
      const at = this.pointer(e);
      if (pinching() && down.has(e.pointerId)) {
        const [a, b] = [...down.keys()] as [number, number];
        const before: [Point, Point] = [down.get(a)!, down.get(b)!];
        down.set(e.pointerId, at);
        this.camera = pinch(this.camera, this.viewport, before, [down.get(a)!, down.get(b)!]);
        this.requestRender();
        return;
      }
      if (down.has(e.pointerId)) down.set(e.pointerId, at);
      if (press && press.id === e.pointerId) {
        if (!press.dragged && Math.hypot(at.x - press.x, at.y - press.y) < CLICK_SLOP) return;
        if (!press.dragged) {
          press.dragged = true;
          this.animation?.cancel();
          this.setMoving();
          this.setHovered(-1);
        }
        this.camera = panBy(this.camera, this.viewport, at.x - press.x, at.y - press.y);
        press.x = at.x;
        press.y = at.y;
        this.requestRender();
        return;
      }
      this.setHovered(this.pick(at.x, at.y));
    });
    const lift = (e: PointerEvent) => {
      const wasPinch = pinching();
      down.delete(e.pointerId);
      if (!wasPinch) return;
      // From a pinch to one finger: that finger drags on, from where it is.
      const [id, at] = [...down.entries()][0] ?? [];
      press = id === undefined || !at ? null : { id, ...at, dragged: true };
      if (!press) this.rest(0);
    };
    const release = (e: PointerEvent) => {
      const wasPinch = pinching();
      lift(e);
      if (wasPinch || !press || press.id !== e.pointerId) return;
      const wasDrag = press.dragged;
      press = null;
      if (wasDrag) {
        this.rest(0);
        return;
      }
      const at = this.pointer(e);
      const hit = this.pick(at.x, at.y);
      if (hit >= 0) this.options.onOpen(hit);
    };
    on('pointerup', release);
    on('pointercancel', (e) => {
      lift(e);
      if (press?.id === e.pointerId) press = null;
      this.rest(0);
    });
    on('pointerleave', () => this.setHovered(-1));
  }

  private setHovered(i: number) {
    if (i === this.hovered) return;
    this.hovered = i;
    this.glCanvas.style.cursor = i >= 0 ? 'pointer' : '';
    this.requestRender(false);
  }

  kill() {
    cancelAnimationFrame(this.frameRequest);
    clearTimeout(this.restTimer);
    this.animation?.cancel();
    this.resize.disconnect();
    for (const c of this.cleanups) c();
    this.gl.kill();
    this.glCanvas.remove();
    this.labelCanvas.remove();
  }
}
