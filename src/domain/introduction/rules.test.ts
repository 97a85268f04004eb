import { describe, expect, it } from 'vitest';
import { propose } from './propose';
import { blocked, positionFor, takesConsentRequests, takesFollowUpAnswers } from './rules';
import { draft, run, T0, yes } from './test-helpers';
import { transition } from './transition';
import { INTRO_STATES, type PartyFacts } from './types';

const ok: PartyFacts = { doNotIntroduce: false, hasEmail: true };

describe('blocked', () => {
  it('lets through people who may be introduced and have an email', () => {
    expect(blocked({ a: ok, b: ok }, ['a', 'b'])).toBeNull();
  });

  it('names the first person who has opted out or has no email, opting out first', () => {
    const both = { doNotIntroduce: true, hasEmail: false };
    expect(blocked({ a: ok, b: both }, ['a', 'b'])?.error).toEqual({
      code: 'opted_out',
      message: 'person B is marked "do not introduce"',
      party: 'b',
    });
    expect(blocked({ a: { ...ok, hasEmail: false }, b: both }, ['a', 'b'])?.error).toMatchObject({
      code: 'missing_email',
      party: 'a',
    });
  });

  it('looks only at the people asked about', () => {
    expect(blocked({ a: ok, b: { ...ok, doNotIntroduce: true } }, ['a'])).toBeNull();
  });

  it('is the refusal a proposal gets and the one a request on the same people gets', () => {
    const b = { id: '2', askFirst: false, doNotIntroduce: false, hasEmail: false };
    const proposal = propose({ a: { id: '1', askFirst: false, ...ok }, b, kind: 'peers', order: 'parallel' });
    const mailless = { ...draft({ order: 'parallel' }), parties: { a: ok, b: { ...ok, hasEmail: false } } };
    const asked = transition(mailless, { type: 'request' }, T0);
    expect(proposal.ok).toBe(false);
    expect(asked.ok).toBe(false);
    expect(!proposal.ok && proposal.error).toEqual(!asked.ok && asked.error);
  });
});

describe('positionFor', () => {
  it('is first in sequential order, parallel in parallel order, and second once the other said yes', () => {
    expect(positionFor(draft({ order: 'sequential' }), 'a')).toBe('first');
    expect(positionFor(draft({ order: 'parallel' }), 'b')).toBe('parallel');
    const aSaidYes = run(draft({ order: 'sequential' }), [[{ type: 'request' }], [yes('a')]]).intro;
    expect(positionFor(aSaidYes, 'b')).toBe('second');
  });

  it('is the position the consent request effect carries', () => {
    const r = run(draft({ order: 'sequential' }), [[{ type: 'request' }], [yes('a')]]);
    expect(r.effects.filter((e) => e.type === 'send_consent_request')).toEqual([
      { type: 'send_consent_request', party: 'a', position: 'first', reask: false },
      { type: 'send_consent_request', party: 'b', position: 'second', reask: false },
    ]);
  });
});

describe('takesFollowUpAnswers', () => {
  it('holds while the follow-up is out and after the outcome is recorded (a late answer counts), and never before', () => {
    expect(INTRO_STATES.filter(takesFollowUpAnswers)).toEqual(['following_up', 'closed']);
  });
});

describe('takesConsentRequests', () => {
  it('is true only while the introduction is asking', () => {
    for (const state of INTRO_STATES) expect(takesConsentRequests(state)).toBe(state === 'asking');
  });
});
