// Reading introductions: step previews (nothing written), lists with filters and cursor pages, account
// isolation of lists, and the outbox with its mail status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { addPerson, detail, post, propose } from '../../test/introductions';

let t: TestApp;
let me: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
});
afterAll(() => t.close());

describe('previews', () => {
  it('shows what a step would send without changing anything', async () => {
    const { a, b, intro } = await propose(t, me, { body: { pitchB: 'Bob pitch for preview' } });
    const before = await detail(t, me, intro.id);
    const res = await t.call('GET', `/api/v1/introductions/${intro.id}/preview?action=request`, {
      token: me.token,
    });
    expectStatus(res, 200);
    expect(res.body.state).toBe('asking');
    expect(res.body.messages).toEqual([
      expect.objectContaining({
        kind: 'consent_request',
        to: [a.emails[0]],
        subject: 'Would you like to meet Bob Provider?',
      }),
    ]);
    expect(res.body.messages[0]?.text).toContain('Bob pitch for preview');
    expect(res.body.messages[0]?.text).toContain('/r/preview-consent');
    expect(await detail(t, me, intro.id)).toEqual(before);
    const refused = await t.call('GET', `/api/v1/introductions/${intro.id}/preview?action=introduce`, {
      token: me.token,
    });
    expect(refused.status).toBe(409);
    expect(b.id).toBeTruthy();
  });
});

describe('reading', () => {
  it('lists by state and person with cursor pages, and hides other accounts', async () => {
    const other = await t.account();
    const p = await addPerson(t, me, { name: 'Paging Pat' });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const q = await addPerson(t, me);
      const r = await post(t, me, '/api/v1/introductions', {
        personAId: p.id,
        personBId: q.id,
        kind: 'peers',
        reason: `r${i}`,
      });
      ids.push(bodyOf(r, 201).id);
    }
    const page1 = await t.call('GET', `/api/v1/introductions?personId=${p.id}&limit=2&state=draft`, {
      token: me.token,
    });
    expectStatus(page1, 200);
    expect(page1.body.items).toHaveLength(2);
    const page2 = await t.call(
      'GET',
      `/api/v1/introductions?personId=${p.id}&limit=2&state=draft&cursor=${page1.body.nextCursor}`,
      { token: me.token },
    );
    expectStatus(page2, 200);
    expect(page2.body.nextCursor).toBeNull();
    expect([...page1.body.items, ...page2.body.items].map((i) => i.id).sort()).toEqual(ids.sort());
    expect(
      bodyOf(
        await t.call('GET', `/api/v1/introductions?state=closed&personId=${p.id}`, { token: me.token }),
        200,
      ).items,
    ).toEqual([]);
    expect((await t.call('GET', `/api/v1/introductions/${ids[0]}`, { token: other.token })).status).toBe(404);
    expect(
      (await t.call('POST', `/api/v1/introductions/${ids[0]}/request`, { token: other.token })).status,
    ).toBe(404);
    expect(bodyOf(await t.call('GET', '/api/v1/outbox', { token: other.token }), 200).items).toEqual([]);
    expect((await t.call('GET', '/api/v1/introductions?state=bogus', { token: me.token })).status).toBe(400);
  });

  it('the outbox lists messages newest first, and says where links point', async () => {
    const me = await t.account(); // an outbox of its own: only this test's messages
    const { intro } = await propose(t, me);
    const older = await propose(t, me);
    await post(t, me, `/api/v1/introductions/${older.intro.id}/request`);
    t.clock.advance(60_000);
    await post(t, me, `/api/v1/introductions/${intro.id}/request`);
    const box = await t.call('GET', '/api/v1/outbox?limit=3', { token: me.token });
    expectStatus(box, 200);
    // Two consent requests (one per introduction, to each A), a minute apart: the later one comes first.
    expect(box.body.items.map((m) => [m.introductionId, m.kind])).toEqual([
      [intro.id, 'consent_request'],
      [older.intro.id, 'consent_request'],
    ]);
    const [newer, earlier] = box.body.items;
    if (!newer || !earlier) throw new Error('the outbox has fewer than two messages');
    expect(Date.parse(newer.createdAt) - Date.parse(earlier.createdAt)).toBe(60_000);
    expect(Object.keys(newer)).toEqual(
      expect.arrayContaining(['id', 'to', 'cc', 'subject', 'text', 'html', 'status', 'createdAt', 'links']),
    );
    const status = await t.call('GET', '/api/v1/mail/status', { token: me.token });
    expectStatus(status, 200);
    expect(status.body).toMatchObject({
      transport: 'local',
      linksPointAtLoopback: true,
      publicUrlConfigured: false,
    });
    expect(status.body.counts.local).toBeGreaterThan(0);
    const one = await t.call('GET', `/api/v1/outbox/${newer.id}`, { token: me.token });
    expect(bodyOf(one, 200).id).toBe(newer.id);
    const full = await detail(t, me, intro.id);
    expect(full.emails.map((m) => m.id)).toContain(
      box.body.items.find((m) => m.introductionId === intro.id)?.id,
    );
  });
});
