// What a person valued, in words, each sentence with the counts it states (so the page can show the numbers
// behind it and a test can check them against the figures). Pure.
import type { Judgement, KindFigures, ValueFigures } from './figures';

export interface ValueSentence {
  text: string;
  /** The kinds of help the sentence speaks of (keys of `ValueFigures.kinds`). */
  kinds: string[];
  /** The numbers the sentence states, by name. */
  counts: Record<string, number>;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const spelled = (n: number) => NUMBER_WORDS[n] ?? String(n);
const plural = (n: number, one: string, many = `${one}s`) => (n === 1 ? one : many);

export function valueSentences(f: ValueFigures): ValueSentence[] {
  return [
    answersSentence(f.kinds),
    helpfulSentence(f.judgements),
    businessSentence(f.kinds),
    contactSentence(f.kinds),
  ].filter((s): s is ValueSentence => s !== null);
}

/** "Said yes to 4 of 5 investment introductions, 0 of 2 vendor introductions (1 asked to wait)." */
function answersSentence(kinds: KindFigures[]): ValueSentence | null {
  const answered = kinds.filter((k) => k.asked > 0);
  if (answered.length === 0) return null;
  const parts = answered.map(
    (k) =>
      `${k.yes} of ${k.asked} ${k.label} ${plural(k.asked, 'introduction')}` +
      (k.later > 0 ? ` (${k.later} asked to wait)` : ''),
  );
  const sum = (key: 'asked' | 'yes' | 'no' | 'later') => answered.reduce((n, k) => n + k[key], 0);
  return {
    text: `Said yes to ${parts.join(', ')}.`,
    kinds: answered.map((k) => k.kind),
    counts: { yes: sum('yes'), no: sum('no'), later: sum('later'), asked: sum('asked') },
  };
}

/** "Found the last two introductions helpful." or "Found 3 of 5 introductions helpful." */
function helpfulSentence(judgements: Judgement[]): ValueSentence | null {
  if (judgements.length === 0) return null;
  const helpful = judgements.filter((j) => j.helpful).length;
  let streak = 0;
  for (let i = judgements.length - 1; i >= 0 && judgements[i]!.helpful; i--) streak++;
  const counts = { helpful, judged: judgements.length, lastHelpfulInARow: streak };
  if (streak >= 2) {
    const text =
      streak === judgements.length && streak > 2
        ? `Found all ${spelled(streak)} introductions helpful.`
        : `Found the last ${spelled(streak)} introductions helpful.`;
    return { text, kinds: [], counts };
  }
  return {
    text: `Found ${helpful} of ${judgements.length} ${plural(judgements.length, 'introduction')} helpful.`,
    kinds: [],
    counts,
  };
}

/** "Business came of 2 investment introductions." */
function businessSentence(kinds: KindFigures[]): ValueSentence | null {
  const done = kinds.filter((k) => k.businessDone > 0);
  if (done.length === 0) return null;
  const parts = done.map((k) => `${k.businessDone} ${k.label} ${plural(k.businessDone, 'introduction')}`);
  return {
    text: `Business came of ${parts.join(', ')}.`,
    kinds: done.map((k) => k.kind),
    counts: { businessDone: done.reduce((n, k) => n + k.businessDone, 0) },
  };
}

/** "You were in touch again within a month of 3 of 4 introductions." */
function contactSentence(kinds: KindFigures[]): ValueSentence | null {
  const introduced = kinds.reduce((n, k) => n + k.introduced, 0);
  const followed = kinds.reduce((n, k) => n + k.followedByContact, 0);
  if (introduced === 0 || followed === 0) return null;
  return {
    text: `You were in touch again within a month of ${followed} of ${introduced} ${plural(introduced, 'introduction')}.`,
    kinds: kinds.filter((k) => k.followedByContact > 0).map((k) => k.kind),
    counts: { followedByContact: followed, introduced },
  };
}
