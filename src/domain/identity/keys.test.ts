import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identityKeys, linkedInProfileKey } from './keys';

const only = (
  c: Partial<{ emails: string[]; phones: string[]; links: { url: string }[] }>,
  region?: string,
) => identityKeys({ emails: [], phones: [], links: [], ...c }, region);

describe('identityKeys', () => {
  it('gives every spelling of one email address the same key', () => {
    const local = fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,15}$/);
    const domain = fc.stringMatching(/^[a-z0-9]{1,10}\.[a-z]{2,6}$/);
    fc.assert(
      fc.property(local, domain, fc.boolean(), fc.boolean(), fc.nat(), (l, d, upper, mailto, pad) => {
        const plain = `${l}@${d}`;
        const spaces = ' '.repeat(pad % 3);
        const variant = `${spaces}${mailto ? 'MAILTO:' : ''}${upper ? plain.toUpperCase() : plain}${spaces}`;
        expect(only({ emails: [variant] })).toEqual(only({ emails: [plain] }));
        expect(only({ emails: [plain] })).toEqual([{ key: `email:${plain}`, reason: 'same email' }]);
      }),
    );
  });

  it('gives every spelling of one valid phone number the same E.164 key', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (n) => {
        const last = String(n).padStart(3, '0');
        const spellings = [
          `+44 20 7946 0${last}`,
          `+442079460${last}`,
          `020 7946 0${last}`,
          `(020) 7946-0${last}`,
          `tel:+44-20-7946-0${last}`,
          `+44 (0)20 7946 0${last}`,
        ];
        for (const s of spellings) {
          expect(only({ phones: [s] }, 'GB')).toEqual([
            { key: `phone:+442079460${last}`, reason: 'same phone number' },
          ]);
        }
      }),
    );
  });

  it('never lets a number that is not a real one identify anybody', () => {
    expect(only({ phones: ['123456', '000', '+1 555'] }, 'GB')).toEqual([]);
    // A national number without a region cannot be read.
    expect(only({ phones: ['020 7946 0000'] })).toEqual([]);
  });

  it('gives one LinkedIn profile the same key whatever the subdomain, case, query or trailing slash', () => {
    const key = 'linkedin:in/ada-lovelace';
    for (const url of [
      'https://www.linkedin.com/in/ada-lovelace',
      'https://uk.linkedin.com/in/Ada-Lovelace/',
      'http://linkedin.com/in/ada-lovelace?trk=abc',
      'https://www.linkedin.com/in/ada%2Dlovelace#about',
    ]) {
      expect(linkedInProfileKey(url)).toBe(key);
    }
    expect(only({ links: [{ url: 'https://www.linkedin.com/in/ada-lovelace' }] })).toEqual([
      { key, reason: 'same LinkedIn profile' },
    ]);
  });

  it('does not treat other links (a company page, a website) as identifying', () => {
    expect(linkedInProfileKey('https://www.linkedin.com/company/acme')).toBeUndefined();
    expect(only({ links: [{ url: 'https://ada.example/about' }] })).toEqual([]);
  });

  it('lists each key once, emails before phones before LinkedIn profiles', () => {
    const keys = only(
      {
        links: [{ url: 'https://linkedin.com/in/x' }],
        phones: ['+44 20 7946 0000', '020 7946 0000'],
        emails: ['a@x.example', 'A@X.example'],
      },
      'GB',
    );
    expect(keys.map((k) => k.key)).toEqual(['email:a@x.example', 'phone:+442079460000', 'linkedin:in/x']);
  });
});
