// Drives the network page in Chromium for bench/network/network.ts and profile.ts: waits for the page's
// marks, records frame intervals with requestAnimationFrame, and pans and zooms the camera with the mouse.
// Scripts run in the page are passed as text: these files are type-checked without the DOM's types.
import type { Page } from 'playwright-core';
import { percentile, round } from '../lib/stats';

// Each recording has its own generation: a loop of an earlier recording whose last callback is still
// queued stops instead of running on beside the new one (two loops would record each frame twice, as
// intervals of 0 ms).
const START_FRAMES = `(() => {
  const generation = (window.__frameGeneration = (window.__frameGeneration || 0) + 1);
  window.__frames = [];
  const tick = (t) => {
    if (window.__frameGeneration !== generation) return;
    window.__frames.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
const STOP_FRAMES = '(() => { window.__frameGeneration += 1; return window.__frames; })()';

export const WEBGL_RENDERER = `(() => {
  const gl = document.createElement('canvas').getContext('webgl2');
  const info = gl && gl.getExtension('WEBGL_debug_renderer_info');
  return info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'no WebGL2';
})()`;

/** The mark's time since navigation start, and how long the page's fetch of the graph took. */
export const firstRenderTimes = (mark: string) => `(() => {
  const first = performance.getEntriesByName(${JSON.stringify(mark)})[0].startTime;
  const api = performance.getEntriesByType('resource').find((r) => r.name.includes('/api/v1/network'));
  return { first, fetch: api ? api.responseEnd - api.startTime : NaN };
})()`;

/** Each of `marks` since navigation start (NaN when not set). */
export const markTimes = (marks: readonly string[]) => `(() => ${JSON.stringify(marks)}.map((m) => {
  const e = performance.getEntriesByName(m)[0];
  return e ? e.startTime : NaN;
}))()`;

/** Polls `expression` in the page (the app's CSP forbids the eval that waitForFunction needs). */
export async function until(page: Page, expression: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate<boolean>(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await page.waitForTimeout(20);
  }
}

export interface FrameStats {
  frames: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  over33: number;
}

/** Frame intervals (ms) the page records while `drive` runs. */
export async function framesWhile(page: Page, drive: () => Promise<void>): Promise<FrameStats> {
  await page.evaluate(START_FRAMES);
  await drive();
  const stamps = await page.evaluate<number[]>(STOP_FRAMES);
  const intervals = stamps.slice(1).map((t, i) => t - stamps[i]!);
  intervals.sort((a, b) => a - b);
  return {
    frames: intervals.length,
    p50Ms: round(percentile(intervals, 50)),
    p95Ms: round(percentile(intervals, 95)),
    maxMs: round(intervals.at(-1) ?? Number.NaN),
    over33: intervals.filter((x) => x > 33.4).length,
  };
}

/** 4 wheel zoom-ins, 3 drags of 20 steps, 4 zoom-outs over the middle of the picture. */
export async function panAndZoom(page: Page) {
  const box = (await page.getByTestId('network-canvas').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 4; i++) {
    await page.mouse.wheel(0, -240);
    await page.waitForTimeout(300);
  }
  for (const [dx, dy] of [
    [200, 0],
    [0, 150],
    [-250, -100],
  ] as const) {
    await page.mouse.down();
    for (let s = 1; s <= 20; s++) await page.mouse.move(cx + (dx * s) / 20, cy + (dy * s) / 20);
    await page.mouse.up();
    await page.mouse.move(cx, cy);
    await page.waitForTimeout(200);
  }
  for (let i = 0; i < 4; i++) {
    await page.mouse.wheel(0, 240);
    await page.waitForTimeout(300);
  }
}
