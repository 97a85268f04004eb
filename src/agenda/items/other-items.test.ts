import { describe, expect, it } from 'vitest';
import { failedMailItem } from './failed-mail';
import { suggestionItem } from './suggestions';

describe('failedMailItem', () => {
  it('keeps the words of the failed-mail read and offers the resend', () => {
    const [i] = failedMailItem({
      kind: 'failed_mail',
      introductionId: 'i1',
      outboxId: 'm1',
      personA: { id: 'pa', name: 'Ada' },
      personB: { id: 'pb', name: 'Bruno' },
      state: 'asking',
      since: '2027-03-01T00:00:00.000Z',
      summary: 'The consent request to Ada could not be sent',
    });
    expect(i).toEqual({
      kind: 'failed_mail',
      key: 'failed_mail:m1',
      summary: 'The consent request to Ada could not be sent',
      since: '2027-03-01T00:00:00.000Z',
      urgency: 'overdue',
      people: [
        { id: 'pa', name: 'Ada' },
        { id: 'pb', name: 'Bruno' },
      ],
      introductionId: 'i1',
      outboxId: 'm1',
      action: { kind: 'resend', label: 'Resend', href: '/outbox?m=m1' },
    });
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
