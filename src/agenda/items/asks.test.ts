import { describe, expect, it } from 'vitest';
import { criteriaMetItem, requestItem } from './asks';

describe('requestItem', () => {
  it('says who asks to meet whom, carries the request id and the accept action', () => {
    const i = requestItem({
      id: 'r1',
      requesterName: 'Rita',
      wantsToMeet: 'a climate investor',
      why: 'Raising a seed round',
      createdAt: new Date('2027-03-01T10:00:00Z'),
    });
    expect(i).toEqual({
      kind: 'request',
      key: 'request:r1',
      summary: 'Rita asks to be introduced to a climate investor',
      since: '2027-03-01T10:00:00.000Z',
      urgency: 'due',
      people: [],
      requestId: 'r1',
      note: 'Raising a seed round',
      action: { kind: 'accept_request', label: 'Accept' },
    });
  });
});

describe('criteriaMetItem', () => {
  const row = (met: boolean[]) => ({
    id: 'n1',
    criteria: ['references', 'worked together'],
    asked: 'referrals to CFOs',
    person: {
      id: 'p1',
      name: 'Lee',
      vouchCriteria: [
        { label: 'references', met: met[0]! },
        { label: 'worked together', met: met[1]! },
      ],
      updatedAt: new Date('2027-03-02T09:00:00Z'),
    },
  });

  it('appears only once every criterion asked for is met, and opens the person', () => {
    expect(criteriaMetItem(row([true, false]))).toEqual([]);
    expect(criteriaMetItem(row([true, true]))).toEqual([
      {
        kind: 'criteria_met',
        key: 'criteria_met:n1',
        summary:
          'Lee asked for referrals to CFOs: the criteria you asked for are all met now, so you could recommend them',
        since: '2027-03-02T09:00:00.000Z',
        urgency: 'info',
        people: [{ id: 'p1', name: 'Lee' }],
        action: { kind: 'open_person', label: 'Open person', href: '/people/p1' },
      },
    ]);
  });
});
