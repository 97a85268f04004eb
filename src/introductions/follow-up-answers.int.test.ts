// The connector records a follow-up answer heard by phone (or in person, or by message): it goes through
// the state machine like the person's own click, keeps how it came and the note, and obeys the same rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { detail, post, propose } from '../../test/introductions';

let t: TestApp;
let me: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
});
afterAll(() => t.close());

async function introduced() {
  const { intro, a, b } = await propose(t, me);
  const path = `/api/v1/introductions/${intro.id}` as const;
  await post(t, me, `${path}/request`);
  await post(t, me, `${path}/answers`, { personId: a.id, answer: 'yes' });
  await post(t, me, `${path}/answers`, { personId: b.id, answer: 'yes' });
  await post(t, me, `${path}/introduce`);
  return { path, a, b, id: intro.id };
}

describe('POST /api/v1/introductions/:id/follow-up-answers', () => {
  it('records an answer by phone with its note, once the follow-up went out', async () => {
    const { path, a, b } = await introduced();
    const early = await post(t, me, `${path}/follow-up-answers`, { personId: a.id, answer: 'met_helpful' });
    expectStatus(early, 409);
    expect(early.body.detail).toMatch(
      /while the introduction is made \(only when it is following up or closed\)/,
    );

    const sent = await post(t, me, `${path}/follow-up`);
    expect(bodyOf(sent, 200).actions.followUpAnswer.a).toEqual({ allowed: true });
    const res = await post(t, me, `${path}/follow-up-answers`, {
      personId: a.id,
      answer: 'met_helpful',
      note: 'Called me: they signed a contract.',
    });
    expectStatus(res, 200);
    expect(res.body.state).toBe('following_up');
    expect(res.body.followUpAnswers.a).toMatchObject({ answer: 'met_helpful', channel: 'phone' });
    expect(res.body.followUpAnswers.b).toBeNull();
    expect(res.body.outcomes).toEqual([
      expect.objectContaining({
        personId: a.id,
        source: 'follow_up',
        outcome: 'met_helpful',
        note: 'Called me: they signed a contract.',
      }),
    ]);
    const event = res.body.events.at(-1);
    expect(event).toMatchObject({
      type: 'follow_up_answered',
      party: 'a',
      actor: 'connector',
      detail: 'met_helpful',
    });
    expect(res.body.actions.followUpAnswer.a).toMatchObject({ allowed: false, code: 'no_change' });

    // In person, for the other side; the same answer again changes nothing, another one is refused.
    const inPerson = await post(t, me, `${path}/follow-up-answers`, {
      personId: b.id,
      answer: 'not_yet',
      channel: 'in_person',
    });
    expectStatus(inPerson, 200);
    expect(inPerson.body.followUpAnswers.b).toMatchObject({ answer: 'not_yet', channel: 'in_person' });
    const again = await post(t, me, `${path}/follow-up-answers`, { personId: b.id, answer: 'not_yet' });
    expectStatus(again, 200);
    expect(again.body.version).toBe(inPerson.body.version);
    const changed = await post(t, me, `${path}/follow-up-answers`, { personId: b.id, answer: 'met_helpful' });
    expectStatus(changed, 409);
    expect(changed.body.detail).toMatch(/already been answered/);
    expect(inPerson.body.actions.followUpAnswer.b).toMatchObject({
      allowed: false,
      code: 'already_answered',
    });
  });

  it('still takes an answer after the outcome closed the introduction', async () => {
    const { path, a } = await introduced();
    await post(t, me, `${path}/follow-up`);
    await post(t, me, `${path}/outcome`, { outcome: 'met_helpful' });
    const late = await post(t, me, `${path}/follow-up-answers`, { personId: a.id, answer: 'met_not_fit' });
    expectStatus(late, 200);
    expect(late.body.state).toBe('closed');
    expect(late.body.followUpAnswers.a).toMatchObject({ answer: 'met_not_fit', channel: 'phone' });
  });

  it('refuses someone outside the introduction, an unknown answer and the email-link channel', async () => {
    const { path, id } = await introduced();
    await post(t, me, `${path}/follow-up`);
    const { a: stranger } = await propose(t, me);
    const outsider = await post(t, me, `${path}/follow-up-answers`, {
      personId: stranger.id,
      answer: 'not_yet',
    });
    expectStatus(outsider, 422);
    expect(outsider.body.errors?.[0]?.field).toBe('personId');
    const d = await detail(t, me, id);
    for (const body of [
      { personId: d.personA.id, answer: 'great' },
      { personId: d.personA.id, answer: 'not_yet', channel: 'email_link' },
      { personId: d.personA.id, answer: 'not_yet', note: 'x'.repeat(2001) },
      { personId: d.personA.id },
    ]) {
      const bad = await post(t, me, `${path}/follow-up-answers`, body);
      expect(bad.status, JSON.stringify(body)).toBe(422);
    }
    expect((await detail(t, me, id)).version).toBe(d.version);
  });
});
