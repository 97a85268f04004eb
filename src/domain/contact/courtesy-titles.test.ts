import { describe, expect, it } from 'vitest';
import { isFormOfAddress, isTitleBeforeName } from './courtesy-titles';

describe('courtesy titles', () => {
  it('reads a dot inside a title as one at its end ("Sig.ra" is "Sigra", "Sra." is "Sra")', () => {
    for (const t of ['Sig.ra', 'Sig.', 'Sra.', 'Ms.', 'Herr', 'Mme'])
      expect(isFormOfAddress(t), t).toBe(true);
  });

  it('keeps academic titles apart, and short words count only with their dot', () => {
    expect(isFormOfAddress('Dott.')).toBe(false);
    expect(isTitleBeforeName('Dott.')).toBe(true);
    expect(isFormOfAddress('M.')).toBe(true);
    expect(isFormOfAddress('M')).toBe(false);
    expect(isFormOfAddress('S.r.l.')).toBe(false);
  });
});
