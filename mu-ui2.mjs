import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:47811';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await b.newPage({ viewport: { width: 1280, height: 1000 }, baseURL: base });
await page.goto('/people/' + process.argv[2]);
await page.getByRole('textbox', { name: 'Email', exact: true }).fill('demo@example.com');
await page.getByRole('textbox', { name: 'Password', exact: true }).fill('linchpin-demo');
await page.getByRole('button', { name: 'Sign in' }).click();
await page.waitForTimeout(3000);
await page.getByRole('button', { name: 'Add need' }).click();
await page.waitForTimeout(500);
await page.screenshot({ path: '/tmp/mu-shots/03-addneed-form.png' });
const dlg = page.getByRole('dialog');
const tb = (await dlg.count()) ? dlg.getByRole('textbox').first() : page.getByRole('textbox').first();
await tb.fill('An accountant to file our company tax return before the deadline');
await page.keyboard.press('Enter');
for (const ms of [300, 1500, 4000, 10000]) {
  await page.waitForTimeout(ms);
  const t = await page.locator('body').innerText();
  const i = t.indexOf('For “An accountant');
  console.log(ms, JSON.stringify(t.slice(i, i + 300)));
  await page.screenshot({ path: `/tmp/mu-shots/04-after-${ms}.png`, fullPage: true });
}
await b.close();
