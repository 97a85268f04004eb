import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:4377';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await browser.newContext({ viewport: { width: Number(process.env.W ?? 390), height: 844 } });
const page = await ctx.newPage();
const errors = [];
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`); });
await page.goto(base + '/');
await page.getByLabel(/email/i).first().fill('demo@example.com');
await page.getByLabel(/password/i).first().fill('linchpin-demo');
await page.getByRole('button', { name: /sign in/i }).click();
await page.waitForTimeout(2500);
for (const path of process.argv.slice(2)) {
  await page.goto(base + path);
  await page.waitForTimeout(Number(process.env.WAIT ?? 4000));
  const name = path.replace(/[^a-z0-9]+/gi, '_') || 'root';
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: false });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  console.log(path, 'horizontal overflow px:', overflow);
}
console.log(errors.slice(0, 10).join('\n'));
await browser.close();
