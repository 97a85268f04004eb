import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { likeContains, toPrefixTsQuery } from './search-query';

describe('toPrefixTsQuery', () => {
  it('turns each word into a prefix term joined by AND', () => {
    expect(toPrefixTsQuery('Ann  Lee')).toBe("'ann':* & 'lee':*");
  });

  it('splits on punctuation and keeps letters of any script and digits', () => {
    expect(toPrefixTsQuery("O'Neil, Zoë & 3M")).toBe("'o':* & 'neil':* & 'zoë':* & '3m':*");
  });

  it('returns null when nothing searchable is left', () => {
    expect(toPrefixTsQuery('  !!  ')).toBeNull();
    expect(toPrefixTsQuery('')).toBeNull();
  });

  it('drops repeated words and caps the number of terms', () => {
    expect(toPrefixTsQuery('a a a')).toBe("'a':*");
    expect(toPrefixTsQuery(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))?.split('&')).toHaveLength(
      12,
    );
  });

  it('never lets tsquery syntax through, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const q = toPrefixTsQuery(s);
        if (q === null) return;
        for (const term of q.split(' & ')) expect(term).toMatch(/^'[\p{L}\p{N}]+':\*$/u);
      }),
    );
  });
});

describe('likeContains', () => {
  it('escapes wildcards', () => {
    expect(likeContains('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});
