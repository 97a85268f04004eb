// The pages behind email links: opening one changes nothing, answers arrive by POST from the page,
// and bad links (unknown, tampered, expired, reused, cross-site) get a clear page and a 4xx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, type TestAccount, type TestApp } from '../../../test/app';
import { detail, linkPath, mailsTo, post, postForm, propose } from '../../../test/introductions';

let t: TestApp;
let me: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
});
afterAll(() => t.close());

function firstOf<T>(items: T[], what: string): T {
  const item = items[0];
  if (item === undefined) throw new Error(`no ${what}`);
  return item;
}

/** The consent pages answer HTML; what a test reads of one must be text. */
function pageText(res: { status: number; body: unknown }): string {
  if (typeof res.body !== 'string')
    throw new Error(`${res.status} is not a page: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The RFC 8058 one-click address a message carries in `List-Unsubscribe: <url>`. */
function unsubscribeUrl(message: { headers: Record<string, string> }): string | undefined {
  return message.headers['List-Unsubscribe']?.slice(1, -1);
}

async function asked(opts: Parameters<typeof propose>[2] = {}) {
  const p = await propose(t, me, opts);
  const res = await post(t, me, `/api/v1/introductions/${p.intro.id}/request`);
  const requestToA = firstOf(
    mailsTo(bodyOf(res, 200).emails, p.a.emails[0]!, 'consent_request'),
    'consent request to A',
  );
  return { ...p, requestToA, respond: linkPath(requestToA, 'Yes') };
}

/** Everything about an introduction that any change would touch. */
async function snapshot(id: string) {
  const d = await detail(t, me, id);
  const { emails, ...rest } = d;
  return { ...rest, emailCount: emails.length };
}

describe('opening links', () => {
  it('a scanner-like GET of every link in every message changes nothing', async () => {
    const { intro, a, b } = await asked({ body: { order: 'parallel' } });
    // Produce one of each kind of message first.
    await post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: a.id, answer: 'yes' });
    await post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: b.id, answer: 'yes' });
    await post(t, me, `/api/v1/introductions/${intro.id}/introduce`);
    await post(t, me, `/api/v1/introductions/${intro.id}/follow-up`);
    const before = await snapshot(intro.id);
    const person = (await t.call('GET', `/api/v1/people/${a.id}`, { token: me.token })).body;
    const emails = (await detail(t, me, intro.id)).emails;
    const links = emails
      .flatMap((m) => [...m.links.map((l) => l.url), unsubscribeUrl(m)])
      .filter((url): url is string => Boolean(url));
    expect(links.length).toBeGreaterThan(10);
    for (const url of links) {
      const u = new URL(url);
      for (const method of ['GET', 'HEAD'] as const) {
        const res = await t.call(method, u.pathname + u.search, {
          headers: { 'user-agent': 'Mozilla/5.0 (compatible; SafeLinks)' },
        });
        expect(res.status, `${method} ${u.pathname}`).toBe(200);
      }
    }
    expect(await snapshot(intro.id)).toEqual(before);
    expect((await t.call('GET', `/api/v1/people/${a.id}`, { token: me.token })).body).toEqual(person);
  });

  it('shows the request with the three choices, preselecting the one clicked', async () => {
    const { respond } = await asked({ b: { blurb: 'Bob <b>keeps</b> books.' } });
    const page = await t.call('GET', `${respond}?answer=later`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.body).toContain('Would you like to meet Bob Provider?');
    expect(page.body).toContain('Bob &lt;b&gt;keeps&lt;/b&gt; books.');
    expect(page.body).toMatch(/value="yes"/);
    expect(page.body).toMatch(/value="later" autofocus/);
    expect(page.body).toMatch(/value="no"/);
    // The note comes before the answers, so it is seen before answering.
    expect(pageText(page).indexOf('name="note"')).toBeLessThan(pageText(page).indexOf('value="yes"'));
    expect(page.body).toContain('overflow-wrap:anywhere');
    // Dates in words, as everywhere Linchpin writes one in a sentence (not 2026-02-15).
    expect(page.body).toContain('in a month (15 Feb 2026)');
    expect(page.body).toContain('in three months (15 Apr 2026)');
    expect(page.body).toMatch(/This link works until \d{1,2} [A-Z][a-z]{2} 2026\./);
  });

  it('leaves out the description of someone without a pitch', async () => {
    const { respond } = await asked({ b: { blurb: '' } });
    const page = await t.call('GET', respond);
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('(no description)');
  });
});

describe('answering', () => {
  it('yes through the page records it with what was shown, then shows the answer instead of buttons', async () => {
    const { intro, a, respond, requestToA } = await asked();
    const res = await postForm(t, respond, { answer: 'yes', note: 'Glad to' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('your answer is recorded');
    expect(res.body).toContain('Yes, introduce us');
    expect(res.body).toContain('will introduce you once Bob Provider has agreed too.');
    const d = await detail(t, me, intro.id);
    expect(d.consent.a).toMatchObject({ status: 'yes', channel: 'email_link' });
    expect(d.consentLog).toEqual([
      expect.objectContaining({
        personId: a.id,
        answer: 'yes',
        channel: 'email_link',
        note: 'Glad to',
        recordedBy: 'person',
        shown: {
          messageId: requestToA.id,
          subject: requestToA.subject,
          text: requestToA.text,
          html: requestToA.html,
        },
      }),
    ]);
    expect(d.events.find((e) => e.type === 'answered')?.actor).toBe('person');
    const again = await t.call('GET', respond);
    expect(again.status).toBe(200);
    expect(again.body).toContain('your answer is recorded');
    expect(again.body).not.toMatch(/value="no"/);
    // Replaying the same answer is harmless; a different one through the same link is refused.
    expect((await postForm(t, respond, { answer: 'yes' })).status).toBe(200);
    const other = await postForm(t, respond, { answer: 'no' });
    expect(other.status).toBe(409);
    expect(other.body).toContain('Yes, introduce us');
    // Nor does a form with no valid answer bring the question back: the recorded answer is shown.
    const bogus = await postForm(t, respond, { answer: 'maybe', note: 'x' });
    expect(bogus.status).toBe(409);
    expect(bogus.body).toContain('your answer is recorded');
    expect(bogus.body).not.toContain('Please choose one of the answers');
    expect(bogus.body).not.toMatch(/value="no"/);
    expect((await detail(t, me, intro.id)).consentLog).toHaveLength(1);
  });

  it('later with a chosen date, a one-month shortcut, and a bad date', async () => {
    const one = await asked();
    // The date picker offers exactly what the server accepts: from tomorrow to two years on.
    const now = t.clock.now();
    const day = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString().slice(0, 10);
    const form = await t.call('GET', one.respond);
    expect(form.body).toContain(`min="${day(1)}" max="${day(732)}"`);
    for (const untilDate of ['2020-01-01', day(0), day(733), 'not-a-date']) {
      const bad = await postForm(t, one.respond, {
        answer: 'later',
        untilDate,
        until: '3m',
        note: 'Busy <until> spring',
      });
      expect(bad.status, untilDate).toBe(422);
      expect(bad.body).toContain(
        '<p role="alert" class="answer">Please pick a date after today and within two years.</p>',
      );
      expect(bad.body).not.toContain('YYYY-MM-DD');
      // What was entered comes back, escaped.
      expect(bad.body).toContain(`value="${untilDate}"`);
      expect(bad.body).toContain('>Busy &lt;until&gt; spring</textarea>');
      expect(bad.body).toMatch(/value="3m" checked/);
    }
    expect((await detail(t, me, one.intro.id)).consent.a.status).toBe('asked');
    const last = await asked();
    expect((await postForm(t, last.respond, { answer: 'later', untilDate: day(732) })).status).toBe(200);
    const ok = await postForm(t, one.respond, { answer: 'later', untilDate: '2026-06-01' });
    expect(ok.status).toBe(200);
    // Worded for the person answering, like every date Linchpin writes in a sentence.
    expect(ok.body).toContain('Not now (until 1 Jun 2026)');
    expect(ok.body).toContain('will check back with you around 1 Jun 2026.');
    expect(ok.body).not.toContain('2026-06-01');
    expect((await detail(t, me, one.intro.id)).snoozedUntil).toBe('2026-06-01');

    const two = await asked();
    await postForm(t, two.respond, { answer: 'later', until: '1m' });
    expect((await detail(t, me, two.intro.id)).snoozedUntil).toBe('2026-02-15');
    const three = await asked();
    await postForm(t, three.respond, { answer: 'later', until: '3m' });
    expect((await detail(t, me, three.intro.id)).snoozedUntil).toBe('2026-04-15');
  });

  it('no never names who said no to the other person, and closes the other link', async () => {
    const { intro, a, b } = await asked({ body: { order: 'parallel' } });
    const d = await detail(t, me, intro.id);
    const toB = firstOf(mailsTo(d.emails, b.emails[0]!, 'consent_request'), 'consent request to B');
    await postForm(t, linkPath(toB, 'Yes'), { answer: 'yes' });
    const toA = firstOf(mailsTo(d.emails, a.emails[0]!, 'consent_request'), 'consent request to A');
    const res = await postForm(t, linkPath(toA, 'No'), { answer: 'no', note: 'A-SECRET-REASON' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('nobody else is told why');
    const after = await detail(t, me, intro.id);
    expect(after.state).toBe('declined');
    const note = firstOf(mailsTo(after.emails, b.emails[0]!, 'closing_note'), 'closing note to B');
    expect(note.text).not.toMatch(/A-SECRET-REASON|declin|said no|Alice Seeker said/i);
    // B's page now shows B's own answer and that it is not going ahead; nothing about A or why.
    const page = await t.call('GET', linkPath(toB, 'Yes'));
    expect(page.body).not.toMatch(/A-SECRET-REASON|declin|said no|Alice Seeker said/i);
    expect(page.body).toContain('This introduction is not going ahead');
    expect(page.body).not.toContain('will introduce you');
  });

  it('the recorded-answer page says where the introduction stands', async () => {
    // The last yes: ready, the connector sends it; then introduced.
    const { intro, a, b } = await asked({ body: { order: 'parallel' } });
    const emails = (await detail(t, me, intro.id)).emails;
    const toA = linkPath(firstOf(mailsTo(emails, a.emails[0]!, 'consent_request'), 'request to A'), 'Yes');
    const toB = linkPath(firstOf(mailsTo(emails, b.emails[0]!, 'consent_request'), 'request to B'), 'Yes');
    const first = await postForm(t, toA, { answer: 'yes' });
    expect(first.body).toContain('will introduce you once Bob Provider has agreed too.');
    const last = await postForm(t, toB, { answer: 'yes' });
    expect(last.body).toContain('Everyone has agreed.');
    expect(last.body).not.toContain('has agreed too');
    await post(t, me, `/api/v1/introductions/${intro.id}/introduce`);
    const after = await t.call('GET', toA);
    expect(after.body).toContain('has introduced you');
    expect(after.body).not.toContain('will introduce you');

    // Cancelled after a yes: not going ahead, without saying why.
    const c = await asked();
    await postForm(t, c.respond, { answer: 'yes' });
    await post(t, me, `/api/v1/introductions/${c.intro.id}/cancel`);
    const cancelled = await t.call('GET', c.respond);
    expect(cancelled.body).toContain('This introduction is not going ahead');
    expect(cancelled.body).not.toMatch(/cancel|will introduce you/i);
  });

  it('withdrawing a yes from the page declines before the introduction goes out', async () => {
    const { intro, respond } = await asked();
    const yes = await postForm(t, respond, { answer: 'yes' });
    expect(yes.body).toContain('Withdraw my yes');
    const w = await postForm(t, respond, { answer: 'withdraw' });
    expect(w.status).toBe(200);
    expect(w.body).toContain('Withdrawn');
    const d = await detail(t, me, intro.id);
    expect(d.state).toBe('declined');
    expect(d.consentLog.map((l) => l.answer)).toEqual(['yes', 'withdrawn']);
  });

  it('"not now" through the link can become yes through the same link while the introduction still asks', async () => {
    const { intro, b, respond } = await asked();
    const later = await postForm(t, respond, { answer: 'later', until: '1m' });
    expect(later.body).toContain('I can do it now after all');
    // Opening the link again offers the change and changes nothing.
    const before = await snapshot(intro.id);
    const page = await t.call('GET', respond);
    expect(page.status).toBe(200);
    expect(page.body).toContain('I can do it now after all');
    expect(await snapshot(intro.id)).toEqual(before);
    expect(before.state).toBe('snoozed');

    const yes = await postForm(t, respond, { answer: 'yes' });
    expect(yes.status).toBe(200);
    expect(yes.body).toContain('Yes, introduce us');
    expect(yes.body).not.toContain('I can do it now after all');
    const d = await detail(t, me, intro.id);
    expect(d.state).toBe('asking');
    expect(d.snoozedUntil).toBeNull();
    expect(d.consent.a).toMatchObject({ status: 'yes', channel: 'email_link' });
    expect(d.consentLog.map((l) => l.answer)).toEqual(['later', 'yes']);
    // Sequential order: the second person is asked now, as after any first yes.
    expect(mailsTo(d.emails, b.emails[0]!, 'consent_request')).toHaveLength(1);
    // The same link cannot go back to "not now", nor on to no: the yes stands (withdraw is the way back).
    const back = await postForm(t, respond, { answer: 'later', until: '3m' });
    expect(back.status).toBe(409);
    expect((await detail(t, me, intro.id)).consent.a.status).toBe('yes');
  });

  it('a "not now" is not offered as a yes once the connector asked again with a newer request', async () => {
    const { intro, respond } = await asked();
    await postForm(t, respond, { answer: 'later', until: '1m' });
    await post(t, me, `/api/v1/introductions/${intro.id}/reask`);
    const page = await t.call('GET', respond);
    expect(page.body).not.toContain('I can do it now after all');
    const refused = await postForm(t, respond, { answer: 'yes' });
    expect(refused.status).toBe(409);
    expect((await detail(t, me, intro.id)).consent.a.status).toBe('asked');
  });

  it('once the introduction has ended, a "not now" stays the answer', async () => {
    const { intro, respond } = await asked();
    await postForm(t, respond, { answer: 'later', until: '1m' });
    await post(t, me, `/api/v1/introductions/${intro.id}/cancel`);
    const page = await t.call('GET', respond);
    expect(page.body).not.toContain('I can do it now after all');
    const refused = await postForm(t, respond, { answer: 'yes' });
    expect(refused.status).toBe(409);
    expect(refused.body).toContain('This introduction is not going ahead');
    expect((await detail(t, me, intro.id)).state).toBe('cancelled');
  });

  it('follow-up links record each person’s answer and note', async () => {
    const { intro, a, b } = await asked();
    await post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: a.id, answer: 'yes' });
    await post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: b.id, answer: 'yes' });
    await post(t, me, `/api/v1/introductions/${intro.id}/introduce`);
    const fu = bodyOf(await post(t, me, `/api/v1/introductions/${intro.id}/follow-up`), 200);
    const toB = firstOf(mailsTo(fu.emails, b.emails[0]!, 'follow_up'), 'follow-up to B');
    const link = toB.links.find((l) => l.label.startsWith('We met, but'));
    if (!link) throw new Error(`no "We met, but" link in ${JSON.stringify(toB.links)}`);
    const url = new URL(link.url);
    const page = await t.call('GET', url.pathname + url.search);
    expect(page.body).toMatch(/value="met_not_fit" required checked/);
    expect(pageText(page).match(/ checked/g)).toHaveLength(1);
    // Opened without a choice, nothing is chosen for them.
    const bare = await t.call('GET', url.pathname);
    expect(bare.status).toBe(200);
    expect(bare.body).not.toMatch(/ checked/);
    const res = await postForm(t, url.pathname, { answer: 'met_not_fit', note: 'Nice, but no' });
    expect(res.status).toBe(200);
    const d = await detail(t, me, intro.id);
    expect(d.followUpAnswers.b).toMatchObject({ answer: 'met_not_fit' });
    expect(d.outcomes).toEqual([
      expect.objectContaining({
        personId: b.id,
        source: 'follow_up',
        outcome: 'met_not_fit',
        note: 'Nice, but no',
      }),
    ]);
    expect((await postForm(t, url.pathname, { answer: 'met_helpful' })).status).toBe(409);
    const agenda = bodyOf(
      await t.call('GET', '/api/v1/introductions/agenda', { token: me.token }),
      200,
    ).items;
    expect(agenda.find((i) => i.introductionId === intro.id && i.kind === 'outcome_due')?.summary).toContain(
      'met, not a fit',
    );
  });

  // A browser never sends half a surrogate pair in a form (it encodes one as U+FFFD), so NUL is the case.
  it('a note with a NUL character, which no database holds, gets a 422 page and nothing is recorded', async () => {
    const { intro, a, b, respond } = await asked();
    const before = await snapshot(intro.id);
    const forms: Record<string, string>[] = [
      { answer: 'no', note: 'not\u0000now' },
      { answer: 'later', until: '1m', note: '\u0000' },
      { answer: 'yes', note: 'fine\u0000' },
    ];
    for (const fields of forms) {
      const res = await postForm(t, respond, fields);
      expect(res.status, JSON.stringify(fields)).toBe(422);
      expect(pageText(res)).toContain('cannot be saved');
    }
    expect(await snapshot(intro.id)).toEqual(before);

    // A follow-up answer's note, the other form behind an email link.
    await post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: a.id, answer: 'yes' });
    await post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: b.id, answer: 'yes' });
    await post(t, me, `/api/v1/introductions/${intro.id}/introduce`);
    const fu = bodyOf(await post(t, me, `/api/v1/introductions/${intro.id}/follow-up`), 200);
    const toB = firstOf(mailsTo(fu.emails, b.emails[0]!, 'follow_up'), 'follow-up to B');
    const followUp = new URL(toB.links[0]!.url).pathname;
    const followed = await snapshot(intro.id);
    const res = await postForm(t, followUp, { answer: 'met_helpful', note: 'great\u0000' });
    expect(res.status).toBe(422);
    expect(await snapshot(intro.id)).toEqual(followed);
    // A long note is cut at 2,000 characters, never inside an emoji, and taken.
    const long = `${'x'.repeat(1999)}😀 and more`;
    expect((await postForm(t, followUp, { answer: 'met_helpful', note: long })).status).toBe(200);
    expect((await detail(t, me, intro.id)).outcomes).toEqual([
      expect.objectContaining({ personId: b.id, note: 'x'.repeat(1999) }),
    ]);
  });

  it('"never introduce me" (one-click, RFC 8058) sets do-not-introduce and counts as a no', async () => {
    const { intro, a, requestToA } = await asked();
    const unsubscribe = unsubscribeUrl(requestToA);
    if (!unsubscribe) throw new Error(`no List-Unsubscribe in ${JSON.stringify(requestToA.headers)}`);
    const optOut = new URL(unsubscribe);
    const res = await t.call('POST', optOut.pathname, {
      rawBody: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(200);
    const person = bodyOf(await t.call('GET', `/api/v1/people/${a.id}`, { token: me.token }), 200);
    expect(person.introPreferences.doNotIntroduce).toBe(true);
    const d = await detail(t, me, intro.id);
    expect(d.state).toBe('declined');
    expect(d.consentLog[0]).toMatchObject({ answer: 'no', note: 'asked never to be introduced' });
  });
});

describe('bad links', () => {
  it('a link ended with a slash leads to its page, with the answer clicked, and changes nothing, where the web app answered it', async () => {
    const { intro, respond } = await asked();
    const before = await snapshot(intro.id);
    for (const query of ['', '?answer=yes']) {
      const res = await t.app.request(`${respond}/${query}`);
      expect(res.status, query).toBe(308);
      expect(res.headers.get('location'), query).toBe(`${respond}${query}`);
      expect(pageText(await t.call('GET', `${respond}${query}`))).toContain('Would you like to meet');
    }
    expect(await snapshot(intro.id)).toEqual(before);
  });

  it('unknown, tampered and malformed tokens get a clear 404 page', async () => {
    const { respond } = await asked();
    const token = respond.split('/').pop()!;
    const tampered = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    for (const path of [
      `/r/${tampered}`,
      '/r/r_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      '/r/nonsense',
      `/r/${token}%00`,
    ]) {
      const res = await t.call('GET', path);
      expect(res.status, path).toBe(404);
      expect(res.body).toContain('This link is not valid');
      const posted = await postForm(t, path, { answer: 'yes' });
      expect(posted.status, path).toBe(404);
      expect(posted.body).toContain('This link is not valid');
    }
  });

  it('an expired link gets 410 and records nothing', async () => {
    const { intro, respond } = await asked();
    t.clock.advanceDays(22);
    try {
      expect((await t.call('GET', respond)).status).toBe(410);
      const res = await postForm(t, respond, { answer: 'yes' });
      expect(res.status).toBe(410);
      expect(res.body).toContain('expired');
      expect((await detail(t, me, intro.id)).consent.a.status).toBe('asked');
    } finally {
      t.clock.advanceDays(-22);
    }
  });

  it('a request that is no longer open says so, without saying why', async () => {
    const { intro, respond } = await asked();
    await post(t, me, `/api/v1/introductions/${intro.id}/cancel`);
    const page = await t.call('GET', respond);
    expect(page.status).toBe(410);
    expect(page.body).toContain('no longer open');
    expect(page.body).not.toMatch(/cancel/i);
    expect((await postForm(t, respond, { answer: 'yes' })).status).toBe(410);
  });

  it('refuses forms without the token in the body, from another site, or not as a form', async () => {
    const { intro, respond } = await asked();
    const noToken = await t.call('POST', respond, {
      rawBody: 'answer=yes',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(noToken.status).toBe(400);
    const crossSite = await postForm(t, respond, { answer: 'yes' }, { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(400);
    const fetchMeta = await postForm(t, respond, { answer: 'yes' }, { 'sec-fetch-site': 'cross-site' });
    expect(fetchMeta.status).toBe(400);
    const json = await t.call('POST', respond, { body: { answer: 'yes' } });
    expect(json.status).toBe(400);
    const bogus = await postForm(t, respond, { answer: 'maybe' });
    expect(bogus.status).toBe(422);
    expect((await detail(t, me, intro.id)).consent.a.status).toBe('asked');
    const sameSite = await postForm(t, respond, { answer: 'yes' }, { origin: 'http://localhost' });
    expect(sameSite.status).toBe(200);
  });
});
