// Two writes to one introduction at once (two answers through the same link or different ones, a yes and
// a cancel) end in exactly one consistent state: row locks plus versioned updates.
//
// Which database proves what: on PostgreSQL the requests of a round run at the same time on separate
// pooled connections, so they really race; each test runs rounds, alternating which request starts first
// (with a head start that sweeps 0–10 ms), until both orders have won at least once (and fails if one
// never does), and checks every round. PGlite
// has one connection and applies transactions one after the other, so there each test sends the requests
// one after the other, once in each order: that proves a late second write is refused or absorbed and the
// state stays consistent, not that a race is handled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntroductionDetail } from '../../src/introductions/schema';
import type { OutboxMessage } from '../../src/mail/schema';
import { createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { testDbKind } from '../../test/db';
import { detail, linkPath, mailsTo, post, postForm, propose } from '../../test/introductions';

let t: TestApp;
let me: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
});
afterAll(() => t.close());

const racing = testDbKind() === 'postgres';
/** How the requests of a round are sent, for the test names. */
const sent = racing
  ? 'at once (PostgreSQL: concurrent connections)'
  : 'one after the other (PGlite: one connection)';

/** Which request of a round starts first, and (racing) how long before the other one starts. */
interface First {
  who: 'a' | 'b';
  headStartMs: number;
}

/**
 * Plays rounds and counts which order won each. On PostgreSQL: at least `min` rounds, then until both
 * orders have won, at most `max`. The first request's head start sweeps 0, 0, 2, 2, … 10 ms: at 0 the two
 * truly race (and one kind of request may simply be faster), with a few milliseconds the one sent first
 * reaches the row lock first, so every order can happen whatever the machine's speed. On PGlite: two
 * rounds, one with each request first.
 */
async function rounds<Order extends string>(
  round: (first: First) => Promise<Order>,
  { min = 10, max = 80 } = {},
): Promise<Map<Order, number>> {
  const won = new Map<Order, number>();
  for (let i = 0; i < (racing ? max : 2); i++) {
    const first: First = { who: i % 2 === 0 ? 'a' : 'b', headStartMs: (Math.floor(i / 2) % 6) * 2 };
    const order = await round(first);
    won.set(order, (won.get(order) ?? 0) + 1);
    if (racing && i + 1 >= min && won.size > 1) break;
  }
  return won;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends both requests, `first` starting first: concurrently when racing, else one after the other. */
async function both<A, B>(first: First, a: () => Promise<A>, b: () => Promise<B>): Promise<[A, B]> {
  if (racing) {
    if (first.who === 'a') {
      const pa = a();
      if (first.headStartMs) await pause(first.headStartMs);
      return Promise.all([pa, b()]);
    }
    const pb = b();
    if (first.headStartMs) await pause(first.headStartMs);
    return Promise.all([a(), pb]);
  }
  if (first.who === 'a') {
    const ra = await a();
    return [ra, await b()];
  }
  const rb = await b();
  return [await a(), rb];
}

/** PostgreSQL: both orders won at least once. PGlite: the request sent first won each round. */
function expectBothOrders<Order extends string>(
  won: Map<Order, number>,
  orders: Record<First['who'], Order>,
) {
  if (racing) {
    expect([...won.keys()].sort(), `rounds won: ${JSON.stringify([...won])}`).toEqual(
      [orders.a, orders.b].sort(),
    );
  } else {
    expect(Object.fromEntries(won)).toEqual({ [orders.a]: 1, [orders.b]: 1 });
  }
}

async function asked(body: Record<string, unknown> = {}) {
  const p = await propose(t, me, { body });
  const res = await post(t, me, `/api/v1/introductions/${p.intro.id}/request`);
  expectStatus(res, 200);
  const emails: OutboxMessage[] = res.body.emails;
  const link = (email: string) => linkPath(mailsTo(emails, email, 'consent_request')[0]!, 'Yes');
  return { ...p, link };
}

/** Checks that the event log chains from draft to the current state. */
function consistent(d: IntroductionDetail) {
  let state = 'draft';
  for (const e of d.events.slice(1)) {
    expect(e.fromState).toBe(state);
    state = e.toState;
  }
  expect(state).toBe(d.state);
}

describe('two answers for one person', () => {
  it(`yes and no through the same link, ${sent}: exactly one is recorded, the other refused`, async () => {
    const won = await rounds(async (first) => {
      const { intro, a, link } = await asked();
      const path = link(a.emails[0]!);
      const [yes, no] = await both(
        first,
        () => postForm(t, path, { answer: 'yes' }),
        () => postForm(t, path, { answer: 'no' }),
      );
      expect([yes.status, no.status].sort()).toEqual([200, 409]);
      const d = await detail(t, me, intro.id);
      expect(d.consentLog).toHaveLength(1);
      const winner = d.consentLog[0]!.answer;
      expect(winner).toBe(yes.status === 200 ? 'yes' : 'no');
      expect(d.state).toBe(winner === 'yes' ? 'asking' : 'declined');
      expect(d.consent.a.status).toBe(winner);
      consistent(d);
      return winner;
    });
    expectBothOrders(won, { a: 'yes', b: 'no' });
  });

  it(`the same answer three times, ${sent}: recorded once, B asked once`, async () => {
    for (let i = 0; i < (racing ? 10 : 1); i++) {
      const { intro, a, b, link } = await asked();
      const path = link(a.emails[0]!);
      const answer = () => postForm(t, path, { answer: 'yes' });
      const results = racing
        ? await Promise.all([answer(), answer(), answer()])
        : [await answer(), await answer(), await answer()];
      expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
      const d = await detail(t, me, intro.id);
      expect(d.consentLog).toHaveLength(1);
      expect(mailsTo(d.emails, b.emails[0]!, 'consent_request')).toHaveLength(1);
      consistent(d);
    }
  });

  it(`a link answer and a phone answer for the same person, ${sent}: one is recorded, the other refused`, async () => {
    const won = await rounds(async (first) => {
      const { intro, a, link } = await asked();
      const [viaLink, viaPhone] = await both(
        first,
        () => postForm(t, link(a.emails[0]!), { answer: 'yes' }),
        () => post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: a.id, answer: 'no' }),
      );
      expect([viaLink.status, viaPhone.status].filter((s) => s === 200)).toHaveLength(1);
      const d = await detail(t, me, intro.id);
      expect(d.consentLog).toHaveLength(1);
      expect(d.consentLog[0]!.channel).toBe(viaLink.status === 200 ? 'email_link' : 'phone');
      consistent(d);
      return viaLink.status === 200 ? 'link' : 'phone';
    });
    expectBothOrders(won, { a: 'link', b: 'phone' });
  });
});

describe('both people answering', () => {
  it(`both say yes in parallel order, ${sent}: ready once, one introduction sent automatically`, async () => {
    const won = await rounds(async (first) => {
      const { intro, a, b, link } = await asked({ order: 'parallel', autoSend: true });
      const results = await both(
        first,
        () => postForm(t, link(a.emails[0]!), { answer: 'yes' }),
        () => postForm(t, link(b.emails[0]!), { answer: 'yes' }),
      );
      expect(results.map((r) => r.status)).toEqual([200, 200]);
      const d = await detail(t, me, intro.id);
      expect(d.state).toBe('introduced');
      expect(d.events.filter((e) => e.type === 'ready')).toHaveLength(1);
      expect(d.emails.filter((m) => m.kind === 'introduction')).toHaveLength(1);
      consistent(d);
      return d.consentLog[0]!.party;
    });
    expectBothOrders(won, { a: 'a', b: 'b' });
  });
});

describe('yes and cancel', () => {
  it(`${sent}: ends cancelled; the neutral note goes out exactly when the yes got in first`, async () => {
    const won = await rounds(async (first) => {
      const { intro, a, link } = await asked();
      const [yes, cancel] = await both(
        first,
        () => postForm(t, link(a.emails[0]!), { answer: 'yes' }),
        () => post(t, me, `/api/v1/introductions/${intro.id}/cancel`),
      );
      expectStatus(cancel, 200);
      const d = await detail(t, me, intro.id);
      expect(d.state).toBe('cancelled');
      const notes = mailsTo(d.emails, a.emails[0]!, 'closing_note');
      if (yes.status === 200) {
        expect(d.consent.a.status).toBe('yes');
        expect(d.consentLog).toHaveLength(1);
        expect(notes).toHaveLength(1);
      } else {
        expectStatus(yes, 410);
        expect(d.consent.a.status).toBe('asked');
        expect(d.consentLog).toHaveLength(0);
        expect(notes).toHaveLength(0);
      }
      consistent(d);
      return yes.status === 200 ? 'yes first' : 'cancel first';
    });
    expectBothOrders(won, { a: 'yes first', b: 'cancel first' });
  });
});

describe('versioned updates', () => {
  it('a stale writer cannot overwrite a newer version', async () => {
    const { intro } = await asked();
    const { updateIntroduction, findIntroduction } = await import('./repository');
    const row = (await findIntroduction(t.database.db, me.id, intro.id))!;
    await post(t, me, `/api/v1/introductions/${intro.id}/cancel`);
    const stale = await updateIntroduction(t.database.db, me.id, intro.id, row.version, { state: 'ready' });
    expect(stale).toBeUndefined();
    expect((await detail(t, me, intro.id)).state).toBe('cancelled');
  });
});
