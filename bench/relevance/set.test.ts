// The labelled set's integrity: a typo in an answer id or a duplicated id would silently lower (or raise) every
// number the relevance bench reports, so the file is checked on its own, without embeddings.
import { describe, expect, it } from 'vitest';
import { type HardCase, loadSet } from './set';

const set = loadSet();
const HARD_CASES: readonly HardCase[] = ['no-shared-words', 'ambiguous-word', 'fellow-seeker', 'near-miss'];

describe('the labelled relevance set', () => {
  it('gives every provider and every need an id of its own', () => {
    const ids = [...set.providers.map((p) => p.id), ...set.needs.map((n) => n.id)];
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('names only providers of the pool as answers, and at least one per need', () => {
    const pool = new Set(set.providers.map((p) => p.id));
    const broken = set.needs.filter((n) => n.answers.length === 0 || n.answers.some((a) => !pool.has(a)));
    expect(broken.map((n) => n.id)).toEqual([]);
  });

  it('labels hard cases only with the four known kinds', () => {
    const unknown = set.needs.filter((n) => n.hard.some((h) => !HARD_CASES.includes(h)));
    expect(unknown.map((n) => n.id)).toEqual([]);
  });

  it('holds the blind fresh4 split: at least 80 needs k-*, with every hard case well represented', () => {
    const fresh4 = set.needs.filter((n) => n.split === 'fresh4');
    expect(fresh4.length).toBeGreaterThanOrEqual(80);
    expect(fresh4.every((n) => /^k-\d+$/.test(n.id))).toBe(true);
    const count = (hard: HardCase) => fresh4.filter((n) => n.hard.includes(hard)).length;
    expect(count('no-shared-words')).toBeGreaterThanOrEqual(35);
    expect(count('ambiguous-word')).toBeGreaterThanOrEqual(8);
    expect(count('fellow-seeker')).toBeGreaterThanOrEqual(8);
    expect(count('near-miss')).toBeGreaterThanOrEqual(8);
  });

  it('holds the blind fresh5 split: at least 80 needs m-*, with every hard case well represented', () => {
    const fresh5 = set.needs.filter((n) => n.split === 'fresh5');
    expect(fresh5.length).toBeGreaterThanOrEqual(80);
    expect(fresh5.every((n) => /^m-\d+$/.test(n.id))).toBe(true);
    const count = (hard: HardCase) => fresh5.filter((n) => n.hard.includes(hard)).length;
    expect(count('no-shared-words')).toBeGreaterThanOrEqual(35);
    expect(count('ambiguous-word')).toBeGreaterThanOrEqual(8);
    expect(count('fellow-seeker')).toBeGreaterThanOrEqual(8);
    expect(count('near-miss')).toBeGreaterThanOrEqual(8);
  });

  it('gives fresh5 only new providers m-o-* and m-p-* of its own', () => {
    const mine = set.providers.filter((p) => p.id.startsWith('m-'));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.filter((p) => !/^m-[op]-\d+$/.test(p.id)).map((p) => p.id)).toEqual([]);
  });

  it('holds the blind fresh6 split: at least 80 needs q-*, with every hard case well represented', () => {
    const fresh6 = set.needs.filter((n) => n.split === 'fresh6');
    expect(fresh6.length).toBeGreaterThanOrEqual(80);
    expect(fresh6.every((n) => /^q-\d+$/.test(n.id))).toBe(true);
    const count = (hard: HardCase) => fresh6.filter((n) => n.hard.includes(hard)).length;
    expect(count('no-shared-words')).toBeGreaterThanOrEqual(35);
    expect(count('ambiguous-word')).toBeGreaterThanOrEqual(8);
    expect(count('fellow-seeker')).toBeGreaterThanOrEqual(8);
    expect(count('near-miss')).toBeGreaterThanOrEqual(8);
  });

  it('gives fresh6 only new providers q-o-* and q-p-* of its own', () => {
    const mine = set.providers.filter((p) => p.id.startsWith('q-'));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.filter((p) => !/^q-[op]-\d+$/.test(p.id)).map((p) => p.id)).toEqual([]);
  });
});
