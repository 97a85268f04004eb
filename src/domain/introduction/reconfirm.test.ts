// A yes older than `reconfirmAfterDays` is not introduced on: the connector asks that person again.
import { describe, expect, it } from 'vitest';
import { availableActions } from './actions';
import { days, draft, run, T0, yes } from './test-helpers';
import { DEFAULT_TIMING, dueEvents } from './timing';
import { transition } from './transition';
import type { Introduction, IntroEvent } from './types';

const STALE = DEFAULT_TIMING.reconfirmAfterDays;

/** Sequential: A says yes at T0, B is asked then and says yes `bAfterDays` later. */
function bothSaidYes(bAfterDays: number, autoSend = false): Introduction {
  return run(draft({ autoSend }), [[{ type: 'request' }], [yes('a')], [yes('b'), days(bAfterDays)]]).intro;
}

const refusal = (intro: Introduction, event: IntroEvent, at: Date) => {
  const r = transition(intro, event, at);
  if (r.ok) throw new Error(`expected ${event.type} to be refused`);
  return r.error;
};

describe('a stale yes', () => {
  it('refuses to introduce on a yes older than the policy allows, naming who and since when', () => {
    const ready = bothSaidYes(10);
    expect(ready.state).toBe('ready');
    expect(transition(ready, { type: 'introduce' }, days(STALE - 1)).ok).toBe(true);
    const error = refusal(ready, { type: 'introduce' }, days(STALE));
    expect(error).toMatchObject({ code: 'stale_yes', party: 'a' });
    expect(error.message).toContain('2026-03-02');
  });

  it('auto-send does not send when the first yes is stale: it stays ready for the connector', () => {
    const r = run(draft({ autoSend: true }), [
      [{ type: 'request' }],
      [yes('a')],
      [yes('b'), days(STALE + 30)],
    ]);
    expect(r.intro.state).toBe('ready');
    expect(r.effects.some((e) => e.type === 'send_introduction')).toBe(false);
    expect(r.log.at(-1)).toMatchObject({ type: 'ready', detail: 'not sent automatically: A to reconfirm' });
    expect(availableActions(r.intro, days(STALE + 30)).reconfirm.a.allowed).toBe(true);
    expect(availableActions(r.intro, days(STALE + 30)).reconfirm.b.allowed).toBe(false);
  });

  it('in sequential order, the second person is asked again only after the first has reconfirmed', () => {
    // Both yeses stale: A (asked first) is re-asked; B waits until A says yes afresh.
    const ready = bothSaidYes(1);
    const at = days(STALE + 5);
    const aAsked = transition(ready, { type: 'reconfirm', party: 'a' }, at);
    if (!aAsked.ok) throw new Error(aAsked.error.message);
    expect(refusal(aAsked.intro, { type: 'reconfirm', party: 'b' }, at)).toMatchObject({
      code: 'not_due',
      party: 'b',
    });
    expect(availableActions(aAsked.intro, at).reconfirm.b.allowed).toBe(false);
    const aYes = transition(aAsked.intro, yes('a'), days(STALE + 6));
    if (!aYes.ok) throw new Error(aYes.error.message);
    const bAsked = transition(aYes.intro, { type: 'reconfirm', party: 'b' }, days(STALE + 6));
    expect(
      bAsked.ok && bAsked.effects.some((e) => e.type === 'send_consent_request' && e.party === 'b'),
    ).toBe(true);
  });

  it('in sequential order, checking back with a snoozed second person waits while the first reconfirms', () => {
    // A said yes, B said "later"; A's yes grows stale and A is asked to reconfirm. Checking back with B
    // now would ask B before A has said yes again.
    const snoozed = run(draft(), [
      [{ type: 'request' }],
      [yes('a')],
      [{ type: 'answer', party: 'b', answer: 'later', until: '2026-04-15', channel: 'email_link' }],
    ]).intro;
    expect(snoozed.state).toBe('snoozed');
    const at = days(STALE + 5);
    const aAsked = transition(snoozed, { type: 'reconfirm', party: 'a' }, at);
    if (!aAsked.ok) throw new Error(aAsked.error.message);
    expect(refusal(aAsked.intro, { type: 'reask' }, at)).toMatchObject({ code: 'not_due', party: 'b' });
    expect(availableActions(aAsked.intro, at).reask.allowed).toBe(false);
    const aYes = transition(aAsked.intro, yes('a'), days(STALE + 6));
    if (!aYes.ok) throw new Error(aYes.error.message);
    const bAsked = transition(aYes.intro, { type: 'reask' }, days(STALE + 6));
    expect(
      bAsked.ok && bAsked.effects.some((e) => e.type === 'send_consent_request' && e.party === 'b'),
    ).toBe(true);
  });

  it('auto-send still sends when both yeses are fresh', () => {
    const ready = run(draft({ autoSend: true }), [[{ type: 'request' }], [yes('a')], [yes('b'), days(3)]]);
    expect(ready.intro.state).toBe('introduced');
  });

  it('reconfirm asks that person again with a reconfirmation, and a fresh yes lets the introduction go', () => {
    const ready = bothSaidYes(10);
    // A's yes (day 0) is stale, B's (day 10) not yet.
    const at = days(STALE + 5);
    const r = transition(ready, { type: 'reconfirm', party: 'a' }, at);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.intro.state).toBe('asking');
    expect(r.intro.consent.a).toEqual({ status: 'asked', askedAt: at, remindedAt: null });
    expect(r.intro.consent.b.status).toBe('yes');
    expect(r.effects).toEqual([
      { type: 'send_consent_request', party: 'a', position: 'second', reask: false, reconfirmYesAt: T0 },
    ]);
    expect(r.log).toEqual([{ type: 'reconfirm_requested', from: 'ready', to: 'asking', party: 'a' }]);

    const again = run(r.intro, [
      [yes('a'), days(1, at)],
      [{ type: 'introduce' }, days(1, at)],
    ]);
    expect(again.intro.state).toBe('introduced');
    expect(again.effects.map((e) => e.type)).toEqual(['send_introduction']);
  });

  it('the reconfirmation is reminded and expires on the usual timing', () => {
    const at = days(STALE + 34);
    const asked = run(bothSaidYes(10), [[{ type: 'reconfirm', party: 'a' }, at]]).intro;
    expect(dueEvents(asked, days(DEFAULT_TIMING.remindAfterDays, at), DEFAULT_TIMING)).toEqual([
      { type: 'remind' },
    ]);
    const reminded = run(asked, [[{ type: 'remind' }, days(DEFAULT_TIMING.remindAfterDays, at)]]).intro;
    const expiresAt = days(DEFAULT_TIMING.remindAfterDays + DEFAULT_TIMING.expireAfterDays, at);
    const expired = run(reminded, [[{ type: 'expire' }, expiresAt]]);
    expect(expired.intro.state).toBe('expired');
    // B had said yes and hears the same neutral note as after any ending.
    expect(expired.effects).toEqual([{ type: 'send_closing_note', party: 'b' }]);
  });

  it('a stale yes can be reconfirmed while the other person is still being asked', () => {
    const asking = run(draft(), [[{ type: 'request' }], [yes('a')]]).intro;
    const r = transition(asking, { type: 'reconfirm', party: 'a' }, days(STALE));
    expect(r.ok && r.intro.state).toBe('asking');
    expect(r.ok && r.intro.consent.b.status).toBe('asked');
  });

  it('refuses to reconfirm a fresh yes, someone without a yes, or after the introduction', () => {
    const ready = bothSaidYes(10);
    expect(refusal(ready, { type: 'reconfirm', party: 'b' }, days(STALE))).toMatchObject({
      code: 'not_due',
      party: 'b',
    });
    const asking = run(draft(), [[{ type: 'request' }]]).intro;
    expect(refusal(asking, { type: 'reconfirm', party: 'a' }, days(STALE + 1)).code).toBe('not_asked');
    const introduced = run(ready, [[{ type: 'introduce' }, days(11)]]).intro;
    expect(refusal(introduced, { type: 'reconfirm', party: 'a' }, days(STALE + 1)).code).toBe(
      'not_allowed_in_state',
    );
    expect(refusal(draft(), { type: 'reconfirm', party: 'a' }, days(STALE + 1)).code).toBe(
      'not_allowed_in_state',
    );
  });

  it('refuses to reconfirm someone who has since opted out or has no requests left this month', () => {
    const ready = bothSaidYes(10);
    const optedOut: Introduction = {
      ...ready,
      parties: { ...ready.parties, a: { doNotIntroduce: true, hasEmail: true } },
    };
    expect(refusal(optedOut, { type: 'reconfirm', party: 'a' }, days(STALE)).code).toBe('opted_out');
    const spent: Introduction = {
      ...ready,
      parties: { ...ready.parties, a: { doNotIntroduce: false, hasEmail: true, requestsLeft: 0 } },
    };
    expect(refusal(spent, { type: 'reconfirm', party: 'a' }, days(STALE)).code).toBe('over_budget');
  });

  it('follows a configured reconfirmation age', () => {
    const ready = bothSaidYes(1);
    const policy = { ...DEFAULT_TIMING, reconfirmAfterDays: 5 };
    const r = transition(ready, { type: 'introduce' }, days(5), policy);
    expect(!r.ok && r.error.code).toBe('stale_yes');
    expect(transition(ready, { type: 'introduce' }, days(4), policy).ok).toBe(true);
  });
});
