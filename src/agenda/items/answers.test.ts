import { describe, expect, it } from 'vitest';
import { type AnswerRow, answerItem, answerKey } from './answers';

const base = {
  id: 'c1',
  introductionId: 'i1',
  at: new Date('2027-03-01T10:00:00Z'),
  person: { id: 'pa', name: 'Ada' },
  other: { id: 'pb', name: 'Bruno' },
};
const consent = (over: Partial<Extract<AnswerRow, { source: 'consent' }>>): AnswerRow => ({
  ...base,
  source: 'consent',
  answer: 'yes',
  until: null,
  channel: 'email_link',
  note: '',
  ...over,
});

describe('answerItem', () => {
  it('an email-link yes carries the note the person wrote, and "Got it" as its action', () => {
    expect(answerItem(consent({ note: ' Tuesdays are best ' }))).toEqual({
      kind: 'answer',
      key: 'answer:consent:c1',
      summary: 'Ada said yes to meeting Bruno: “Tuesdays are best”',
      since: '2027-03-01T10:00:00.000Z',
      urgency: 'due',
      people: [base.person, base.other],
      introductionId: 'i1',
      note: 'Tuesdays are best',
      action: { kind: 'acknowledge', label: 'Got it', href: '/introductions/i1' },
    });
  });

  it('words every consent answer, with how it came when not by the person’s own click', () => {
    expect(answerItem(consent({ answer: 'no', channel: 'phone' })).summary).toBe(
      'Ada said no to meeting Bruno (by phone)',
    );
    expect(answerItem(consent({ answer: 'later', until: '2027-04-01' })).summary).toBe(
      'Ada said "not now" to meeting Bruno: ask again on 1 Apr 2027',
    );
    expect(answerItem(consent({ answer: 'withdrawn' })).summary).toBe(
      'Ada took back their yes to meeting Bruno',
    );
    expect(answerItem(consent({})).note).toBeUndefined();
  });

  it('words follow-up answers, keyed apart from consent answers with the same id', () => {
    const f: AnswerRow = { ...base, source: 'follow_up', answer: 'met_not_fit', note: 'nice chat' };
    expect(answerItem(f)).toMatchObject({
      key: 'answer:follow_up:c1',
      summary: 'Ada met Bruno: not a fit: “nice chat”',
    });
    expect(answerKey(f)).not.toBe(answerKey(consent({})));
  });
});
