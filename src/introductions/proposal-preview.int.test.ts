// POST /api/v1/introductions/preview: the consent request each person would get, before anything is saved.
// It must be exactly what is later sent (only the links differ: real ones carry a fresh token), rendered
// with this server's settings and the connector's name, and checked the way a proposal is.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { addPerson, detail, mailsTo, post } from '../../test/introductions';
import { calendarDayWords } from '../domain/time/day-words';

let t: TestApp;
let me: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account('cora@example.com');
  await t.call('PATCH', '/api/v1/account', { token: me.token, body: { name: 'Cora Connector' } });
});
afterAll(() => t.close());

const preview = (body: unknown) => t.call('POST', '/api/v1/introductions/preview', { token: me.token, body });
/** Links differ between a preview and the real thing (placeholder vs fresh token); nothing else may. */
const withoutTokens = (s: string) => s.replace(/\/r\/[A-Za-z0-9_-]+/g, '/r/LINK');

async function pair(a: Record<string, unknown> = {}, b: Record<string, unknown> = {}) {
  return {
    a: await addPerson(t, me, {
      name: 'Grace Hopper',
      blurb: 'Wrote the first compiler.',
      privateNotes: 'PRIVATE-NOTE-A',
      caveats: [{ text: 'Slow to pay' }, { text: 'UNDISCLOSED-A' }],
      ...a,
    }),
    b: await addPerson(t, me, {
      name: 'Henry Ford',
      blurb: 'Builds anything on a line.',
      privateNotes: 'PRIVATE-NOTE-B',
      caveats: [{ text: 'UNDISCLOSED-B' }],
      ...b,
    }),
  };
}

describe('previewing a proposal', () => {
  it('shows word for word the requests that are later sent, saving nothing meanwhile', async () => {
    const { a, b } = await pair();
    const body = {
      personAId: a.id,
      personBId: b.id,
      kind: 'seeker_provider',
      reason: 'Grace needs compilers built at scale.',
      discloseCaveatIds: [a.caveats[0]!.id],
      pitchB: 'Henry builds anything, and fast.',
    };
    const outboxBefore = bodyOf(await t.call('GET', '/api/v1/outbox', { token: me.token }), 200).items.length;
    const res = await preview(body);
    expectStatus(res, 200);
    const { a: toA, b: toB } = res.body;
    expect(toA).toMatchObject({ personId: a.id, position: 'first', to: [a.emails[0]] });
    expect(toB).toMatchObject({ personId: b.id, position: 'second', to: [b.emails[0]] });
    expect(toA.from).toBe(`Cora Connector (via Linchpin) <${t.deps.config.mail.fromAddress}>`);
    expect(toA.subject).toBe('Would you like to meet Henry Ford?');
    expect(toA.text).toContain('Henry builds anything, and fast.');
    expect(toA.text).toContain('Thanks,\nCora Connector\n');
    expect(toB.text).toContain('Grace Hopper has already said yes');
    expect(toB.text).toContain('Slow to pay');
    expect(toA.text).not.toContain('Slow to pay');
    for (const part of [toA.text, toA.html, toB.text, toB.html, toA.subject, toB.subject]) {
      for (const secret of ['PRIVATE-NOTE', 'UNDISCLOSED']) expect(part).not.toContain(secret);
    }
    // Nothing was written.
    expect(
      bodyOf(await t.call('GET', `/api/v1/introductions?personId=${a.id}`, { token: me.token }), 200).items,
    ).toEqual([]);
    expect(bodyOf(await t.call('GET', '/api/v1/outbox', { token: me.token }), 200).items).toHaveLength(
      outboxBefore,
    );

    // Now for real: propose the same body, ask, and A says yes so B is asked.
    const created = bodyOf(await post(t, me, '/api/v1/introductions', body), 201);
    await post(t, me, `/api/v1/introductions/${created.id}/request`);
    await post(t, me, `/api/v1/introductions/${created.id}/answers`, { personId: a.id, answer: 'yes' });
    const emails = (await detail(t, me, created.id)).emails;
    const [sentA] = mailsTo(emails, a.emails[0]!, 'consent_request');
    const [sentB] = mailsTo(emails, b.emails[0]!, 'consent_request');
    if (!sentA || !sentB) throw new Error(`not both asked: ${JSON.stringify(emails.map((m) => m.to))}`);
    for (const [shown, sent] of [
      [toA, sentA],
      [toB, sentB],
    ] as const) {
      expect(shown.subject).toBe(sent.subject);
      expect(withoutTokens(shown.text)).toBe(withoutTokens(sent.text));
      expect(withoutTokens(shown.html)).toBe(withoutTokens(sent.html));
      expect(shown.from).toBe(`${sent.from.name} <${sent.from.address}>`);
      expect(shown.to).toEqual(sent.to);
    }
  });

  it('follows the order of asking: who goes first, or both at once', async () => {
    const { a, b } = await pair();
    const base = { personAId: a.id, personBId: b.id, kind: 'peers', reason: 'They should talk.' };
    const bFirst = bodyOf(await preview({ ...base, firstPersonId: b.id }), 200);
    expect([bFirst.a.position, bFirst.b.position]).toEqual(['second', 'first']);
    expect(bFirst.a.text).toContain('Henry Ford has already said yes');
    const parallel = bodyOf(await preview({ ...base, order: 'parallel' }), 200);
    expect([parallel.a.position, parallel.b.position]).toEqual(['parallel', 'parallel']);
    expect(parallel.b.text).not.toContain('already said yes');
    // "Ask me first" on B makes B the default first person, as proposing does.
    const { a: c, b: d } = await pair({}, { introPreferences: { askFirst: true } });
    const busy = bodyOf(await preview({ ...base, personAId: c.id, personBId: d.id }), 200);
    expect(busy.b.position).toBe('first');
  });

  it('uses this server’s link lifetime and today’s date', async () => {
    const { a, b } = await pair();
    const body = { personAId: a.id, personBId: b.id, kind: 'peers', reason: 'Talk.' };
    const days = t.deps.config.introductions.tokenDays;
    t.deps.config.introductions.tokenDays = 10;
    try {
      const until = calendarDayWords(
        new Date(t.clock.now().getTime() + 10 * 86_400_000).toISOString().slice(0, 10),
      );
      const res = await preview(body);
      expectStatus(res, 200);
      expect(res.body.a.text).toContain(`These links work until ${until}.`);
      expect(res.body.b.html).toContain(`These links work until ${until}.`);
    } finally {
      t.deps.config.introductions.tokenDays = days;
    }
  });

  it('refuses what proposing refuses, naming the field; an open introduction does not stop a preview', async () => {
    const { a, b } = await pair();
    const base = { personAId: a.id, personBId: b.id, kind: 'peers', reason: 'Talk.' };
    const self = await preview({ ...base, personBId: a.id });
    expectStatus(self, 422);
    expect(self.body.errors?.[0]?.field).toBe('personBId');
    const caveat = await preview({ ...base, discloseCaveatIds: ['00000000-0000-4000-8000-000000000000'] });
    expectStatus(caveat, 422);
    expect(caveat.body.errors?.[0]?.field).toBe('discloseCaveatIds[0]');
    const noReason = await preview({ ...base, reason: ' ' });
    expectStatus(noReason, 422);
    expect(noReason.body.errors?.[0]?.field).toBe('reason');
    const ivy = await addPerson(t, me, { name: 'Ivy Private', introPreferences: { doNotIntroduce: true } });
    const optedOut = await preview({ ...base, personBId: ivy.id });
    expectStatus(optedOut, 422);
    expect(optedOut.body.errors?.[0]).toMatchObject({
      field: 'personBId',
      message: 'Ivy Private is marked "do not introduce"',
    });
    const noEmail = await addPerson(t, me, { name: 'No Mail', emails: [] });
    expect(bodyOf(await preview({ ...base, personAId: noEmail.id }), 422).errors?.[0]?.field).toBe(
      'personAId',
    );

    expect((await post(t, me, '/api/v1/introductions', base)).status).toBe(201);
    expect((await preview(base)).status).toBe(200);
  });
});
