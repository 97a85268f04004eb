import { describe, expect, it } from 'vitest';
import { personOf, resendPlan, undeliveredTo, withAddresses } from './resend-rules';

const refused = (address: string, resentAs: string | null = null) => ({ address, error: '550 no', resentAs });

describe('undeliveredTo', () => {
  const to = [
    { name: 'Ada', address: 'ada@x.example', personId: 'p-ada' },
    { name: 'Bruno', address: 'bruno@x.example', personId: 'p-bruno' },
  ];
  const message = { kind: 'consent_request', to: [to[0]!], cc: [], recipientPersonId: 'p-ada' };

  it('names who a failed message was for, and the refused recipients of one that reached the others', () => {
    expect(undeliveredTo({ ...message, status: 'failed', rejected: [] }, 'asking')).toEqual(['p-ada']);
    const partly = { kind: 'introduction', to, cc: [], recipientPersonId: null, status: 'sent' as const };
    expect(undeliveredTo({ ...partly, rejected: [refused('bruno@x.example')] }, 'introduced')).toEqual([
      'p-bruno',
    ]);
  });

  it('names no one for what was resent, is on its way, is kept locally, or may no longer be resent', () => {
    const partly = { kind: 'introduction', to, cc: [], recipientPersonId: null, status: 'sent' as const };
    expect(
      undeliveredTo({ ...partly, rejected: [refused('bruno@x.example', 'id-2')] }, 'introduced'),
    ).toEqual([]);
    for (const status of ['queued', 'retrying', 'sending', 'local', 'sent'] as const) {
      expect(undeliveredTo({ ...message, status, rejected: [] }, 'asking')).toEqual([]);
    }
    expect(undeliveredTo({ ...message, status: 'failed', rejected: [] }, 'cancelled')).toEqual([]);
  });
});

describe('resendPlan', () => {
  it('queues a failed message again and sends a partly refused one to the refused recipients only', () => {
    expect(resendPlan({ status: 'failed', kind: 'introduction', rejected: [] }, 'introduced')).toEqual({
      kind: 'requeue',
    });
    const rejected = [refused('a@x.example', 'id-1'), refused('b@x.example')];
    expect(resendPlan({ status: 'sent', kind: 'introduction', rejected }, 'introduced')).toEqual({
      kind: 'to_rejected',
      recipients: [rejected[1]],
    });
  });

  it('refuses what was delivered to everyone, is still on its way, or is kept locally', () => {
    for (const status of ['sent', 'queued', 'retrying', 'sending', 'local'] as const) {
      expect(resendPlan({ status, kind: 'introduction', rejected: [] }, 'introduced').kind).toBe('refused');
    }
    expect(
      resendPlan({ status: 'sent', kind: 'introduction', rejected: [refused('a@x.example', 'id')] }, null)
        .kind,
    ).toBe('refused');
  });

  it('refuses a consent request or reminder once the introduction stopped asking, not a closing note', () => {
    for (const kind of ['consent_request', 'reminder']) {
      expect(resendPlan({ status: 'failed', kind, rejected: [] }, 'cancelled')).toMatchObject({
        kind: 'refused',
        reason: expect.stringMatching(/cancelled/),
      });
      expect(resendPlan({ status: 'failed', kind, rejected: [] }, 'asking').kind).toBe('requeue');
    }
    expect(resendPlan({ status: 'failed', kind: 'closing_note', rejected: [] }, 'cancelled').kind).toBe(
      'requeue',
    );
  });
});

describe('withAddresses', () => {
  it('replaces a corrected address in recipients, Reply-To, text and escaped HTML', () => {
    const row = {
      to: [
        { name: 'A', address: "o'brien@old.example", personId: 'p1' },
        { name: 'B', address: 'b@x.example', personId: 'p2' },
      ],
      replyTo: [{ name: 'A', address: "o'brien@old.example" }],
      text: "Email: o'brien@old.example",
      html: '<a href="mailto:o&#39;brien@old.example">o&#39;brien@old.example</a>',
    };
    const fixed = withAddresses(row, new Map([["o'brien@old.example", 'obrien@new.example']]));
    expect(fixed.to.map((a) => a.address)).toEqual(['obrien@new.example', 'b@x.example']);
    expect(fixed.to[0]!.personId).toBe('p1');
    expect(fixed.replyTo[0]!.address).toBe('obrien@new.example');
    expect(fixed.text).toBe('Email: obrien@new.example');
    expect(fixed.html).toBe('<a href="mailto:obrien@new.example">obrien@new.example</a>');
  });
});

describe('personOf', () => {
  it('names the person an address was written for, falling back to the row’s one recipient', () => {
    const two = {
      to: [
        { name: 'A', address: 'a@x.example', personId: 'p1' },
        { name: 'B', address: 'b@x.example' },
      ],
      cc: [],
      recipientPersonId: null,
    };
    expect(personOf(two, 'A@x.example')).toBe('p1');
    expect(personOf(two, 'b@x.example')).toBeNull();
    const one = { to: [{ name: 'A', address: 'a@x.example' }], cc: [], recipientPersonId: 'p9' };
    expect(personOf(one, 'a@x.example')).toBe('p9');
    expect(personOf(one, 'other@x.example')).toBeNull();
  });
});
