import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:47811';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await b.newPage({ viewport: { width: 1280, height: 1000 }, baseURL: base });
await page.goto('/suggestions');
await page.getByRole('textbox', { name: 'Email', exact: true }).fill('demo@example.com');
await page.getByRole('textbox', { name: 'Password', exact: true }).fill('linchpin-demo');
await page.getByRole('button', { name: 'Sign in' }).click();
await page.waitForTimeout(4000);
await page.screenshot({ path: '/tmp/mu-shots/01-suggestions.png', fullPage: true });
// Tess's person page (hand-built junk needs)
await page.goto('/people/' + process.argv[2]);
await page.waitForTimeout(3000);
await page.screenshot({ path: '/tmp/mu-shots/02-tess.png', fullPage: true });
await b.close();
