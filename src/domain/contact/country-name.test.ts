import fc from 'fast-check';
import { getCountries } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { countryName } from './country-name';

describe('countryName', () => {
  it('names a country written as its ISO code', () => {
    expect(countryName('ES')).toBe('Spain');
    expect(countryName('DE')).toBe('Germany');
    expect(countryName('GB')).toBe('United Kingdom');
    expect(countryName(' CA ')).toBe('Canada');
  });

  it('leaves names, lower-case letters, non-codes and the unknown region as written', () => {
    for (const kept of ['Spain', 'UK', 'es', 'ZZ', 'EU', 'USA', '', 'Deutschland']) {
      expect(countryName(kept)).toBe(kept);
    }
  });

  it('gives every known code a name that is not the code, and is the identity on what it gave', () => {
    for (const code of getCountries()) {
      const name = countryName(code);
      expect(name, code).not.toBe(code);
      expect(countryName(name)).toBe(name);
    }
    fc.assert(fc.property(fc.string(), (s) => countryName(countryName(s)) === countryName(s)));
  });
});
