// A 2,000-person network in real Chromium (issue 11): the list shows the total, sorts, filters by where
// people came from, and tags everyone matching in one action, with Undo.
import { mkdirSync } from 'node:fs';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { imports, people } from '../../src/db/schema';
import { insertPeople, type PersonValues } from '../../src/people/repository';
import {
  afterEachTest,
  artifactsDir,
  type E2E,
  screenshot,
  seen,
  setUpOwner,
  signedInAccountId,
  startE2E,
} from './harness';

const OWNER = { email: 'many.friends@example.com', password: 'correct horse battery staple' };
const IMPORTED = 1_200;
const BY_HAND = 800;

let e2e: E2E;
let accountId = '';

const values = (i: number): PersonValues => ({
  name: `Person ${String(i).padStart(4, '0')}`,
  trust: (i % 5) + 1,
  introPreferences: { askFirst: false, maxRequestsPerMonth: null, doNotIntroduce: false, valuedHelp: [] },
});

describe('a 2,000-person list in the web app', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    e2e = await startE2E();
    await setUpOwner(e2e, OWNER);
    accountId = await signedInAccountId(e2e);
    const db = e2e.testApp.database.db;
    const [imported] = await db
      .insert(imports)
      .values({ accountId, status: 'succeeded', format: 'linkedin', fileName: 'contacts.csv' })
      .returning();
    const all = Array.from({ length: IMPORTED + BY_HAND }, (_, i) => values(i));
    for (let i = 0; i < all.length; i += 500) {
      const rows = all
        .slice(i, i + 500)
        .map((v, j) =>
          i + j < IMPORTED ? { ...v, sourceKind: 'import' as const, sourceImportId: imported!.id } : v,
        );
      await insertPeople(db, accountId, rows);
    }
  });

  afterEach((ctx) => afterEachTest(e2e, ctx));
  afterAll(async () => {
    await e2e?.close();
  });

  test('shows how many people there are, and sorts by trust, highest first', async () => {
    const { page } = e2e;
    await page.getByRole('link', { name: 'People' }).first().click();
    await seen(page.getByText('2,000 people in your network · showing 50'));
    await page.getByRole('combobox', { name: 'Sort by' }).click();
    await page.getByRole('option', { name: 'Trust, highest first' }).click();
    expect(new URL(page.url()).searchParams.get('sort')).toBe('trust');
    // Trust 5 is every fifth person from Person 0004; ties go by id, so only the trust is certain.
    const first = page.getByRole('list', { name: 'People' }).getByRole('link').first();
    const firstNumber = async () => Number((await first.textContent())?.match(/Person (\d{4})/)?.[1]);
    await expect.poll(async () => (await firstNumber()) % 5, { timeout: 15_000 }).toBe(4);
  });

  test('filters by the import people came from', async () => {
    const { page } = e2e;
    await page.getByRole('combobox', { name: 'Source' }).click();
    await page.getByRole('option', { name: /^LinkedIn import \(contacts\.csv\), .* \(1,200\)$/ }).click();
    await seen(page.getByText('1,200 people match · showing 50'));
    expect(new URL(page.url()).searchParams.get('source')).toMatch(/^[0-9a-f-]{36}$/);
    // The chosen import is named in full (file, day and count), not cut off in the box.
    const box = page.getByRole('combobox', { name: 'Source' });
    expect(await box.inputValue()).toMatch(/^LinkedIn import \(contacts\.csv\), .* \(1,200\)$/);
    expect(await box.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await screenshot(page, 'people-list-source-filter');
  });

  test('tags all 1,200 matching in one action, and Undo takes the tag off again', async () => {
    const { page } = e2e;
    const tagged = () =>
      e2e.testApp.database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(people)
        .where(and(eq(people.accountId, accountId), sql`${people.tags} @> array['met at websummit']::text[]`))
        .then((r) => r[0]!.n);
    await page.getByRole('checkbox', { name: 'Select everyone shown' }).check();
    await seen(page.getByText('50 people selected'));
    await page.getByRole('button', { name: 'Select all 1,200 people matching' }).click();
    await seen(page.getByText('1,200 people selected'));
    await page.getByRole('button', { name: 'Add tag' }).click();
    await page.getByRole('textbox', { name: 'Tag' }).fill('Met at WebSummit');
    await page.getByRole('dialog').getByRole('button', { name: 'Add tag' }).click();
    await seen(page.getByText('Tagged 1,200 people “met at websummit”'));
    expect(await tagged()).toBe(IMPORTED);
    await seen(page.getByText('met at websummit').nth(1));
    await screenshot(page, 'people-list-2000-bulk-tagged');
    await page.getByRole('button', { name: 'Undo' }).click();

    await seen(page.getByText('Undone'));
    expect(await tagged()).toBe(0);
  });

  test('draws a person\'s initials from their name without the title before it ("Dr. Maya Okafor" is MO)', async () => {
    const { page } = e2e;
    await insertPeople(e2e.testApp.database.db, accountId, [{ ...values(9999), name: 'Dr. Maya Okafor' }]);
    await page.getByRole('link', { name: 'People' }).first().click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('okafor');
    const row = page.getByRole('list', { name: 'People' }).getByRole('link', { name: /Dr\. Maya Okafor/ });
    await seen(row);
    expect(await row.locator('.mantine-Avatar-root').textContent()).toBe('MO');
    await row.click();
    await seen(page.getByRole('heading', { name: 'Dr. Maya Okafor', level: 1 }));
    expect(await page.locator('main .mantine-Avatar-root').first().textContent()).toBe('MO');
  });
});
