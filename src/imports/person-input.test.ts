import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PersonInput } from '../people/schema';
import { parsePersonInput } from './person-input';

// Strings made of the characters the schema cares about: spaces at either end, line breaks, commas,
// upper case, non-ASCII letters and punctuation that emails, phones and URLs may or may not hold.
const piece = fc.constantFrom(
  'a',
  'Z',
  'é',
  'İ',
  '😀',
  ' ',
  '\t',
  '\n',
  ',',
  '@',
  '.',
  '+',
  '-',
  '(',
  ')',
  '1',
  '0',
  'x',
  'example.com',
  'https://',
  'http://',
  'ftp://',
  'www.',
  'linkedin.com/in/ada',
  '/',
  '?q=1',
  '#',
  '%zz',
);
const str = (max: number) => fc.array(piece, { maxLength: max }).map((xs) => xs.join(''));
/** Mostly values the schema takes as they are, sometimes hostile ones: both paths get exercised. */
const mostly = <T>(clean: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: clean, weight: 12 }, { arbitrary: hostile, weight: 1 });
const word = fc.constantFrom('Ada', 'Lovelace', 'Zoë', 'Ελληνική', "O'Brien", 'Ada 😀', 'a b', 'x');
const long = (n: number) => fc.constantFrom('y'.repeat(n), 'y'.repeat(n + 1));
const textField = (max: number) => mostly(fc.oneof(word, fc.constant('')), fc.oneof(str(6), long(max)));

const email = mostly(
  fc.constantFrom('ada@example.com', 'b.c@example.org', 'x+y@sub.example.co.uk'),
  fc.oneof(str(6), fc.constantFrom('Ada@Example.com', ' ada@example.com', 'ünï@example.com', 'a@b')),
);
const phone = mostly(
  fc.constantFrom('+44 20 7946 0000', '020 7946 0000', '(555) 123-4567 x12'),
  fc.oneof(str(6), fc.constantFrom('12', ' +1 555', '1-800-FLOWERS', `1${'0'.repeat(40)}`)),
);
const link = fc.record(
  {
    kind: mostly(fc.constantFrom('linkedin', 'website', 'twitter', 'github', 'other'), fc.constant('nope')),
    url: mostly(
      fc.constantFrom('https://www.linkedin.com/in/ada', 'http://example.com', 'https://example.com/a?b=c#d'),
      fc.oneof(
        str(5),
        fc.constantFrom(
          ' https://example.com',
          'https://exa\tmple.com',
          'ftp://example.com',
          'https:example.com',
          `https://example.com/${'p'.repeat(2000)}`,
        ),
      ),
    ),
    label: mostly(fc.constantFrom('Work', 'LinkedIn', 'blog'), fc.oneof(str(4), long(100))),
  },
  { requiredKeys: ['kind', 'url'] },
);
const tag = mostly(
  fc.constantFrom('friends', 'work', 'ελληνικά'),
  fc.oneof(str(4), fc.constantFrom('Friends', 'a,b', ' x'), long(60)),
);
const list = <T>(arb: fc.Arbitrary<T>, max: number) =>
  mostly(fc.array(arb, { maxLength: 3 }), fc.array(arb, { minLength: max, maxLength: max + 1 }));

const candidate = fc.record({
  name: mostly(word, fc.oneof(str(8), long(200))),
  emails: list(email, 20),
  phones: list(phone, 20),
  company: textField(200),
  title: textField(200),
  location: textField(200),
  links: list(link, 20) as fc.Arbitrary<PersonInput['links']>,
  blurb: textField(4000),
  tags: list(tag, 50),
  privateNotes: textField(20000),
});

describe('parsePersonInput', () => {
  it('gives exactly what PersonInput gives, key order included (property)', () => {
    let valid = 0;
    fc.assert(
      fc.property(candidate, (c) => {
        const ours = parsePersonInput(c);
        const schema = PersonInput.safeParse(c);
        if (schema.success) valid++;
        expect(ours.success).toBe(schema.success);
        // JSON compares the key order too: a record's fingerprint is the JSON of its input.
        expect(JSON.stringify(ours.data)).toBe(JSON.stringify(schema.data));
      }),
      { numRuns: 3000 },
    );
    // Enough of the generated contacts are valid for the fast path to be exercised.
    expect(valid).toBeGreaterThan(300);
    expect(valid).toBeLessThan(2700);
  });

  it('takes the fast path for a clean contact and still gives fresh defaults', () => {
    const c = {
      name: 'Ada Lovelace',
      emails: ['ada@example.com'],
      phones: ['+44 20 7946 0000'],
      company: 'Analytical Engines',
      title: 'Countess',
      location: 'London',
      links: [{ kind: 'linkedin' as const, url: 'https://www.linkedin.com/in/ada' }],
      blurb: '',
      tags: ['maths'],
      privateNotes: '',
    };
    const a = parsePersonInput(c);
    const b = parsePersonInput(c);
    expect(a.data).toEqual(PersonInput.parse(c));
    expect(a.data!.introPreferences).not.toBe(b.data!.introPreferences);
    expect(a.data!.emails).not.toBe(c.emails);
  });

  it('words the errors as the schema does when a value does not fit', () => {
    const r = parsePersonInput({
      name: 'Ada',
      emails: ['not an email'],
      phones: [],
      company: '',
      title: '',
      location: '',
      links: [],
      blurb: '',
      tags: [],
      privateNotes: '',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['emails', 0]);
  });
});
