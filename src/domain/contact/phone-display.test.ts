import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayPhone } from './phone-display';

const regions = fc.constantFrom(undefined, 'GB', 'US', 'DE', 'FR', 'IN', 'JP', 'BR', 'xx');

describe('displayPhone', () => {
  it("shows the account's own numbers nationally and every other valid number internationally", () => {
    expect(displayPhone('+49 30 1234567', 'DE')).toBe('030 1234567');
    expect(displayPhone('+49 30 1234567', 'GB')).toBe('+49 30 1234567');
    expect(displayPhone('+493012345678')).toBe('+49 30 12345678');
    expect(displayPhone('020 7946 0000', 'GB')).toBe('020 7946 0000');
    expect(displayPhone('(020) 7946-0000', 'GB')).toBe('020 7946 0000');
    expect(displayPhone('+44 20 7946 0000', 'US')).toBe('+44 20 7946 0000');
  });

  it('keeps an extension', () => {
    expect(displayPhone('+1 418 656 9254 x102')).toBe('+1 418 656 9254 x102');
    expect(displayPhone('+1 418-656-9254 ext. 102', 'CA')).toBe('(418) 656-9254 x102');
  });

  it('keeps what is not a valid number exactly as typed', () => {
    expect(displayPhone('123456')).toBe('123456');
    expect(displayPhone('020 7946 0000')).toBe('020 7946 0000');
    expect(displayPhone('ask reception', 'GB')).toBe('ask reception');
    expect(displayPhone('')).toBe('');
  });

  it('never throws, is idempotent on its output and keeps unparseable input as typed', () => {
    const phoneLike = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.stringMatching(/^\+?[0-9 ()\-./x]{0,30}$/),
      fc
        .tuple(
          fc.constantFrom('+1', '+44', '+49', '+33', '+91', '0', ''),
          fc.stringMatching(/^[0-9 ]{6,14}$/),
        )
        .map(([cc, rest]) => `${cc}${rest}`),
    );
    fc.assert(
      fc.property(phoneLike, regions, (typed, region) => {
        const shown = displayPhone(typed, region);
        expect(displayPhone(shown, region)).toBe(shown);
        // Whatever is shown differently stands for a number that was read from what was typed.
        if (shown !== typed) expect(shown).toMatch(/\d/);
      }),
      { numRuns: 2000 },
    );
  });
});
