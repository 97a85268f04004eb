import { describe, expect, it } from 'vitest';
import {
  CONTACT_FOLLOWS_DAYS,
  finalAnswers,
  kindYesRecord,
  type ValueHistory,
  valueFigures,
} from './figures';
import { kindOfHelp, needKind } from './kind';
import { valueSentences } from './sentences';

const DAY = 86_400_000;
const investor = { kind: 'investing', label: 'investor' };
const vendor = { kind: 'vendor', label: 'vendor' };

const empty: ValueHistory = { introductions: [], answers: [], followUps: [], outcomes: [], contacts: [] };

/** n introductions of a kind, i-th with id `${prefix}${i}`, at day i. */
const intros = (prefix: string, kind: typeof investor, n: number, introduced = false) =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}`,
    kind,
    introducedAt: introduced ? i * DAY : null,
  }));

describe('kindOfHelp', () => {
  it('takes the need’s category first, then the help its words ask for, then the introduction kind', () => {
    expect(kindOfHelp({ tags: ['Vendor'], text: 'An angel investor' }, 'seeker_provider')).toEqual({
      kind: 'vendor',
      label: 'vendor',
    });
    expect(needKind({ tags: [], text: 'Looking for an angel investor for our seed round' })).toEqual({
      kind: 'investing',
      label: 'investment',
    });
    expect(kindOfHelp({ tags: [], text: 'something vague' }, 'peers')).toEqual({
      kind: 'peers',
      label: 'peer',
    });
    expect(kindOfHelp(null, 'seeker_provider')).toEqual({ kind: 'introductions', label: 'other' });
  });
});

describe('finalAnswers', () => {
  it('keeps the last answer per introduction; a withdrawn yes is a no; equal times keep their order', () => {
    const answers = finalAnswers([
      { introductionId: 'x', answer: 'later', at: 1 },
      { introductionId: 'x', answer: 'yes', at: 2 },
      { introductionId: 'y', answer: 'yes', at: 1 },
      { introductionId: 'y', answer: 'withdrawn', at: 3 },
      { introductionId: 'z', answer: 'yes', at: 5 },
      { introductionId: 'z', answer: 'no', at: 5 },
    ]);
    expect(Object.fromEntries(answers)).toEqual({ x: 'yes', y: 'no', z: 'no' });
  });
});

describe('valueFigures and valueSentences', () => {
  it('counts yes per kind: "said yes to 4 of 5 investor introductions, 0 of 2 vendor introductions"', () => {
    const h: ValueHistory = {
      ...empty,
      introductions: [...intros('i', investor, 5), ...intros('v', vendor, 2)],
      answers: [
        ...[0, 1, 2, 3].map((i) => ({ introductionId: `i${i}`, answer: 'yes' as const, at: i })),
        { introductionId: 'i4', answer: 'no', at: 4 },
        { introductionId: 'v0', answer: 'no', at: 5 },
        { introductionId: 'v1', answer: 'no', at: 6 },
      ],
    };
    const f = valueFigures(h);
    expect(f.kinds.map((k) => [k.kind, k.asked, k.yes, k.no, k.later])).toEqual([
      ['investing', 5, 4, 1, 0],
      ['vendor', 2, 0, 2, 0],
    ]);
    const [s] = valueSentences(f);
    expect(s).toEqual({
      text: 'Said yes to 4 of 5 investor introductions, 0 of 2 vendor introductions.',
      kinds: ['investing', 'vendor'],
      counts: { yes: 4, no: 3, later: 0, asked: 7 },
    });
    expect(kindYesRecord(f, 'vendor')).toEqual({ yes: 0, all: 2 });
    expect(kindYesRecord(f, 'investing')).toEqual({ yes: 4, all: 5 });
    expect(kindYesRecord(f, 'unknown')).toBeUndefined();
  });

  it('counts "later" as asked but neither yes nor no, and says so', () => {
    const f = valueFigures({
      ...empty,
      introductions: intros('i', investor, 2),
      answers: [
        { introductionId: 'i0', answer: 'later', at: 1 },
        { introductionId: 'i1', answer: 'yes', at: 2 },
      ],
    });
    expect(f.kinds[0]).toMatchObject({ asked: 2, yes: 1, later: 1, no: 0 });
    expect(valueSentences(f)[0]!.text).toBe('Said yes to 1 of 2 investor introductions (1 asked to wait).');
    expect(kindYesRecord(f, 'investing')).toEqual({ yes: 1, all: 1 });
  });

  it('judges helpfulness by their own follow-up first, else the connector’s outcome: "found the last two helpful"', () => {
    const f = valueFigures({
      ...empty,
      introductions: intros('i', investor, 4),
      followUps: [
        { introductionId: 'i0', answer: 'met_not_fit', at: 1 },
        // Their own word beats the connector's outcome for the same introduction.
        { introductionId: 'i2', answer: 'met_helpful', at: 3 },
        { introductionId: 'i3', answer: 'not_yet', at: 4 },
      ],
      outcomes: [
        { introductionId: 'i1', outcome: 'business_done', at: 2 },
        { introductionId: 'i2', outcome: 'met_not_fit', at: 3 },
        { introductionId: 'i3', outcome: 'not_met', at: 4 },
      ],
    });
    expect(f.kinds[0]).toMatchObject({ helpful: 2, notHelpful: 1, businessDone: 1 });
    expect(f.judgements.map((j) => [j.introductionId, j.helpful])).toEqual([
      ['i0', false],
      ['i1', true],
      ['i2', true],
    ]);
    const sentences = valueSentences(f);
    expect(sentences.find((s) => s.text.startsWith('Found'))).toEqual({
      text: 'Found the last two introductions helpful.',
      kinds: [],
      counts: { helpful: 2, judged: 3, lastHelpfulInARow: 2 },
    });
    expect(sentences.find((s) => s.text.startsWith('Business'))).toEqual({
      text: 'Business came of 1 investor introduction.',
      kinds: ['investing'],
      counts: { businessDone: 1 },
    });
  });

  it('says "found 1 of 2 helpful" when the latest was not, and "all three" when every one was', () => {
    const judged = (answers: ('met_helpful' | 'met_not_fit')[]) =>
      valueSentences(
        valueFigures({
          ...empty,
          introductions: intros('i', investor, answers.length),
          followUps: answers.map((answer, i) => ({ introductionId: `i${i}`, answer, at: i })),
        }),
      ).find((s) => s.text.startsWith('Found'))!.text;
    expect(judged(['met_helpful', 'met_not_fit'])).toBe('Found 1 of 2 introductions helpful.');
    expect(judged(['met_helpful', 'met_helpful', 'met_helpful'])).toBe(
      'Found all three introductions helpful.',
    );
    expect(judged(['met_not_fit', 'met_helpful', 'met_helpful'])).toBe(
      'Found the last two introductions helpful.',
    );
  });

  it('counts contact that followed an introduction within the window, and only after it went out', () => {
    const h: ValueHistory = {
      ...empty,
      introductions: [
        { id: 'a', kind: vendor, introducedAt: 10 * DAY },
        { id: 'b', kind: vendor, introducedAt: 100 * DAY },
        { id: 'c', kind: vendor, introducedAt: null },
      ],
      contacts: [
        5 * DAY,
        10 * DAY + CONTACT_FOLLOWS_DAYS * DAY,
        100 * DAY + (CONTACT_FOLLOWS_DAYS + 1) * DAY,
      ],
    };
    const f = valueFigures(h);
    expect(f.kinds[0]).toMatchObject({ introduced: 2, followedByContact: 1 });
    expect(valueSentences(f)).toEqual([
      {
        text: 'You were in touch again within a month of 1 of 2 introductions.',
        kinds: ['vendor'],
        counts: { followedByContact: 1, introduced: 2 },
      },
    ]);
  });

  it('says nothing about a person with no history', () => {
    expect(valueFigures(empty)).toEqual({ kinds: [], judgements: [] });
    expect(valueSentences(valueFigures(empty))).toEqual([]);
  });
});
