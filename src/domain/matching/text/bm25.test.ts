import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { bm25, wordScore, wordStats } from './bm25';

const offers = [
  'tax returns for freelancers',
  'tax advice',
  'tax and payroll',
  'sourdough baking classes',
].map((t) => analyse(t, 'offer'));
const stats = wordStats(offers);

describe('BM25 words', () => {
  it('weighs a rare shared word above a common one', () => {
    const need = analyse('baking tax', 'need');
    expect(bm25(stats, need, offers[3]!)).toBeGreaterThan(bm25(stats, need, offers[1]!));
  });

  it('the word score is the share of the need’s weight the provider matches, 0..1', () => {
    const need = analyse('tax returns', 'need');
    const full = wordScore(stats, need, analyse('tax returns', 'offer'));
    const longer = wordScore(stats, need, offers[0]!);
    const part = wordScore(stats, need, offers[1]!);
    expect(full.score).toBe(1);
    // Saying more never lowers it: every word of the need, in a longer text, still counts in full.
    expect(longer.score).toBe(1);
    expect(part.score).toBeGreaterThan(0);
    expect(part.score).toBeLessThan(1);
    expect(part.shared).toEqual(['tax']);
    expect(wordScore(stats, need, offers[3]!)).toEqual({ score: 0, shared: [] });
  });

  it('an empty need or corpus scores 0', () => {
    expect(wordScore(wordStats([]), analyse('', 'need'), offers[0]!).score).toBe(0);
  });
});
