// The connector's display name: set at sign-up or in Settings, it is the From display name and the
// signature of every email (and of the previews); without one, emails are signed with the address. It
// reaches a mail header, so a name with line breaks must not forge one. Checked on what a real SMTP
// server received.
import { eq } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { deliveryDeps, detail, post, propose } from '../../test/introductions';
import { startMailServer, type TestMailServer } from '../../test/mail-server';
import { accounts } from '../db/schema';
import { deliverDue } from '../mail/delivery';

let t: TestApp;
let smtp: TestMailServer;

beforeAll(async () => {
  smtp = await startMailServer();
  t = await createTestApp();
  t.deps.config.mail.smtpUrl = smtp.url;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

async function delivered(from: number) {
  await deliverDue(deliveryDeps(t, smtp.url));
  return smtp.received.slice(from);
}

const fromName = (m: ParsedMail) => m.from?.value[0]?.name;

/** Every kind of email one introduction sends: both requests, the introduction, both follow-ups. */
async function everyKind(me: TestAccount) {
  const { intro, a, b } = await propose(t, me);
  await post(t, me, `/api/v1/introductions/${intro.id}/request`);
  await post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: a.id, answer: 'yes' });
  await post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: b.id, answer: 'yes' });
  await post(t, me, `/api/v1/introductions/${intro.id}/introduce`);
  const last = await post(t, me, `/api/v1/introductions/${intro.id}/follow-up`);
  expectStatus(last, 200);
  return intro.id;
}

describe('the connector’s display name in emails', () => {
  it('is the From display name and the signature of every email and of the preview', async () => {
    const me = await t.account('alex.kim@example.com');
    const named = await t.call('PATCH', '/api/v1/account', {
      token: me.token,
      body: { name: '  Alex Kim ' },
    });
    expectStatus(named, 200);
    expect(named.body).toMatchObject({ email: 'alex.kim@example.com', name: 'Alex Kim' });

    const mark = smtp.received.length;
    const id = await everyKind(me);
    const mails = await delivered(mark);
    expect(mails.map((m) => m.parsed.subject)).toHaveLength(5);
    for (const { parsed, raw } of mails) {
      expect(fromName(parsed)).toBe('Alex Kim (via Linchpin)');
      expect(parsed.from?.value[0]?.address).toBe(t.deps.config.mail.fromAddress);
      expect(parsed.text).toMatch(/\nAlex Kim\n/);
      expect(parsed.html).toContain('<br>Alex Kim</p>');
      expect(parsed.text).not.toContain('alex.kim@example.com\n');
      expect(raw).toMatch(/^From: "Alex Kim \(via Linchpin\)" <[^>]+>\r?$/m);
    }
    // Reply-To is the connector on their own emails (the introduction replies to both people instead).
    const request = mails.find((m) => m.parsed.subject?.startsWith('Would you like'))!.parsed;
    expect(request.replyTo?.value[0]).toEqual({ name: 'Alex Kim', address: 'alex.kim@example.com' });

    // The step preview of a running introduction is signed the same way.
    const followed = await t.call('GET', `/api/v1/introductions/${id}/preview?action=cancel`, {
      token: me.token,
    });
    expectStatus(followed, 200);
    expect(followed.body.state).toBe('cancelled');
    const other = await propose(t, me);
    const preview = await t.call('GET', `/api/v1/introductions/${other.intro.id}/preview`, {
      token: me.token,
    });
    expectStatus(preview, 200);
    expect(preview.body.messages[0]?.from).toBe(
      `Alex Kim (via Linchpin) <${t.deps.config.mail.fromAddress}>`,
    );
    expect(preview.body.messages[0]?.text).toContain('Thanks,\nAlex Kim\n');
  });

  it('falls back to the account’s email, and clearing the name falls back again', async () => {
    const me = await t.account('no.name@example.com');
    expect(bodyOf(await t.call('GET', '/api/v1/account', { token: me.token }), 200).name).toBeNull();
    let mark = smtp.received.length;
    const first = await propose(t, me);
    await post(t, me, `/api/v1/introductions/${first.intro.id}/request`);
    let [mail] = await delivered(mark);
    expect(fromName(mail!.parsed)).toBe('no.name@example.com (via Linchpin)');
    expect(mail!.parsed.text).toContain('Thanks,\nno.name@example.com\n');

    await t.call('PATCH', '/api/v1/account', { token: me.token, body: { name: 'Sam Named' } });
    const cleared = await t.call('PATCH', '/api/v1/account', { token: me.token, body: { name: '' } });
    expectStatus(cleared, 200);
    expect(cleared.body.name).toBeNull();
    mark = smtp.received.length;
    const second = await propose(t, me);
    await post(t, me, `/api/v1/introductions/${second.intro.id}/request`);
    [mail] = await delivered(mark);
    expect(fromName(mail!.parsed)).toBe('no.name@example.com (via Linchpin)');
  });

  it('cannot forge a header: quotes and angle brackets stay in the name; a stored line break is flattened', async () => {
    const me = await t.account('quoted@example.com');
    const hostile = 'Eve "The Boss" <eve@evil.example>, Mallory';
    // The API refuses address-like names; one stored by other means must still not forge a header.
    const refused = await t.call('PATCH', '/api/v1/account', { token: me.token, body: { name: hostile } });
    expectStatus(refused, 422);
    await t.database.db.update(accounts).set({ name: hostile }).where(eq(accounts.id, me.id));
    let mark = smtp.received.length;
    const first = await propose(t, me);
    await post(t, me, `/api/v1/introductions/${first.intro.id}/request`);
    let [mail] = await delivered(mark);
    expect(mail!.parsed.from?.value).toEqual([
      { name: `${hostile} (via Linchpin)`, address: t.deps.config.mail.fromAddress },
    ]);

    // The API refuses line breaks; a name stored by other means is still flattened onto one line.
    await t.database.db
      .update(accounts)
      .set({ name: 'Eve\r\nBcc: victim@example.com\r\nX-Evil: 1' })
      .where(eq(accounts.id, me.id));
    mark = smtp.received.length;
    const second = await propose(t, me);
    await post(t, me, `/api/v1/introductions/${second.intro.id}/request`);
    [mail] = await delivered(mark);
    expect(mail!.parsed.headers.has('bcc')).toBe(false);
    expect(mail!.parsed.headers.has('x-evil')).toBe(false);
    expect(mail!.raw).not.toMatch(/^(Bcc|X-Evil):/im);
    expect(fromName(mail!.parsed)).toBe('Eve Bcc: victim@example.com X-Evil: 1 (via Linchpin)');
    expect(mail!.parsed.text).toContain('Thanks,\nEve Bcc: victim@example.com X-Evil: 1\n');
    const d = await detail(t, me, second.intro.id);
    expect(d.emails[0]!.from.name).not.toMatch(/[\r\n]/);
  });
});
