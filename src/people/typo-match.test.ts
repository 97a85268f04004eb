import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, rankTypoMatches, typoDistance, typosAllowed } from './typo-match';

const word = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
  minLength: 1,
  maxLength: 10,
});

describe('editDistance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('jonh', 'john')).toBe(1);
    expect(editDistance('smtih', 'smith')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('is zero only for equal words, symmetric, and at most the longer length', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b);
        expect(d === 0).toBe(a === b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe('typoDistance', () => {
  it('finds a name after one swap of neighbouring letters in every word of three letters or more', () => {
    const longWord = word.filter((w) => w.length >= 3);
    fc.assert(
      fc.property(fc.array(fc.tuple(longWord, fc.nat()), { minLength: 1, maxLength: 3 }), (parts) => {
        const name = parts.map(([w]) => w);
        const typed = parts.map(([w, at]) => {
          const i = at % (w.length - 1);
          return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
        });
        const d = typoDistance(typed, name);
        expect(d).not.toBeNull();
        expect(d!).toBeLessThanOrEqual(typed.length);
      }),
    );
  });

  it('refuses a typed word further from every name word than its length allows', () => {
    expect(typoDistance(['xyz'], ['john', 'smith'])).toBeNull();
    expect(typoDistance(['jo'], ['ja'])).toBeNull();
    expect(typosAllowed(2)).toBe(0);
  });

  it('needs every typed word to match', () => {
    expect(typoDistance(['jonh', 'zzzzz'], ['john', 'smith'])).toBeNull();
  });

  it('costs a whole word less than the same edits to the start of a longer word', () => {
    expect(typoDistance(['smtih'], ['smith'])!).toBeLessThan(typoDistance(['smtih'], ['smithers'])!);
  });
});

describe('rankTypoMatches', () => {
  it('puts John Smith first for "jonh smtih", ahead of names trigrams prefer', () => {
    const names = ['jon smithers', 'smith jones', 'john smith', 'joan smit', 'jane doe', 'johnny smithfield'];
    const ranked = rankTypoMatches(
      'jonh smtih',
      names.map((folded, i) => ({ id: String(i), folded })),
    );
    expect(ranked[0]!.folded).toBe('john smith');
    expect(ranked.map((r) => r.folded)).not.toContain('jane doe');
  });

  it('orders equal distances by name then id, so pages of results are stable', () => {
    const ranked = rankTypoMatches('smtih', [
      { id: 'b', folded: 'smith' },
      { id: 'a', folded: 'smith' },
      { id: 'c', folded: 'anna smith' },
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('names written in parts', () => {
  it('match when typed as one word ("jeanluc" is Jean-Luc, "obrien" O\'Brien, "vanderberg" Van der Berg)', () => {
    const people = [
      { id: '1', folded: 'jean luc moreau' },
      { id: '2', folded: 'siobhan o brien' },
      { id: '3', folded: 'pieter van der berg' },
      { id: '4', folded: 'jean dupont' },
    ];
    expect(rankTypoMatches('jeanluc', people).map((p) => p.id)).toEqual(['1']);
    expect(rankTypoMatches('obrien', people).map((p) => p.id)).toEqual(['2']);
    expect(rankTypoMatches('vanderberg', people).map((p) => p.id)).toEqual(['3']);
  });
});
