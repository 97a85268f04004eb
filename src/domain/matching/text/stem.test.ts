import { describe, expect, it } from 'vitest';
import { lemma, stem } from './stem';

describe('stem (Porter)', () => {
  it('brings the forms of a word to one stem', () => {
    expect(new Set(['invest', 'invests', 'investing', 'invested'].map(stem))).toEqual(new Set(['invest']));
    expect(stem('accountants')).toBe(stem('accountant'));
    expect(stem('cheques')).toBe(stem('cheque'));
  });

  it('follows the published algorithm on its classic examples', () => {
    expect(['caresses', 'ponies', 'relational', 'agreed', 'happily', 'generalization'].map(stem)).toEqual([
      'caress',
      'poni',
      'relat',
      'agre',
      'happili',
      'gener',
    ]);
  });

  it('leaves short words, digits and non-Latin words alone', () => {
    expect(stem('vc')).toBe('vc');
    expect(stem('b2b')).toBe('b2b');
    expect(stem('שלום')).toBe('שלום');
  });
});

describe('lemma', () => {
  it('joins plurals and verb forms but keeps who does it apart from what is done', () => {
    expect(lemma('hiring')).toBe(lemma('hire'));
    expect(lemma('hired')).toBe(lemma('hires'));
    expect(lemma('planning')).toBe(lemma('plan'));
    expect(lemma('recruiter')).not.toBe(lemma('recruiting'));
    expect(lemma('reporter')).not.toBe(lemma('reporting'));
    expect(lemma('investors')).toBe(lemma('investor'));
  });
});
