import { describe, expect, it } from 'vitest';
import type { IntroductionRow } from '../db/schema';
import { agendaItemsFor, agendaOf } from './agenda';

const NOW = new Date('2027-05-10T09:00:00.000Z');
const names = new Map([
  ['pa', 'Ada'],
  ['pb', 'Bob'],
]);

function row(over: Partial<IntroductionRow>): IntroductionRow {
  return {
    id: 'i1',
    accountId: 'acc',
    personAId: 'pa',
    personBId: 'pb',
    needId: null,
    kind: 'peers',
    reason: 'r',
    askOrder: 'sequential',
    firstParty: 'a',
    autoSend: false,
    pitchA: '',
    pitchB: '',
    disclosedCaveats: [],
    personalLines: {},
    state: 'draft',
    consentA: { status: 'not_asked' },
    consentB: { status: 'not_asked' },
    checkBackNotedAt: null,
    introducedAt: null,
    followUpSentAt: null,
    followUpAnswers: {},
    outcome: null,
    endedAt: null,
    nextDueAt: null,
    version: 1,
    createdAt: new Date('2027-05-01T00:00:00.000Z'),
    updatedAt: new Date('2027-05-02T00:00:00.000Z'),
    ...over,
  };
}

const later = (until: string) => ({
  status: 'later' as const,
  at: '2027-05-01T00:00:00.000Z',
  channel: 'phone' as const,
  until,
});
const yes = { status: 'yes' as const, at: '2027-05-01T00:00:00.000Z', channel: 'email_link' as const };

describe('agendaItemsFor', () => {
  it('asks again once the snooze date has begun, from its first instant, and not the day before', () => {
    const due = row({ state: 'snoozed', consentA: yes, consentB: later('2027-05-10') });
    expect(agendaItemsFor(due, names, NOW)).toEqual([
      {
        kind: 'ask_again',
        introductionId: 'i1',
        personA: { id: 'pa', name: 'Ada' },
        personB: { id: 'pb', name: 'Bob' },
        state: 'snoozed',
        since: '2027-05-10T00:00:00.000Z',
        summary: 'Ask Bob again about meeting Ada; they said "not now" until 2027-05-10',
      },
    ]);
    const notYet = row({ state: 'snoozed', consentA: yes, consentB: later('2027-05-11') });
    expect(agendaItemsFor(notYet, names, NOW)).toEqual([]);
  });

  it('asks both again when both said "not now", from the earlier date', () => {
    const both = row({ state: 'snoozed', consentA: later('2027-05-09'), consentB: later('2027-05-08') });
    const [only, ...rest] = agendaItemsFor(both, names, NOW);
    expect(rest).toEqual([]);
    expect(only?.summary).toBe(
      'Ask Ada and Bob again about meeting each other; they said "not now" until 2027-05-08',
    );
    expect(only?.since).toBe('2027-05-08T00:00:00.000Z');
  });

  it('lists each person who was reminded and has not answered, and no one who was only asked', () => {
    const asking = row({
      state: 'asking',
      consentA: { status: 'asked', askedAt: '2027-04-20T00:00:00.000Z', remindedAt: null },
      consentB: {
        status: 'asked',
        askedAt: '2027-04-20T00:00:00.000Z',
        remindedAt: '2027-04-25T00:00:00.000Z',
      },
    });
    expect(agendaItemsFor(asking, names, NOW).map((i) => [i.kind, i.since, i.summary])).toEqual([
      [
        'waiting_for_answer',
        '2027-04-25T00:00:00.000Z',
        'Bob has not answered the reminder about meeting Ada',
      ],
    ]);
  });

  it('asks for the outcome with the follow-up answers so far, in words', () => {
    const following = row({
      state: 'following_up',
      followUpSentAt: new Date('2027-05-05T00:00:00.000Z'),
      followUpAnswers: { b: { answer: 'met_not_fit', at: '2027-05-06T00:00:00.000Z' } },
    });
    expect(agendaItemsFor(following, names, NOW)).toEqual([
      expect.objectContaining({
        kind: 'record_outcome',
        since: '2027-05-05T00:00:00.000Z',
        summary: 'How did Ada and Bob go? Bob: met, not a fit',
      }),
    ]);
    expect(agendaItemsFor(row({ state: 'following_up' }), names, NOW)[0]?.summary).toBe(
      'How did Ada and Bob go? No answers to the follow-up yet',
    );
  });

  it('has nothing for drafts, introduced or ended introductions', () => {
    for (const state of ['draft', 'introduced', 'closed', 'declined', 'expired', 'cancelled'] as const) {
      expect(agendaItemsFor(row({ state }), names, NOW)).toEqual([]);
    }
  });
});

describe('agendaOf', () => {
  it('orders items by when they became due, oldest first', () => {
    const ready = row({ id: 'ready', state: 'ready', updatedAt: new Date('2027-05-09T00:00:00.000Z') });
    const snoozed = row({ id: 'snoozed', state: 'snoozed', consentA: later('2027-05-01') });
    expect(agendaOf([ready, snoozed], names, NOW).map((i) => [i.introductionId, i.kind])).toEqual([
      ['snoozed', 'ask_again'],
      ['ready', 'ready_to_send'],
    ]);
  });
});
