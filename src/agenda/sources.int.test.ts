// Today's one statement, source by source, on rows written straight to the database where the API would
// take too long to make them: the acknowledgement probe, the answers' window edge, more acknowledged
// answers than the read limit, the tightest tag cadence, names, and the introductions-only view.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { addPerson, post, propose } from '../../test/introductions';
import { accounts, consentLog, introductionOutcomes, people } from '../db/schema';
import type { Agenda } from './schema';

let t: TestApp;
let me: TestAccount;
const T0 = '2026-03-02T10:00:00.000Z';
const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
  await t.deps.db.update(accounts).set({ timeZone: 'UTC' }).where(eq(accounts.id, me.id));
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(T0));

const today = async (
  path: '/api/v1/agenda' | '/api/v1/introductions/agenda' = '/api/v1/agenda',
): Promise<Agenda> => {
  const res = await t.call('GET', path, { token: me.token });
  expectStatus(res, 200);
  return res.body;
};
const answersOf = async (introductionId: string) =>
  (await today()).items.filter((i) => i.kind === 'answer' && i.introductionId === introductionId);

/** Consent answers written directly, `at` each, newest last. */
async function consentAnswers(intro: { id: string }, personId: string, at: Date[]) {
  return t.deps.db
    .insert(consentLog)
    .values(
      at.map((createdAt) => ({
        accountId: me.id,
        introductionId: intro.id,
        personId,
        party: 'a' as const,
        answer: 'yes' as const,
        channel: 'phone' as const,
        recordedBy: 'connector' as const,
        createdAt,
      })),
    )
    .returning({ id: consentLog.id });
}

describe('answers', () => {
  it('an answer recorded exactly 30 days ago is still news; a millisecond earlier it is not', async () => {
    const { intro, a } = await propose(t, me);
    const now = new Date(T0).getTime();
    const [edge, before] = await consentAnswers(intro, a.id, [
      new Date(now - 30 * DAY),
      new Date(now - 30 * DAY - 1),
    ]);
    expect((await answersOf(intro.id)).map((i) => i.key)).toEqual([`answer:consent:${edge!.id}`]);
    expect(before).toBeDefined();
  });

  it('acknowledging hides exactly that answer, not a follow-up answer nor another consent answer', async () => {
    const { intro, a } = await propose(t, me);
    const now = new Date(T0).getTime();
    const [one, two] = await consentAnswers(intro, a.id, [new Date(now - 2 * DAY), new Date(now - DAY)]);
    const [followUp] = await t.deps.db
      .insert(introductionOutcomes)
      .values({
        accountId: me.id,
        introductionId: intro.id,
        personId: a.id,
        party: 'a',
        source: 'follow_up',
        outcome: 'met_helpful',
        note: 'great',
        createdAt: new Date(now - 3 * DAY),
      })
      .returning({ id: introductionOutcomes.id });
    const keys = async () => (await answersOf(intro.id)).map((i) => i.key).sort();
    expect(await keys()).toEqual(
      [`answer:consent:${one!.id}`, `answer:consent:${two!.id}`, `answer:follow_up:${followUp!.id}`].sort(),
    );
    // A key of the other source with the same id acknowledges nothing here.
    await post(t, me, '/api/v1/agenda/acknowledgements', { keys: [`answer:follow_up:${one!.id}`] });
    expect(await keys()).toHaveLength(3);
    await post(t, me, '/api/v1/agenda/acknowledgements', { keys: [`answer:consent:${one!.id}`] });
    expect(await keys()).toEqual([`answer:consent:${two!.id}`, `answer:follow_up:${followUp!.id}`].sort());
  });

  it('an unacknowledged answer behind more acknowledged ones than the read limit still shows', async () => {
    const { intro, a } = await propose(t, me);
    const now = new Date(T0).getTime();
    const [oldest, ...newer] = await consentAnswers(
      intro,
      a.id,
      Array.from({ length: 221 }, (_, k) => new Date(now - DAY + k * 60_000)),
    );
    await post(t, me, '/api/v1/agenda/acknowledgements', {
      keys: newer.map((r) => `answer:consent:${r.id}`).slice(0, 220),
    });
    expect((await answersOf(intro.id)).map((i) => i.key)).toEqual([`answer:consent:${oldest!.id}`]);
  });
});

describe('names and views', () => {
  it("items carry both people's current names; the introductions view is Today's introduction items", async () => {
    const { intro, a, b } = await propose(t, me, { body: { order: 'parallel' } });
    await post(t, me, `/api/v1/introductions/${intro.id}/request`);
    await post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: a.id, answer: 'yes' });
    await post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: b.id, answer: 'yes' });
    await t.deps.db.update(people).set({ name: 'Alice Renamed' }).where(eq(people.id, a.id));
    const ready = (await today()).items.find(
      (i) => i.kind === 'ready_to_send' && i.introductionId === intro.id,
    );
    expect(ready?.people).toEqual([
      { id: a.id, name: 'Alice Renamed' },
      { id: b.id, name: 'Bob Provider' },
    ]);
    expect(ready?.summary).toBe(
      'Alice Renamed and Bob Provider both said yes: review and send the introduction',
    );
    const kai = await addPerson(t, me, { name: 'Kai Keep', keepInTouch: { idealDays: 1, maxDays: 2 } });
    await t.deps.db
      .update(people)
      .set({ lastContactAt: new Date(new Date(T0).getTime() - 5 * DAY) })
      .where(eq(people.id, kai.id));
    const all = await today();
    const view = await today('/api/v1/introductions/agenda');
    expect(all.items.some((i) => i.kind === 'keep_in_touch')).toBe(true);
    expect(view).toEqual({ ...all, items: all.items.filter((i) => i.introductionId !== undefined) });
    expect(view.items.map((i) => i.kind)).toContain('ready_to_send');
  });
});

describe('keep in touch', () => {
  it('a person with two tag cadences is due by the tightest, whatever order the tags were set in', async () => {
    const put = (tag: string, idealDays: number, maxDays: number) =>
      t.call('PUT', `/api/v1/keep-in-touch/tags/${tag}`, { token: me.token, body: { idealDays, maxDays } });
    expect((await put('network', 90, 120)).status).toBe(200);
    expect((await put('inner', 14, 20)).status).toBe(200);
    const p = await addPerson(t, me, { name: 'Tia Tagged', tags: ['network', 'inner'] });
    await t.deps.db
      .update(people)
      .set({ lastContactAt: new Date(new Date(T0).getTime() - 16 * DAY) })
      .where(eq(people.id, p.id));
    const item = (await today()).items.find((i) => i.kind === 'keep_in_touch' && i.people[0]?.id === p.id);
    expect(item).toMatchObject({ urgency: 'due', dueDate: '2026-02-28' });
  });
});
