import { describe, expect, it } from 'vitest';
import { type FailedMailRow, failedMailItem } from './failed-mail';
import { suggestionItem } from './suggestions';

describe('failedMailItem', () => {
  const failed: FailedMailRow = {
    id: 'm1',
    introductionId: 'i1',
    kind: 'consent_request',
    status: 'failed',
    to: [{ name: 'Ada', address: 'ada@example.com' }],
    rejected: [],
    lastError: '550 no such user',
    sentAt: null,
    createdAt: new Date('2027-03-01T00:00:00.000Z'),
    introductionState: 'asking',
    personA: { id: 'pa', name: 'Ada' },
    personB: { id: 'pb', name: 'Bruno' },
  };
  it('words a failed message and offers the resend', () => {
    expect(failedMailItem(failed)).toEqual([
      {
        kind: 'failed_mail',
        key: 'failed_mail:m1',
        summary:
          'The consent request to Ada <ada@example.com> could not be sent (550 no such user). Fix the address if it is wrong, then resend it.',
        since: '2027-03-01T00:00:00.000Z',
        urgency: 'overdue',
        people: [
          { id: 'pa', name: 'Ada' },
          { id: 'pb', name: 'Bruno' },
        ],
        introductionId: 'i1',
        outboxId: 'm1',
        action: { kind: 'resend', label: 'Resend', href: '/outbox?m=m1' },
      },
    ]);
  });
  it('names only the refused recipients not yet resent to, dated when it was sent', () => {
    const [i] = failedMailItem({
      ...failed,
      kind: 'introduction',
      status: 'sent',
      sentAt: new Date('2027-03-02T00:00:00.000Z'),
      to: [
        { name: 'Ada', address: 'ada@example.com' },
        { name: 'Bruno', address: 'bruno@example.com' },
      ],
      rejected: [
        { address: 'bruno@example.com', error: '550 gone', resentAs: null },
        { address: 'ada@example.com', error: '451 later', resentAs: 'm2' },
      ],
      introductionState: 'introduced',
    });
    expect(i?.summary).toBe(
      'Bruno <bruno@example.com> never got the introduction: 550 gone. Fix the address, then resend it to them.',
    );
    expect(i?.since).toBe('2027-03-02T00:00:00.000Z');
  });
  it('nothing when the resend would be refused: a request of an introduction no longer asking', () => {
    expect(failedMailItem({ ...failed, introductionState: 'cancelled' })).toEqual([]);
  });
});

describe('suggestionItem', () => {
  it('names both people and the need, with the best reason, and carries what a draft takes', () => {
    const i = suggestionItem(
      {
        needId: 'n1',
        offerId: null,
        seekerId: 's1',
        providerId: 'p1',
        score: 0.8,
        reasons: ['offers exactly this', 'same city'],
        seeker: { id: 's1', name: 'Dana', company: '', title: '' },
        provider: { id: 'p1', name: 'Lee', company: '', title: '' },
        needText: 'a fractional CFO',
        neededBy: null,
        offerText: null,
        introductionReason: 'Dana is looking for: a fractional CFO. Lee may be able to help.',
        vouchUnmet: false,
        providerCriteria: null,
      },
      new Date('2027-03-01T00:00:00Z'),
    );
    expect(i).toMatchObject({
      kind: 'suggestion',
      key: 'suggestion:n1:p1:',
      summary: 'Introduce Dana to Lee for “a fractional CFO”: offers exactly this',
      urgency: 'info',
      suggestion: { needId: 'n1', providerId: 'p1', offerId: null },
      action: { kind: 'draft_introduction' },
    });
  });

  it('says how many of the connector’s criteria a provider meets when not all are', () => {
    const base = {
      needId: 'n1',
      offerId: null,
      seekerId: 's1',
      providerId: 'p1',
      score: 0.8,
      reasons: [],
      seeker: { id: 's1', name: 'Dana', company: '', title: '' },
      provider: { id: 'p1', name: 'Lee', company: '', title: '' },
      needText: 'a fractional CFO',
      neededBy: null,
      offerText: null,
      introductionReason: 'Dana is looking for: a fractional CFO. Lee may be able to help.',
      vouchUnmet: true,
    };
    const i = suggestionItem(
      {
        ...base,
        providerCriteria: { met: 1, total: 3, unmet: ['a', 'b'], words: 'Lee: 1 of 3 of your criteria met' },
      },
      new Date('2027-03-01T00:00:00Z'),
    );
    expect(i.summary).toBe('Introduce Dana to Lee for “a fractional CFO” (Lee: 1 of 3 of your criteria met)');
  });
});
