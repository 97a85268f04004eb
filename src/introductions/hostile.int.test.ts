// Hostile data through every email kind and every page: private notes and undisclosed caveats never
// appear anywhere a recipient could see them, and nothing a person typed arrives unescaped.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { detail, post, propose } from '../../test/introductions';
import { accounts } from '../db/schema';
import { sendRemindersAndExpire } from './jobs/send-reminders';

let t: TestApp;
let me: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
});
afterAll(() => t.close());

const XSS = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
const hostile = (who: string) => ({
  name: `${who} "O'Brien" & <b>Co</b>`,
  company: `${XSS} Ltd`,
  title: '</p></div><iframe src=//evil>',
  blurb: `${who} blurb ${XSS}\n\n<a href="javascript:alert(1)">click</a>`,
  privateNotes: `PRIVATE-NOTE-${who} ${XSS}`,
  caveats: [{ text: `DISCLOSED-${who} ${XSS}` }, { text: `UNDISCLOSED-${who}` }],
});

function scan(where: string, content: string) {
  for (const secret of ['PRIVATE-NOTE', 'UNDISCLOSED'])
    expect(content, `${where} leaks ${secret}`).not.toContain(secret);
  const lower = content.toLowerCase();
  for (const bad of ['<script', '<img', '<iframe', 'href="javascript:', '<b>co</b>']) {
    expect(lower, `${where} has ${bad}`).not.toContain(bad);
  }
}

describe('hostile data', () => {
  it('never reaches an email or a page unescaped, and secrets never reach them at all', async () => {
    // The connector's own display name is hostile too: it signs every email and names them on the pages.
    // The API refuses such a name; one stored by other means (an old version, the database) is stored here.
    const connectorName = `Connie ${XSS} "Q" & <b>Co</b>, <evil@example.com>`;
    const named = await t.call('PATCH', '/api/v1/account', {
      token: me.token,
      body: { name: connectorName },
    });
    expectStatus(named, 422);
    await t.database.db.update(accounts).set({ name: connectorName }).where(eq(accounts.id, me.id));
    const { intro, a, b } = await propose(t, me, {
      a: hostile('A'),
      b: hostile('B'),
      body: { reason: `Because ${XSS}` },
    });
    const disclose = [a.caveats[0]!.id, b.caveats[0]!.id];
    await t.call('PATCH', `/api/v1/introductions/${intro.id}`, {
      token: me.token,
      body: { discloseCaveatIds: disclose },
    });
    await post(t, me, `/api/v1/introductions/${intro.id}/request`);
    t.clock.advanceDays(5);
    await sendRemindersAndExpire(t.deps);
    await post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: a.id, answer: 'yes' });
    await post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: b.id, answer: 'yes' });
    await post(t, me, `/api/v1/introductions/${intro.id}/introduce`);
    await post(t, me, `/api/v1/introductions/${intro.id}/follow-up`);
    // A second introduction that ends without happening, for the closing note.
    const other = await propose(t, me, { a: hostile('C'), b: hostile('D') });
    await post(t, me, `/api/v1/introductions/${other.intro.id}/request`);
    await post(t, me, `/api/v1/introductions/${other.intro.id}/answers`, {
      personId: other.a.id,
      answer: 'yes',
    });
    await post(t, me, `/api/v1/introductions/${other.intro.id}/cancel`);

    const emails = [
      ...(await detail(t, me, intro.id)).emails,
      ...(await detail(t, me, other.intro.id)).emails,
    ];
    expect(new Set(emails.map((m) => m.kind))).toEqual(
      new Set(['consent_request', 'reminder', 'introduction', 'follow_up', 'closing_note']),
    );
    for (const m of emails) {
      scan(`${m.kind} html`, m.html);
      for (const part of [m.subject, m.text, JSON.stringify(m.headers), JSON.stringify(m.recipients)]) {
        for (const secret of ['PRIVATE-NOTE', 'UNDISCLOSED']) expect(part).not.toContain(secret);
      }
      expect(m.subject).not.toMatch(/[\r\n]/);
      expect(m.from.name).toBe(`${connectorName} (via Linchpin)`);
      expect(m.text).toContain(connectorName);
      expect(m.html).toContain('Connie &lt;script&gt;');
    }
    const toB = emails.find((m) => m.kind === 'consent_request' && m.to[0] === b.emails[0])!;
    expect(toB.text).toContain('DISCLOSED-A');
    expect(toB.html).toContain('DISCLOSED-A &lt;script&gt;');

    for (const m of emails) {
      for (const link of m.links) {
        const u = new URL(link.url);
        const page = await t.call('GET', u.pathname + u.search);
        expect(page.status).toBeLessThan(500);
        scan(
          `page of ${m.kind} ${link.label}`,
          typeof page.body === 'string' ? page.body : JSON.stringify(page.body),
        );
        if (page.status === 200) expect(page.body).toContain('Connie &lt;script&gt;');
      }
    }
    t.clock.advanceDays(-5);
  });
});
