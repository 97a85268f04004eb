// Insights in real Chromium on the demo network: the page is in the nav, draws a chart per series, shows
// the quality sentence and a chart's table with the API's own numbers, downloads a chart's CSV, and says
// what to do for a period with nothing in it. Screenshots are artifacts.
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { generateDemoNetwork } from '../../src/demo/generator';
import { bringDemoToLife } from '../../src/demo/life';
import { loadDemoNetwork } from '../../src/demo/load';
import type { Insights } from '../../src/domain/insights/insights';
import { bodyOf } from '../app';
import {
  afterEachTest,
  apiTokenFor,
  artifactsDir,
  type E2E,
  screenshot,
  seen,
  setUpOwner,
  signedInAccountId,
  startE2E,
} from './harness';

const OWNER = { email: 'ida.insights@example.com', password: 'correct horse battery staple' };

let e2e: E2E;
let figures: Insights;

describe('Insights', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    e2e = await startE2E();
    await setUpOwner(e2e, OWNER);
    const token = await apiTokenFor(e2e);
    const accountId = await signedInAccountId(e2e);
    const { db, config } = e2e.testApp.deps;
    const now = e2e.testApp.clock.now();
    const network = generateDemoNetwork({ seed: 1, now, timeZone: 'UTC' });
    const { ids } = await loadDemoNetwork(db, accountId, network, now);
    await bringDemoToLife({ db, config }, accountId, network, ids, now);
    const answered = bodyOf(await e2e.testApp.call('GET', '/api/v1/insights', { token }), 200);
    if (typeof answered === 'string' || !('from' in answered)) {
      throw new Error(`insights answered ${JSON.stringify(answered)}, not the figures`);
    }
    figures = answered;
  });
  afterEach((ctx) => afterEachTest(e2e, ctx));
  afterAll(async () => {
    await e2e?.close();
  });

  test('the demo network charts every series, with the API’s numbers as a table and CSV', async () => {
    const { page } = e2e;
    await page.getByRole('link', { name: 'Insights' }).click();
    await seen(page.getByRole('heading', { name: 'Insights', level: 1 }));
    const q = figures.quality.thisYear;
    await seen(
      page.getByRole('heading', { name: `Introductions that helped: ${q.helped} of ${q.judged} this year` }),
    );
    // The demo has introductions in every state, so the outcome, consent and quality charts are drawn.
    expect(figures.outcomes.rows.some((r) => r.total > 0)).toBe(true);
    const outcomes = page.getByRole('region', { name: 'Introductions per month, by outcome' });
    await seen(outcomes.locator('.recharts-surface'));
    await seen(
      page.getByRole('region', { name: 'Consent and time to answer, per side' }).locator('.recharts-surface'),
    );
    expect(await page.locator('.recharts-surface').count()).toBeGreaterThanOrEqual(4);
    await screenshot(page, 'insights-demo-charts');

    await outcomes.getByRole('button', { name: 'Show as table' }).click();
    const table = outcomes.getByRole('table', { name: 'Introductions per month, by outcome as a table' });
    await seen(table);
    const busiest = [...figures.outcomes.rows].sort((a, b) => b.total - a.total)[0]!;
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: busiest.month, exact: true }) });
    await expect(row.getByRole('cell').last().textContent()).resolves.toBe(String(busiest.total));
    await screenshot(page, 'insights-demo-table');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      outcomes.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(csv[0]).toBe(
      'month,met_helpful,met_not_fit,business_done,not_met,no_show,declined,expired,cancelled,open,total',
    );
    expect(
      csv
        .find((l) => l.startsWith(`${busiest.month},`))
        ?.split(',')
        .at(-1),
    ).toBe(String(busiest.total));
  });

  test('a period with nothing in it says what to do', async () => {
    const { page } = e2e;
    await page.getByRole('textbox', { name: 'From' }).fill('2001-01-01');
    await page.getByRole('textbox', { name: 'To' }).fill('2001-03-31');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await seen(page.getByText('No introductions proposed in this period.'));
    await seen(page.getByText('No referrals dated in this period.'));
    await screenshot(page, 'insights-empty-period');
  });
});
