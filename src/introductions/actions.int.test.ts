// The `actions` an introduction reports through the API predict what the API then does. Random walks of
// connector moves, people's changing facts and the passing of time: before each move the detail is read,
// and a move reported allowed must succeed and change the introduction, one reported not allowed must be
// refused (or, for "already recorded", change nothing). The list reports the same actions as the detail.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestAccount, type TestApp } from '../../test/app';
import { addPerson, detail, post } from '../../test/introductions';
import { dateOf } from '../domain/introduction/timing';
import { noteDueCheckBacks } from './jobs/check-backs';
import { sendDueFollowUps } from './jobs/follow-ups';
import { sendRemindersAndExpire } from './jobs/send-reminders';
import type { IntroductionActions } from './schema';

let t: TestApp;
let me: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
});
afterAll(() => t.close());

type Side = 'a' | 'b';
type Move =
  | { type: 'request' | 'introduce' | 'reask' | 'follow-up' | 'outcome' | 'cancel' | 'edit' }
  | { type: 'answer'; party: Side; answer: 'yes' | 'later' | 'no' }
  | { type: 'withdraw'; party: Side }
  | { type: 'reconfirm'; party: Side }
  | { type: 'follow-up-answer'; party: Side; answer: 'met_helpful' | 'not_yet' }
  | { type: 'opt-out' | 'drop-email' | 'no-budget'; party: Side }
  | { type: 'time'; days: number };

const side = fc.constantFrom<Side>('a', 'b');
const move: fc.Arbitrary<Move> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Move>({ type: 'request' }) },
  fc.constantFrom<Move>(
    { type: 'introduce' },
    { type: 'reask' },
    { type: 'follow-up' },
    { type: 'outcome' },
    { type: 'cancel' },
    { type: 'edit' },
  ),
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('answer' as const),
      party: side,
      answer: fc.constantFrom('yes' as const, 'yes' as const, 'later' as const, 'no' as const),
    }),
  },
  fc.record({ type: fc.constant('withdraw' as const), party: side }),
  fc.record({ type: fc.constant('reconfirm' as const), party: side }),
  fc.record({
    type: fc.constant('follow-up-answer' as const),
    party: side,
    answer: fc.constantFrom('met_helpful' as const, 'not_yet' as const),
  }),
  fc.record({
    type: fc.constantFrom('opt-out' as const, 'drop-email' as const, 'no-budget' as const),
    party: side,
  }),
  fc.record({ type: fc.constant('time' as const), days: fc.integer({ min: 1, max: 40 }) }),
);

/** Which reported action a move is checked against; null: the move is not one the actions describe. */
type Checked =
  | { key: Exclude<keyof IntroductionActions, PerPersonKey>; party?: undefined }
  | { key: PerPersonKey; party: Side };
type PerPersonKey = 'answer' | 'withdraw' | 'followUpAnswer' | 'reconfirm';

function actionOf(m: Move): Checked | null {
  switch (m.type) {
    case 'request':
    case 'introduce':
    case 'reask':
    case 'outcome':
    case 'cancel':
    case 'edit':
      return { key: m.type };
    case 'follow-up':
      return { key: 'followUp' };
    // The reported verdicts are for "yes" and "met and it helped"; other answers are only moves.
    case 'answer':
      return m.answer === 'yes' ? { key: 'answer', party: m.party } : null;
    case 'follow-up-answer':
      return m.answer === 'met_helpful' ? { key: 'followUpAnswer', party: m.party } : null;
    case 'withdraw':
      return { key: 'withdraw', party: m.party };
    case 'reconfirm':
      return { key: 'reconfirm', party: m.party };
    default:
      return null;
  }
}

interface Walk {
  id: string;
  people: Record<Side, { id: string; prefs: Record<string, unknown> }>;
}

/** A refusal's `detail`, for the label of a failed expectation; '' for anything else. */
function problemDetail(body: unknown): unknown {
  return typeof body === 'object' && body !== null && 'detail' in body ? (body.detail ?? '') : '';
}

async function perform(w: Walk, m: Move) {
  const path = `/api/v1/introductions/${w.id}`;
  const personId = (p: Side) => w.people[p].id;
  const patchPerson = (p: Side, body: Record<string, unknown>) =>
    t.call('PATCH', `/api/v1/people/${personId(p)}`, { token: me.token, body });
  switch (m.type) {
    case 'request':
    case 'introduce':
    case 'reask':
    case 'follow-up':
    case 'cancel':
      return post(t, me, `${path}/${m.type}`);
    case 'outcome':
      return post(t, me, `${path}/outcome`, { outcome: 'met_helpful' });
    case 'edit':
      return t.call('PATCH', path, {
        token: me.token,
        body: { reason: `Edited at ${t.clock.now().toISOString()}` },
      });
    case 'answer': {
      const until = dateOf(new Date(t.clock.now().getTime() + 30 * 86_400_000));
      return post(t, me, `${path}/answers`, {
        personId: personId(m.party),
        answer: m.answer,
        ...(m.answer === 'later' ? { until } : {}),
      });
    }
    case 'withdraw':
      return post(t, me, `${path}/withdraw`, { personId: personId(m.party) });
    case 'reconfirm':
      return post(t, me, `${path}/reconfirm`, { party: m.party });
    case 'follow-up-answer':
      return post(t, me, `${path}/follow-up-answers`, { personId: personId(m.party), answer: m.answer });
    case 'opt-out':
    case 'no-budget': {
      const prefs = w.people[m.party].prefs;
      if (m.type === 'opt-out') prefs.doNotIntroduce = true;
      else prefs.maxRequestsPerMonth = 0;
      return patchPerson(m.party, { introPreferences: prefs });
    }
    case 'drop-email':
      return patchPerson(m.party, { emails: [] });
    case 'time':
      t.clock.advanceDays(m.days);
      await sendRemindersAndExpire(t.deps);
      await noteDueCheckBacks(t.deps);
      await sendDueFollowUps(t.deps);
      return { status: 200, body: null, headers: new Headers() };
  }
}

describe('reported actions', () => {
  it('predict what the API accepts, through random walks of moves, facts and time', async () => {
    const outcomes = new Map<string, Set<boolean>>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('seeker_provider', 'peers'),
        fc.constantFrom('sequential', 'parallel'),
        side,
        fc.boolean(),
        fc.nat({ max: 5 }),
        fc.array(move, { minLength: 4, maxLength: 12 }),
        async (kind, order, first, snooze, along, random) => {
          const other: Side = first === 'a' ? 'b' : 'a';
          // Part of the way along a likely path first, so the later states are explored too.
          const path: Move[] = snooze
            ? [
                { type: 'request' },
                { type: 'answer', party: first, answer: 'later' },
                { type: 'time', days: 31 },
                { type: 'reask' },
                { type: 'answer', party: first, answer: 'yes' },
              ]
            : [
                { type: 'request' },
                { type: 'answer', party: first, answer: 'yes' },
                { type: 'answer', party: other, answer: 'yes' },
                { type: 'introduce' },
                { type: 'follow-up' },
              ];
          const moves = [...path.slice(0, along), ...random];
          const prefs = () => ({
            askFirst: false,
            maxRequestsPerMonth: null,
            doNotIntroduce: false,
            valuedHelp: [],
          });
          const a = await addPerson(t, me);
          const b = await addPerson(t, me);
          const w: Walk = {
            id: '',
            people: { a: { id: a.id, prefs: prefs() }, b: { id: b.id, prefs: prefs() } },
          };
          const created = await post(t, me, '/api/v1/introductions', {
            personAId: a.id,
            personBId: b.id,
            kind,
            order,
            reason: 'They should meet.',
            firstPersonId: first === 'a' ? a.id : b.id,
          });
          expectStatus(created, 201);
          w.id = created.body.id;
          for (const m of moves) {
            const action = actionOf(m);
            const before = await detail(t, me, w.id);
            const res = await perform(w, m);
            if (!action) continue;
            const verdict = action.party
              ? before.actions[action.key][action.party]
              : before.actions[action.key];
            const after = await detail(t, me, w.id);
            const label = `${m.type} ${JSON.stringify(m)} in ${before.state} (${JSON.stringify(verdict)}) → ${res.status} ${JSON.stringify(problemDetail(res.body))}`;
            const key = action.party ? `${action.key}.${action.party}` : action.key;
            outcomes.set(key, (outcomes.get(key) ?? new Set()).add(verdict.allowed));
            if (verdict.allowed) {
              expect(res.status, label).toBe(200);
              expect(after.version, label).toBeGreaterThan(before.version);
            } else if (verdict.code === 'no_change') {
              expect(res.status, label).toBe(200);
              expect(after.version, label).toBe(before.version);
            } else {
              expect([409, 422], label).toContain(res.status);
              expect(after.version, label).toBe(before.version);
              expect(verdict.reason, label).toBeTruthy();
            }
          }
          // The pipeline's list shows the same verdicts as the detail page.
          const listed = await t.call('GET', `/api/v1/introductions?personId=${a.id}`, { token: me.token });
          expect(bodyOf(listed, 200).items.map((i) => i.actions)).toEqual([
            (await detail(t, me, w.id)).actions,
          ]);
        },
      ),
      {
        numRuns: 40,
        endOnFailure: true,
        // Besides the random walks, four that surely see every action both allowed and refused.
        examples: [
          [
            'peers',
            'sequential',
            'a',
            false,
            0,
            [
              { type: 'edit' },
              { type: 'answer', party: 'b', answer: 'yes' },
              { type: 'no-budget', party: 'a' },
              { type: 'request' },
              { type: 'time', days: 31 },
              { type: 'request' },
              { type: 'edit' },
              { type: 'follow-up' },
              { type: 'cancel' },
              { type: 'cancel' },
              { type: 'outcome' },
              { type: 'introduce' },
              { type: 'reask' },
            ],
          ],
          [
            'seeker_provider',
            'sequential',
            'b',
            false,
            5,
            [
              { type: 'follow-up-answer', party: 'a', answer: 'met_helpful' },
              { type: 'follow-up-answer', party: 'a', answer: 'met_helpful' },
              { type: 'follow-up-answer', party: 'b', answer: 'met_helpful' },
              { type: 'follow-up-answer', party: 'b', answer: 'not_yet' },
              { type: 'edit' },
              { type: 'outcome' },
              { type: 'outcome' },
              { type: 'withdraw', party: 'b' },
            ],
          ],
          [
            'peers',
            'parallel',
            'a',
            true,
            5,
            [
              { type: 'answer', party: 'b', answer: 'yes' },
              { type: 'withdraw', party: 'b' },
              { type: 'withdraw', party: 'a' },
              { type: 'reask' },
              { type: 'introduce' },
              { type: 'answer', party: 'a', answer: 'yes' },
              { type: 'follow-up-answer', party: 'b', answer: 'met_helpful' },
            ],
          ],
          [
            'peers',
            'parallel',
            'a',
            false,
            0,
            [
              { type: 'request' },
              { type: 'answer', party: 'a', answer: 'yes' },
              { type: 'withdraw', party: 'a' },
              { type: 'follow-up-answer', party: 'a', answer: 'met_helpful' },
            ],
          ],
        ],
      },
    );
    // Not vacuous: every reported action was seen both allowed and refused along the way.
    const keys = ['request', 'introduce', 'reask', 'followUp', 'outcome', 'cancel', 'edit'].concat(
      ...['answer', 'withdraw', 'followUpAnswer'].map((k) => [`${k}.a`, `${k}.b`]),
    );
    for (const key of keys) expect([...(outcomes.get(key) ?? [])].sort(), key).toEqual([false, true]);
  }, 240_000);

  it('explain refusals about a person by name and id: do-not-introduce, no email, monthly budget', async () => {
    const a = await addPerson(t, me, { name: 'Ada Budget', introPreferences: { maxRequestsPerMonth: 1 } });
    const b = await addPerson(t, me, { name: 'Bob Later' });
    const c = await addPerson(t, me, { name: 'Cy Third' });
    const first = await post(t, me, '/api/v1/introductions', {
      personAId: a.id,
      personBId: b.id,
      kind: 'peers',
      reason: 'r',
    });
    expectStatus(first, 201);
    expect(first.body.actions.request).toEqual({ allowed: true });
    expect(first.body.actions.edit).toEqual({ allowed: true });
    expect(first.body.actions.introduce).toMatchObject({ allowed: false, code: 'not_allowed_in_state' });
    expect(first.body.actions.withdraw.b).toEqual({
      allowed: false,
      reason: 'Bob Later has not said yes',
      code: 'not_asked',
      personId: b.id,
    });
    await post(t, me, `/api/v1/introductions/${first.body.id}/request`);

    // Ada has had her one request this month: a second introduction cannot ask her yet.
    const second = await post(t, me, '/api/v1/introductions', {
      personAId: a.id,
      personBId: c.id,
      kind: 'peers',
      reason: 'r',
    });
    expectStatus(second, 201);
    expect(second.body.actions.request).toEqual({
      allowed: false,
      reason: expect.stringMatching(
        /^Ada Budget has had as many introduction requests this month as they want/,
      ),
      code: 'over_budget',
      personId: a.id,
    });
    expect((await post(t, me, `/api/v1/introductions/${second.body.id}/request`)).status).toBe(422);

    await t.call('PATCH', `/api/v1/people/${c.id}`, {
      token: me.token,
      body: { introPreferences: { doNotIntroduce: true } },
    });
    t.clock.advanceDays(31);
    const later = await detail(t, me, second.body.id);
    expect(later.actions.request).toEqual({
      allowed: false,
      reason: 'Cy Third is marked "do not introduce"',
      code: 'opted_out',
      personId: c.id,
    });
    await t.call('PATCH', `/api/v1/people/${c.id}`, { token: me.token, body: { emails: [] } });
    await t.call('PATCH', `/api/v1/people/${c.id}`, {
      token: me.token,
      body: { introPreferences: { doNotIntroduce: false } },
    });
    expect((await detail(t, me, second.body.id)).actions.request).toMatchObject({
      allowed: false,
      code: 'missing_email',
      reason: 'Cy Third has no email address',
    });
  });
});
