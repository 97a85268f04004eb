// Importing contacts in the web app, in real Chromium against the real server: a vCard chosen with the
// file button, the same file again (nothing new), a LinkedIn export dropped on the page (dry run first),
// a CSV the app does not know through the column-mapping step, another program's export with its guessed
// columns corrected, a CRM's export whose company rows are left out; then possible duplicates merged or
// dismissed, and export, backup and restore.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { bodyOf, expectStatus } from '../app';
import { upload, waitForImport } from '../imports';
import {
  afterEachTest,
  apiTokenFor,
  artifactsDir,
  type E2E,
  gone,
  screenshot,
  seen,
  setUpOwner,
  startE2E,
} from './harness';

const OWNER = { email: 'ida.importer@example.com', password: 'correct horse battery staple' };
const fixture = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const VCARD = fixture('../fixtures/imports/vcard/ez-vcard/gmail-list.vcf');
const LINKEDIN = fixture('./fixtures/Connections.csv');
const GENERIC = fixture('./fixtures/people.csv');
const WILD = fixture('../fixtures/imports/contacts-csv/wild/generic-export.csv');
const ODOO = fixture('../fixtures/imports/contacts-csv/programs/odoo.csv');
const LDIF = fixture('../fixtures/imports/ldif/programs/thunderbird.ldif');

let e2e: E2E;
/** While set, an import started through the API waits here after each batch. */
let holdImport: ((processed: number, total: number) => Promise<void>) | undefined;

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

/** The browser's own classes used in page code (the tests are type-checked without the DOM library). */
interface BrowserGlobals {
  DataTransfer: new () => { items: { add(file: unknown): void } };
  File: new (parts: string[], name: string, options: { type: string }) => unknown;
}

/** Drops a file on the drop zone the way a desktop file manager does. */
async function dropFile(path: string, name: string): Promise<void> {
  const { page } = e2e;
  await page.goto('/import');
  const text = readFileSync(path, 'utf8');
  const dataTransfer = await page.evaluateHandle(
    ({ text, name }) => {
      const g = globalThis as unknown as BrowserGlobals;
      const dt = new g.DataTransfer();
      dt.items.add(new g.File([text], name, { type: 'text/csv' }));
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
    e2e = await startE2E({
      imports: { afterBatch: async (processed, total) => holdImport?.(processed, total) },
    });
    await setUpOwner(e2e, OWNER);
  });

  afterEach((ctx) => afterEachTest(e2e, ctx));

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

  test('the same file again, from /imports (the plural is the same page), changes nothing', async () => {
    const { page } = e2e;
    await page.goto('/imports');
    await seen(page.getByRole('heading', { name: 'Import contacts', level: 1 }));
    await chooseFile(VCARD);
    await page.getByRole('button', { name: 'Import 3 records' }).click();
    await waitUntilFinished();
    expect(await count('Created')).toBe(0);
    expect(await count('Skipped')).toBe(3);
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
  });

  test('possible duplicates: one pair merged, another dismissed, each after confirmation', async () => {
    const { page } = e2e;
    const token = await apiTokenFor(e2e);
    // Duplicates on purpose: added anyway, past the warning that the email is Chris's already.
    const add = async (body: Record<string, unknown>) => {
      const res = await e2e.testApp.call('POST', '/api/v1/people', {
        token,
        body: { ...body, allowDuplicate: true },
      });
      return bodyOf(res, 201);
    };
    // The same Chris, added by hand with the email from the vCard and a phone number typed without spaces.
    const added = await add({
      name: 'Chris Beatle',
      emails: ['chrisy55d@yahoo.com'],
      phones: ['+442079460011'],
      title: 'Drummer',
    });
    // Another Katherine at NASA Langley: a suggestion only, and in fact someone else.
    await add({ name: 'Katherine Johnston', company: 'NASA Langley' });
    await page.goto('/people');
    await seen(page.getByText('10 people in your network'));

    await page.getByRole('link', { name: 'Duplicates' }).click();
    await seen(page.getByRole('heading', { name: 'Possible duplicates', level: 1 }));
    const pairs = page.getByRole('list', { name: 'Possible duplicates' });
    const chris = pairs.getByRole('listitem', { name: 'Chris Beatle and Chris Beatle' });
    await seen(chris.getByText('same email'));
    const compare = chris.getByRole('table', { name: 'Compare Chris Beatle and Chris Beatle' });
    await seen(compare.getByText('Drummer'));
    // The phone as the person page shows it (the display format), not as it was typed.
    const shown = added.phonesDisplay[0]!;
    expect(shown).not.toBe('+442079460011');
    await seen(compare.getByText(shown));
    expect(await compare.getByText('+442079460011').count()).toBe(0);
    const kath = pairs.getByRole('listitem', { name: /Katherine Johnst?on and Katherine Johnst?on/ });
    await seen(kath);
    await screenshot(page, 'duplicates-desktop');

    await chris.getByRole('button', { name: 'Merge…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge these two people' });
    await seen(dialog.getByText('This cannot be undone', { exact: false }));
    // Two people of the same name: each is named with a detail that tells them apart.
    const who = await dialog.getByRole('radiogroup', { name: 'Who stays?' }).innerText();
    const options = who.split('\n').filter((line) => /^Chris Beatle \(.+\)$/.test(line.trim()));
    expect(options).toHaveLength(2);
    expect(new Set(options).size).toBe(2);
    await dialog.getByRole('button', { name: /^Merge into Chris Beatle \(.+\)$/ }).click();
    await seen(page.getByText('Merged into Chris Beatle'));
    await gone(chris);

    await kath.getByRole('button', { name: 'Not the same person' }).click();
    const confirm = page.getByRole('dialog', { name: 'Not the same person?' });
    await confirm.getByRole('button', { name: 'They are different people' }).click();
    await gone(kath);
    await seen(page.getByText('No possible duplicates'));

    await page.goto('/people?q=Beatle');
    await page
      .getByRole('list', { name: 'People' })
      .getByRole('link', { name: /Chris Beatle/ })
      .click();
    await seen(page.getByText('chrisy55d@yahoo.com'));
    await seen(page.getByText('+44 20 7946 0011', { exact: false }));
    await page.goto('/people');
    await seen(page.getByText('9 people in your network'));
  });

  test('export downloads files; a backup restores only into an empty account', async () => {
    const { page } = e2e;
    await page.getByRole('link', { name: 'Export & backup' }).click();
    await seen(page.getByRole('heading', { name: 'Export and backup', level: 1 }));

    const vcard = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download vCard (.vcf)' }).click();
    const vcf = await vcard;
    expect(vcf.suggestedFilename()).toMatch(/^linchpin-\d{4}-\d{2}-\d{2}\.vcf$/);
    const vcfText = readFileSync((await vcf.path())!, 'utf8');
    expect(vcfText).toContain('BEGIN:VCARD');
    expect(vcfText).toContain('Margaret Hamilton');

    const json = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download backup (.json)' }).click();
    const backup = await json;
    const backupPath = join(artifactsDir, 'e2e-backup.json');
    await backup.saveAs(backupPath);
    expect(JSON.parse(readFileSync(backupPath, 'utf8')).format).toBe('linchpin-backup');

    // This account has people: the server refuses, and says why.
    await seen(page.getByText('This account already has people', { exact: false }));
    await restoreFrom(page, backupPath);
    await seen(page.getByRole('alert').filter({ hasText: 'Not restored' }));
    await screenshot(page, 'export-desktop');

    // A second, empty account restores it.
    const other = await e2e.testApp.account('second.account@example.com');
    const context = await e2e.newContext({
      baseURL: e2e.baseUrl,
      viewport: { width: 1280, height: 900 },
    });
    try {
      const second = await context.newPage();
      await second.goto('/export');
      await second.getByRole('textbox', { name: 'Email', exact: true }).fill(other.email);
      await second.getByRole('textbox', { name: 'Password', exact: true }).fill('correct horse battery');
      await second.getByRole('button', { name: 'Sign in' }).click();
      await seen(second.getByRole('heading', { name: 'Export and backup', level: 1 }));
      await restoreFrom(second, backupPath);
      const restored = second.getByRole('status').filter({ hasText: 'Restored' });
      await seen(restored);
      // Counted in words, under no warning that contradicts it.
      await seen(restored.getByText('9 people'));
      expect(await restored.textContent()).not.toMatch(/consent_log|import_fingerprints|_/);
      expect(await second.getByText('a restore here will be refused').count()).toBe(0);
      await screenshot(second, 'restore-done');
      await second.goto('/people');
      await seen(second.getByText('9 people in your network'));
    } finally {
      await context.close();
    }
  });

  test('past imports show 20 at a time, with "Show more" for the rest', async () => {
    const { page } = e2e;
    const token = await apiTokenFor(e2e);
    const who = { id: '', email: OWNER.email, token };
    // Dry runs, so the network is not changed: the list only needs more than a page of imports.
    const before = bodyOf(await e2e.testApp.call('GET', '/api/v1/imports?limit=100', { token }), 200).items
      .length;
    for (let i = before; i < 23; i++) {
      const res = await upload(e2e.testApp, who, `Name,Email\nPaged ${i},paged${i}@example.com\n`, {
        mapping: JSON.stringify({ name: 'Name', email: 'Email' }),
        dryRun: 'true',
      });
      expectStatus(res, 202);
      await waitForImport(e2e.testApp, who, res.body.id);
    }
    await page.goto('/import');
    const list = page.getByRole('list', { name: 'Past imports' });
    await seen(list.getByRole('listitem').nth(19));
    expect(await list.getByRole('listitem').count()).toBe(20);
    await page.getByRole('button', { name: 'Show more' }).click();
    await seen(list.getByRole('listitem').nth(22));
    await gone(page.getByRole('button', { name: 'Show more' }));
    expect(await list.getByRole('listitem').count()).toBe(Math.max(23, before));
  });

  test('a long import: the page goes to the import at once and its progress bar advances', async () => {
    const { page } = e2e;
    const N = 2_500; // three batches of up to 1,000
    const rows = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
    for (let i = 0; i < N; i++)
      rows.push(`Long${i},Import${i},,long${i}@example.com,Big Co,Role,01 Jan 2024`);
    const path = join(artifactsDir, 'long-import.csv');
    writeFileSync(path, rows.join('\n'));
    // The import stops after its first batch until the page has shown that batch's progress: the page
    // must show a count between 0 and N, whatever the speed of the machine.
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const heldAt = new Promise<number>((resolve) => {
      holdImport = async (processed) => {
        holdImport = undefined;
        resolve(processed);
        await released;
      };
    });
    try {
      await dropFile(path, 'long-import.csv');
      await page.getByRole('button', { name: `Import ${N} records` }).click();
      await page.waitForURL(/\/import\/[0-9a-f-]{36}$/);
      const processed = await heldAt;
      expect(processed).toBe(1_000);
      await seen(page.getByText(`${processed} of ${N} records`, { exact: true }));
      await seen(page.getByRole('progressbar', { name: 'Import progress' }));
    } finally {
      holdImport = undefined;
      release();
    }
    await waitUntilFinished();
    expect(await count('Created')).toBe(N);
    await seen(page.getByText(`${N} records read`));
  });

  test('an export from another program: the preview shows the guessed columns, one is corrected, it imports', async () => {
    const { page } = e2e;
    await chooseFile(WILD);
    await seen(page.getByRole('heading', { name: 'Columns' }));
    await seen(
      page.getByText('Linchpin matched these columns by their names and contents', { exact: false }),
    );
    const holds = (column: string) => page.getByRole('combobox', { name: `What “${column}” holds` });
    expect(await holds('Display Name').inputValue()).toBe('Full name');
    expect(await holds('Email Work').inputValue()).toBe('Email (several columns allowed)');
    expect(await holds('Home Mobile').inputValue()).toBe('Phone (several columns allowed)');
    // Home and work cities are two addresses; a second job-title column is left out, and says why.
    expect(await holds('Work City').inputValue()).toBe('City (several columns allowed)');
    expect(await holds('Home City').inputValue()).toBe('City (several columns allowed)');
    expect(await holds('Position').inputValue()).toBe('Ignore this column');
    await seen(page.getByText('Not imported: “Job Title” is already the job title'));
    // The user corrects one column: the department is kept as a tag.
    await holds('Department').click();
    await page.getByRole('option', { name: 'Tags (several columns allowed)', exact: true }).click();
    expect(await holds('Department').inputValue()).toBe('Tags (several columns allowed)');
    await screenshot(page, 'import-guessed-columns-desktop');
    await page.getByRole('button', { name: 'Import 3 records' }).click();
    await waitUntilFinished();
    expect(await count('Created')).toBe(3);
    expect(await count('Failed')).toBe(0);

    await page.goto('/people?q=Okafor');
    await page
      .getByRole('list', { name: 'People' })
      .getByRole('link', { name: /Amara Okafor/ })
      .click();
    await seen(page.getByText('Riverbend Analytics', { exact: false }));
    await seen(page.getByText('research', { exact: true }));
  });

  test('an export that marks its companies: the preview names that column, and a company row is skipped and shown as needing attention', async () => {
    const { page } = e2e;
    await chooseFile(ODOO);
    await seen(page.getByRole('heading', { name: 'Columns' }));
    const holds = (column: string) => page.getByRole('combobox', { name: `What “${column}” holds` });
    expect(await holds('Is a Company').inputValue()).toBe(
      'Person or organisation (organisations are not imported)',
    );
    await page.getByRole('button', { name: 'Import 3 records' }).click();
    await waitUntilFinished();
    expect(await count('Created')).toBe(2);
    expect(await count('Skipped')).toBe(1);
    const company = page
      .getByRole('list', { name: 'Import report' })
      .getByRole('listitem')
      .filter({ hasText: 'Brouwerij De Kat' });
    await seen(company.getByText('The file marks this row as an organisation', { exact: false }));
    await screenshot(page, 'import-organisation-skipped');
  });

  test('an LDIF address book (Thunderbird) is detected, imports without a mapping, and its mailing list is shown as skipped', async () => {
    const { page } = e2e;
    await chooseFile(LDIF);
    await seen(page.getByRole('status').filter({ hasText: /Detected: .*LDIF address book/i }));
    await seen(page.getByLabel('Keep photos'));
    await page.getByRole('button', { name: 'Import 4 records' }).click();
    await waitUntilFinished();
    expect(await count('Created')).toBe(3);
    expect(await count('Skipped')).toBe(1);
    const list = page
      .getByRole('list', { name: 'Import report' })
      .getByRole('listitem')
      .filter({ hasText: 'Design friends' });
    await seen(list.getByText('This entry is a mailing list', { exact: false }));
  });
});

async function restoreFrom(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a backup file…' }).click();
  await (await chooser).setFiles(path);
  await page
    .getByRole('dialog', { name: 'Restore this backup?' })
    .getByRole('button', { name: 'Restore' })
    .click();
}
