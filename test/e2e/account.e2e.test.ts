// Changing the password in Settings, in real Chromium: the strength rule's message shows next to the field,
// a good password is accepted, this browser stays signed in and another browser's session ends. And a
// forgotten password reset by email, through a real SMTP server.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deliverDue } from '../../src/mail/delivery';
import { deliveryDeps } from '../introductions';
import { startMailServer, type TestMailServer } from '../mail-server';
import { artifactsDir, type E2E, screenshot, seen, setUpOwner, startE2E } from './harness';

const OWNER = { email: 'grace.owner@example.com', password: 'correct horse battery staple' };
const NEW_PASSWORD = 'a longer and better secret';

let e2e: E2E;
let smtp: TestMailServer;

describe('account security in the web app', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    e2e = await startE2E();
    smtp = await startMailServer();
  });
  afterAll(async () => {
    await e2e?.close();
    await smtp?.close();
  });

  test('changes the password in Settings and signs out the other browser', async () => {
    const { page } = e2e;
    await setUpOwner(e2e, OWNER);

    const otherBrowser = await e2e.browser.newContext({ baseURL: e2e.baseUrl });
    const signedIn = await otherBrowser.request.post('/api/v1/auth/signin', { data: OWNER });
    expect(signedIn.status()).toBe(200);

    await page.goto('/settings');
    await seen(page.getByRole('heading', { name: 'Where you are signed in' }));
    await seen(page.getByText('This browser'));
    const password = (name: string) => page.getByRole('textbox', { name, exact: true });
    await password('Current password').fill(OWNER.password);
    await password('New password').fill('qwertyuiop');
    await password('New password again').fill('qwertyuiop');
    await page.getByRole('button', { name: 'Change password' }).click();
    await seen(page.getByText('is one of the most common passwords; choose another'));

    await password('New password').fill(NEW_PASSWORD);
    await password('New password again').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await seen(page.getByText('Your password is changed; your other sessions were signed out'));
    await screenshot(page, 'settings-password-changed');

    expect((await otherBrowser.request.get('/api/v1/account')).status()).toBe(401);
    expect((await page.request.get('/api/v1/account')).status()).toBe(200);
    const oldPassword = await otherBrowser.request.post('/api/v1/auth/signin', { data: OWNER });
    expect(oldPassword.status()).toBe(401);
    const newPassword = await otherBrowser.request.post('/api/v1/auth/signin', {
      data: { email: OWNER.email, password: NEW_PASSWORD },
    });
    expect(newPassword.status()).toBe(200);
    await otherBrowser.close();
    expect(e2e.problems.filter((p) => !p.includes('422'))).toEqual([]);
  });

  test('resets a forgotten password with the link from the email', async () => {
    e2e.testApp.deps.config.mail.smtpUrl = smtp.url;
    const visitor = await e2e.newContext({ baseURL: e2e.baseUrl });
    const page = await visitor.newPage();
    await page.goto('/signin');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    // The page loads on demand and the sign-in page it replaces has an Email box too: wait for it to show,
    // or a slow load sends the address to the sign-in form and asks for the link with an empty one.
    await seen(page.getByRole('heading', { name: 'Forgot your password?' }));
    await page.getByRole('textbox', { name: 'Email' }).fill(OWNER.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await seen(
      page.getByText(`If an account uses ${OWNER.email}, a link to set a new password is on its way`),
    );
    await screenshot(page, 'forgot-password-sent');

    await deliverDue(deliveryDeps(e2e.testApp, smtp.url));
    const text = smtp.received.at(-1)?.parsed.text ?? '';
    const link = /(http\S+\/reset-password#token=\S+)/.exec(text)?.[1];
    expect(link, text).toBeDefined();
    await page.goto(link ?? '');
    const password = (name: string) => page.getByRole('textbox', { name, exact: true });
    await password('New password').fill('the reset passphrase');
    await password('The same again').fill('the reset passphrase');
    await page.getByRole('button', { name: 'Set the password' }).click();
    await seen(page.getByText('Every session of your account was signed out.'));
    await screenshot(page, 'reset-password-done');

    const signedIn = await visitor.request.post('/api/v1/auth/signin', {
      data: { email: OWNER.email, password: 'the reset passphrase' },
    });
    expect(signedIn.status()).toBe(200);
    await visitor.close();
  });
});
