// Importing contacts in the web app, in real Chromium against the real server: a vCard chosen with the
// file button, the same file again (nothing new), a LinkedIn export dropped on the page (dry run first),
// and a CSV the app does not know, through the column-mapping step.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { artifactsDir, type E2E, screenshot, seen, setUpOwner, startE2E } from './harness';

const OWNER = { email: 'ida.importer@example.com', password: 'correct horse battery staple' };
const fixture = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const VCARD = fixture('../fixtures/imports/vcard/ez-vcard/gmail-list.vcf');
const LINKEDIN = fixture('./fixtures/Connections.csv');
const GENERIC = fixture('./fixtures/people.csv');

let e2e: E2E;

/** The summary's number for one outcome, e.g. count('Created'). */
async function count(label: string): Promise<number> {
  const item = e2e.page
    .getByRole('list', { name: 'Summary' })
    .getByRole('listitem', { name: new RegExp(`^${label}:`) });
  const name = (await (await seen(item)).getAttribute('aria-label')) ?? '';
  return Number(name.split(': ')[1]);
}

async function waitUntilFinished(): Promise<void> {
  await seen(e2e.page.getByLabel('Status: Finished'), 30_000);
}

async function chooseFile(path: string): Promise<void> {
  const { page } = e2e;
  await page.goto('/import');
  await seen(page.getByRole('heading', { name: 'Import contacts', level: 1 }));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a file' }).click();
  await (await chooser).setFiles(path);
}

/** Drops a file on the drop zone the way a desktop file manager does. */
async function dropFile(path: string, name: string): Promise<void> {
  const { page } = e2e;
  await page.goto('/import');
  const text = readFileSync(path, 'utf8');
  const dataTransfer = await page.evaluateHandle(
    ({ text, name }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'text/csv' }));
      return dt;
    },
    { text, name },
  );
  const zone = page.getByRole('region', { name: 'Drop a contacts file here' });
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
}

describe('importing contacts in the web app', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    e2e = await startE2E();
    await setUpOwner(e2e, OWNER);
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') {
      await screenshot(e2e.page, `failed-${ctx.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(
        () => {},
      );
    }
  });

  afterAll(async () => {
    await e2e?.close();
  });

  test('an empty network points at import; a vCard imports with progress and a summary', async () => {
    const { page } = e2e;
    await page.goto('/people');
    await seen(page.getByText('Import your contacts from your phone, LinkedIn or Google', { exact: false }));
    await page.getByRole('link', { name: 'Import contacts' }).click();
    await seen(page.getByRole('heading', { name: 'Import contacts', level: 1 }));

    await chooseFile(VCARD);
    await seen(page.getByRole('status').filter({ hasText: /Detected: .*vCard/i }));
    await seen(page.getByText('3 records found', { exact: false }));
    await screenshot(page, 'import-setup-desktop');
    await page.getByRole('button', { name: 'Import 3 records' }).click();

    await seen(page.getByRole('progressbar', { name: 'Import progress' }));
    await waitUntilFinished();
    expect(await count('Created')).toBe(3);
    expect(await count('Merged')).toBe(0);
    expect(await count('Failed')).toBe(0);
    await page.getByRole('radiogroup', { name: 'Show records' }).getByText('All', { exact: true }).click();
    await seen(page.getByRole('list', { name: 'Import report' }).getByRole('link', { name: 'Doug White' }));
    await screenshot(page, 'import-summary-desktop');

    await page.getByRole('link', { name: 'See people' }).click();
    await seen(page.getByRole('list', { name: 'People' }).getByRole('link', { name: /Chris Beatle/ }));
    await seen(page.getByText('3 people in your network'));
  });

  test('the same file again changes nothing', async () => {
    const { page } = e2e;
    await chooseFile(VCARD);
    await page.getByRole('button', { name: 'Import 3 records' }).click();
    await waitUntilFinished();
    expect(await count('Created')).toBe(0);
    expect(await count('Unchanged')).toBe(3);
    await page.goto('/people');
    await seen(page.getByText('3 people in your network'));
  });

  test('a dropped LinkedIn export: a dry run writes nothing, then the import merges by email', async () => {
    const { page } = e2e;
    await dropFile(LINKEDIN, 'Connections.csv');
    await seen(page.getByRole('status').filter({ hasText: /Detected: .*LinkedIn/i }));
    await page.getByRole('switch', { name: 'Dry run' }).check();
    await page.getByRole('button', { name: 'Dry run 4 records' }).click();
    await waitUntilFinished();
    await seen(page.getByText('Nothing was written'));
    expect(await count('Would be created')).toBe(3);
    expect(await count('Would be merged')).toBe(1);
    await page.goto('/people');
    await seen(page.getByText('3 people in your network'));

    await dropFile(LINKEDIN, 'Connections.csv');
    await page.getByRole('button', { name: 'Import 4 records' }).click();
    await waitUntilFinished();
    expect(await count('Created')).toBe(3);
    expect(await count('Merged')).toBe(1);
    await page.goto('/import');
    const past = page.getByRole('list', { name: 'Past imports' });
    await seen(past.getByRole('link', { name: /Connections\.csv/ }));
    expect(await past.getByRole('link').count()).toBe(4);
    await seen(past.getByText('Dry run'));
    await page.goto('/people?q=Hamilton');
    await seen(page.getByRole('list', { name: 'People' }).getByRole('link', { name: /Margaret Hamilton/ }));
  });

  test('a CSV the app does not know goes through the column-mapping step', async () => {
    const { page } = e2e;
    await chooseFile(GENERIC);
    await seen(page.getByRole('heading', { name: 'Columns' }));
    const columns = page.getByRole('list', { name: 'Columns' });
    await seen(columns.getByText('Linus Pauling', { exact: false }));
    const set = async (column: string, field: string) => {
      await page.getByRole('combobox', { name: `What “${column}” holds` }).click();
      await page.getByRole('option', { name: field, exact: true }).click();
    };
    await set('Who', 'Full name');
    await set('Mail', 'Email (several columns allowed)');
    await set('Firm', 'Company');
    await set('Remarks', 'Notes (several columns allowed)');
    await screenshot(page, 'import-mapping-desktop');
    await page.getByRole('button', { name: 'Import 2 records' }).click();
    await waitUntilFinished();
    expect(await count('Created')).toBe(2);

    await page.goto('/people?q=Franklin');
    await page
      .getByRole('list', { name: 'People' })
      .getByRole('link', { name: /Rosalind Franklin/ })
      .click();
    await seen(page.getByText("King's College London", { exact: false }));
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/import');
    await seen(page.getByRole('list', { name: 'Past imports' }));
    await screenshot(page, 'import-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(e2e.problems.filter((p) => !/status of (401|404|409|422)/.test(p))).toEqual([]);
  });
});
