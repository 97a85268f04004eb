import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Person, PersonInput } from '../../../../src/people/schema';
import { emptyValues, fromPerson, NUMBER_RANGES, prune, toBody, validate } from './values';

const word = fc.stringMatching(/^[a-z]{1,12}$/);
const label = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,30}[a-z]$/);
const days = fc.option(fc.integer({ min: 1, max: 3650 }), { nil: null });

/** Any stored person the API could return (values already normalised, as the server stores them). */
const person = fc
  .record({
    id: fc.uuid(),
    name: label,
    addressedAs: fc.oneof(fc.constant(''), label),
    emails: fc.uniqueArray(
      word.map((w) => `${w}@example.com`),
      { maxLength: 3 },
    ),
    phones: fc.array(fc.stringMatching(/^\+\d{6,12}$/), { maxLength: 2 }),
    company: fc.oneof(fc.constant(''), label),
    title: fc.oneof(fc.constant(''), label),
    location: fc.oneof(fc.constant(''), label),
    links: fc.array(
      fc.record(
        {
          kind: fc.constantFrom('linkedin', 'website', 'twitter', 'github', 'other'),
          url: word.map((w) => `https://${w}.example/`),
          label,
        },
        { requiredKeys: ['kind', 'url'] },
      ),
      { maxLength: 3 },
    ),
    blurb: fc.oneof(fc.constant(''), label),
    tags: fc.uniqueArray(word, { maxLength: 4 }),
    trust: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    vouchCriteria: fc.array(fc.record({ label, met: fc.boolean() }), { maxLength: 4 }),
    privateNotes: fc.oneof(fc.constant(''), label),
    caveats: fc.array(fc.record({ id: fc.uuid(), text: label }), { maxLength: 3 }),
    introPreferences: fc.record({
      askFirst: fc.boolean(),
      maxRequestsPerMonth: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      doNotIntroduce: fc.boolean(),
      valuedHelp: fc.array(word, { maxLength: 3 }),
    }),
    keepInTouch: fc
      .tuple(days, days)
      .map(([a, b]) =>
        a !== null && b !== null && a > b ? { idealDays: b, maxDays: a } : { idealDays: a, maxDays: b },
      )
      .map((k) => ({
        ...k,
        // Generated people have their own cadence or none; what the server derives rides along.
        source: k.idealDays !== null || k.maxDays !== null ? ('own' as const) : null,
        tag: null,
        status: 'none' as const,
        lastContactAt: null,
        dueAt: null,
        overdueAt: null,
      })),
    strength: fc.integer({ min: 0, max: 100 }),
    strengthReasons: fc.array(label, { maxLength: 3 }),
    source: fc.constantFrom(
      { kind: 'hand' as const, importId: null, label: 'Added by hand' },
      {
        kind: 'import' as const,
        importId: '4b6f2c1e-8d3a-4f5b-9c7e-1a2b3c4d5e6f',
        label: 'From vCard import',
      },
    ),
    createdAt: fc.constant('2026-01-01T00:00:00.000Z'),
    updatedAt: fc.constant('2026-01-01T00:00:00.000Z'),
  })
  // The numbers as shown and the greeting are the server's; the form never sends them back.
  .map((p) =>
    Person.parse({
      ...p,
      greeting: p.addressedAs || p.name.split(' ')[0],
      phonesDisplay: p.phones.map((n) => `shown ${n}`),
    }),
  );

describe('person form values', () => {
  test('editing a person and saving unchanged sends back exactly what was stored', () => {
    fc.assert(
      fc.property(person, (p) => {
        const values = prune(fromPerson(p));
        expect(validate(values)).toEqual({});
        const body = PersonInput.parse(toBody(values));
        // Strength, the greeting, the keep-in-touch state, phones as shown and the source are the server's, never sent back.
        const {
          id,
          createdAt,
          updatedAt,
          strength,
          strengthReasons,
          greeting,
          keepInTouch,
          phonesDisplay,
          source,
          ...stored
        } = p;
        expect(body).toEqual({
          ...stored,
          keepInTouch: { idealDays: keepInTouch.idealDays, maxDays: keepInTouch.maxDays },
        });
      }),
    );
  });

  test('a cadence that comes from a tag is not copied onto the person when their form is saved', () => {
    const p = fc.sample(person, { numRuns: 1, seed: 7 })[0]!;
    const tagged = {
      ...p,
      keepInTouch: {
        ...p.keepInTouch,
        idealDays: 14,
        maxDays: 21,
        source: 'tag' as const,
        tag: 'inner circle',
      },
    };
    const body = PersonInput.parse(toBody(prune(fromPerson(tagged))));
    expect(body.keepInTouch).toEqual({ idealDays: null, maxDays: null });
  });

  test('a new, empty form with just a name is a valid request body', () => {
    const values = prune({ ...emptyValues(), name: 'Grace Hopper' });
    expect(validate(values)).toEqual({});
    const body = PersonInput.parse(toBody(values));
    expect(body.name).toBe('Grace Hopper');
    expect(body.emails).toEqual([]);
    expect(body.trust).toBeNull();
    expect(body.keepInTouch).toEqual({ idealDays: null, maxDays: null });
    expect(body.vouchCriteria).toEqual([]);
  });

  test("a new person starts with the account's own criteria, unticked", () => {
    const values = prune({ ...emptyValues(['Worked with them', 'Checked references']), name: 'Grace' });
    expect(PersonInput.parse(toBody(values)).vouchCriteria).toEqual([
      { label: 'Worked with them', met: false },
      { label: 'Checked references', met: false },
    ]);
  });

  test('prune drops empty rows and gives bare links a scheme, keeping typed schemes', () => {
    const pruned = prune({
      ...emptyValues(),
      emails: ['', 'a@b.example', '  '],
      phones: [''],
      links: [
        { kind: 'website', url: 'example.com', label: '' },
        { kind: 'other', url: 'http://old.example', label: '' },
        { kind: 'github', url: '', label: '' },
        { kind: 'linkedin', url: '', label: 'Profile' },
      ],
      vouchCriteria: [{ label: ' ', met: true }],
      caveats: [{ text: '' }, { id: 'x', text: 'Slow to pay' }],
    });
    expect(pruned.emails).toEqual(['a@b.example']);
    expect(pruned.phones).toEqual([]);
    expect(pruned.links.map((l) => l.url)).toEqual(['https://example.com', 'http://old.example', '']);
    expect(pruned.vouchCriteria).toEqual([]);
    expect(pruned.caveats).toEqual([{ id: 'x', text: 'Slow to pay' }]);
  });

  test('validate names the input each problem belongs to', () => {
    const errors = validate({
      ...emptyValues(),
      name: '  ',
      emails: ['ok@example.com', 'not-an-email'],
      links: [{ kind: 'linkedin', url: '', label: 'Profile' }],
      keepInTouch: { idealDays: 90, maxDays: 30 },
    });
    expect(Object.keys(errors).sort()).toEqual(['emails.1', 'keepInTouch.maxDays', 'links.0.url', 'name']);
  });

  test('number inputs left empty become null, filled ones numbers', () => {
    const body = toBody({
      ...emptyValues(),
      name: 'x',
      trust: '4',
      introPreferences: { ...emptyValues().introPreferences, maxRequestsPerMonth: 3 },
      keepInTouch: { idealDays: '', maxDays: 60 },
    });
    expect(body.trust).toBe(4);
    expect(body.introPreferences.maxRequestsPerMonth).toBe(3);
    expect(body.keepInTouch).toEqual({ idealDays: null, maxDays: 60 });
  });

  /** A form with just a name and one number input set, e.g. ('keepInTouch.maxDays', 5). */
  const withNumber = (path: keyof typeof NUMBER_RANGES, n: number | string) => {
    const v = { ...emptyValues(), name: 'x' };
    if (path === 'introPreferences.maxRequestsPerMonth') {
      v.introPreferences = { ...v.introPreferences, maxRequestsPerMonth: n };
    } else {
      v.keepInTouch = { ...v.keepInTouch, [path.split('.')[1] as 'idealDays' | 'maxDays']: n };
    }
    return prune(v);
  };

  test('numbers out of range are flagged on their input, never changed', () => {
    const values = withNumber('introPreferences.maxRequestsPerMonth', -5);
    expect(validate(values)).toEqual({
      'introPreferences.maxRequestsPerMonth':
        'Enter a whole number from 0 to 100, or leave it empty for no limit',
    });
    expect(values.introPreferences.maxRequestsPerMonth).toBe(-5);
    expect(Object.keys(validate(withNumber('keepInTouch.idealDays', 0)))).toEqual(['keepInTouch.idealDays']);
    expect(Object.keys(validate(withNumber('keepInTouch.maxDays', 3651)))).toEqual(['keepInTouch.maxDays']);
    // A lone "-" typed on the way to a negative number is not a number.
    expect(Object.keys(validate(withNumber('keepInTouch.maxDays', '-')))).toEqual(['keepInTouch.maxDays']);
    expect(validate(withNumber('introPreferences.maxRequestsPerMonth', 0))).toEqual({});
  });

  test('the number ranges are the ones the server accepts', () => {
    for (const [path, { min, max }] of Object.entries(NUMBER_RANGES)) {
      const key = path as keyof typeof NUMBER_RANGES;
      const accepts = (n: number) => PersonInput.safeParse(toBody(withNumber(key, n))).success;
      expect([min - 1, min, max, max + 1].map(accepts), path).toEqual([false, true, true, false]);
    }
  });
});
