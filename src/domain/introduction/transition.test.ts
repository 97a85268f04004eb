import { describe, expect, it } from 'vitest';
import { defaultFirstParty, propose } from './propose';
import { days, draft, later, no, run, T0, yes } from './test-helpers';
import { DEFAULT_TIMING, dateOf, dueEvents, laterWindow, nextDueAt, startOfDate } from './timing';
import { transition } from './transition';
import type { Introduction, IntroEvent } from './types';

const refuse = (intro: Introduction, event: IntroEvent, at = T0) => {
  const r = transition(intro, event, at);
  if (r.ok) throw new Error(`expected ${event.type} to be refused in ${intro.state}`);
  return r.error;
};

describe('proposing', () => {
  const p = (id: string, over = {}) => ({
    id,
    askFirst: false,
    doNotIntroduce: false,
    hasEmail: true,
    ...over,
  });

  it('starts as a draft with nobody asked', () => {
    const r = propose({ a: p('1'), b: p('2'), kind: 'peers', order: 'parallel' });
    expect(r.ok && r.intro).toMatchObject({
      state: 'draft',
      consent: { a: { status: 'not_asked' }, b: { status: 'not_asked' } },
    });
  });

  it('refuses self-introduction, do-not-introduce and people without email', () => {
    const self = propose({ a: p('1'), b: p('1'), kind: 'peers', order: 'parallel' });
    expect(!self.ok && self.error.message).toMatch(/themselves/);
    const dni = propose({ a: p('1'), b: p('2', { doNotIntroduce: true }), kind: 'peers', order: 'parallel' });
    expect(!dni.ok && dni.error.code).toBe('opted_out');
    const mailless = propose({ a: p('1', { hasEmail: false }), b: p('2'), kind: 'peers', order: 'parallel' });
    expect(!mailless.ok && mailless.error.code).toBe('missing_email');
  });

  it('asks the seeker first unless only the other is marked ask-first; an explicit choice wins', () => {
    expect(defaultFirstParty({ askFirst: false }, { askFirst: false })).toBe('a');
    expect(defaultFirstParty({ askFirst: false }, { askFirst: true })).toBe('b');
    expect(defaultFirstParty({ askFirst: true }, { askFirst: true })).toBe('a');
    expect(draft({ b: { askFirst: true } }).firstParty).toBe('b');
    expect(draft({ b: { askFirst: true }, firstParty: 'a' }).firstParty).toBe('a');
  });
});

describe('sequential asking', () => {
  it('asks only the first party, then the second after a yes, then is ready', () => {
    const r1 = run(draft(), [[{ type: 'request' }]]);
    expect(r1.intro.state).toBe('asking');
    expect(r1.effects).toEqual([
      { type: 'send_consent_request', party: 'a', position: 'first', reask: false },
    ]);
    expect(r1.intro.consent.b.status).toBe('not_asked');

    const r2 = run(r1.intro, [[yes('a')]]);
    expect(r2.effects).toEqual([
      { type: 'send_consent_request', party: 'b', position: 'second', reask: false },
    ]);
    expect(r2.intro.consent.b.status).toBe('asked');

    const r3 = run(r2.intro, [[yes('b')]]);
    expect(r3.intro.state).toBe('ready');
    expect(r3.effects).toEqual([]);
    expect(r3.log.map((l) => [l.type, l.from, l.to])).toEqual([
      ['answered', 'asking', 'asking'],
      ['ready', 'asking', 'ready'],
    ]);
  });

  it('asks the busy party first when B is marked ask-first', () => {
    const r = run(draft({ b: { askFirst: true } }), [[{ type: 'request' }]]);
    expect(r.effects).toEqual([
      { type: 'send_consent_request', party: 'b', position: 'first', reask: false },
    ]);
  });

  it('refuses an answer from the second party before they were asked', () => {
    const { intro } = run(draft(), [[{ type: 'request' }]]);
    expect(refuse(intro, yes('b')).code).toBe('not_asked');
  });

  it('sends the introduction on request, or by itself with auto-send', () => {
    const ready = run(draft(), [[{ type: 'request' }], [yes('a')], [yes('b')]]).intro;
    const sent = run(ready, [[{ type: 'introduce' }, days(1)]]);
    expect(sent.intro).toMatchObject({ state: 'introduced', introducedAt: days(1) });
    expect(sent.effects).toEqual([{ type: 'send_introduction' }]);

    const auto = run(draft({ autoSend: true }), [[{ type: 'request' }], [yes('a')], [yes('b')]]);
    expect(auto.intro.state).toBe('introduced');
    expect(auto.effects.filter((e) => e.type === 'send_introduction')).toHaveLength(1);
    expect(auto.log.at(-1)).toMatchObject({
      type: 'introduced',
      from: 'ready',
      detail: 'sent automatically',
    });
  });

  it('declines when the second party says no, and tells the first only with the neutral note', () => {
    const r = run(draft(), [[{ type: 'request' }], [yes('a')], [no('b')]]);
    expect(r.intro.state).toBe('declined');
    expect(r.effects.at(-1)).toEqual({ type: 'send_closing_note', party: 'a' });
  });

  it('declines without any note when the first party says no', () => {
    const r = run(draft(), [[{ type: 'request' }], [no('a')]]);
    expect(r.intro.state).toBe('declined');
    expect(r.effects.filter((e) => e.type !== 'send_consent_request')).toEqual([]);
  });
});

describe('parallel asking', () => {
  it('asks both at once and is ready after both yes in either order', () => {
    const r = run(draft({ order: 'parallel' }), [[{ type: 'request' }]]);
    expect(r.effects.map((e) => e.type === 'send_consent_request' && [e.party, e.position])).toEqual([
      ['a', 'parallel'],
      ['b', 'parallel'],
    ]);
    expect(run(r.intro, [[yes('b')], [yes('a')]]).intro.state).toBe('ready');
  });

  it('keeps a yes while the other is snoozed, and re-asks the snoozed one as second', () => {
    const r = run(draft({ order: 'parallel' }), [
      [{ type: 'request' }],
      [later('a', '2026-04-01')],
      [yes('b')],
    ]);
    expect(r.intro.state).toBe('snoozed');
    const re = run(r.intro, [[{ type: 'reask' }, days(30)]]);
    expect(re.intro.state).toBe('asking');
    expect(re.effects).toEqual([
      { type: 'send_consent_request', party: 'a', position: 'second', reask: true },
    ]);
  });

  it('a no from the other party while one is snoozed declines', () => {
    const r = run(draft({ order: 'parallel' }), [
      [{ type: 'request' }],
      [later('a', '2026-04-01')],
      [no('b')],
    ]);
    expect(r.intro.state).toBe('declined');
  });
});

describe('answers', () => {
  const asking = () => run(draft(), [[{ type: 'request' }]]).intro;

  it('replaying the same answer changes nothing and has no effects', () => {
    const afterYes = run(asking(), [[yes('a')]]).intro;
    const again = transition(afterYes, yes('a'), days(1));
    expect(again).toEqual({ ok: true, intro: afterYes, effects: [], log: [], changed: false });
    const declined = run(asking(), [[no('a')]]).intro;
    expect(transition(declined, no('a'), T0)).toMatchObject({ ok: true, changed: false });
  });

  it('a different second answer is refused', () => {
    const afterYes = run(asking(), [[yes('a')]]).intro;
    expect(refuse(afterYes, no('a')).code).toBe('already_answered');
    const snoozed = run(asking(), [[later('a', '2026-05-01')]]).intro;
    expect(refuse(snoozed, later('a', '2026-06-01')).code).toBe('already_answered');
    expect(transition(snoozed, later('a', '2026-05-01'), T0)).toMatchObject({ ok: true, changed: false });
  });

  it('"not now" can become yes while the introduction still asks: sequential, the second person is asked then', () => {
    const snoozed = run(asking(), [[later('a', '2026-05-01')]]).intro;
    expect(snoozed.state).toBe('snoozed');
    const r = transition(snoozed, yes('a'), days(3));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.intro.state).toBe('asking');
    expect(r.intro.consent.a).toMatchObject({ status: 'yes', channel: 'email_link' });
    expect(r.intro.consent.b.status).toBe('asked');
    expect(r.effects).toEqual([
      { type: 'send_consent_request', party: 'b', position: 'second', reask: false },
    ]);
    expect(r.log.map((l) => [l.type, l.from, l.to])).toEqual([
      ['answered', 'snoozed', 'asking'],
      ['second_party_asked', 'asking', 'asking'],
    ]);
  });

  it('"not now" becoming yes after the other said yes makes it ready; only yes replaces "not now"', () => {
    const r = run(draft({ order: 'parallel' }), [
      [{ type: 'request' }],
      [later('a', '2026-04-01')],
      [yes('b')],
    ]);
    expect(r.intro.state).toBe('snoozed');
    expect(run(r.intro, [[yes('a'), days(2)]]).intro.state).toBe('ready');
    expect(refuse(r.intro, no('a')).code).toBe('already_answered');
    // While the other person's "not now" stands, the introduction stays snoozed.
    const both = run(draft({ order: 'parallel' }), [
      [{ type: 'request' }],
      [later('a', '2026-04-01')],
      [later('b', '2026-05-01')],
    ]).intro;
    expect(run(both, [[yes('a')]]).intro.state).toBe('snoozed');
    // Once the introduction has ended, "not now" stays the answer.
    const ended = run(both, [[{ type: 'cancel' }]]).intro;
    expect(refuse(ended, yes('a')).code).toBe('not_allowed_in_state');
  });

  it('later needs a real date after today within two years', () => {
    const intro = asking();
    for (const until of [undefined, '2026-03-02', '2026-02-30', '2026-3-5', '2029-01-01', 'soon']) {
      expect(refuse(intro, { ...later('a', ''), until } as IntroEvent).code).toBe('invalid_until');
    }
    const ok = run(intro, [[later('a', '2026-03-03')]]);
    expect(ok.intro.state).toBe('snoozed');
    expect(ok.intro.consent.a).toMatchObject({ status: 'later', until: '2026-03-03' });
  });

  it('laterWindow is exactly the range of dates a later answer may name (the consent page offers it)', () => {
    const { earliest, latest } = laterWindow(T0);
    const dayBefore = (d: string) => dateOf(new Date(startOfDate(d).getTime() - 86_400_000));
    const dayAfter = (d: string) => dateOf(new Date(startOfDate(d).getTime() + 86_400_000));
    for (const until of [earliest, latest]) {
      expect(run(asking(), [[later('a', until)]]).intro.consent.a).toMatchObject({ status: 'later', until });
    }
    for (const until of [dayBefore(earliest), dayAfter(latest)]) {
      expect(refuse(asking(), later('a', until)).code).toBe('invalid_until');
    }
  });

  it('records the channel and note of an answer given by phone', () => {
    const r = run(asking(), [
      [{ type: 'answer', party: 'a', answer: 'yes', channel: 'phone', note: 'called' }],
    ]);
    expect(r.log[0]!.consent).toEqual({ answer: 'yes', until: null, channel: 'phone', note: 'called' });
  });

  it('answers are refused once the introduction has ended, without saying why', () => {
    const parallel = run(draft({ order: 'parallel' }), [[{ type: 'request' }], [no('a')]]).intro;
    const err = refuse(parallel, yes('b'));
    expect(err.code).toBe('not_allowed_in_state');
    expect(err.message).toBe('this introduction is no longer waiting for answers');
  });

  it('a withdrawn yes declines and notifies the other yes with the neutral note', () => {
    const ready = run(draft(), [[{ type: 'request' }], [yes('a')], [yes('b')]]).intro;
    const r = run(ready, [[{ type: 'withdraw', party: 'b', channel: 'phone' }]]);
    expect(r.intro.state).toBe('declined');
    expect(r.intro.consent.b).toMatchObject({ status: 'no', withdrawn: true });
    expect(r.effects).toEqual([{ type: 'send_closing_note', party: 'a' }]);
    expect(refuse(r.intro, { type: 'introduce' }).code).toBe('not_allowed_in_state');
    const introduced = run(ready, [[{ type: 'introduce' }]]).intro;
    expect(refuse(introduced, { type: 'withdraw', party: 'a', channel: 'phone' }).code).toBe(
      'not_allowed_in_state',
    );
  });

  it('if the second party opted out meanwhile, a yes from the first ends it quietly', () => {
    const intro = run(draft(), [[{ type: 'request' }]]).intro;
    const blocked = { ...intro, parties: { ...intro.parties, b: { doNotIntroduce: true, hasEmail: true } } };
    const r = run(blocked, [[yes('a')]]);
    expect(r.intro.state).toBe('declined');
    expect(r.effects).toEqual([{ type: 'send_closing_note', party: 'a' }]);
  });
});

describe('reminders, expiry and check-backs', () => {
  const asking = () => run(draft(), [[{ type: 'request' }]]).intro;

  it('reminds once after 5 days and expires 9 days after the reminder', () => {
    const intro = asking();
    expect(nextDueAt(intro, { ...DEFAULT_TIMING })).toEqual(days(5));
    expect(refuse(intro, { type: 'remind' }, days(4.9)).code).toBe('not_due');
    const reminded = run(intro, [[{ type: 'remind' }, days(5)]]);
    expect(reminded.effects).toEqual([{ type: 'send_reminder', party: 'a' }]);
    expect(refuse(reminded.intro, { type: 'remind' }, days(6)).code).toBe('not_due');
    expect(refuse(reminded.intro, { type: 'expire' }, days(13.9)).code).toBe('not_due');
    const expired = run(reminded.intro, [[{ type: 'expire' }, days(14)]]);
    expect(expired.intro.state).toBe('expired');
  });

  it('times the second party from when they were asked', () => {
    const intro = run(asking(), [[yes('a'), days(3)]]).intro;
    expect(dueEvents(intro, days(7.9), { ...DEFAULT_TIMING })).toEqual([]);
    const r = run(intro, [[{ type: 'remind' }, days(8)]]);
    expect(r.effects).toEqual([{ type: 'send_reminder', party: 'b' }]);
  });

  it('respects a configured policy', () => {
    const policy = { remindAfterDays: 1, expireAfterDays: 2, followUpAfterDays: 3, reconfirmAfterDays: 60 };
    const r = run(
      asking(),
      [
        [{ type: 'remind' }, days(1)],
        [{ type: 'expire' }, days(3)],
      ],
      policy,
    );
    expect(r.intro.state).toBe('expired');
  });

  it('expiry sends the neutral note to a party who had said yes', () => {
    const r = run(asking(), [[yes('a')], [{ type: 'remind' }, days(5)], [{ type: 'expire' }, days(14)]]);
    expect(r.effects.at(-1)).toEqual({ type: 'send_closing_note', party: 'a' });
  });

  it('a snooze falls due on its date, once, and one re-ask asks again', () => {
    const snoozed = run(asking(), [[later('a', '2026-04-01')]]).intro;
    expect(refuse(snoozed, { type: 'check_back_due' }, new Date('2026-03-31T23:59:59Z')).code).toBe(
      'not_due',
    );
    const due = run(snoozed, [[{ type: 'check_back_due' }, new Date('2026-04-01T00:00:00Z')]]);
    expect(due.intro.checkBackNotedAt).not.toBeNull();
    expect(due.effects).toEqual([]);
    expect(refuse(due.intro, { type: 'check_back_due' }, new Date('2026-04-02T00:00:00Z')).code).toBe(
      'not_due',
    );
    const re = run(due.intro, [[{ type: 'reask' }, new Date('2026-04-01T09:00:00Z')]]);
    expect(re.intro).toMatchObject({ state: 'asking', checkBackNotedAt: null });
    expect(re.intro.consent.a.status).toBe('asked');
    expect(re.effects).toEqual([
      { type: 'send_consent_request', party: 'a', position: 'first', reask: true },
    ]);
  });
});

describe('after the introduction', () => {
  const introduced = () =>
    run(draft(), [[{ type: 'request' }], [yes('a')], [yes('b')], [{ type: 'introduce' }]]).intro;

  it('follows up with both after 7 days, records answers, then the outcome closes it', () => {
    const intro = introduced();
    expect(refuse(intro, { type: 'follow_up' }, days(6.9)).code).toBe('not_due');
    const fu = run(intro, [[{ type: 'follow_up' }, days(7)]]);
    expect(fu.intro.state).toBe('following_up');
    expect(fu.effects).toEqual([
      { type: 'send_follow_up', party: 'a' },
      { type: 'send_follow_up', party: 'b' },
    ]);
    const answered = run(fu.intro, [[{ type: 'follow_up_answer', party: 'a', answer: 'met_helpful' }]]);
    expect(answered.intro.followUpAnswers.a?.answer).toBe('met_helpful');
    expect(refuse(answered.intro, { type: 'follow_up_answer', party: 'a', answer: 'not_yet' }).code).toBe(
      'already_answered',
    );
    const closed = run(answered.intro, [[{ type: 'record_outcome', outcome: 'business_done', value: 5000 }]]);
    expect(closed.intro).toMatchObject({ state: 'closed', outcome: { kind: 'business_done', value: 5000 } });
    // Feedback that arrives after closing is still kept, without reopening anything.
    const late = run(closed.intro, [[{ type: 'follow_up_answer', party: 'b', answer: 'met_helpful' }]]);
    expect(late.intro.state).toBe('closed');
  });

  it('the connector can follow up early', () => {
    expect(run(introduced(), [[{ type: 'follow_up', early: true }]]).intro.state).toBe('following_up');
  });

  it('validates outcomes', () => {
    const intro = introduced();
    expect(refuse(intro, { type: 'record_outcome', outcome: 'no_show' }).code).toBe('invalid_outcome');
    expect(refuse(intro, { type: 'record_outcome', outcome: 'met_helpful', value: 10 }).code).toBe(
      'invalid_outcome',
    );
    expect(refuse(intro, { type: 'record_outcome', outcome: 'business_done', value: -1 }).code).toBe(
      'invalid_outcome',
    );
    expect(
      run(intro, [[{ type: 'record_outcome', outcome: 'no_show', noShowParty: 'b' }]]).intro.outcome,
    ).toMatchObject({ kind: 'no_show', noShowParty: 'b' });
    expect(refuse(draft(), { type: 'record_outcome', outcome: 'met_helpful' }).code).toBe(
      'not_allowed_in_state',
    );
  });
});

describe('cancelling and editing', () => {
  it('cancels from every open state; notes only go to yes-sayers before the introduction', () => {
    const ready = run(draft(), [[{ type: 'request' }], [yes('a')], [yes('b')]]).intro;
    const c = run(ready, [[{ type: 'cancel' }]]);
    expect(c.intro.state).toBe('cancelled');
    expect(c.effects).toEqual([
      { type: 'send_closing_note', party: 'a' },
      { type: 'send_closing_note', party: 'b' },
    ]);
    const introduced = run(ready, [[{ type: 'introduce' }]]).intro;
    expect(run(introduced, [[{ type: 'cancel' }]]).effects).toEqual([]);
    expect(run(draft(), [[{ type: 'cancel' }]]).effects).toEqual([]);
    expect(refuse(c.intro, { type: 'cancel' }).code).toBe('not_allowed_in_state');
  });

  it('edits order only in draft, auto-send until answered', () => {
    const d = run(draft(), [[{ type: 'edit', order: 'parallel', firstParty: 'b', autoSend: true }]]).intro;
    expect(d).toMatchObject({ order: 'parallel', firstParty: 'b', autoSend: true });
    const asking = run(draft(), [[{ type: 'request' }]]).intro;
    expect(refuse(asking, { type: 'edit', order: 'parallel' }).code).toBe('not_allowed_in_state');
    expect(run(asking, [[{ type: 'edit', autoSend: true }]]).intro.autoSend).toBe(true);
  });

  it('respects a monthly limit on requests for whoever is asked now', () => {
    const d = draft();
    const full = { ...d, parties: { ...d.parties, a: { ...d.parties.a, requestsLeft: 0 } } };
    expect(refuse(full, { type: 'request' })).toMatchObject({ code: 'over_budget', party: 'a' });
    // B is asked only after A's yes, so B's limit does not stop asking A.
    const bFull = { ...d, parties: { ...d.parties, b: { ...d.parties.b, requestsLeft: 0 } } };
    expect(run(bFull, [[{ type: 'request' }]]).intro.state).toBe('asking');
    const parallel = { ...bFull, order: 'parallel' as const };
    expect(refuse(parallel, { type: 'request' }).code).toBe('over_budget');
    const left = { ...d, parties: { ...d.parties, a: { ...d.parties.a, requestsLeft: 1 } } };
    expect(run(left, [[{ type: 'request' }]]).intro.state).toBe('asking');
  });

  it('refuses to ask or introduce people who opted out meanwhile', () => {
    const d = draft();
    const blocked = { ...d, parties: { ...d.parties, a: { doNotIntroduce: true, hasEmail: true } } };
    expect(refuse(blocked, { type: 'request' }).code).toBe('opted_out');
    const ready = run(draft(), [[{ type: 'request' }], [yes('a')], [yes('b')]]).intro;
    const gone = { ...ready, parties: { ...ready.parties, b: { doNotIntroduce: false, hasEmail: false } } };
    expect(refuse(gone, { type: 'introduce' }).code).toBe('missing_email');
  });
});
