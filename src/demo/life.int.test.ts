// The demo as a living network: loaded by `linchpin demo` at a fixed clock, Today holds an item of every
// kind, the one-click actions on them work, the introductions list holds every state, and every email
// stayed in the outbox, addressed to the demo's made-up people.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { inProcessCli } from '../../test/cli';
import { post } from '../../test/introductions';
import type { Agenda } from '../agenda/schema';
import { INTRO_STATES } from '../domain/introduction/types';

let t: TestApp;
let me: TestAccount;
let loaded: { introductions: Record<string, number> };
let resent: { id: string };
const NOW = '2026-03-02T10:00:00.000Z';

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(NOW);
  me = await t.account('living-demo@example.com');
  const r = await inProcessCli(t.deps)(['demo', '--account', me.email, '--seed', '1', '--json']);
  expect(r).toMatchObject({ code: 0, stderr: '' });
  loaded = JSON.parse(r.stdout);
});
afterAll(() => t.close());

const today = async (): Promise<Agenda['items']> => {
  const res = await t.call('GET', '/api/v1/agenda', { token: me.token });
  expectStatus(res, 200);
  return res.body.items;
};
const itemOf = async (kind: string) => {
  const item = (await today()).find((i) => i.kind === kind);
  if (!item) throw new Error(`no ${kind} item on Today`);
  return item;
};

describe('the demo network on Today', () => {
  it('holds at least one item of every kind the connector acts on', async () => {
    const kinds = new Set((await today()).map((i) => i.kind));
    for (const kind of [
      'failed_mail',
      'answer',
      'ready_to_send',
      'reconfirm',
      'check_back',
      'waiting_for_answer',
      'outcome_due',
      'follow_up',
      'need_due',
      'keep_in_touch',
    ] as const)
      expect([kind, kinds.has(kind)]).toEqual([kind, true]);
    const notes = (await today()).flatMap((i) => (i.kind === 'answer' && i.note ? [i.note] : []));
    expect(notes).toContain('Yes please, Tuesdays are best.');
  });

  it('lists introductions in every state, as the CLI counted them', async () => {
    const res = await t.call('GET', '/api/v1/introductions?limit=100', { token: me.token });
    expectStatus(res, 200);
    const states: string[] = res.body.items.map((i: { state: string }) => i.state);
    expect(new Set(states)).toEqual(new Set(INTRO_STATES));
    const counted = Object.fromEntries(INTRO_STATES.map((s) => [s, states.filter((x) => x === s).length]));
    expect(loaded.introductions).toEqual(counted);
    expect(states.length).toBeGreaterThanOrEqual(15);
  });

  it('shows no two demo people as very likely the same person', async () => {
    const res = await t.call('GET', '/api/v1/duplicates', { token: me.token });
    expectStatus(res, 200);
    const strong = res.body.items.filter((p: { strength: string }) => p.strength === 'strong');
    expect(strong).toEqual([]);
  });

  it('"Got it" on an answer takes it off Today', async () => {
    const answer = await itemOf('answer');
    expect((await post(t, me, '/api/v1/agenda/acknowledgements', { keys: [answer.key] })).status).toBe(204);
    expect((await today()).map((i) => i.key)).not.toContain(answer.key);
  });

  it('asking again after a check-back sends a new request and takes the check-back off Today', async () => {
    const checkBack = await itemOf('check_back');
    const res = await post(t, me, `/api/v1/introductions/${checkBack.introductionId}/reask`);
    expectStatus(res, 200);
    expect(res.body.state).toBe('asking');
    expect((await today()).map((i) => i.key)).not.toContain(checkBack.key);
  });

  it('the due follow-up and a stale yes can be acted on from Today', async () => {
    const followUp = await itemOf('follow_up');
    const sent = await post(t, me, `/api/v1/introductions/${followUp.introductionId}/follow-up`);
    expectStatus(sent, 200);
    expect(sent.body.state).toBe('following_up');

    const reconfirm = await itemOf('reconfirm');
    expect(reconfirm.action.kind).toBe('reconfirm');
    const asked = await post(t, me, `/api/v1/introductions/${reconfirm.introductionId}/reconfirm`, {
      party: reconfirm.action.party,
    });
    expectStatus(asked, 200);
    expect((await today()).map((i) => i.key)).not.toContain(reconfirm.key);
  });

  it('the bounced consent request can be resent from Today', async () => {
    const failed = await itemOf('failed_mail');
    expect(failed.summary).toContain('550 5.1.1');
    const res = await post(t, me, `/api/v1/outbox/${failed.outboxId}/resend`);
    expectStatus(res, 200);
    resent = res.body;
    expect((await today()).map((i) => i.key)).not.toContain(failed.key);
  });

  it('keeps every email in the outbox, to the demo’s made-up addresses, once resent the one that bounced too', async () => {
    const res = await t.call('GET', '/api/v1/outbox?limit=200', { token: me.token });
    expectStatus(res, 200);
    const messages: { id: string; status: string; to: string[] }[] = res.body.items;
    expect(messages.length).toBeGreaterThan(30);
    const addresses = messages.flatMap((m) => m.to);
    expect(addresses.filter((a) => !a.endsWith('.example'))).toEqual([]);
    // The bounced request, resent above, waits in the local outbox like the rest (no SMTP here).
    expect(messages.filter((m) => m.status !== 'local').map((m) => m.status)).toEqual([]);
    expect(messages.map((m) => m.id)).toContain(resent.id);
  });
});
