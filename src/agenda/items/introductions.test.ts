import { describe, expect, it } from 'vitest';
import type { IntroductionRow } from '../../db/schema';
import { DEFAULT_TIMING } from '../../domain/introduction/timing';
import { introductionItems, type OpenIntroductionRow } from './introductions';

const names = new Map([
  ['pa', 'Ada'],
  ['pb', 'Bruno'],
]);
const policy = { ...DEFAULT_TIMING, reconfirmAfterDays: 60, followUpAfterDays: 7 };

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
    createdAt: new Date('2027-03-01T00:00:00.000Z'),
    updatedAt: new Date('2027-03-02T00:00:00.000Z'),
    ...over,
  };
}

const yes = (at: string) => ({ status: 'yes' as const, at, channel: 'email_link' as const });
const later = (until: string) => ({
  status: 'later' as const,
  at: '2027-03-01T00:00:00.000Z',
  channel: 'phone' as const,
  until,
});
const items = (r: OpenIntroductionRow, now: string, tz = 'UTC') =>
  introductionItems(r, names, new Date(now), tz, policy);

describe('check_back', () => {
  const snoozed = row({
    state: 'snoozed',
    consentA: later('2027-03-29'),
    consentB: yes('2027-03-01T00:00:00Z'),
  });

  it('appears on the snooze date in the account zone, not the evening before in UTC terms', () => {
    // 23:30 UTC on 28 March is already 29 March in Berlin (UTC+2 after the DST change that night).
    expect(items(snoozed, '2027-03-28T21:59:00Z', 'Europe/Berlin')).toEqual([]);
    const [due] = items(snoozed, '2027-03-28T22:00:00Z', 'Europe/Berlin');
    expect(due).toMatchObject({
      kind: 'check_back',
      dueDate: '2027-03-29',
      urgency: 'due',
      since: '2027-03-28T22:00:00.000Z',
      summary: 'Ask Ada again about meeting Bruno: they said "not now" until 29 Mar 2027',
      action: { kind: 'reask', label: 'Ask again' },
      people: [
        { id: 'pa', name: 'Ada' },
        { id: 'pb', name: 'Bruno' },
      ],
    });
    // In UTC the same instant is still the 28th.
    expect(items(snoozed, '2027-03-28T22:00:00Z', 'UTC')).toEqual([]);
  });

  it('is overdue once the date has passed, and names both when both said not now', () => {
    const both = row({ state: 'snoozed', consentA: later('2027-03-29'), consentB: later('2027-04-02') });
    const [i] = items(both, '2027-03-31T12:00:00Z');
    expect(i?.urgency).toBe('overdue');
    expect(i?.summary).toContain('Ask Ada and Bruno again about meeting each other');
  });

  it('carries the note each sent with their "not now", naming whose when both said it; none when none', () => {
    const both = row({ state: 'snoozed', consentA: later('2027-03-29'), consentB: later('2027-04-02') });
    const [i] = items({ ...both, notes: { a: 'After the fund closes', b: ' ' } }, '2027-03-31T12:00:00Z');
    expect(i?.note).toBe('Ada: After the fund closes');
    const [one] = items(
      { ...snoozed, notes: { a: 'Ask me in March', b: 'not shown: B said yes' } },
      '2027-03-29T12:00:00Z',
    );
    expect(one?.note).toBe('Ask me in March');
    const [none] = items(snoozed, '2027-03-29T12:00:00Z');
    expect(none).not.toHaveProperty('note');
  });
});

describe('ready_to_send and reconfirm', () => {
  it('a fresh pair of yeses is ready to send, linking to the review dialog', () => {
    const r = row({
      state: 'ready',
      consentA: yes('2027-03-01T00:00:00Z'),
      consentB: yes('2027-03-02T00:00:00Z'),
    });
    expect(items(r, '2027-03-10T00:00:00Z')).toEqual([
      expect.objectContaining({
        kind: 'ready_to_send',
        key: 'ready_to_send:i1',
        urgency: 'due',
        action: { kind: 'review_send', label: 'Review and send', href: '/introductions/i1?review=send' },
      }),
    ]);
  });

  it('a yes older than the policy allows asks for a reconfirmation of that person instead', () => {
    const r = row({
      state: 'ready',
      consentA: yes('2027-01-01T10:00:00Z'),
      consentB: yes('2027-03-30T10:00:00Z'),
    });
    // 60 days after 1 January is 2 March; on 5 April the yes is 94 days old.
    expect(items(r, '2027-03-02T09:59:59Z').map((i) => i.kind)).toEqual(['ready_to_send']);
    const out = items(r, '2027-04-05T12:00:00Z');
    expect(out).toEqual([
      expect.objectContaining({
        kind: 'reconfirm',
        since: '2027-03-02T10:00:00.000Z',
        summary: 'Ada said yes 94 days ago to meeting Bruno: reconfirm before you send?',
        action: { kind: 'reconfirm', label: 'Ask Ada again', party: 'a' },
      }),
    ]);
  });
});

describe('waiting_for_answer', () => {
  it('one item per person reminded who has still not answered; none before the reminder', () => {
    const r = row({
      state: 'asking',
      askOrder: 'parallel',
      consentA: { status: 'asked', askedAt: '2027-03-01T00:00:00Z', remindedAt: '2027-03-06T00:00:00Z' },
      consentB: { status: 'asked', askedAt: '2027-03-01T00:00:00Z', remindedAt: null },
    });
    const out = items(r, '2027-03-08T00:00:00Z');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      kind: 'waiting_for_answer',
      urgency: 'info',
      summary: 'Ada has not answered the reminder about meeting Bruno (sent 2 days ago)',
      action: { kind: 'open_introduction', href: '/introductions/i1' },
    });
  });
});

describe('follow_up', () => {
  const r = row({
    state: 'introduced',
    consentA: yes('2027-03-01T00:00:00Z'),
    consentB: yes('2027-03-01T00:00:00Z'),
    introducedAt: new Date('2027-03-03T15:00:00Z'),
  });

  it('appears on the local day the follow-up falls due and turns overdue the day after', () => {
    // Due 10 March 15:00 UTC; in Los Angeles that is the morning of 10 March.
    expect(items(r, '2027-03-10T07:59:00Z', 'America/Los_Angeles')).toEqual([]);
    expect(items(r, '2027-03-10T08:00:00Z', 'America/Los_Angeles')).toEqual([
      expect.objectContaining({
        kind: 'follow_up',
        summary: 'Ask Ada and Bruno how their introduction went: the follow-up is due today',
        dueDate: '2027-03-10',
        urgency: 'due',
        action: { kind: 'send_follow_up', label: 'Send the follow-up' },
      }),
    ]);
    const [late] = items(r, '2027-03-11T09:00:00Z', 'America/Los_Angeles');
    expect(late?.urgency).toBe('overdue');
    expect(late?.summary).toBe(
      'Ask Ada and Bruno how their introduction went: the follow-up was due on 10 Mar 2027',
    );
  });
});

describe('outcome_due', () => {
  it('asks for the outcome once the follow-up went out, with what the people answered', () => {
    const r = row({
      state: 'following_up',
      introducedAt: new Date('2027-03-03T00:00:00Z'),
      followUpSentAt: new Date('2027-03-10T00:00:00Z'),
      followUpAnswers: { b: { answer: 'met_helpful', at: '2027-03-11T00:00:00Z' } },
    });
    expect(items(r, '2027-03-12T00:00:00Z')).toEqual([
      expect.objectContaining({
        kind: 'outcome_due',
        since: '2027-03-10T00:00:00.000Z',
        summary:
          'How did the introduction of Ada and Bruno go? Record the outcome (Bruno: met and it helped)',
        action: { kind: 'record_outcome', label: 'Record outcome', href: '/introductions/i1' },
      }),
    ]);
  });

  it('nothing for introductions that ask nothing of the connector', () => {
    for (const state of ['draft', 'closed', 'declined', 'expired', 'cancelled'] as const) {
      expect(items(row({ state }), '2027-03-12T00:00:00Z')).toEqual([]);
    }
  });
});
