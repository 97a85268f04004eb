// Deleting a person who is in introductions: refused until the caller confirms, then open introductions
// are cancelled through the state machine (with the neutral note) and closed ones are kept with the
// person anonymised, their consent history intact and the other person's links still working.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { testDbKind } from '../../test/db';
import { interactionInput, needInput, offerInput } from '../../test/factories';
import { addPerson, detail, mailsTo, post, propose } from '../../test/introductions';
import { people } from '../db/schema';

let t: TestApp;
let me: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
});
afterAll(() => t.close());

const rowsOf = (result: unknown) => (result as { rows: { n: unknown }[] }).rows;

/** Until a statement of the app waits for a row lock (PostgreSQL), or a moment (PGlite, which cannot). */
async function blockedOnALock() {
  if (testDbKind() !== 'postgres') {
    await new Promise((resolve) => setTimeout(resolve, 50));
    return;
  }
  for (let i = 0; i < 600; i++) {
    const waiting = await t.database.db.execute(
      sql`select count(*)::int as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`,
    );
    if (Number(rowsOf(waiting)[0]?.n) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the request never waited for the deletion');
}

const get = <P extends string>(path: P) => t.call('GET', path, { token: me.token });
const del = <P extends string>(path: P) => t.call('DELETE', path, { token: me.token });

/** Ada and Bob, asked in parallel, Bob has said yes: an open introduction. */
async function openWithBobYes(ada: { id: string }) {
  const bob = await addPerson(t, me, { name: 'Bob Open', emails: ['bob.open@example.com'] });
  const res = await t.call('POST', '/api/v1/introductions', {
    token: me.token,
    body: {
      personAId: ada.id,
      personBId: bob.id,
      kind: 'peers',
      reason: 'Both build boats.',
      order: 'parallel',
    },
  });
  expectStatus(res, 201);
  const id = res.body.id;
  expect((await post(t, me, `/api/v1/introductions/${id}/request`)).status).toBe(200);
  expect(
    (await post(t, me, `/api/v1/introductions/${id}/answers`, { personId: bob.id, answer: 'yes' })).status,
  ).toBe(200);
  return { bob, id };
}

/** An introduction taken all the way to closed, and the follow-up link the other person (B) got. */
async function closedIntroduction(ada: { id: string }) {
  const carol = await addPerson(t, me, { name: 'Carol Closed', emails: ['carol.closed@example.com'] });
  const res = await t.call('POST', '/api/v1/introductions', {
    token: me.token,
    body: { personAId: ada.id, personBId: carol.id, kind: 'peers', reason: 'Both sail.', order: 'parallel' },
  });
  const id = bodyOf(res, 201).id;
  await post(t, me, `/api/v1/introductions/${id}/request`);
  await post(t, me, `/api/v1/introductions/${id}/answers`, { personId: ada.id, answer: 'yes' });
  await post(t, me, `/api/v1/introductions/${id}/answers`, { personId: carol.id, answer: 'yes' });
  await post(t, me, `/api/v1/introductions/${id}/introduce`);
  const fu = bodyOf(await post(t, me, `/api/v1/introductions/${id}/follow-up`), 200);
  const followUpLink = mailsTo(fu.emails, carol.emails[0]!, 'follow_up')[0]?.links[0];
  if (!followUpLink) throw new Error(`no follow-up link to Carol in ${JSON.stringify(fu.emails)}`);
  const link = new URL(followUpLink.url).pathname;
  const closed = await post(t, me, `/api/v1/introductions/${id}/outcome`, { outcome: 'met_helpful' });
  expect(bodyOf(closed, 200).state).toBe('closed');
  return { carol, id, link };
}

describe('deleting a person who is in introductions', () => {
  it('answers 409 problem+json listing them, and changes nothing, without confirmation', async () => {
    const ada = await addPerson(t, me, { name: 'Ada Refused', emails: ['ada.refused@example.com'] });
    const open = await openWithBobYes(ada);
    const closed = await closedIntroduction(ada);
    const before = await detail(t, me, open.id);

    const res = await del(`/api/v1/people/${ada.id}`);
    expectStatus(res, 409);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.openIntroductions).toBe(1);
    expect(res.body.closedIntroductions).toBe(1);
    expect(res.body.impact).toBe(
      'Ada Refused is in 1 open introduction and 1 closed; deleting cancels it (Bob Open gets a neutral note) and keeps 1 closed one anonymised.',
    );
    expect(res.body.introductions).toHaveLength(2);
    expect(res.body.introductions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: open.id, open: true, otherName: 'Bob Open', otherNotified: true }),
        expect.objectContaining({ id: closed.id, open: false, state: 'closed', otherName: 'Carol Closed' }),
      ]),
    );
    expect((await get(`/api/v1/people/${ada.id}`)).status).toBe(200);
    expect(await detail(t, me, open.id)).toEqual(before);
    expect((await del(`/api/v1/people/${ada.id}?introductions=maybe`)).status).toBe(400);
  });

  it('confirmed, cancels the open one with the neutral note to the person who said yes', async () => {
    const ada = await addPerson(t, me, { name: 'Ada Open', emails: ['ada.open@example.com'] });
    const { bob, id } = await openWithBobYes(ada);

    expect((await del(`/api/v1/people/${ada.id}?introductions=cancel`)).status).toBe(204);

    const d = await detail(t, me, id);
    expect(d.state).toBe('cancelled');
    expect(d.personA.name).toBe('Deleted person');
    expect(mailsTo(d.emails, bob.emails[0]!, 'closing_note')).toHaveLength(1);
    const outbox = bodyOf(await get('/api/v1/outbox'), 200).items;
    expect(outbox.filter((m) => m.kind === 'closing_note' && m.to.includes(bob.emails[0]!))).toHaveLength(1);
    // Bob can be introduced again: the pair's open introduction is gone.
    expect((await get(`/api/v1/people/${ada.id}`)).status).toBe(404);
  });

  it('confirmed, keeps the closed one with its consent log, the person anonymised, the other’s link valid', async () => {
    const ada = await addPerson(t, me, {
      name: 'Ada Closed',
      emails: ['ada.closed@example.com'],
      phones: ['+44 20 7946 0000'],
      blurb: 'Builds boats',
      privateNotes: 'secret note',
      tags: ['sailor'],
    });
    const { id, link } = await closedIntroduction(ada);
    const before = await detail(t, me, id);
    expect(before.consentLog).toHaveLength(2);

    expect((await del(`/api/v1/people/${ada.id}?introductions=cancel`)).status).toBe(204);

    const after = await detail(t, me, id);
    expect(after.state).toBe('closed');
    expect(after.consentLog).toEqual(before.consentLog);
    expect(after.events).toEqual(before.events);
    expect(after.personA).toEqual({ id: ada.id, name: 'Deleted person' });
    // The tombstone holds no personal data and shows up nowhere.
    const [row] = await t.database.db.select().from(people).where(eq(people.id, ada.id));
    expect(row).toMatchObject({
      name: 'Deleted person',
      emails: [],
      phones: [],
      blurb: '',
      privateNotes: '',
      tags: [],
    });
    expect(row?.deletedAt).toBeInstanceOf(Date);
    expect((await get(`/api/v1/people/${ada.id}`)).status).toBe(404);
    const listed = bodyOf(await get('/api/v1/people?limit=100'), 200).items.map((p) => p.id);
    expect(listed).not.toContain(ada.id);
    expect(bodyOf(await get('/api/v1/people?q=Deleted'), 200).items).toEqual([]);
    expect(bodyOf(await get('/api/v1/tags'), 200).items.map((x) => x.tag)).not.toContain('sailor');
    // Carol's link still answers with the introduction's closed state, not "not valid".
    const page = await t.call('GET', link);
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('This link is not valid');
  });

  it('someone in no introduction is deleted outright without being asked', async () => {
    const p = await addPerson(t, me, { name: 'Nobody Introduced' });
    expect((await del(`/api/v1/people/${p.id}`)).status).toBe(204);
    const [row] = await t.database.db.select().from(people).where(eq(people.id, p.id));
    expect(row).toBeUndefined();
  });

  // The request reads the person, then its insert waits for the row the deletion holds, and fails its
  // foreign key once the deletion commits. PGlite runs one transaction at a time (the request waits for the
  // deletion, then finds no one), so only the PostgreSQL run of this file can meet that moment.
  it('a need, offer, interaction or introduction for someone deleted at that moment: 404, 409 or 422, never 500, nothing written', async () => {
    const other = await addPerson(t, me, { name: 'Stays Here' });
    const writes = (id: string) => [
      () => t.call('POST', `/api/v1/people/${id}/needs`, { token: me.token, body: needInput() }),
      () => t.call('POST', `/api/v1/people/${id}/offers`, { token: me.token, body: offerInput() }),
      () =>
        t.call('POST', `/api/v1/people/${id}/interactions`, { token: me.token, body: interactionInput() }),
      () =>
        t.call('POST', '/api/v1/introductions', {
          token: me.token,
          body: { personAId: id, personBId: other.id, kind: 'peers', reason: 'Now.', order: 'parallel' },
        }),
    ];
    for (let i = 0; i < writes('').length; i++) {
      const p = await addPerson(t, me, { name: `Deleted Meanwhile ${i}` });
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let deleted: () => void = () => {};
      const rowDeleted = new Promise<void>((resolve) => {
        deleted = resolve;
      });
      const deletion = t.database.db.transaction(async (tx) => {
        await tx.delete(people).where(eq(people.id, p.id));
        deleted();
        await held;
      });
      // The row is deleted (not yet committed) before the request starts, so it is the request that waits.
      await rowDeleted;
      const answer = writes(p.id)[i]!();
      await blockedOnALock();
      release();
      await deletion;
      const res = await answer;
      expect([404, 409, 422], `write ${i}: ${JSON.stringify(res.body)}`).toContain(res.status);
      const left = await t.database.db.execute(
        sql`select (select count(*) from needs where person_id = ${p.id})
          + (select count(*) from offers where person_id = ${p.id})
          + (select count(*) from interactions where person_id = ${p.id})
          + (select count(*) from introductions where person_a_id = ${p.id}) as n`,
      );
      expect(Number(rowsOf(left)[0]?.n)).toBe(0);
    }
  });

  it('a deleted person cannot be proposed again', async () => {
    const { a, b } = await propose(t, me, { a: { name: 'Gone Soon' } });
    expect((await del(`/api/v1/people/${a.id}?introductions=cancel`)).status).toBe(204);
    const res = await t.call('POST', '/api/v1/introductions', {
      token: me.token,
      body: { personAId: a.id, personBId: b.id, kind: 'peers', reason: 'Again.', order: 'parallel' },
    });
    expectStatus(res, 422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: 'personAId', message: 'no such person' }),
    ]);
  });
});
