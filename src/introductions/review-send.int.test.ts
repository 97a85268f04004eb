// Review before sending: the edits made in review arrive, escaped, at a real SMTP server, are stored on
// the introduction so the record and the email agree, and nothing but a personal line and blurbs can be
// edited. The introduction made is logged as contact with both people.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { deliveryDeps, detail, mailsTo, post, propose } from '../../test/introductions';
import { startMailServer, type TestMailServer } from '../../test/mail-server';
import { deliverDue } from '../mail/delivery';

let t: TestApp;
let me: TestAccount;
let smtp: TestMailServer;

beforeAll(async () => {
  smtp = await startMailServer();
  t = await createTestApp();
  t.deps.config.mail.smtpUrl = smtp.url;
  me = await t.account();
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

async function delivered(address: string, from: number) {
  await deliverDue(deliveryDeps(t, smtp.url));
  return smtp.received
    .slice(from)
    .filter((r) => r.envelopeTo.includes(address))
    .map((r) => r.parsed);
}

const HOSTILE = 'Hi both {{connector.email}} <script>alert(1)</script> & <b>welcome</b>';

describe('review before sending', () => {
  it('the consent request goes out with the personal line and the pitch edited in review', async () => {
    const { intro, a, b } = await propose(t, me, { b: { blurb: 'Bob does books.' } });
    const mark = smtp.received.length;
    const res = await post(t, me, `/api/v1/introductions/${intro.id}/request`, {
      personalLine: 'Hope the move to Leeds went well!',
      blurbs: { b: 'Bob keeps the books for twelve bakeries.' },
    });
    expectStatus(res, 200);
    expect(res.body.pitchB).toBe('Bob keeps the books for twelve bakeries.');
    expect(res.body.personalLines.request).toEqual({ a: 'Hope the move to Leeds went well!', b: '' });
    const [mail] = await delivered(a.emails[0]!, mark);
    expect(mail!.text).toContain('Hope the move to Leeds went well!');
    expect(mail!.text).toContain('Bob keeps the books for twelve bakeries.');
    expect(mail!.text).not.toContain('Bob does books.');
    // B's request, sent later without a review, carries no line written for A.
    const mark2 = smtp.received.length;
    await post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: a.id, answer: 'yes' });
    const [toB] = await delivered(b.emails[0]!, mark2);
    expect(toB!.text).not.toContain('Hope the move');
  });

  it('the introduction arrives exactly as previewed, with edits stored and hostile text escaped', async () => {
    const { intro, a, b } = await propose(t, me, { a: { blurb: 'Alice bakes.' } });
    const path = `/api/v1/introductions/${intro.id}` as const;
    await post(t, me, `${path}/request`);
    await post(t, me, `${path}/answers`, { personId: a.id, answer: 'yes' });
    await post(t, me, `${path}/answers`, { personId: b.id, answer: 'yes' });

    const review = { personalLine: HOSTILE, blurbs: { a: 'Alice runs the best bakery in Leeds.' } };
    const query = new URLSearchParams({
      action: 'introduce',
      personalLine: review.personalLine,
      blurbA: review.blurbs.a,
    });
    const preview = await t.call('GET', `${path}/preview?${query.toString()}`, { token: me.token });
    expectStatus(preview, 200);
    const [previewed] = preview.body.messages;
    if (!previewed) throw new Error('the preview shows no message');
    expect(previewed.text).toContain(HOSTILE);
    // The preview changed nothing.
    expect((await detail(t, me, intro.id)).pitchA).toBe('Alice bakes.');

    const mark = smtp.received.length;
    const sent = await post(t, me, `${path}/introduce`, review);
    expectStatus(sent, 200);
    expect(sent.body.pitchA).toBe('Alice runs the best bakery in Leeds.');
    expect(sent.body.personalLines.introduction).toBe(HOSTILE);
    expect(sent.body.events.find((e) => e.type === 'edited')?.detail).toBe(
      'reviewed before sending: personal line, blurb of A',
    );
    const got = (await delivered(a.emails[0]!, mark)).find((m) => m.subject === previewed.subject);
    expect(got, 'the introduction reached the SMTP server').toBeDefined();
    expect(got!.subject).toBe(previewed.subject);
    expect(got!.text?.trim()).toBe(previewed.text.trim());
    expect(got!.text).toContain('Alice runs the best bakery in Leeds.');
    expect(got!.html).toContain('{{connector.email}}');
    expect(got!.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(got!.html).not.toContain('<script>');
    expect(got!.html).not.toContain('<b>welcome</b>');
    const [stored] = mailsTo((await detail(t, me, intro.id)).emails, b.emails[0]!, 'introduction');
    expect(stored!.text).toContain(HOSTILE);
  });

  it('refuses anything but a personal line and blurbs, and text past its limits', async () => {
    const { intro, a, b } = await propose(t, me, { a: { privateNotes: 'owes me money' } });
    const path = `/api/v1/introductions/${intro.id}` as const;
    await post(t, me, `${path}/request`);
    await post(t, me, `${path}/answers`, { personId: a.id, answer: 'yes' });
    await post(t, me, `${path}/answers`, { personId: b.id, answer: 'yes' });
    for (const body of [
      { privateNotes: 'owes me money' },
      { blurbs: { a: 'x', caveats: ['late payer'] } },
      { disclosedCaveats: [{ party: 'a', text: 'late payer' }] },
      { personalLine: 'x'.repeat(1001) },
      { blurbs: { a: 'x'.repeat(4001) } },
      { personalLine: 'hidden\u202Etext' },
    ]) {
      const res = await post(t, me, `${path}/introduce`, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(422);
    }
    const d = await detail(t, me, intro.id);
    expect(d.state).toBe('ready');
    expect(d.emails.filter((m) => m.kind === 'introduction')).toEqual([]);
    const sent = await post(t, me, `${path}/introduce`);
    expect(sent.status).toBe(200);
    const [made] = mailsTo((await detail(t, me, intro.id)).emails, a.emails[0]!, 'introduction');
    expect(made!.text).not.toContain('owes me money');
  });
});

describe('an introduction made is contact with both people', () => {
  it('logs an outbound "introduced" interaction for each, naming the other', async () => {
    const { intro, a, b } = await propose(t, me);
    const path = `/api/v1/introductions/${intro.id}` as const;
    await post(t, me, `${path}/request`);
    await post(t, me, `${path}/answers`, { personId: a.id, answer: 'yes' });
    await post(t, me, `${path}/answers`, { personId: b.id, answer: 'yes' });
    const before = await t.call('GET', `/api/v1/people/${a.id}/interactions`, { token: me.token });
    expect(bodyOf(before, 200).items.filter((i) => i.type === 'introduced')).toEqual([]);
    expect((await post(t, me, `${path}/introduce`)).status).toBe(200);
    for (const [person, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const res = await t.call('GET', `/api/v1/people/${person.id}/interactions`, { token: me.token });
      expect(bodyOf(res, 200).items.filter((i) => i.type === 'introduced')).toEqual([
        expect.objectContaining({
          type: 'introduced',
          direction: 'outbound',
          note: `Introduced to ${other.name}`,
          occurredAt: t.clock.now().toISOString(),
        }),
      ]);
    }
  });
});
