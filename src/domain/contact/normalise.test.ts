import { randomInt } from 'node:crypto';
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { describe, expect, it, vi } from 'vitest';
import { hasHiddenCharacters } from '../../shared/common-schema';
import {
  cleanLine,
  cleanText,
  companyKey,
  linkKind,
  nameKey,
  nameKeyUnicode,
  normaliseEmail,
  normalisePhone,
  normaliseUrl,
  phoneIdentity,
  phoneKey,
  urlKey,
} from './normalise';

describe('phones', () => {
  it('stores valid numbers in international format and compares them in E.164', () => {
    expect(normalisePhone('+1-213-555-1234')).toBe('+1 213 555 1234');
    expect(normalisePhone('020 7946 0000', 'GB')).toBe('+44 20 7946 0000');
    expect(normalisePhone('tel:+1-418-656-9254;ext=102')).toBe('+1 418 656 9254 x102');
    expect(phoneKey('(020) 7946-0000', 'GB')).toBe(phoneKey('+44 20 7946 0000'));
    expect(phoneKey('+44 20 7946 0000')).toBe('+442079460000');
  });

  it('identifies a person only by a valid number, read with the default region', () => {
    expect(phoneIdentity('+44 20 7946 0000')).toBe('+442079460000');
    expect(phoneIdentity('(020) 7946-0000', 'GB')).toBe('+442079460000');
    expect(phoneIdentity('tel:+1-418-656-9254;ext=102')).toBe('+14186569254;102');
    // Not valid as E.164: short, made up, or national without a region.
    expect(phoneIdentity('123456')).toBeUndefined();
    expect(phoneIdentity('123456', 'US')).toBeUndefined();
    expect(phoneIdentity('123456789')).toBeUndefined();
    expect(phoneIdentity('020 7946 0000')).toBeUndefined();
    expect(phoneIdentity('+1 555 0100')).toBeUndefined();
  });

  it('keeps what it cannot validate when it looks like a phone, and refuses words', () => {
    expect(normalisePhone('020 7946 0000')).toBe('020 7946 0000');
    expect(normalisePhone('BusinessPhone')).toBeUndefined();
    expect(normalisePhone('Call 555-0100')).toBeUndefined();
    expect(normalisePhone('12')).toBeUndefined();
  });

  it('dials a vanity number by its keypad letters: "1-800-FLOWERS" is 1-800-356-9377', () => {
    expect(normalisePhone('1-800-FLOWERS', 'US')).toBe('+1 800 356 9377');
    expect(normalisePhone('1-800-MY-APPLE', 'US')).toBe('+1 800 692 7753');
    expect(normalisePhone('1-800-FLOWERS')).toBe('1-800-3569377');
    expect(phoneIdentity('1-800-FLOWERS', 'US')).toBe(phoneIdentity('+1 800 356 9377'));
  });

  it("works out a number's validity once for its stored form, identity and key", () => {
    const proto = Object.getPrototypeOf(parsePhoneNumberFromString('+44 20 7946 0000'));
    const isValid = vi.spyOn(proto, 'isValid');
    try {
      // A London number drawn at random, so no earlier test (in this file or, when test files share
      // modules, another) can have asked about it and left it remembered.
      const line = String(randomInt(10_000_000)).padStart(7, '0');
      const typed = `+44 20 3${line.slice(0, 3)} ${line.slice(3)}`;
      const stored = normalisePhone(typed);
      expect(stored).toBe(typed);
      expect(phoneIdentity(stored ?? '')).toBe(`+44203${line}`);
      expect(phoneKey(stored ?? '')).toBe(`+44203${line}`);
      expect(normalisePhone(typed)).toBe(stored);
      expect(isValid).toHaveBeenCalledTimes(1);
    } finally {
      isValid.mockRestore();
    }
  });

  it('is idempotent (property)', () => {
    const phoneLike = fc.stringMatching(/^\+?[0-9 ()\-.]{0,25}$/);
    fc.assert(
      fc.property(phoneLike, fc.constantFrom(undefined, 'GB', 'US', 'DE'), (raw, region) => {
        const once = normalisePhone(raw, region);
        if (once === undefined) return;
        expect(normalisePhone(once, region)).toBe(once);
        expect(phoneKey(once, region)).toBe(phoneKey(raw, region));
      }),
      { numRuns: 500 },
    );
  });
});

describe('emails', () => {
  it('lower-cases addresses and refuses what is not one', () => {
    expect(normaliseEmail(' Grace@Navy.MIL ')).toBe('grace@navy.mil');
    expect(normaliseEmail('mailto:a@b.example')).toBe('a@b.example');
    expect(normaliseEmail('urn:li:member:664293716')).toBeUndefined();
    expect(normaliseEmail('contact1@invalid')).toBeUndefined();
    expect(normaliseEmail('n/a')).toBeUndefined();
  });

  it('takes the address out of "Name <address>", as mail headers and some tables write it', () => {
    expect(normaliseEmail('Jane Public <Jane@Public.example>')).toBe('jane@public.example');
    expect(normaliseEmail('<anon@inbox.example>')).toBe('anon@inbox.example');
    expect(normaliseEmail('"Doe, Jane" <jane@doe.example>')).toBe('jane@doe.example');
    expect(normaliseEmail('Jane <not an address>')).toBeUndefined();
    expect(normaliseEmail('a <b@c.example> <d@e.example>')).toBeUndefined();
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.emailAddress(), fc.string()), (raw) => {
        const once = normaliseEmail(raw);
        if (once !== undefined) expect(normaliseEmail(once)).toBe(once);
      }),
    );
  });
});

describe('URLs', () => {
  it('adds a scheme to bare hosts and refuses other schemes', () => {
    expect(normaliseUrl('www.company.com')).toBe('https://www.company.com');
    expect(normaliseUrl('javascript:alert(1)')).toBeUndefined();
    expect(normaliseUrl('my://')).toBeUndefined();
    expect(normaliseUrl('not a url')).toBeUndefined();
  });

  it('compares LinkedIn profiles whatever the subdomain, case, encoding, query or slash', () => {
    const a = urlKey('https://www.linkedin.com/in/goran-stipeti%C4%87-123/');
    expect(a).toBe('linkedin:in/goran-stipetić-123');
    expect(urlKey('http://uk.linkedin.com/in/Goran-Stipetić-123?trk=x')).toBe(a);
    expect(linkKind('https://de.linkedin.com/in/x')).toBe('linkedin');
    expect(linkKind('https://x.com/jack')).toBe('twitter');
  });

  it('keys are stable under normalisation (property)', () => {
    fc.assert(
      fc.property(fc.webUrl(), (raw) => {
        const url = normaliseUrl(raw);
        if (url) expect(urlKey(normaliseUrl(url)!)).toBe(urlKey(url));
      }),
    );
  });
});

describe('names and companies', () => {
  it('compares names without accents, emoji, punctuation or case', () => {
    expect(nameKey('  Zoë  O’Neil 🔸 ')).toBe('zoe o neil');
    expect(cleanLine('Igor\t ')).toBe('Igor');
    expect(companyKey('Stripe, Inc.')).toBe(companyKey('stripe'));
    expect(companyKey('Acme GmbH')).toBe('acme');
  });

  it('gives plain ASCII names the same key as the full Unicode pass (property)', () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)) });
    fc.assert(
      fc.property(fc.oneof(ascii, fc.string({ unit: 'binary' })), (name) => {
        expect(nameKey(name)).toBe(nameKeyUnicode(name));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('cleaned text is always accepted by the API', () => {
  it('leaves no control or text-direction character the API schemas refuse', () => {
    const anyChar = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.integer({ min: 0, max: 0x2070 }).map((c) => String.fromCharCode(c)) }),
    );
    fc.assert(
      fc.property(anyChar, (raw) => {
        expect(hasHiddenCharacters(cleanLine(raw))).toBe(false);
        expect(hasHiddenCharacters(cleanText(raw))).toBe(false);
      }),
    );
    expect(cleanLine('Eve \u202Eredaolnwod\u202C')).toBe('Eve redaolnwod');
  });
});
