// The network picture in real Chromium (WebGL on SwiftShader here): with no introductions it says what to
// do; with the demo network (`linchpin demo`) it draws and arranges the picture; the search box focuses a
// person, and clicking that person in the picture opens their page. Screenshots go to test-artifacts/.
import { mkdirSync } from 'node:fs';
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
});
