// Insights in real Chromium on the demo network: the page is in the nav, draws a chart per series, shows
// the quality sentence and a chart's table with the API's own numbers, downloads a chart's CSV, and says
// what to do for a period with nothing in it. Screenshots are artifacts.
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { generateDemoNetwork } from '../../src/demo/generator';
import { bringDemoToLife } from '../../src/demo/life';
import { loadDemoNetwork } from '../../src/demo/load';
import type { Insights } from '../../src/domain/insights/insights';
import { formatCalendarDate } from '../../web/src/lib/dates';
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
    // The period's days are written as the rest of the app writes days, not in the browser's format.
    const period = page.getByRole('form', { name: 'Period' });
    expect(await period.getByRole('textbox', { name: 'From' }).inputValue()).toBe(
      formatCalendarDate(figures.from),
    );
    expect(await period.getByRole('textbox', { name: 'To' }).inputValue()).toBe(
      formatCalendarDate(figures.to),
    );
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

  test('a side nobody was asked on in the period is said in words, not left as a blank place in the bars', async () => {
    const { page } = e2e;
    const token = await apiTokenFor(e2e);
    // A month of the demo in which some were asked, but not on every side.
    let month: Insights | undefined;
    for (let back = 0; back < 12 && !month; back++) {
      const start = new Date(`${figures.to.slice(0, 7)}-01T00:00:00Z`);
      start.setUTCMonth(start.getUTCMonth() - back);
      const end = new Date(start);
      end.setUTCMonth(end.getUTCMonth() + 1);
      end.setUTCDate(0);
      const range = `from=${start.toISOString().slice(0, 10)}&to=${end.toISOString().slice(0, 10)}`;
      const answered = bodyOf(await e2e.testApp.call('GET', `/api/v1/insights?${range}`, { token }), 200);
      if (typeof answered === 'string' || !('from' in answered)) throw new Error('insights did not answer');
      const asked = answered.consent.rows.map((r) => r.asked > 0);
      if (asked.includes(true) && asked.includes(false)) month = answered;
    }
    if (!month) throw new Error('no month of the demo has a side nobody was asked on');
    await page.getByRole('textbox', { name: 'From' }).fill(month.from);
    await page.getByRole('textbox', { name: 'To' }).fill(month.to);
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    const consent = page.getByRole('region', { name: 'Consent and time to answer, per side' });
    await seen(consent.locator('.recharts-surface'));
    const sideWords = { first: 'first', second: 'second', parallel: 'at the same time as the other side' };
    for (const r of month.consent.rows) {
      const words = consent.getByText(`No one was asked ${sideWords[r.side]} in this period.`);
      expect(await words.count(), `the sentence for the ${r.side} side`).toBe(r.asked === 0 ? 1 : 0);
    }
    await screenshot(page, 'insights-side-nobody-asked');
  });

  test('a period with nothing in it says what to do', async () => {
    const { page } = e2e;
    const from = page.getByRole('textbox', { name: 'From' });
    const to = page.getByRole('textbox', { name: 'To' });
    await from.fill('1 January 2001');
    await to.fill('2001-03-31');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await seen(page.getByText('No introductions proposed in this period.'));
    expect(await from.inputValue()).toBe('1 Jan 2001');
    expect(await to.inputValue()).toBe('31 Mar 2001');
    await seen(page.getByText('No referrals dated in this period.'));
    await screenshot(page, 'insights-empty-period');
  });
});
