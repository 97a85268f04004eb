// The network picture in real Chromium (WebGL on SwiftShader here): with no introductions it says what to
// do; with the demo network (`linchpin demo`) it draws and arranges the picture; the search box focuses a
// person, and clicking that person in the picture opens their page; when the browser takes the WebGL
// context away (a GPU reset) and gives it back, the picture draws again; on a touch screen two fingers
// spread apart zoom in. Screenshots go to test-artifacts/.
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { expectStatus } from '../app';
import { inProcessCli } from '../cli';
import {
  afterEachTest,
  apiTokenFor,
  artifactsDir,
  type E2E,
  screenshot,
  seen,
  setUpOwner,
  startE2E,
} from './harness';

const OWNER = { email: 'nell.network@example.com', password: 'correct horse battery staple' };

let e2e: E2E;
let token = '';

/**
 * How many pixels of the picture's WebGL layer are painted in colour, read from what the browser actually
 * composited (a screenshot of the element, decoded by the page itself; the script is a string because this
 * file is compiled without the DOM's types). Names are drawn in grey on a separate 2D layer, and the page's
 * background is white or grey, so they do not count.
 */
async function colouredPixels(page: Page): Promise<number> {
  const png = (await page.getByTestId('network-canvas').screenshot()).toString('base64');
  return page.evaluate<number>(`(async () => {
    const image = new Image();
    image.src = 'data:image/png;base64,${png}';
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, image.width, image.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]) > 60) n++;
    }
    return n;
  })()`);
}

/** Asks the browser to take the picture's WebGL context away, or to give it back (WEBGL_lose_context). */
async function setContextLost(page: Page, lost: boolean): Promise<void> {
  await page.evaluate(
    lost
      ? `(() => {
          const canvas = document.querySelector('[data-testid="network-canvas"] canvas');
          window.__loseContext = canvas.getContext('webgl2').getExtension('WEBGL_lose_context');
          window.__loseContext.loseContext();
        })()`
      : 'window.__loseContext.restoreContext()',
  );
}

/** Signs in within `context` through the API (its cookie lands there) and opens the picture, arranged. */
async function settledPictureIn(context: BrowserContext) {
  expect((await context.request.post('/api/v1/auth/signin', { data: OWNER })).status()).toBe(200);
  const page = await context.newPage();
  await page.goto('/network');
  const canvas = page.getByTestId('network-canvas');
  await canvas.and(page.locator('[data-layout="settled"]')).waitFor({ timeout: 30_000 });
  return { page, canvas };
}

describe('the network picture in the web app', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    e2e = await startE2E();
    await setUpOwner(e2e, OWNER);
    token = await apiTokenFor(e2e);
  });

  afterEach((ctx) => afterEachTest(e2e, ctx));

  afterAll(async () => {
    await e2e?.close();
  });

  test('with no introductions yet, the page says how the picture fills', async () => {
    const { page } = e2e;
    await page.getByRole('link', { name: 'Network' }).first().click();
    await seen(page.getByRole('heading', { name: 'Network', level: 1 }));
    await seen(page.getByText('No introductions or referrals yet'));
    await seen(page.getByRole('link', { name: 'Propose an introduction' }));
    await screenshot(page, 'network-empty');
  });

  test('renders the demo network, and a person found and clicked in the picture opens', async () => {
    const { page } = e2e;
    const ran = await inProcessCli(e2e.testApp.deps)(['demo', '--account', OWNER.email]);
    expect(ran.code, ran.stderr).toBe(0);
    const graph = await e2e.testApp.call('GET', '/api/v1/network', { token });
    expectStatus(graph, 200);
    expect(graph.body.edges.length).toBeGreaterThan(0);
    const hub: { id: string; name: string } = graph.body.nodes[0]!;

    await page.goto('/network');
    const canvas = page.getByTestId('network-canvas');
    await seen(canvas.locator('canvas'));
    await seen(page.getByText(`${graph.body.nodes.length} people`, { exact: false }));
    await canvas.and(page.locator('[data-layout="settled"]')).waitFor({ timeout: 30_000 });
    await seen(page.getByRole('list', { name: 'Legend' }));
    await screenshot(page, 'network-demo');

    // Found by name: the picture centres on them and fades everyone not next to them.
    await page.getByRole('combobox', { name: 'Find a person' }).fill(hub.name);
    await page.getByRole('option', { name: hub.name }).first().click();
    await seen(page.getByLabel('Focused person').getByRole('link', { name: hub.name }));
    await canvas.and(page.locator(`[data-focused="${hub.id}"]`)).waitFor();
    await screenshot(page, 'network-demo-focused');

    // The focused person sits at the centre of the picture: a click there opens them.
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the picture has no box');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL(`**/people/${hub.id}`);
    await seen(page.getByRole('heading', { name: hub.name, level: 1 }));
  });

  test('draws again after the browser took its WebGL context away and gave it back', async () => {
    const { page } = e2e;
    await page.goto('/network');
    const canvas = page.getByTestId('network-canvas');
    await canvas.and(page.locator('[data-layout="settled"]')).waitFor({ timeout: 30_000 });
    await expect.poll(() => colouredPixels(page), { timeout: 10_000 }).toBeGreaterThan(500);
    const drawn = await colouredPixels(page);

    await setContextLost(page, true);
    await expect.poll(() => colouredPixels(page), { timeout: 10_000 }).toBeLessThan(drawn / 10);
    await screenshot(page, 'network-context-lost');

    await setContextLost(page, false);
    await expect.poll(() => colouredPixels(page), { timeout: 10_000 }).toBeGreaterThan(drawn / 2);
    await screenshot(page, 'network-context-restored');
  });

  test('on a touch screen, two fingers spread apart zoom the picture in', async () => {
    const context = await e2e.newContext({ viewport: { width: 900, height: 900 }, hasTouch: true });
    try {
      const { page, canvas } = await settledPictureIn(context);
      const box = await canvas.boundingBox();
      if (!box) throw new Error('the picture has no box');
      const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
      // Real touch input through the browser's DevTools protocol: two points, moved apart in steps.
      const cdp = await context.newCDPSession(page);
      const fingers = (apart: number) => [
        { x: cx - apart, y: cy, id: 1 },
        { x: cx + apart, y: cy, id: 2 },
      ];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(40) });
      for (let apart = 50; apart <= 160; apart += 10) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(apart) });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      // Spread to four times the distance: zoomed in about four times.
      await expect
        .poll(async () => Number(await canvas.getAttribute('data-zoom')), { timeout: 10_000 })
        .toBeGreaterThan(3);
      await screenshot(page, 'network-pinched');
    } finally {
      await context.close();
    }
  });

  test('on a phone the picture fits the screen and no name runs past its edges', async () => {
    const context = await e2e.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const { page, canvas } = await settledPictureIn(context);
      // Names are drawn once the camera rests.
      await page.waitForTimeout(500);
      await screenshot(page, 'network-phone');
      const box = await canvas.boundingBox();
      if (!box) throw new Error('the picture has no box');
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      // Painted pixels of the names' layer in its outermost columns: a name cut off by an edge paints there.
      const atEdges = await page.evaluate<{ names: number; left: number; right: number }>(`(() => {
        const layer = document.querySelectorAll('[data-testid="network-canvas"] canvas')[1];
        const ctx = layer.getContext('2d');
        const count = (x) => {
          const { data } = ctx.getImageData(x, 0, 2, layer.height);
          let n = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
          return n;
        };
        const all = ctx.getImageData(0, 0, layer.width, layer.height).data;
        let names = 0;
        for (let i = 3; i < all.length; i += 4) if (all[i] > 0) names++;
        return { names, left: count(0), right: count(layer.width - 2) };
      })()`);
      expect(atEdges.names, 'the picture writes names at all').toBeGreaterThan(0);
      expect(atEdges.left, 'name pixels at the left edge').toBe(0);
      expect(atEdges.right, 'name pixels at the right edge').toBe(0);
    } finally {
      await context.close();
    }
  });
});
