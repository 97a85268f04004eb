// The picture's WebGL: every dot is one point (gl.POINTS) and every edge one line (gl.LINES), drawn with
// plain `drawArrays` from interleaved buffers. This machine's Chromium renders WebGL on the CPU
// (SwiftShader), where instanced drawing costs tens of microseconds per item: sigma drew each node as an
// instanced quad, twice (screen and picking), ~200 ms a frame at 5,000 people; points take ~10 ms
// (bench/README.md, "Network picture", third pass).

const NODE_VS = `#version 300 es
in vec2 a_pos;
in float a_size;
in vec3 a_color;
uniform mat3 u_matrix;
uniform float u_sizeScale;
out vec3 v_color;
out float v_radius;
void main() {
  gl_Position = vec4((u_matrix * vec3(a_pos, 1.0)).xy, 0.0, 1.0);
  v_radius = a_size * u_sizeScale;
  // One device pixel of margin for the soft edge.
  gl_PointSize = 2.0 * v_radius + 2.0;
  v_color = a_color;
}`;

const NODE_FS = `#version 300 es
precision mediump float;
in vec3 v_color;
in float v_radius;
out vec4 o;
void main() {
  float d = length(gl_PointCoord - 0.5) * (2.0 * v_radius + 2.0);
  float a = clamp(v_radius + 0.5 - d, 0.0, 1.0);
  if (a <= 0.0) discard;
  o = vec4(v_color * a, a);
}`;

const EDGE_VS = `#version 300 es
in vec2 a_pos;
in vec3 a_color;
uniform mat3 u_matrix;
uniform vec2 u_offset;
out vec3 v_color;
void main() {
  gl_Position = vec4((u_matrix * vec3(a_pos, 1.0)).xy + u_offset, 0.0, 1.0);
  v_color = a_color;
}`;

const EDGE_FS = `#version 300 es
precision mediump float;
in vec3 v_color;
uniform float u_alpha;
out vec4 o;
void main() { o = vec4(v_color * u_alpha, u_alpha); }`;

/** Floats per node vertex: x, y, size, r, g, b. */
export const NODE_FLOATS = 6;
/** Floats per edge vertex: x, y, r, g, b (two vertices an edge). */
export const EDGE_FLOATS = 5;

interface Drawable {
  program: WebGLProgram;
  vao: WebGLVertexArrayObject;
  buffer: WebGLBuffer;
  count: number;
  uniforms: Record<string, WebGLUniformLocation | null>;
}

function compile(gl: WebGL2RenderingContext, vs: string, fs: string): WebGLProgram {
  const program = gl.createProgram();
  for (const [type, source] of [
    [gl.VERTEX_SHADER, vs],
    [gl.FRAGMENT_SHADER, fs],
  ] as const) {
    const shader = gl.createShader(type);
    if (!shader) throw new Error('WebGL: no shader');
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS))
      throw new Error(`WebGL: ${gl.getShaderInfoLog(shader) ?? 'shader did not compile'}`);
    gl.attachShader(program, shader);
  }
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS))
    throw new Error(`WebGL: ${gl.getProgramInfoLog(program) ?? 'program did not link'}`);
  return program;
}

function drawable(
  gl: WebGL2RenderingContext,
  program: WebGLProgram,
  attributes: [name: string, size: number][],
  uniforms: string[],
): Drawable {
  const vao = gl.createVertexArray();
  const buffer = gl.createBuffer();
  gl.bindVertexArray(vao);
  gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
  const stride = attributes.reduce((s, [, n]) => s + n, 0) * 4;
  let offset = 0;
  for (const [name, size] of attributes) {
    const at = gl.getAttribLocation(program, name);
    if (at >= 0) {
      gl.enableVertexAttribArray(at);
      gl.vertexAttribPointer(at, size, gl.FLOAT, false, stride, offset);
    }
    offset += size * 4;
  }
  gl.bindVertexArray(null);
  gl.bindBuffer(gl.ARRAY_BUFFER, null);
  return {
    program,
    vao,
    buffer,
    count: 0,
    uniforms: Object.fromEntries(uniforms.map((u) => [u, gl.getUniformLocation(program, u)])),
  };
}

/** Makes `program` current. */
function select(gl: WebGL2RenderingContext, program: WebGLProgram) {
  // biome-ignore lint/correctness/useHookAtTopLevel: WebGL's useProgram, not a React hook
  gl.useProgram(program);
}

export interface DrawParams {
  matrix: Float32Array;
  /** Device pixels per CSS pixel of a dot's radius (pixel ratio, and the zoom's growth). */
  sizeScale: number;
  /** Device pixels. */
  width: number;
  height: number;
  edges: boolean;
  /** 2: every line drawn a second and third time a device pixel aside (a small picture's lines read better). */
  edgeWidth: 1 | 2;
}

/** Where each copy of a line is drawn (device pixels): WebGL lines are one pixel wide here. */
const LINE_COPIES = {
  1: [[0, 0]],
  2: [
    [0, 0],
    [1, 0],
    [0, 1],
  ],
} as const;
/** A referral's extra copies, so the second kind reads thicker. */
const THICK_COPIES = {
  1: [[1, 1]],
  2: [
    [1, 1],
    [-1, 0],
    [0, -1],
  ],
} as const;

/** The programs and buffers of one WebGL context: made again when a lost context comes back. */
interface Resources {
  nodes: Drawable;
  edges: Drawable;
  thickEdges: Drawable;
}

function createResources(gl: WebGL2RenderingContext): Resources {
  const nodeProgram = compile(gl, NODE_VS, NODE_FS);
  const edgeProgram = compile(gl, EDGE_VS, EDGE_FS);
  const edgeAttributes: [string, number][] = [
    ['a_pos', 2],
    ['a_color', 3],
  ];
  const edgeUniforms = ['u_matrix', 'u_offset', 'u_alpha'];
  return {
    nodes: drawable(
      gl,
      nodeProgram,
      [
        ['a_pos', 2],
        ['a_size', 1],
        ['a_color', 3],
      ],
      ['u_matrix', 'u_sizeScale'],
    ),
    edges: drawable(gl, edgeProgram, edgeAttributes, edgeUniforms),
    thickEdges: drawable(gl, edgeProgram, edgeAttributes, edgeUniforms),
  };
}

export class GlPicture {
  private readonly gl: WebGL2RenderingContext;
  private resources: Resources;
  private readonly cleanups: (() => void)[] = [];

  /**
   * `onRestored` is told when the browser gave back a context it had taken (a GPU reset, a laptop waking,
   * too many WebGL pages): every buffer is empty then, so the owner uploads the picture again and redraws.
   */
  constructor(canvas: HTMLCanvasElement, onRestored: () => void = () => {}) {
    const gl = canvas.getContext('webgl2', { antialias: false, premultipliedAlpha: true, alpha: true });
    if (!gl) throw new Error('This browser cannot draw the picture (no WebGL2)');
    this.gl = gl;
    this.resources = createResources(gl);
    // Without preventDefault the browser never restores the context, and the picture stays blank.
    const lost = (e: Event) => e.preventDefault();
    const restored = () => {
      this.resources = createResources(gl);
      onRestored();
    };
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    this.cleanups.push(() => {
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
    });
  }

  private get nodes() {
    return this.resources.nodes;
  }
  private get edges() {
    return this.resources.edges;
  }
  private get thickEdges() {
    return this.resources.thickEdges;
  }

  private upload(d: Drawable, data: Float32Array, floatsPerVertex: number) {
    const gl = this.gl;
    gl.bindBuffer(gl.ARRAY_BUFFER, d.buffer);
    gl.bufferData(gl.ARRAY_BUFFER, data, gl.DYNAMIC_DRAW);
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    d.count = data.length / floatsPerVertex;
  }

  /** Node vertices back to front (NODE_FLOATS each). */
  setNodes(data: Float32Array) {
    this.upload(this.nodes, data, NODE_FLOATS);
  }

  /** Edge vertices (EDGE_FLOATS each, two an edge); `thick` are drawn a second time, a pixel aside. */
  setEdges(all: Float32Array, thick: Float32Array) {
    this.upload(this.edges, all, EDGE_FLOATS);
    this.upload(this.thickEdges, thick, EDGE_FLOATS);
  }

  draw(p: DrawParams) {
    const gl = this.gl;
    // Lost: nothing can be drawn until the context is restored (which uploads and redraws).
    if (gl.isContextLost()) return;
    gl.viewport(0, 0, p.width, p.height);
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    if (p.edges && this.edges.count > 0) {
      select(gl, this.edges.program);
      for (const [d, copies] of [
        [this.edges, LINE_COPIES[p.edgeWidth]],
        [this.thickEdges, THICK_COPIES[p.edgeWidth]],
      ] as const) {
        if (d.count === 0) continue;
        gl.uniformMatrix3fv(d.uniforms.u_matrix!, false, p.matrix);
        gl.uniform1f(d.uniforms.u_alpha!, 0.8);
        gl.bindVertexArray(d.vao);
        for (const [ox, oy] of copies) {
          gl.uniform2f(d.uniforms.u_offset!, (2 * ox) / p.width, (2 * oy) / p.height);
          gl.drawArrays(gl.LINES, 0, d.count);
        }
      }
    }
    if (this.nodes.count > 0) {
      select(gl, this.nodes.program);
      gl.uniformMatrix3fv(this.nodes.uniforms.u_matrix!, false, p.matrix);
      gl.uniform1f(this.nodes.uniforms.u_sizeScale!, p.sizeScale);
      gl.bindVertexArray(this.nodes.vao);
      gl.drawArrays(gl.POINTS, 0, this.nodes.count);
    }
    gl.bindVertexArray(null);
  }

  /** Waits for the GPU to finish what was drawn (a 1-pixel read): how the profile times a frame's GPU work. */
  finish() {
    const px = new Uint8Array(4);
    this.gl.readPixels(0, 0, 1, 1, this.gl.RGBA, this.gl.UNSIGNED_BYTE, px);
  }

  kill() {
    for (const cleanup of this.cleanups) cleanup();
    const gl = this.gl;
    for (const d of [this.nodes, this.edges, this.thickEdges]) {
      gl.deleteBuffer(d.buffer);
      gl.deleteVertexArray(d.vao);
    }
    gl.deleteProgram(this.nodes.program);
    gl.deleteProgram(this.edges.program);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  }
}
