// The web app in real Chromium against the real server and database, as a new user would use it:
// first-run setup, adding a person with a need, finding them, editing, validation, deleting, signing out.
// The steps share one browser session and run in order.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { expectStatus } from '../app';
import { afterEachTest, artifactsDir, type E2E, gone, seen, startE2E } from './harness';

const OWNER = { email: 'ada.owner@example.com', password: 'correct horse battery staple' };
const NEED = 'A mechanical engineer who can build the difference engine';

let e2e: E2E;
let personUrl = '';

const shot = (name: string) =>
  e2e.page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });

describe('people in the web app', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    e2e = await startE2E();
  });

  afterEach((ctx) => afterEachTest(e2e, ctx));

  afterAll(async () => {
    await e2e?.close();
  });

  test('a fresh install asks for the owner account and signs them in', async () => {
    const { page } = e2e;
    await page.goto('/');
    await seen(page.getByRole('heading', { name: 'Welcome to Linchpin' }));
    expect(new URL(page.url()).pathname).toBe('/setup');

    await page.getByRole('textbox', { name: 'Email', exact: true }).fill(OWNER.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(OWNER.password);
    await page.getByRole('textbox', { name: 'Password', exact: true }).press('Enter');

    // Today is the home page after sign-in.
    await seen(page.getByRole('heading', { name: 'Today', level: 1 }));
    await seen(page.getByRole('button', { name: `Account menu for ${OWNER.email}` }));
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('link', { name: 'People' }).first().click();
    await seen(page.getByRole('heading', { name: 'People', level: 1 }));
    await seen(page.getByText('No people yet'));
    expect(new URL(page.url()).pathname).toBe('/people');
  });

  test('an invalid email is shown next to the email input, from the server', async () => {
    const { page } = e2e;
    await page.getByRole('link', { name: 'Add person' }).click();
    await seen(page.getByRole('heading', { name: 'Add a person' }));
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Ada Lovelace');
    // Passes the light client check (has an @) but not the server's email rule.
    await page.getByRole('textbox', { name: 'Email 1', exact: true }).fill('ada@analytical');
    await page.getByRole('button', { name: 'Add person' }).click();

    await seen(page.getByText('Please correct the highlighted field.'));
    const email = page.getByRole('textbox', { name: 'Email 1', exact: true });
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    const descriptions = await Promise.all(
      describedBy
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    expect(descriptions.join(' ')).toContain('must be an email address');
    // Still on the form: nothing was created.
    expect(new URL(page.url()).pathname).toBe('/people/new');
    await shot('person-form-invalid-email');
  });

  test('list fields work from the keyboard: a new row takes the cursor, removing one keeps it nearby', async () => {
    const { page } = e2e;
    /** What has the keyboard focus: its accessible label, or (a button) its text. */
    const focused = async () => {
      const el = page.locator(':focus');
      return (await el.getAttribute('aria-label')) ?? (await el.textContent());
    };

    await page.getByRole('button', { name: 'Add email' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('ada@second.example');
    expect(await page.getByRole('textbox', { name: 'Email 2', exact: true }).inputValue()).toBe(
      'ada@second.example',
    );
    await page.getByRole('button', { name: 'Remove email 2' }).focus();
    await page.keyboard.press('Enter');
    await gone(page.getByRole('textbox', { name: 'Email 2', exact: true }));
    expect(await focused()).toBe('Email 1');

    // Removing the only row leaves the cursor on the button that adds one back.
    await page.getByRole('button', { name: 'Add phone' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('+44 20 7946 0000');
    expect(await page.getByRole('textbox', { name: 'Phone 1', exact: true }).inputValue()).toBe(
      '+44 20 7946 0000',
    );
    await page.getByRole('button', { name: 'Remove phone 1' }).focus();
    await page.keyboard.press('Enter');
    await gone(page.getByRole('textbox', { name: 'Phone 1', exact: true }));
    expect(await focused()).toBe('Add phone');

    // A row with several inputs: the cursor goes where you type (the criterion, not its checkbox). A new
    // person starts with the account's criteria, and this account keeps none.
    await page.getByRole('button', { name: 'Add criterion' }).focus();
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('Criterion 1');
    await page.keyboard.type('Worked with them');
    await page.getByRole('button', { name: 'Add criterion' }).focus();
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('Criterion 2');
    await page.getByRole('button', { name: 'Remove criterion 2' }).focus();
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('Criterion 1');
  });

  test('a number out of range stays as typed and is flagged, not silently changed', async () => {
    const { page } = e2e;
    const requests = page.getByRole('textbox', { name: 'Most introduction requests per month', exact: true });
    await requests.fill('-5');
    await requests.press('Tab');
    await seen(page.getByText('Enter a whole number from 0 to 100, or leave it empty for no limit'));
    expect(await requests.inputValue()).toBe('-5');
    expect(await requests.getAttribute('aria-invalid')).toBe('true');
    await requests.fill('');
  });

  test('creates a person, then a need for them', async () => {
    const { page } = e2e;
    await page.getByRole('textbox', { name: 'Email 1', exact: true }).fill('ada@analytical-engines.example');
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Mathematician');
    await page.getByRole('textbox', { name: 'Company', exact: true }).fill('Analytical Engines Ltd');
    await page.getByRole('textbox', { name: 'Location', exact: true }).fill('London');
    const tags = page.getByRole('combobox', { name: 'Tags' });
    await tags.fill('mathematics');
    await tags.press('Enter');
    await tags.fill('computing');
    await tags.press('Enter');
    await page
      .getByRole('textbox', { name: 'Blurb', exact: true })
      .fill('Wrote the first published algorithm. Brilliant at seeing what machines could become.');
    await page.getByRole('radiogroup', { name: 'Trust' }).getByText('5', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Criterion 1 is met' }).check();
    await page.getByRole('textbox', { name: 'Private notes', exact: true }).fill('Prefers letters to calls.');
    await page.getByRole('button', { name: 'Add person' }).click();

    await seen(page.getByRole('heading', { name: 'Ada Lovelace', level: 1 }));
    personUrl = new URL(page.url()).pathname;
    expect(await page.title()).toBe('Ada Lovelace · Linchpin');
    expect(personUrl).toMatch(/^\/people\/[0-9a-f-]{36}$/);
    await seen(page.getByText('Mathematician at Analytical Engines Ltd'));
    await seen(page.getByRole('img', { name: 'Trust 5 of 5' }));
    await seen(page.getByText('Prefers letters to calls.'));
    await seen(page.getByText('Never leaves your account', { exact: false }));
    // With no contact yet the strength says so in words, once: no bar at 0 with a lone "0" beside it, and
    // no bullet list of a single reason.
    await seen(page.getByText('No contact logged yet', { exact: true }));
    expect(await page.getByText(/^No contact (logged )?yet\.?$/).count()).toBe(1);
    expect(await page.getByLabel('Relationship strength 0 of 100').count()).toBe(0);
    expect(await page.getByRole('list', { name: 'Why this strength' }).count()).toBe(0);
    await shot('person-no-contact');

    await page.getByRole('button', { name: 'Add need' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a need for Ada Lovelace' });
    await seen(dialog);
    await dialog.getByRole('textbox', { name: 'What do they need?', exact: true }).fill(NEED);
    await dialog.getByRole('textbox', { name: 'What do they need?', exact: true }).press('Enter');
    await gone(dialog);
    const needs = page.getByRole('region', { name: 'Needs' });
    await seen(needs.getByText(NEED));
    await seen(needs.getByText('Open', { exact: true }));

    await page.getByRole('button', { name: 'Log interaction' }).click();
    const logDialog = page.getByRole('dialog', { name: 'Log an interaction with Ada Lovelace' });
    await logDialog
      .getByRole('textbox', { name: 'Note', exact: true })
      .fill('Talked about Bernoulli numbers.');
    await logDialog.getByRole('button', { name: 'Add interaction' }).click();
    await gone(logDialog);
    await seen(page.getByRole('region', { name: 'Timeline' }).getByText('Talked about Bernoulli numbers.'));
    // The person's own view reads the new contact without a reload.
    await seen(page.getByText(/^Last contact /));
  });

  test('settings: an API token is shown once, works, and stops working when revoked; sign-ups open', async () => {
    const { page } = e2e;
    await page.getByRole('link', { name: 'Settings' }).click();
    await seen(page.getByRole('heading', { name: 'Settings', level: 1 }));

    await page.getByRole('textbox', { name: 'Token name', exact: true }).fill('CI script');
    await page.getByRole('textbox', { name: 'Token name', exact: true }).press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Your new API token' });
    await seen(dialog.getByText('It is shown only once'));
    const token = ((await dialog.getByLabel('API token').textContent()) ?? '').trim();
    expect(token.length).toBeGreaterThan(20);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await gone(dialog);
    await seen(page.getByRole('table', { name: 'API tokens' }).getByText('CI script'));

    // The token acts as this account: add a second person through the API with it.
    const created = await e2e.testApp.call('POST', '/api/v1/people', {
      token,
      body: { name: 'Charles Babbage', company: 'Babbage & Sons', tags: ['engineering'] },
    });
    expectStatus(created, 201);

    await page.getByRole('button', { name: 'Revoke CI script' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke this token?' });
    await confirm.getByRole('button', { name: 'Revoke token' }).click();
    await gone(confirm);
    await gone(page.getByRole('table', { name: 'API tokens' }));
    expect((await e2e.testApp.call('GET', '/api/v1/people', { token })).status).toBe(401);

    // A visitor without an account sees that sign-ups are closed until the owner opens them.
    const visitorContext = await e2e.newContext();
    const visitor = await visitorContext.newPage();
    await visitor.goto('/signup');
    await seen(visitor.getByText('Sign-ups are closed'));
    // The switch shows the server's setting, so it turns on once the change is saved (not on the click
    // itself, which is what locator.check() would insist on).
    const allow = page.getByRole('switch', { name: 'Allow sign-ups' });
    await allow.click();
    await seen(page.getByText('Sign-ups are now open'));
    await expect.poll(() => allow.isChecked()).toBe(true);
    await visitor.reload();
    await seen(visitor.getByRole('button', { name: 'Create account' }));
    await visitorContext.close();
  });

  test('finds the person by searching for their need, with "/" to focus the search', async () => {
    const { page } = e2e;
    await page.getByRole('link', { name: 'People' }).first().click();
    await seen(page.getByRole('heading', { name: 'People', level: 1 }));
    await page.keyboard.press('/');
    await page.keyboard.type('difference engine');
    const results = page.getByRole('list', { name: 'People' });
    await seen(results.getByRole('link', { name: /Ada Lovelace/ }));
    await seen(page.getByText('1 person match'));
    expect(new URL(page.url()).searchParams.get('q')).toBe('difference engine');

    await page.getByRole('searchbox', { name: 'Search' }).fill('zebra husbandry');
    await seen(page.getByText('No one matches'));
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await seen(results.getByRole('link', { name: /Charles Babbage/ }));
    await seen(page.getByText('2 people in your network'));

    // Tag filter: only people carrying the tag.
    await page.getByRole('combobox', { name: 'Tags' }).click();
    await page.getByRole('option', { name: 'mathematics (1)' }).click();
    await seen(page.getByText('1 person match'));
    await gone(results.getByRole('link', { name: /Charles Babbage/ }));
    await seen(results.getByRole('link', { name: /Ada Lovelace/ }));
    expect(new URL(page.url()).searchParams.getAll('tag')).toEqual(['mathematics']);
    await page.keyboard.press('Escape');
    await shot('people-list-desktop');
  });

  test('leaving the form with unsaved changes asks first; Cancel stays, Discard leaves', async () => {
    const { page } = e2e;
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    const confirm = page.getByRole('dialog', { name: 'Discard your changes?' });
    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    await page
      .getByRole('list', { name: 'People' })
      .getByRole('link', { name: /Ada Lovelace/ })
      .click();
    await page.getByRole('link', { name: 'Edit' }).click();
    await seen(page.getByRole('heading', { name: 'Edit Ada Lovelace' }));
    const editUrl = new URL(page.url()).pathname;

    // Nothing changed: leaving is not questioned.
    await nav.getByRole('link', { name: 'Today' }).click();
    await seen(page.getByRole('heading', { name: 'Today', level: 1 }));
    await page.goBack();
    await seen(page.getByRole('heading', { name: 'Edit Ada Lovelace' }));

    await name.fill('Ada King');
    await nav.getByRole('link', { name: 'Today' }).click();
    await seen(confirm);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await gone(confirm);
    expect(new URL(page.url()).pathname).toBe(editUrl);
    expect(await name.inputValue()).toBe('Ada King');

    // The browser's Back button asks too.
    await page.goBack();
    await seen(confirm);
    await page.keyboard.press('Escape');
    await gone(confirm);
    expect(new URL(page.url()).pathname).toBe(editUrl);
    expect(await name.inputValue()).toBe('Ada King');

    await nav.getByRole('link', { name: 'Today' }).click();
    await confirm.getByRole('button', { name: 'Discard changes' }).click();
    await seen(page.getByRole('heading', { name: 'Today', level: 1 }));

    // Closing the tab: the browser's own prompt, only when something changed.
    const tab = await e2e.context.newPage();
    await tab.goto(editUrl);
    await seen(tab.getByRole('heading', { name: 'Edit Ada Lovelace' }));
    const dialogs: string[] = [];
    tab.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.dismiss();
    });
    await tab.getByRole('textbox', { name: 'Title', exact: true }).fill('Countess');
    await tab.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    expect(tab.isClosed()).toBe(false);
    await tab.getByRole('textbox', { name: 'Title', exact: true }).fill('Mathematician');
    const closed = new Promise((resolve) => tab.once('close', resolve));
    await tab.close({ runBeforeUnload: true });
    await closed;
    expect(dialogs).toEqual(['beforeunload']);

    await nav.getByRole('link', { name: 'People' }).click();
    await seen(page.getByRole('list', { name: 'People' }).getByRole('link', { name: /Ada Lovelace/ }));
  });

  test('edits the person and shows the change', async () => {
    const { page } = e2e;
    await page
      .getByRole('list', { name: 'People' })
      .getByRole('link', { name: /Ada Lovelace/ })
      .click();
    await seen(page.getByRole('heading', { name: 'Ada Lovelace', level: 1 }));
    await page.getByRole('link', { name: 'Edit' }).click();
    await seen(page.getByRole('heading', { name: 'Edit Ada Lovelace' }));
    expect(await page.getByRole('textbox', { name: 'Company', exact: true }).inputValue()).toBe(
      'Analytical Engines Ltd',
    );
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Countess of Lovelace');
    await page.getByRole('textbox', { name: 'Keep in touch ideally every', exact: true }).fill('30');
    await page.getByRole('textbox', { name: '…and at most every', exact: true }).fill('90');
    await page.getByRole('button', { name: 'Save changes' }).click();

    await seen(page.getByText('Countess of Lovelace at Analytical Engines Ltd'));
    expect(new URL(page.url()).pathname).toBe(personUrl);
    await seen(page.getByText('Be in touch ideally every 30 days, at most every 3 months.'));
    await seen(page.getByRole('region', { name: 'Needs' }).getByText(NEED));
    await shot('person-desktop');

    await page.setViewportSize({ width: 390, height: 844 });
    await shot('person-phone');
    await page.goto('/people');
    const row = page.getByRole('list', { name: 'People' }).getByRole('link', { name: /Ada Lovelace/ });
    await seen(row);
    await shot('people-list-phone');
    // On a phone the whole name shows (the badge, strength and trust once took all of its line, leaving the
    // name no width at all), and nothing in the row runs past its edge.
    const name = row.getByText('Ada Lovelace', { exact: true });
    const shown = (await name.boundingBox())?.width ?? 0;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeGreaterThanOrEqual((await name.evaluate((el) => el.scrollWidth)) - 1);
    expect(await row.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('deletes the person only after confirmation', async () => {
    const { page } = e2e;
    await page.goto(personUrl);
    await seen(page.getByRole('heading', { name: 'Ada Lovelace', level: 1 }));

    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete Ada Lovelace?' });
    await seen(confirm);
    await page.keyboard.press('Escape');
    await gone(confirm);
    await seen(page.getByRole('heading', { name: 'Ada Lovelace', level: 1 }));

    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await seen(confirm);
    await confirm.getByRole('button', { name: 'Delete person' }).click();
    await seen(page.getByText('1 person in your network'));
    expect(new URL(page.url()).pathname).toBe('/people');
    const results = page.getByRole('list', { name: 'People' });
    await seen(results.getByRole('link', { name: /Charles Babbage/ }));
    expect(await results.getByRole('link', { name: /Ada Lovelace/ }).count()).toBe(0);

    await page.goto(personUrl);
    await seen(page.getByRole('heading', { name: 'Person not found' }));
  });

  test('signs out and back in', async () => {
    const { page } = e2e;
    await page.getByRole('button', { name: `Account menu for ${OWNER.email}` }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await seen(page.getByRole('heading', { name: 'Sign in' }));

    await page.goto('/people');
    await seen(page.getByRole('heading', { name: 'Sign in' }));
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill(OWNER.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await seen(page.getByRole('alert').filter({ hasText: 'The email or the password is wrong' }));

    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(OWNER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await seen(page.getByRole('heading', { name: 'People', level: 1 }));
  });
});
