import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutFraming } from './framing';

const KINDS = ['need', 'offer', 'profile'] as const;

describe('withoutFraming (the levers script: what a need or an offer says without its framing)', () => {
  it('drops the framing of a request at the start of each clause, and a closing call for answers', () => {
    expect(withoutFraming("I'm looking for someone who knows VAT", 'need')).toBe('someone who knows VAT');
    expect(withoutFraming('Can anyone recommend a plumber in Leeds?', 'need')).toBe('a plumber in Leeds?');
    expect(withoutFraming('Boiler broke. We need a gas engineer, anyone?', 'need')).toBe(
      'Boiler broke. a gas engineer',
    );
  });

  it('drops the framing of an offer, and leaves a need framed as an offer alone', () => {
    expect(withoutFraming('Happy to help with R&D tax credits', 'offer')).toBe('R&D tax credits');
    expect(withoutFraming('CPA. I can review your year-end accounts', 'profile')).toBe(
      'CPA. review your year-end accounts',
    );
    expect(withoutFraming('Happy to help with R&D tax credits', 'need')).toBe(
      'Happy to help with R&D tax credits',
    );
  });

  it('keeps a text that is nothing but framing as it was written', () => {
    expect(withoutFraming('Looking for', 'need')).toBe('Looking for');
  });

  it('is never empty for a text with a letter or digit, and idempotent', () => {
    const framed = fc.constantFrom(
      "I'm looking for ",
      'Can anyone recommend ',
      'Happy to help with ',
      'I can ',
      '. We need ',
      ' — ',
      ', anyone?',
      'tax ',
      'plumber',
      '42',
      '',
    );
    const text = fc.oneof(
      fc.string(),
      fc.array(framed, { maxLength: 8 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, fc.constantFrom(...KINDS), (t, kind) => {
        const out = withoutFraming(t, kind);
        if (/[\p{L}\p{N}]/u.test(t)) expect(out).toMatch(/[\p{L}\p{N}]/u);
        expect(withoutFraming(out, kind)).toBe(out);
      }),
    );
  });
});
